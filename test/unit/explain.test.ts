import * as assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import type { Problem } from '../../src/core/problems';
import { RULES } from '../../src/core/rules';
import { loadFixture } from './support/expectations';

const DIR = 'test/fixtures/rules';

/** The first problem of each code across the rule fixtures. */
function firstProblems(): Map<string, Problem> {
  const first = new Map<string, Problem>();
  for (const name of readdirSync(DIR).filter((f) => f.endsWith('.tenancy.yaml')).sort()) {
    for (const problem of loadFixture(`${DIR}/${name}`).analysis.problems) if (!first.has(problem.code)) first.set(problem.code, problem);
  }
  return first;
}

/** The chain of facts of the first problem of each rule that explains itself, on the rule fixtures. */
const CHAINS: Record<string, string[]> = {
  CRT001: ["subscription 'Contoso Data' in 'Contoso'", 'created by erin@fabrikam.com', "home directory 'Fabrikam' ≠ 'Contoso'"],
  OWN002: ["Azure subscription 'Contoso Data' in 'Contoso'", 'owned by erin@fabrikam.com', "home directory 'Fabrikam' ≠ 'Contoso'", "only a guest of 'Contoso'"],
  OWN004: [
    "Office 365 subscription 'Legacy' in 'Contoso (old export)'",
    "no enabled user or guest of 'Contoso (old export)' with Global Administrator or Billing Administrator",
  ],
  RBA001: ["role assignment Reader on 'Contoso Production'", "subscription trusts 'Contoso'", "principal frank@fabrikam.com: user of 'Fabrikam'", "neither user nor guest of 'Contoso'"],
  RBA006: ["role assignment Reader on 'Contoso Production'", 'principal dave@contoso.com', "user of 'Contoso' with enabled: false"],
  ASC001: [
    "Azure subscription 'Contoso Sandbox' in 'Default Directory'", "'Default Directory' holds no Office 365 subscription",
    'used by alice@contoso.com, bob@contoso.com', "home directory 'Contoso', which holds Office 365",
  ],
  ASC002: ["active subscription 'Tailspin Dev' in 'Tailspin (dormant)'", "the only user of 'Tailspin (dormant)' is disabled"],
  USR002: ["user mallory@contoso.org of 'Contoso'", 'UPN domain contoso.org', "domains of 'Contoso': contoso.onmicrosoft.com, contoso.com"],
  GST001: ["guest trent@fabrikam.com of 'Contoso'", 'not a user of any directory of this estate, and not marked external', "domain fabrikam.com belongs to 'Fabrikam'"],
  GST002: ["guest bob@contoso.com of 'Contoso'", "also a user of 'Contoso'"],
  TEN004: [
    "directory 'contoso' (alias: Contoso US), tenant 1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a",
    "directory 'Contoso' (alias: Contoso EU), tenant 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f",
    "same display name 'contoso'",
  ],
  SUB002: [
    "subscription 'Production' in 'contoso' (alias: Contoso US)",
    "subscription 'Production' (alias: EU prod) in 'Contoso' (alias: Contoso EU)",
    "same name 'Production' in two directories",
  ],
  USR003: ["user alice.martin@contoso.com of 'Contoso' (alias: Contoso EU)", "user alice@contoso.com of 'Contoso' (alias: Contoso EU)", "same display name 'alice  martin'"],
};

describe('explanation chains (--explain)', () => {
  const first = firstProblems();

  for (const [code, chain] of Object.entries(CHAINS)) {
    it(`${code} explains how it got there`, () => {
      assert.ok(first.has(code), `a fixture makes ${code} fire`);
      assert.deepEqual(first.get(code)!.explain, chain);
    });
  }

  it('rules without a chain leave `explain` out (no empty lists)', () => {
    for (const rule of RULES) {
      const problem = first.get(rule.id);
      if (!problem || rule.id in CHAINS) continue;
      assert.equal(problem.explain, undefined, rule.id);
    }
  });

  it('messages and chains name a directory or subscription with its alias', () => {
    const sub002 = first.get('SUB002')!;
    assert.match(sub002.message, /'Production' \(alias: EU prod\) of 'Contoso' \(alias: Contoso EU\)/);
    assert.match(first.get('TEN004')!.message, /^Directory 'contoso' \(alias: Contoso US\) has the same name as directory 'Contoso' \(alias: Contoso EU\)/);
  });
});
