/**
 * Effective access: every assignment that reaches an account — direct, through nested groups,
 * inherited from management groups — and what uses it: ASC001 and the report.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { accessBySubscription, accessOf, accountAccess } from '../../src/core/access';
import type { Grant } from '../../src/core/access';
import { analyze } from '../../src/core/analyze';
import { reportMarkdown } from '../../src/core/report';

const ESTATE = readFileSync('test/fixtures/rules/enterprise-groups.tenancy.yaml', 'utf8');
const analysis = analyze(ESTATE);
const woodgrove = analysis.workspace.directories[0];
const user = (upn: string) => woodgrove.users.find((u) => u.upn?.value === upn)!;

/** subscription, role, route, groups, management groups: one line per grant. */
function lines(grants: Grant[]): string[] {
  return grants.map((g) => [
    g.subscription.name?.value, g.assignment.role?.value, g.route,
    g.groups.map((x) => x.name?.value).join('>'), g.managementGroups.map((x) => x.id?.value).join('>'),
  ].join(' | '));
}

describe('effective access', () => {
  it('a member of a group: inherited from every management group above each subscription, with both chains', () => {
    const james = lines(accessOf(analysis.index, user('james.okafor@woodgrovebank.com')));
    assert.deepEqual(james.sort(), [
      'Woodgrove Data | Contributor | inherited | Platform Engineers | mg-corp>mg-landing-zones>mg-woodgrove',
      'Woodgrove Data | Reader | inherited | Platform Engineers | mg-corp>mg-landing-zones>mg-woodgrove>2f6a9c14-7b3e-4d58-a1c2-9e8f7d6c5b4a',
      'Woodgrove Production | Contributor | inherited | Platform Engineers | mg-corp>mg-landing-zones>mg-woodgrove',
      'Woodgrove Production | Reader | inherited | Platform Engineers | mg-corp>mg-landing-zones>mg-woodgrove>2f6a9c14-7b3e-4d58-a1c2-9e8f7d6c5b4a',
      'Woodgrove Sandbox | Contributor | inherited | Platform Engineers | mg-sandboxes>mg-woodgrove',
      'Woodgrove Sandbox | Reader | inherited | Platform Engineers | mg-sandboxes>mg-woodgrove>2f6a9c14-7b3e-4d58-a1c2-9e8f7d6c5b4a',
    ]);
  });

  it('a guest two groups deep gets the same access, with the chain of groups', () => {
    const nadia = accountAccess(analysis.index, 'nadia@fourthcoffee.com');
    assert.equal(nadia.length, 6);
    assert.ok(nadia.every((g) => g.groups.map((x) => x.name?.value).join('>') === 'Landing Zone Consultants>Platform Engineers'));
  });

  it('group assignments on a subscription, and a service principal that is both assigned and a group member', () => {
    const sofia = lines(accessOf(analysis.index, user('sofia.lindqvist@woodgrovebank.com')));
    assert.deepEqual(sofia, ['Woodgrove Production | Contributor | group | App Developers | ']);
    const deploy = woodgrove.servicePrincipals.find((s) => s.name?.value === 'github-deploy')!;
    assert.deepEqual(lines(accessOf(analysis.index, deploy)), [
      'Woodgrove Production | Website Contributor | direct |  | ',
      'Woodgrove Production | Contributor | group | App Developers | ',
    ]);
    const identity = woodgrove.servicePrincipals.find((s) => s.name?.value === 'id-batch-jobs')!;
    assert.deepEqual(lines(accessOf(analysis.index, identity)), ['Woodgrove Data | Storage Blob Data Contributor | direct |  | ']); // named by object id
  });

  it('by subscription; nobody reached is empty; membership cycles end', () => {
    const bySubscription = accessBySubscription(analysis.index, user('chen.wei@woodgrovebank.com'));
    assert.deepEqual([...bySubscription.keys()].map((s) => s.name?.value), ['Woodgrove Production', 'Woodgrove Data', 'Woodgrove Sandbox']);
    assert.deepEqual(accessOf(analysis.index, user('maria.santos@woodgrovebank.com')), []);
    const cyclic = analyze(readFileSync('test/fixtures/rules/groups.tenancy.yaml', 'utf8'));
    const tomas = cyclic.workspace.directories[0].users.find((u) => u.upn?.value === 'tomas.novak@fabrikam.com')!;
    // Cloud Operators and Network Admins contain each other (GRP001): the walk ends, each grant once.
    assert.deepEqual(lines(accessOf(cyclic.index, tomas)), ['Fabrikam Platform | Contributor | group | Cloud Operators | ']);
  });
});

