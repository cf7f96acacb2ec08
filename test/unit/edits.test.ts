/**
 * Edit planners against golden files: `test/fixtures/edits/<case>.before.yaml` planned and applied
 * must equal `<case>.after.yaml`, keep every comment, and leave re-analysis with the targeted
 * problems gone and no new problem. `UPDATE_GOLDEN=1` rewrites the after files (review the diff!).
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { assertGolden } from './support/golden';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import {
  addDirectory, addDomain, addRoleAssignment, addSubscription, addUser, applyEdits, inviteGuest, isRefused, markGuestExternal,
  recreateRoleAssignments, removeEntity, renameUpn, replaceValue, setOwner, transferSubscription,
} from '../../src/core/edits';
import type { EditPlan, PlannedEdits } from '../../src/core/edits';
import { commentsOf, multisetMinus } from './support/editing';

const DIR = join('test', 'fixtures', 'edits');

const CONTOSO = '6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f';
const FABRIKAM = '1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a';
const DEFAULT_DIR = '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e';
const PRODUCTION = '0b1e5a7c-2f4d-4e6a-8b9c-0d1e2f3a4b5c';
const M365 = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const LABS = '4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a';

interface GoldenCase {
  name: string;
  plan(text: string): EditPlan;
  /** Problem codes present before and gone after. */
  gone?: string[];
  /** Comments that go with removed lines. */
  removedComments?: string[];
  /** New problems are allowed only where the plan's `references` point (a removal the caller was warned about). */
  newAtReferences?: boolean;
  check?(plan: PlannedEdits, after: string): void;
}

