/**
 * Every rule of the registry is complete: its page (linked from every diagnostic), its row in the
 * rules index, a fixture line that expects it, and its message in every language. A rule added to
 * the registry without one of these fails here, not in a user's editor.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { applyEdits, isRefused, quickFixOffers } from '../../src/core/edits';
import { LOCALES, messagesFor } from '../../src/core/i18n';
import { RULES } from '../../src/core/rules';
import type { Problem } from '../../src/core/problems';

const RULE_DOCS = 'docs/rules';
const FIXTURES = 'test/fixtures/rules';
/** Rules no committed fixture can show, and the test that makes them fire instead. */
const GENERATED_ONLY: Record<string, string> = {
  RBA004: 'needs 4,001 role assignments on one subscription: rules.test.ts generates that file',
};

/** Every problem of every rules fixture, with the fixture's text. */
function fixtureProblems(): Array<{ text: string; problem: Problem }> {
  return readdirSync(FIXTURES)
    .filter((name) => /\.tenancy\.ya?ml$/.test(name))
    .flatMap((name) => {
      const text = readFileSync(join(FIXTURES, name), 'utf8');
      return analyze(text).problems.map((problem) => ({ text, problem }));
    });
}

function fixtureExpectations(): string {
  return readdirSync(FIXTURES)
    .filter((name) => /\.tenancy\.ya?ml$/.test(name))
    .map((name) => readFileSync(join(FIXTURES, name), 'utf8'))
    .join('\n');
}

describe('rule conformance: every rule of the registry is complete', () => {
  const index = readFileSync(join(RULE_DOCS, 'README.md'), 'utf8');
  const expectations = fixtureExpectations();
  const problems = fixtureProblems();

  for (const rule of RULES) {
    describe(rule.id, () => {
      it('has its page under docs/rules, titled with its id', () => {
        const page = join(RULE_DOCS, `${rule.id}.md`);
        assert.ok(existsSync(page), `${page} is missing: every ${rule.id} diagnostic links to it`);
        assert.match(readFileSync(page, 'utf8'), new RegExp(`^# ${rule.id}\\b`), `${page} does not start with '# ${rule.id}'`);
      });

      it('has its row in the rules index', () => {
        assert.ok(index.includes(`[${rule.id}](${rule.id}.md)`), `docs/rules/README.md has no row for ${rule.id}`);
      });

      it('is expected by at least one fixture line', function () {
        if (GENERATED_ONLY[rule.id]) this.skip();
        assert.match(expectations, new RegExp(`# expect:[^\\n]*\\b${rule.id}\\b`), `no line of ${FIXTURES} expects ${rule.id}`);
      });

      it('has its message in every language', () => {
        for (const locale of LOCALES) {
          const messages = messagesFor(locale) as unknown as Record<string, unknown>;
          const own = Object.keys(messages).filter((id) => id === rule.id || (id.startsWith(rule.id) && /^[A-Z]/.test(id.slice(rule.id.length))));
          assert.ok(own.length > 0, `the ${locale} catalog has no ${rule.id} message (an id ${rule.id} or ${rule.id}Something)`);
        }
      });

      it('has fixes that round-trip on a fixture: planned, applied, the problem gone from that place', function () {
        if (!rule.fixes) this.skip();
        const own = problems.filter(({ problem }) => problem.code === rule.id);
        if (own.length === 0 && GENERATED_ONLY[rule.id]) this.skip();
        let roundTrips = 0;
        for (const { text, problem } of own) {
          const offers = quickFixOffers(text, problem).filter((offer) => !offer.transfer);
          const preferred = offers.find((offer) => offer.isPreferred) ?? offers[0];
          if (!preferred) continue;
          const plan = preferred.plan();
          if (isRefused(plan) || plan.edits.length === 0) continue;
          const after = analyze(applyEdits(text, plan.edits)).problems;
          assert.ok(!after.some((p) => p.code === 'YAML' || p.code === 'SCHEMA'), `${rule.id}'s fix "${preferred.title}" broke the file`);
          if (!after.some((p) => p.code === rule.id && p.start === problem.start)) roundTrips++;
        }
        const movesOnly = own.length > 0 && own.every(({ text, problem }) => quickFixOffers(text, problem).every((offer) => offer.transfer));
        if (rule.movesSubscription && movesOnly) return; // transfers are applied through their command, with Azure's consequences
        assert.ok(roundTrips > 0, `no fixture problem of ${rule.id} is fixed by its preferred fix`);
      });

      it('cites at least one Microsoft page', () => {
        assert.ok(rule.sources.length > 0, `${rule.id} cites no source`);
      });
    });
  }
});