describe('ASC001 counts who uses a subscription through groups and management groups', () => {
  // Contoso runs Office 365; its engineers' Azure subscription sits in a "Default Directory" where
  // they are guests, and they reach it only through a group or a management group.
  const text = (access: string, managementGroups = '') => `version: 1
directories:
  - id: 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f
    name: Contoso
    domains: [contoso.onmicrosoft.com, contoso.com]
    users:
      - { upn: alice@contoso.com, roles: [Global Administrator] }
      - { upn: bob@contoso.com }
    subscriptions:
      - { id: 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d, name: Microsoft 365 E3, type: office365, plan: Microsoft 365 E3, licenses: 25 }
  - id: 2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e
    name: Default Directory
    domains: [contosolabs.onmicrosoft.com]
    users:
      - { upn: gabriel@contosolabs.onmicrosoft.com, roles: [Global Administrator] }
    guests:
      - { upn: alice_contoso.com#EXT#@contosolabs.onmicrosoft.com }
      - { upn: bob_contoso.com#EXT#@contosolabs.onmicrosoft.com }
    groups:
      - name: Engineers
        members: [alice_contoso.com#EXT#@contosolabs.onmicrosoft.com, bob_contoso.com#EXT#@contosolabs.onmicrosoft.com]
    subscriptions:
      - id: 4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a
        name: Contoso Sandbox
        type: azure
        owner: gabriel@contosolabs.onmicrosoft.com
        createdBy: gabriel@contosolabs.onmicrosoft.com
${access}${managementGroups}`;
  const asc001 = (t: string) => analyze(t).problems.filter((p) => p.code === 'ASC001');

  it('through a group of guests', () => {
    const found = asc001(text('        roleAssignments:\n          - { principal: Engineers, role: Contributor }\n'));
    assert.equal(found.length, 1);
    assert.match(found[0].message, /used by alice@contoso\.com, bob@contoso\.com of 'Contoso'/);
  });

  it('inherited from a management group above it', () => {
    const found = asc001(text('', '    managementGroups:\n      - id: mg-labs\n        subscriptions: [4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a]\n        roleAssignments:\n          - { principal: Engineers, role: Reader }\n'));
    assert.equal(found.length, 1);
    assert.deepEqual(found[0].data?.accounts, ['alice@contoso.com', 'bob@contoso.com']);
  });

  it('silent when nobody of Contoso reaches it', () => {
    assert.deepEqual(asc001(text('')), []);
  });
});

describe('report: access through groups and management groups', () => {
  const md = reportMarkdown(analysis, { title: 'enterprise-groups.tenancy.yaml' });

  it('lists groups, service principals and management groups', () => {
    assert.match(md, /### Groups \(5\)/);
    assert.match(md, /\| Platform Engineers \| james\.okafor@woodgrovebank\.com, chen\.wei@woodgrovebank\.com, ahmed\.haddad@woodgrovebank\.com, Landing Zone Consultants \| 4 \|  \|/);
    assert.match(md, /\| woodgrove-web \| managed identity \(system-assigned\) \|  \| \/subscriptions\//);
    assert.match(md, /\| Corp \| mg-corp \| mg-landing-zones \| Woodgrove Production, Woodgrove Data \|  \|/);
    assert.match(md, /\| Tenant Root Group \| 2f6a9c14-7b3e-4d58-a1c2-9e8f7d6c5b4a \|  \|  \| Platform Engineers: Reader \|/);
  });

  it("counts each account's access through its groups and inherited from management groups", () => {
    assert.match(md, /#### Effective access of each account/);
    assert.match(md, /\| nadia\\_fourthcoffee\.com#EXT#@woodgrovebank\.onmicrosoft\.com \| Woodgrove Sandbox \| Contributor \| \/ \(whole subscription\) \| management group Sandboxes › Woodgrove, group Landing Zone Consultants › Platform Engineers \|/);
    assert.match(md, /\| sofia\.lindqvist@woodgrovebank\.com \| Woodgrove Production \| Contributor \| \/resourceGroups\/web-prod \| group App Developers \|/);
    const fr = reportMarkdown(analysis, { locale: 'fr' });
    assert.match(fr, /groupe d’administration Sandboxes › Woodgrove, groupe Landing Zone Consultants › Platform Engineers/);
  });

  it('the example without groups keeps its report as before (no effective-access table)', () => {
    const example = reportMarkdown(analyze(readFileSync('examples/contoso.tenancy.yaml', 'utf8')));
    assert.doesNotMatch(example, /Effective access|### Groups/);
  });
});