const CASES: GoldenCase[] = [
  { name: 'add-directory', plan: (t) => addDirectory(t, { id: '8c7b6a59-4d3e-4f2a-b1c0-9d8e7f6a5b4c', name: 'Northwind Traders', alias: 'northwind', domains: ['northwindtraders.onmicrosoft.com', 'northwindtraders.com'] }) },
  { name: 'add-user', plan: (t) => addUser(t, { directoryId: FABRIKAM, upn: 'hana@fabrikam.com', displayName: 'Hana: platform on-call', roles: ['User Administrator'] }) },
  {
    name: 'add-user-crlf',
    plan: (t) => addUser(t, { directoryId: CONTOSO, upn: 'chloe@contoso.com', displayName: 'Chloé Dubois', enabled: false }),
    check: (_plan, after) => assert.equal(after.replace(/\r\n/g, '').includes('\n'), false, 'every line ends with CRLF'),
  },
  { name: 'invite-guest', plan: (t) => inviteGuest(t, { directoryId: CONTOSO, upn: 'frank@fabrikam.com', displayName: 'Frank Ito' }) },
  { name: 'add-subscription-azure', plan: (t) => addSubscription(t, { directoryId: FABRIKAM, id: '7f8e9d0c-1b2a-4c3d-8e4f-5a6b7c8d9e0f', name: 'Fabrikam Analytics', type: 'azure', offer: 'MS-AZR-0003P', owner: 'erin@fabrikam.com' }) },
  { name: 'add-subscription-office365', plan: (t) => addSubscription(t, { directoryId: DEFAULT_DIR, id: '6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d', name: 'Office 365 E1 (lab)', type: 'office365', plan: 'Office 365 E1', licenses: 5, createdBy: 'gabriel@contosolabs.onmicrosoft.com' }) },
  { name: 'add-role-assignment-flow', plan: (t) => addRoleAssignment(t, { subscriptionId: PRODUCTION, principal: 'bob@contoso.com', role: 'Contributor', scope: '/resourceGroups/web' }) },
  { name: 'add-role-assignment-block', plan: (t) => addRoleAssignment(t, { subscriptionId: LABS, principal: 'gabriel@contosolabs.onmicrosoft.com', role: 'Reader', scope: '/resourceGroups/audit' }) },
  { name: 'set-owner', plan: (t) => setOwner(t, { subscriptionId: PRODUCTION, owner: 'bob@contoso.com' }) },
  {
    name: 'rename-upn',
    plan: (t) => renameUpn(t, { from: 'ALICE@contoso.com', to: 'alice.martin@contoso.com' }),
    check: (_plan, after) => assert.equal(after.includes('alice@contoso.com'), false),
  },
  { name: 'remove-user', plan: (t) => removeEntity(t, { kind: 'user', upn: 'frank@fabrikam.com' }), check: (plan) => assert.deepEqual(plan.references, []) },
  { name: 'remove-role-assignment', plan: (t) => removeEntity(t, { kind: 'roleAssignment', subscriptionId: PRODUCTION, index: 1 }), removedComments: ['# read-only'] },
  { name: 'remove-subscription', plan: (t) => removeEntity(t, { kind: 'subscription', id: LABS }), removedComments: ["# the lab, billed to Gabriel's card", '# break-glass'] },
  {
    name: 'remove-directory',
    plan: (t) => removeEntity(t, { kind: 'directory', id: FABRIKAM }),
    removedComments: ['# ── Fabrikam: partner, its own Microsoft 365 ──────────────────'],
    newAtReferences: true,
    check: (plan) => assert.deepEqual(plan.references!.map((r) => `${r.role} ${r.text}`), ['guest erin@fabrikam.com', 'principal erin@fabrikam.com']),
  },
  {
    name: 'transfer',
    plan: (t) => transferSubscription(t, { subscriptionId: LABS, targetDirectoryId: CONTOSO }),
    gone: ['ASC001', 'OWN002', 'CRT001'],
  },
  {
    name: 'recreate-role-assignments',
    plan: (t) => recreateRoleAssignments(t, { subscriptionId: LABS }),
    check: (_plan, after) => assert.match(after, /pendingRoleAssignments:\n\s+- principal: gabriel@contosolabs\.onmicrosoft\.com/),
  },
  {
    name: 'recreate-all',
    plan: (t) => recreateRoleAssignments(t, { subscriptionId: LABS }),
    check: (_plan, after) => assert.ok(!after.includes('pendingRoleAssignments') && !after.includes('fromDirectory')),
  },
  { name: 'mark-guest-external', plan: (t) => markGuestExternal(t, { directoryId: CONTOSO, upn: 'zoe@unknown-partner.com' }), gone: ['GST001'] },
  { name: 'add-domain', plan: (t) => addDomain(t, { directoryId: FABRIKAM, domain: 'fabrikam.onmicrosoft.com' }), gone: ['TEN002'] },
  { name: 'replace-value', plan: (t) => replaceValue(t, { offset: t.indexOf('Contributer'), expected: 'Contributer', value: 'Contributor' }), gone: ['RBA002'] },
];

function codes(text: string): string[] {
  return analyze(text).problems.map((p) => p.code).sort();
}


describe('edit planners: golden files', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const before = readFileSync(join(DIR, `${c.name}.before.yaml`), 'utf8');
      const plan = c.plan(before);
      assert.ok(!isRefused(plan), isRefused(plan) ? plan.refused : '');
      const after = applyEdits(before, plan.edits);
      const goldenPath = join(DIR, `${c.name}.after.yaml`);
      assertGolden(goldenPath, after);

      // Edits are sorted, disjoint and each touches only what changes.
      for (let i = 1; i < plan.edits.length; i++) assert.ok(plan.edits[i - 1].end < plan.edits[i].start);
      for (const e of plan.edits) assert.notEqual(before.slice(e.start, e.end), e.newText);

      const lost = multisetMinus(commentsOf(before), commentsOf(after));
      assert.deepEqual(lost, c.removedComments ?? [], 'comments survive');

      const beforeProblems = analyze(before).problems;
      const afterProblems = analyze(after).problems;
      assert.equal(afterProblems.some((p) => p.code === 'YAML' || p.code === 'SCHEMA'), false, 'the result is a valid workspace');
      for (const code of c.gone ?? []) {
        assert.ok(beforeProblems.some((p) => p.code === code), `${code} before`);
        assert.ok(!afterProblems.some((p) => p.code === code), `${code} gone after`);
      }
      const added = multisetMinus(codes(after), codes(before));
      if (c.newAtReferences) {
        assert.ok(added.length > 0);
        // Each new problem sits on a place the plan reported (offsets of the after text: the
        // references lie before or after the removed range, so map them through the edits).
        const shifted = plan.references!.map((r) => {
          const delta = plan.edits.filter((e) => e.end <= r.start).reduce((s, e) => s + e.newText.length - (e.end - e.start), 0);
          return { start: r.start + delta, end: r.end + delta };
        });
        for (const p of afterProblems.filter((x) => !beforeProblems.some((y) => y.code === x.code && y.message === x.message))) {
          assert.ok(shifted.some((r) => p.start <= r.start && r.end <= p.end || r.start <= p.start && p.end <= r.end), `${p.code} at a reported reference`);
        }
      } else {
        assert.deepEqual(added, [], 'no new problem');
      }
      c.check?.(plan, after);
    });
  }
});

