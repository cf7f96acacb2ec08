/**
 * Quick fixes on a fixture with every fixable rule: each fix removes its problem without adding one
 * (transfers excepted, where the preview names what remains), keeps the comments, and is chosen from
 * `code` and `data` only.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { applyEdits, fixAllInFile, isRefused, quickFixesFor, quickFixOffers } from '../../src/core/edits';
import type { Problem } from '../../src/core/problems';
import { commentsOf, multisetMinus } from './support/editing';

const FIXTURE = join('test', 'fixtures', 'edits', 'quickfixes.tenancy.yaml');
const text = readFileSync(FIXTURE, 'utf8');
const problems = analyze(text).problems;

/** The fix expected as preferred for each problem of the fixture, in file order. */
const EXPECTED: Array<[string, string]> = [
  ['USR002', 'Rename to ivy@contoso.onmicrosoft.com everywhere'],
  ['USR001', 'Remove the guest entry erin@fabrikam.com'],
  ['GST002', 'Remove the guest entry bob@contoso.com'],
  ['GST001', 'Mark zoe@unknown-partner.com as an external account'],
  ['OWN001', 'Set owner to alice@contoso.com, who created the subscription'],
  ['RBA003', 'Remove the duplicate role assignment'],
  ['RBA006', 'Remove the role assignment of disabled david@contoso.com'],
  ['RBA001', 'Invite frank@fabrikam.com as a guest of Contoso'],
  ['RBA002', "Use role 'Contributor'"],
  ['CRT002', 'Use alice@contoso.com'],
  ['RBA001', 'Invite alise@contoso.com as a guest of Contoso'],
  ['OWN003', 'Remove owner: an Office 365 subscription is owned by its directory'],
  ['RBA005', 'Remove the role assignments: only Azure subscriptions have them'],
  ['TEN002', 'Add the initial domain fabrikam.onmicrosoft.com'],
  ['ASC001', 'Transfer subscription to Contoso…'],
];

function count(t: string, code: string): number {
  return analyze(t).problems.filter((p) => p.code === code).length;
}

function codesOf(t: string): string[] {
  return analyze(t).problems.map((p) => p.code).sort();
}


