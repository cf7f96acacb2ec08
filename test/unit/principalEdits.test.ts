/**
 * The planners of groups, service principals and management groups, against golden files: one
 * realistic estate (`principals.before.yaml`, nested groups, an application, managed identities and a
 * management-group hierarchy) edited by each case must equal `<case>.after.yaml`, keep every comment,
 * and re-analyse with no new problem. `UPDATE_GOLDEN=1` rewrites the after files (review the diff!).
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { addGroup, addGroupMember, addServicePrincipal, applyEdits, isRefused, placeInManagementGroup } from '../../src/core/edits';
import type { EditPlan } from '../../src/core/edits';
import { commentsOf, multisetMinus } from './support/editing';
import { assertGolden } from './support/golden';

const DIR = join('test', 'fixtures', 'edits');
const WOODGROVE = '2f6a9c14-7b3e-4d58-a1c2-9e8f7d6c5b4a';
const PRODUCTION = '4b8c2d6e-1f3a-4c5b-9d7e-8f0a1b2c3d4e';
const DATA = '7c3e9a1f-2b4d-4e6f-8a0c-1d2e3f4a5b6c';
const SANDBOX = '3a5c7e9b-1d2f-4a6c-8e0b-2d4f6a8c0e1b';
const before = readFileSync(join(DIR, 'principals.before.yaml'), 'utf8');

const CASES: Array<{ name: string; plan: (text: string) => EditPlan; check?: (after: string) => void }> = [
  {
    name: 'add-group',
    plan: (t) => addGroup(t, { directoryId: WOODGROVE, name: 'Security Reviewers', id: '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f', description: 'Quarterly access reviews', members: ['maria.santos@woodgrovebank.com', 'Landing Zone Consultants'] }),
  },
  { name: 'add-group-member-block', plan: (t) => addGroupMember(t, { directoryId: WOODGROVE, group: 'platform engineers', member: 'sofia.lindqvist@woodgrovebank.com' }) },
  { name: 'add-group-member-flow', plan: (t) => addGroupMember(t, { directoryId: WOODGROVE, group: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', member: 'id-batch-jobs' }) },
  {
    name: 'add-group-member-empty',
    plan: (t) => addGroupMember(t, { directoryId: WOODGROVE, group: 'Finance Readers', member: 'james.okafor@woodgrovebank.com' }),
    check: (after) => assert.match(after, /members: \[james\.okafor@woodgrovebank\.com\]\s+# created ahead/),
  },
  { name: 'add-service-principal-app', plan: (t) => addServicePrincipal(t, { directoryId: WOODGROVE, name: 'terraform-platform', type: 'application', appId: '6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d' }) },
  {
    name: 'add-service-principal-identity',
    plan: (t) => addServicePrincipal(t, { directoryId: WOODGROVE, name: 'woodgrove-func', type: 'managedIdentity', identity: 'systemAssigned', resource: `/subscriptions/${DATA}/resourceGroups/batch/providers/Microsoft.Web/sites/woodgrove-func` }),
  },
  {
    name: 'place-subscription',
    plan: (t) => placeInManagementGroup(t, { subscriptionId: SANDBOX, managementGroupId: 'mg-corp' }),
    check: (after) => {
      const groups = analyze(after).workspace.directories[0].managementGroups;
      assert.deepEqual(groups.find((g) => g.id?.value === 'mg-corp')!.subscriptions.map((s) => s.value), [PRODUCTION, DATA, SANDBOX]);
      assert.deepEqual(groups.find((g) => g.id?.value === 'mg-sandboxes')!.subscriptions, []);
    },
  },
  { name: 'place-subscription-flow-map', plan: (t) => placeInManagementGroup(t, { subscriptionId: PRODUCTION, managementGroupId: 'MG-ONLINE' }) },
  {
    name: 'place-subscription-root',
    plan: (t) => placeInManagementGroup(t, { subscriptionId: DATA, managementGroupId: WOODGROVE }),
    check: (after) => assert.ok(analyze(after).workspace.directories[0].managementGroups.every((g) => !g.subscriptions.some((s) => s.value === DATA))),
  },
];

function codes(text: string): string[] {
  return analyze(text).problems.map((p) => `${p.code}`).sort();
}

describe('group, service principal and management group edits: golden files', () => {
  it('start from a file with no problem', () => assert.deepEqual(codes(before), []));
  for (const c of CASES) {
    it(c.name, () => {
      const plan = c.plan(before);
      assert.ok(!isRefused(plan), isRefused(plan) ? plan.refused : '');
      const after = applyEdits(before, plan.edits);
      assertGolden(join(DIR, `${c.name}.after.yaml`), after);
      assert.deepEqual(multisetMinus(commentsOf(before), commentsOf(after)), [], 'comments survive');
      assert.deepEqual(codes(after), [], 'no problem after the edit');
      c.check?.(after);
    });
  }
});

describe('group, service principal and management group edits: refusals', () => {
  const refusals: Array<[string, EditPlan, RegExp]> = [
    ['a group name a service principal has', addGroup(before, { directoryId: WOODGROVE, name: 'GitHub-Deploy' }), /already the name of a service principal of woodgrove/],
    ['a group name already used', addGroup(before, { directoryId: WOODGROVE, name: 'platform engineers' }), /already the name of a group/],
    ['roles on a group that is not role-assignable', addGroup(before, { directoryId: WOODGROVE, name: 'X', roles: ['Helpdesk Administrator'] }), /Only a role-assignable group/],
    ['an unknown member of a new group', addGroup(before, { directoryId: WOODGROVE, name: 'X', members: ['nobody@woodgrovebank.com'] }), /not a user, guest, group or service principal of woodgrove/],
    ['a malformed object id', addGroup(before, { directoryId: WOODGROVE, name: 'X', id: '1234' }), /not an object id/],
    ['a member of another directory', addGroupMember(before, { directoryId: WOODGROVE, group: 'App Developers', member: 'someone@contoso.com' }), /add it to the directory first/],
    ['a member listed already (other spelling)', addGroupMember(before, { directoryId: WOODGROVE, group: 'App Developers', member: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a' }), /already a member of App Developers/],
    ['a group in itself', addGroupMember(before, { directoryId: WOODGROVE, group: 'App Developers', member: 'app developers' }), /can't be a member of itself/],
    ['a membership cycle', addGroupMember(before, { directoryId: WOODGROVE, group: 'Landing Zone Consultants', member: 'Platform Engineers' }), /membership cycle/],
    ['a group in a role-assignable group', addGroupMember(before, { directoryId: WOODGROVE, group: 'Helpdesk Operators', member: 'Finance Readers' }), /role-assignable/],
    ['a missing group', addGroupMember(before, { directoryId: WOODGROVE, group: 'Auditors', member: 'chen.wei@woodgrovebank.com' }), /no group named Auditors/],
    ['a system-assigned identity without resource', addServicePrincipal(before, { directoryId: WOODGROVE, name: 'x', type: 'managedIdentity', identity: 'systemAssigned' }), /needs the id of the resource/],
    ['an application with an identity kind', addServicePrincipal(before, { directoryId: WOODGROVE, name: 'x', type: 'application', identity: 'userAssigned' }), /managed identities only/],
    ['a resource that is not a resource id', addServicePrincipal(before, { directoryId: WOODGROVE, name: 'x', type: 'managedIdentity', identity: 'userAssigned', resource: 'web-prod/id-x' }), /not an Azure resource id/],
    ['an app id another principal has', addServicePrincipal(before, { directoryId: WOODGROVE, name: 'x', type: 'application', appId: '5E6F7A8B-9C0D-4E1F-A2B3-C4D5E6F7A8B9' }), /already names/],
    ['a management group of no directory here', placeInManagementGroup(before, { subscriptionId: SANDBOX, managementGroupId: 'mg-nowhere' }), /has no management group mg-nowhere/],
    ['a subscription already there', placeInManagementGroup(before, { subscriptionId: SANDBOX, managementGroupId: 'mg-sandboxes' }), /already in Sandboxes/],
    ['a subscription already under the root', placeInManagementGroup(placeInManagementGroupApplied(), { subscriptionId: DATA, managementGroupId: WOODGROVE }), /already in Tenant Root Group/],
    ['a missing subscription', placeInManagementGroup(before, { subscriptionId: '00000000-0000-4000-8000-000000000000', managementGroupId: 'mg-corp' }), /no subscription/],
  ];
  for (const [name, plan, message] of refusals) {
    it(`refuses ${name}`, () => {
      assert.ok(isRefused(plan), `refused: ${JSON.stringify(plan).slice(0, 200)}`);
      assert.match(plan.refused, message);
    });
  }
  it('refuses in French too', () => {
    const plan = addGroupMember(before, { directoryId: WOODGROVE, group: 'Landing Zone Consultants', member: 'Platform Engineers' }, { locale: 'fr' });
    assert.ok(isRefused(plan) && /cycle d’appartenance/.test(plan.refused));
  });
});

function placeInManagementGroupApplied(): string {
  const plan = placeInManagementGroup(before, { subscriptionId: DATA, managementGroupId: WOODGROVE });
  assert.ok(!isRefused(plan));
  return applyEdits(before, plan.edits);
}