describe('edit planners: refusals', () => {
  const base = readFileSync(join(DIR, 'add-user.before.yaml'), 'utf8');
  const refusals: Array<[string, EditPlan, RegExp]> = [
    ['a file that does not parse', addUser('version: 1\ndirectories:\n  - id: [\n', { directoryId: CONTOSO, upn: 'x@contoso.com' }), /syntax errors/],
    ['a missing directory', addUser(base, { directoryId: '00000000-0000-4000-8000-000000000000', upn: 'x@contoso.com' }), /no directory/],
    ['a UPN that is already a user', addUser(base, { directoryId: FABRIKAM, upn: 'Alice@contoso.com' }), /already a user of Contoso/],
    ['a duplicate directory id', addDirectory(base, { id: FABRIKAM.toUpperCase(), name: 'X', domains: ['x.onmicrosoft.com'] }), /already has a directory/],
    ['a domain verified elsewhere', addDirectory(base, { id: '8c7b6a59-4d3e-4f2a-b1c0-9d8e7f6a5b4c', name: 'X', domains: ['contoso.com'] }), /already verified in Contoso/],
    ['a duplicate subscription id', addSubscription(base, { directoryId: FABRIKAM, id: PRODUCTION, name: 'X', type: 'azure', owner: 'erin@fabrikam.com' }), /already in the file/],
    ['an Azure subscription without owner', addSubscription(base, { directoryId: FABRIKAM, id: '7f8e9d0c-1b2a-4c3d-8e4f-5a6b7c8d9e0f', name: 'X', type: 'azure', owner: '' }), /needs an owner/],
    ['an Office 365 owner', setOwner(base, { subscriptionId: M365, owner: 'alice@contoso.com' }), /owned by the directory/],
    ['a guest who is a member there', inviteGuest(base, { directoryId: CONTOSO, upn: 'bob@contoso.com' }), /is a user of Contoso/],
    ['a guest invited twice', inviteGuest(base, { directoryId: CONTOSO, upn: 'erin@fabrikam.com' }), /already a guest/],
    ['a duplicate role assignment', addRoleAssignment(base, { subscriptionId: PRODUCTION, principal: 'ALICE@contoso.com', role: 'owner', scope: '/' }), /already has owner/],
    ['a role assignment on Office 365', addRoleAssignment(base, { subscriptionId: M365, principal: 'bob@contoso.com', role: 'Reader' }), /not an Azure subscription/],
    ['a rename onto an existing account', renameUpn(base, { from: 'alice@contoso.com', to: 'bob@contoso.com' }), /would merge two accounts/],
    ['a rename of an unknown account', renameUpn(base, { from: 'nobody@contoso.com', to: 'x@contoso.com' }), /No account/],
    ['a transfer to the same directory', transferSubscription(base, { subscriptionId: PRODUCTION, targetDirectoryId: CONTOSO }), /already trusts/],
    ['a transfer of Office 365', transferSubscription(base, { subscriptionId: M365, targetDirectoryId: FABRIKAM }), /not an Azure subscription/],
    ['recreating with nothing pending', recreateRoleAssignments(base, { subscriptionId: PRODUCTION }), /no pending/],
    ['removing a missing subscription', removeEntity(base, { kind: 'subscription', id: '00000000-0000-4000-8000-000000000000' }), /no subscription/],
  ];
  for (const [name, plan, message] of refusals) {
    it(`refuses ${name}`, () => {
      assert.ok(isRefused(plan), `refused: ${JSON.stringify(plan).slice(0, 200)}`);
      assert.match(plan.refused, message);
    });
  }
});

