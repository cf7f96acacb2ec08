/**
 * The principal, group, management-group and managed-identity rules beyond their fixture lines: the
 * same findings when directories are checked one at a time, in French, with related locations, and
 * the quick fixes they offer.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/core/analyze';
import { applyEdits, quickFixesFor } from '../../src/core/edits';

const GROUPS = readFileSync('test/fixtures/rules/groups.tenancy.yaml', 'utf8');
const HIERARCHY = readFileSync('test/fixtures/rules/management-groups.tenancy.yaml', 'utf8');
const NEW_CODES = /^(PRN|GRP|MGT|MID)\d{3}$/;

const observable = (text: string, options = {}) => analyze(text, options).problems.map((p) => ({ code: p.code, start: p.start, end: p.end, message: p.message, related: p.related }));

describe('principal, group and management-group rules', () => {
  it('find the same problems when each directory is checked on its own as on the whole file', () => {
    for (const text of [GROUPS, HIERARCHY]) {
      assert.equal(analyze(text).stats.mode, 'blocks');
      assert.deepEqual(observable(text), observable(text, { split: false }));
    }
  });

  it('say the same things at the same places in French', () => {
    for (const text of [GROUPS, HIERARCHY]) {
      const en = analyze(text).problems;
      const fr = analyze(text, { locale: 'fr' }).problems;
      assert.deepEqual(fr.map((p) => [p.code, p.start]), en.map((p) => [p.code, p.start]));
      for (const [i, p] of fr.entries()) if (NEW_CODES.test(p.code)) assert.notEqual(p.message, en[i].message, p.code);
    }
    const fr = analyze(GROUPS, { locale: 'fr' }).problems;
    assert.match(fr.find((p) => p.code === 'PRN001')!.message, /correspond à 2 principaux de sécurité de « Fabrikam »/);
    assert.match(fr.find((p) => p.code === 'GRP005')!.message, /Le groupe attribuable à un rôle « Privileged Admins » contient le groupe « Network Admins »/);
  });

  it('point at the other object of an ambiguous name', () => {
    const problems = analyze(GROUPS).problems;
    const ambiguous = problems.find((p) => p.code === 'PRN001' && p.message.includes('fits 2'))!;
    assert.deepEqual(ambiguous.related!.map((r) => GROUPS.slice(r.start, r.end)), ['deploy-pipeline', 'deploy-pipeline']);
    const duplicate = problems.find((p) => p.code === 'GRP002')!;
    assert.equal(GROUPS.slice(duplicate.related![0].start, duplicate.related![0].end), 'deploy-pipeline');
    assert.ok(duplicate.related![0].start < duplicate.start, 'the first declaration is the related one');
  });

  it('a name written as the object id, or settled by principalType, is silent', () => {
    const settled = GROUPS.indexOf('principalType: ServicePrincipal');
    const byId = GROUPS.indexOf('principal: 9c68a5e3');
    const problems = analyze(GROUPS).problems;
    for (const at of [settled, byId]) {
      const line = [GROUPS.lastIndexOf('\n', at), GROUPS.indexOf('\n', at)];
      assert.ok(!problems.some((p) => p.start > line[0] && p.start < line[1]), GROUPS.slice(line[0], line[1]));
    }
  });

  it('offer the fix the message names: the group meant, the parent meant, the principal type it is, inviting the member', () => {
    const fixed = (text: string, code: string, title: RegExp) => {
      const problem = analyze(text).problems.find((p) => p.code === code && title.test(quickFixesFor(text, p).map((f) => f.title).join('|')))!;
      assert.ok(problem, `${code}: no problem offering ${title}`);
      const fix = quickFixesFor(text, problem).find((f) => title.test(f.title))!;
      return applyEdits(text, fix.plan.edits);
    };
    assert.match(fixed(GROUPS, 'CRT002', /Security Readers/), /- Security Readers {17}# expect: CRT002/);
    assert.match(fixed(GROUPS, 'PRN001', /ServicePrincipal/), /principalType: ServicePrincipal {12}# expect: PRN001/);
    assert.match(fixed(HIERARCHY, 'MGT001', /mg-landing-zones/), /parent: mg-landing-zones {14}# expect: MGT001/);
    const invited = fixed(GROUPS, 'GRP003', /priya\.nair@tailspintoys\.com/);
    assert.ok(!analyze(invited).problems.some((p) => p.code === 'GRP003' && invited.slice(p.start, p.end) === 'priya.nair@tailspintoys.com'));
  });
});