describe('quick fixes', () => {
  it('the fixture has exactly the expected problems, each with its preferred fix', () => {
    assert.deepEqual(problems.map((p) => p.code), EXPECTED.map(([code]) => code));
    problems.forEach((problem, i) => {
      const fixes = quickFixesFor(text, problem);
      const preferred = fixes.filter((f) => f.isPreferred);
      assert.equal(preferred.length, 1, `${problem.code}: one preferred fix among ${fixes.map((f) => f.title).join(' | ')}`);
      assert.equal(preferred[0].title, EXPECTED[i][1]);
    });
  });

  for (const [index, problem] of problems.entries()) {
    it(`${problem.code} (#${index + 1}): every fix removes the problem, keeps the comments, adds nothing unexpected`, () => {
      for (const fix of quickFixesFor(text, problem)) {
        const after = applyEdits(text, fix.plan.edits);
        assert.equal(count(after, problem.code), count(text, problem.code) - 1, fix.title);
        const lost = multisetMinus(commentsOf(text), commentsOf(after));
        const removing = /^Remove/.test(fix.title);
        if (!removing) assert.deepEqual(lost, [], `${fix.title}: comments kept`);
        else for (const comment of lost) assert.ok(fix.plan.edits.some((e) => text.slice(e.start, e.end).includes(comment)), `${comment} was on a removed line`);
        const added = multisetMinus(codesOf(after), codesOf(text));
        if (fix.preview) {
          // The transferred subscription's owner is not a member of the target: the preview says so.
          assert.deepEqual(added, ['OWN002']);
          assert.equal(fix.preview.owner?.inTarget, 'no');
        } else {
          assert.deepEqual(added, [], `${fix.title}: no new problem`);
        }
      }
    });
  }

  it('are keyed on code and data, not on the message', () => {
    for (const problem of problems) {
      const silent: Problem = { ...problem, message: '' };
      assert.deepEqual(quickFixesFor(text, silent).map((f) => f.title), quickFixesFor(text, problem).map((f) => f.title));
    }
    const withoutData: Problem = { ...problems[0], data: undefined };
    assert.deepEqual(quickFixesFor(text, withoutData), []);
  });

  it('GST001 offers to add the home account when its directory is in the file', () => {
    const t = text.replace('zoe@unknown-partner.com', 'zoe@fabrikam.com');
    const problem = analyze(t).problems.find((p) => p.code === 'GST001')!;
    const fixes = quickFixesFor(t, problem);
    assert.deepEqual(fixes.map((f) => [f.title, Boolean(f.isPreferred)]), [['Add zoe@fabrikam.com as a user of Fabrikam', true], ['Mark zoe@fabrikam.com as an external account', false]]);
  });

  it('USR002 also offers to add the domain, and a transfer fix carries its preview', () => {
    const usr = problems.find((p) => p.code === 'USR002')!;
    assert.deepEqual(quickFixesFor(text, usr).map((f) => f.title), ['Rename to ivy@contoso.onmicrosoft.com everywhere', 'Add northwind.com to the domains of Contoso']);
    const asc = quickFixesFor(text, problems.find((p) => p.code === 'ASC001')!)[0];
    assert.ok(asc.preview);
    assert.deepEqual(asc.preview.deletedAssignments.map((a) => [a.principal, a.principalInTarget]), [['bob@contoso.com', 'member']]);
  });

  it('fix all: RBA001 invites both principals when their edits do not collide, one per run otherwise', () => {
    const plan = fixAllInFile(text, problems, 'RBA001');
    assert.ok(!isRefused(plan));
    const after = applyEdits(text, plan.edits);
    assert.ok(count(after, 'RBA001') < count(text, 'RBA001'));
    assert.equal(analyze(after).problems.some((p) => p.code === 'YAML' || p.code === 'SCHEMA'), false);
  });

  it('fix all: removing every assignment of a list one by one falls back to a sequential fix and stays valid', () => {
    const t = [
      'version: 1',
      'directories:',
      '  - id: 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f',
      '    name: Contoso',
      '    domains: [contoso.onmicrosoft.com]',
      '    users:',
      '      - upn: alice@contoso.onmicrosoft.com',
      '      - { upn: dan@contoso.onmicrosoft.com, enabled: false }   # gone',
      '      - { upn: eve@contoso.onmicrosoft.com, enabled: false }',
      '    subscriptions:',
      '      - id: 0b1e5a7c-2f4d-4e6a-8b9c-0d1e2f3a4b5c',
      '        name: Prod',
      '        type: azure',
      '        owner: alice@contoso.onmicrosoft.com',
      '        roleAssignments:',
      '          - { principal: dan@contoso.onmicrosoft.com, role: Reader }',
      '          - { principal: eve@contoso.onmicrosoft.com, role: Reader }',
      '',
    ].join('\n');
    const all = analyze(t).problems;
    assert.equal(all.filter((p) => p.code === 'RBA006').length, 2);
    const plan = fixAllInFile(t, all, 'RBA006');
    assert.ok(!isRefused(plan), isRefused(plan) ? plan.refused : '');
    const after = applyEdits(t, plan.edits);
    assert.deepEqual(analyze(after).problems, []);
    assert.ok(!after.includes('roleAssignments'));
    assert.ok(after.includes('# gone'));
  });

  it('fix all refuses transfers', () => {
    assert.ok(isRefused(fixAllInFile(text, problems, 'ASC001')));
  });

  it('OWN002 offers first what its message says: set a member as owner, picked by the user (no edit planned before)', () => {
    // Contoso Analytics is owned by carol@fabrikam.com, only a guest of Contoso.
    const partners = readFileSync('test/fixtures/diagram/partners.tenancy.yaml', 'utf8');
    const own002 = analyze(partners).problems.find((p) => p.code === 'OWN002');
    assert.ok(own002, 'the fixture has an OWN002');
    const offers = quickFixOffers(partners, own002);
    assert.equal(offers[0].title, 'Set a member of the subscription\'s directory as owner…');
    assert.equal(offers[0].isPreferred, true);
    assert.deepEqual(offers[0].pickOwner, { subscriptionId: own002.data?.subscriptionId });
    assert.ok(isRefused(offers[0].plan()), 'it opens a picker; it has no edits of its own');
    assert.ok(offers.some((o) => o.transfer), 'the transfer stays offered');
    assert.deepEqual(quickFixesFor(partners, own002).map((f) => f.title), ['Transfer subscription to Fabrikam…'], 'not among the fixes applied in bulk or by tools');
    assert.equal(quickFixOffers(partners, own002, { locale: 'fr' })[0].title, 'Choisir un membre de l’annuaire de l’abonnement comme propriétaire…');
  });
});