describe('edit planners: layouts', () => {
  const apply = (text: string, plan: EditPlan) => {
    assert.ok(!isRefused(plan), isRefused(plan) ? plan.refused : '');
    return applyEdits(text, plan.edits);
  };
  const indentless = [
    'version: 1',
    'directories:',
    `- id: ${CONTOSO}`,
    '  name: Contoso',
    '  domains: [contoso.onmicrosoft.com]',
    '  users:',
    '  - upn: alice@contoso.onmicrosoft.com',
    `- id: ${FABRIKAM}`,
    '  name: Fabrikam',
    '  domains: [fabrikam.onmicrosoft.com]',
    '  users: []   # nobody yet',
  ].join('\n'); // no final line break

  it('indentless sequences: new lists follow the file, an empty list keeps its comment', () => {
    assert.equal(apply(indentless, addUser(indentless, { directoryId: FABRIKAM, upn: 'erin@fabrikam.onmicrosoft.com' })),
      indentless.replace('  users: []   # nobody yet', '  users:   # nobody yet\n  - upn: erin@fabrikam.onmicrosoft.com\n'));
    assert.equal(apply(indentless, inviteGuest(indentless, { directoryId: CONTOSO, upn: 'zoe@example.org' })),
      indentless.replace('  - upn: alice@contoso.onmicrosoft.com\n', '  - upn: alice@contoso.onmicrosoft.com\n  guests:\n  - upn: zoe@example.org\n    external: true\n'));
  });

  it('flow maps and flow lists get flow entries; removing from them cuts the comma', () => {
    const flow = `version: 1\ndirectories:\n  - { id: ${CONTOSO}, name: Contoso, domains: [contoso.onmicrosoft.com], users: [{ upn: a@contoso.onmicrosoft.com }, {upn: b@contoso.onmicrosoft.com}] }\n`;
    assert.equal(apply(flow, addUser(flow, { directoryId: CONTOSO, upn: 'c@contoso.onmicrosoft.com' })), flow.replace('}] }', '}, { upn: c@contoso.onmicrosoft.com }] }'));
    assert.equal(apply(flow, removeEntity(flow, { kind: 'user', upn: 'a@contoso.onmicrosoft.com' })), flow.replace('{ upn: a@contoso.onmicrosoft.com }, ', ''));
    assert.equal(apply(flow, removeEntity(flow, { kind: 'user', upn: 'b@contoso.onmicrosoft.com' })), flow.replace(', {upn: b@contoso.onmicrosoft.com}', ''));
    assert.equal(apply(flow, inviteGuest(flow, { directoryId: CONTOSO, upn: 'x@example.org' })), flow.replace('}] }', '}], guests: [{ upn: x@example.org, external: true }] }'));
  });

  it('the last directory removed leaves `directories: []`; a first one is added to an empty list', () => {
    const one = `version: 1\ndirectories:   # the tenants\n  - id: ${CONTOSO}\n    name: Contoso\n    domains: [contoso.onmicrosoft.com]\n`;
    const empty = apply(one, removeEntity(one, { kind: 'directory', id: CONTOSO }));
    assert.equal(empty, 'version: 1\ndirectories: []   # the tenants\n');
    assert.equal(apply(empty, addDirectory(empty, { id: CONTOSO, name: 'Contoso', domains: ['contoso.onmicrosoft.com'] })), one);
  });
});
