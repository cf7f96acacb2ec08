/**
 * Import of groups (`az ad group list`), service principals (`az ad sp list --all`), management groups
 * (`az account management-group list`, `show --expand --recurse`, `entities list`) and the role
 * assignments that name them, from fixtures shaped like what the Azure CLI prints
 * (test/fixtures/import/estate/). Golden files: `UPDATE_GOLDEN=1` rewrites them — review the diff.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main';
import { analyze } from '../../src/core/analyze';
import { parseAzureCliJson, planImport, summaryToText } from '../../src/core/import';
import { isRefused } from '../../src/core/refusal';
import { azureCliFixtures, documentOf, imported, planned, refusalOf } from './support/azureCliFixtures';
import { assertGolden } from './support/golden';

const DIR = join('test', 'fixtures', 'import', 'estate');
const CONTOSO = '6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f';
const PRODUCTION = '0b1e5a7c-2f4d-4e6a-8b9c-0d1e2f3a4b5c';
const SHARED = '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a';

const { read, doc, input } = azureCliFixtures(DIR);

const TENANTS = 'az-account-tenant-list.json';
const PROVIDER = 'az-account-list-provider.json';
const GROUPS = 'az-ad-group-list-contoso.json';
const SERVICE_PRINCIPALS = 'az-ad-sp-list-contoso.json';
const ENTITIES = 'az-account-management-group-entities-list-contoso.json';
const SHOW = 'az-account-management-group-show-contoso.json';
const LIST = 'az-account-management-group-list-contoso.json';
const MEMBERS = 'az-ad-group-member-list-cloud-operations.json';
const ASSIGNMENTS = ['az-role-assignment-list-production.json', 'az-role-assignment-list-shared.json', 'az-role-assignment-list-shared-inherited.json'];

/** Contoso's subscriptions and users, the starting point of most cases. */
const base = () => imported('', [input(TENANTS), input(PROVIDER), input('graph-users-contoso-page1.json', CONTOSO), input('graph-users-contoso-page2.json', CONTOSO)]).text;

let base0 = '';
before(() => {
  base0 = imported(base(), [input(GROUPS, CONTOSO)]).text;
});

const contoso = (text: string) => analyze(text).workspace.directories.find((d) => d.id?.value === CONTOSO)!;


describe('import: groups, service principals and management groups', () => {
  describe('reading', () => {
    it('recognises each new output by its shape, the Graph envelope and a single `show` object too', () => {
      assert.equal(doc(GROUPS).kind, 'groups');
      assert.equal(doc(SERVICE_PRINCIPALS).kind, 'servicePrincipals');
      for (const name of [ENTITIES, SHOW, LIST]) assert.equal(doc(name).kind, 'managementGroups', name);
      const page = documentOf(JSON.stringify({ '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#groups', value: JSON.parse(read(GROUPS)), '@odata.nextLink': 'https://graph.microsoft.com/v1.0/groups?$skiptoken=X' }, null, 2));
      assert.ok(page.kind === 'groups');
      assert.equal(page.groups.length, 4);
      assert.match(page.nextLink!, /skiptoken/);
    });

    it('reads groups, service principals and managed identities as Graph prints them', () => {
      const groups = doc(GROUPS);
      assert.ok(groups.kind === 'groups');
      assert.deepEqual(groups.groups.map((g) => `${g.displayName} ${g.securityEnabled} ${g.isAssignableToRole} ${g.groupTypes.join('+')}`), [
        'Cloud Operations true false ', 'Helpdesk Tier 1 true true ', 'Contoso Marketing false false Unified', 'All Staff false false ',
      ]);
      const sps = doc(SERVICE_PRINCIPALS);
      assert.ok(sps.kind === 'servicePrincipals');
      const web = sps.servicePrincipals.find((s) => s.displayName === 'app-contoso-web')!;
      assert.deepEqual(web.managedIdentity, { userAssigned: false, resource: `/subscriptions/${PRODUCTION}/resourcegroups/rg-web/providers/Microsoft.Web/sites/app-contoso-web` });
      assert.equal(sps.servicePrincipals.find((s) => s.displayName === 'id-contoso-batch')!.managedIdentity!.userAssigned, true);
      assert.equal(sps.servicePrincipals.find((s) => s.displayName === 'contoso-deploy')!.appOwnerOrganizationId, CONTOSO);
    });

    it('entities list and show --expand --recurse give the same hierarchy; list gives no parents', () => {
      const shape = (name: string) => {
        const d = doc(name);
        assert.ok(d.kind === 'managementGroups');
        return {
          groups: d.groups.map((g) => `${g.name} < ${g.parent === undefined ? '?' : g.parent ?? 'none'}`).sort(),
          placements: d.placements.map((p) => `${p.subscriptionId} in ${p.group}`).sort(),
        };
      };
      const entities = shape(ENTITIES);
      assert.deepEqual(entities, shape(SHOW));
      assert.deepEqual(entities.groups, [
        `${CONTOSO} < none`, 'contoso-corp < contoso-landing-zones', `contoso-landing-zones < ${CONTOSO}`, `contoso-platform < ${CONTOSO}`,
      ]);
      assert.deepEqual(entities.placements, [`${PRODUCTION} in contoso-corp`, `${SHARED} in contoso-platform`]);
      assert.ok(shape(LIST).groups.every((g) => g.endsWith('< ?')));
    });

    it('reads a group member list (mixed @odata.type), and refuses it without the group it lists', () => {
      const members = doc(MEMBERS);
      assert.ok(members.kind === 'members');
      assert.deepEqual(members.members.map((m) => `${m.type} ${m.userPrincipalName ?? m.displayName}`), [
        'user alice@contoso.com', 'user sam.taylor_outlook.com#EXT#@contoso.onmicrosoft.com', 'group Helpdesk Tier 1', 'servicePrincipal contoso-deploy', 'device CONTOSO-BUILD01',
      ]);
      const plan = planImport(base(), [input(MEMBERS, CONTOSO)]);
      assert.ok(isRefused(plan));
      assert.match(plan.refused, /is a group's member list \(`az ad group member list`\), which does not say which group it lists: say it with --group/);
      const unknown = planImport(base(), [{ ...input(MEMBERS, CONTOSO), group: 'Platform Team' }]);
      assert.ok(isRefused(unknown));
      assert.match(unknown.refused, /There is no group Platform Team in the file or in this import/);
    });

    it('a value of the wrong form is refused with its path and position', () => {
      const groups = JSON.parse(read(GROUPS)) as Array<Record<string, unknown>>;
      groups[1].id = 'not-a-guid';
      const text = JSON.stringify(groups, null, 2);
      const bad = refusalOf(text);
      assert.equal(bad.at.path, '$[1].id');
      assert.equal(text.slice(bad.at.offset, bad.at.offset + 12), '"not-a-guid"');
      const show = JSON.parse(read(SHOW)) as { children: Array<Record<string, unknown>> };
      show.children[1].children = [{ type: 'Microsoft.Compute/virtualMachines', name: 'vm1', id: '/subscriptions/x' }];
      const child = refusalOf(JSON.stringify(show, null, 2));
      assert.equal(child.at.path, '$[0].children[1].children[0]');
      assert.match(child.refused, /neither a management group nor a subscription/);
    });
    it('any value replaced anywhere in the new outputs gives a result or a positioned error, never a crash', () => {
      const names = [GROUPS, SERVICE_PRINCIPALS, ENTITIES, SHOW, LIST, MEMBERS];
      const paths = (value: unknown, at: Array<string | number> = []): Array<Array<string | number>> => {
        if (value === null || typeof value !== 'object') return [at];
        const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
        return [at, ...entries.flatMap(([k, v]) => paths(v, [...at, k]))];
      };
      fc.assert(fc.property(fc.constantFrom(...names), fc.nat(), fc.jsonValue(), (name, pick, replacement) => {
        const value = JSON.parse(read(name)) as unknown;
        const all = paths(value);
        const path = all[pick % all.length];
        let changed: unknown = replacement;
        if (path.length) {
          let parent = value as Record<string | number, unknown>;
          for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
          parent[path[path.length - 1]] = replacement;
          changed = value;
        }
        const text = JSON.stringify(changed, null, 2);
        const result = parseAzureCliJson(text);
        if (isRefused(result)) assert.ok(result.at.offset >= 0 && result.at.offset <= text.length, result.refused);
        else planImport(base0, [{ name, document: result, directoryId: CONTOSO, group: result.kind === 'members' ? 'Cloud Operations' : undefined }]);
      }), { numRuns: 300 });
    });
  });

  describe('merging', () => {
    it('records security groups; a Microsoft 365 or distribution group without security is listed as not recorded', () => {
      const { text, summary } = imported(base(), [input(GROUPS, CONTOSO)]);
      const groups = contoso(text).groups;
      assert.deepEqual(groups.map((g) => `${g.name!.value} ${g.id!.value} ${g.isAssignableToRole}`), [
        'Cloud Operations 2c7a9d0f-8b1e-4f3a-9b6c-7d8e9f0a1b2c false', 'Helpdesk Tier 1 5e1f3a7b-9c2d-4e8f-a0b1-c2d3e4f5a6b7 true',
      ]);
      assert.deepEqual(summary.notRecorded.map((e) => `${e.label}: ${e.notes!.join(' ')}`), [
        'Contoso Marketing: a Microsoft 365 group without security (securityEnabled false): it cannot be given Azure roles, and the file records security groups',
        'All Staff: a distribution group without security (securityEnabled false): it cannot be given Azure roles, and the file records security groups',
      ]);
    });

    it('a group or service principal list without a directory is a conflict, and nothing of it is written', () => {
      const before = base();
      const { text, summary } = imported(before, [input(GROUPS)]);
      assert.equal(text, before);
      assert.deepEqual(summary.conflicts.map((c) => `${c.kind} ${c.reason}`), ['group no-directory']);
      assert.match(summary.conflicts[0].proposal!, /--directory TENANT_ID/);
    });

    it('records the directory\'s applications and its managed identities, not other organisations\' applications', () => {
      const { text, summary } = imported(base(), [input(SERVICE_PRINCIPALS, CONTOSO)]);
      const sps = contoso(text).servicePrincipals;
      assert.deepEqual(sps.map((s) => [s.name!.value, s.type!.value, s.identity?.value ?? '-', s.resource?.value ?? '-'].join(' ')), [
        'contoso-deploy application - -',
        `app-contoso-web managedIdentity systemAssigned /subscriptions/${PRODUCTION}/resourcegroups/rg-web/providers/Microsoft.Web/sites/app-contoso-web`,
        `id-contoso-batch managedIdentity userAssigned /subscriptions/${SHARED}/resourcegroups/rg-batch/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-contoso-batch`,
      ]);
      assert.equal(sps[0].appId!.value, '3f8b0e1a-9c2d-4a4b-8c7d-8e9f0a1b2c3d');
      assert.match(summary.sources[0].notes!.join(' '), /^2 service principals of applications other organisations own .* left out/);
    });

    it('a managed identity without --directory goes to the directory of its resource\'s subscription', () => {
      const { text, summary } = imported(base(), [input(SERVICE_PRINCIPALS)]);
      assert.deepEqual(contoso(text).servicePrincipals.map((s) => s.name!.value), ['app-contoso-web', 'id-contoso-batch']);
      assert.deepEqual(summary.conflicts.map((c) => `${c.kind} ${c.reason}`), ['servicePrincipal no-directory']);
    });

    it('a first-party application named by an imported role assignment is recorded', () => {
      const assignments = JSON.parse(read('az-role-assignment-list-shared-inherited.json')) as Array<Record<string, unknown>>;
      const graph = { ...assignments[2], id: `/subscriptions/${SHARED}/providers/Microsoft.Authorization/roleAssignments/55555555-6666-4777-8888-999999999991`, principalId: '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e', principalName: '00000003-0000-0000-c000-000000000000', scope: `/subscriptions/${SHARED}` };
      const list = documentOf(JSON.stringify([graph], null, 2));
      const { text } = imported(base(), [input(SERVICE_PRINCIPALS, CONTOSO), { name: 'roles.json', document: list }]);
      assert.ok(contoso(text).servicePrincipals.some((s) => s.name!.value === 'Microsoft Graph'));
      const shared = contoso(text).subscriptions.find((s) => s.id!.value === SHARED)!;
      assert.deepEqual(shared.roleAssignments.map((a) => a.principal!.value), ['Microsoft Graph']);
    });

    it('fills a group from its member list: accounts by UPN (a guest by its home account), groups and service principals by name', () => {
      const lists = [input(GROUPS, CONTOSO), input(SERVICE_PRINCIPALS, CONTOSO)];
      const { text, summary } = imported(base(), [...lists, { ...input(MEMBERS, CONTOSO), group: 'Cloud Operations' }]);
      const cloudOps = contoso(text).groups.find((g) => g.name!.value === 'Cloud Operations')!;
      assert.deepEqual(cloudOps.members.map((m) => m.value), ['alice@contoso.com', 'sam.taylor@outlook.com', 'Helpdesk Tier 1', 'contoso-deploy']);
      assert.match(summary.notRecorded.map((e) => `${e.label}: ${e.notes!.join(' ')}`).join('\n'), /CONTOSO-BUILD01: a member of Cloud Operations that is a device/);
      // Into a group the file already has, by object id: appended, nothing twice (a guest written in its #EXT# form is the same account).
      const existing = imported(base(), lists).text.replace('id: 2c7a9d0f-8b1e-4f3a-9b6c-7d8e9f0a1b2c\n', 'id: 2c7a9d0f-8b1e-4f3a-9b6c-7d8e9f0a1b2c\n        members: [sam.taylor_outlook.com#EXT#@contoso.onmicrosoft.com]\n');
      const { text: after, summary: second } = imported(existing, [{ ...input(MEMBERS, CONTOSO), group: '2c7a9d0f-8b1e-4f3a-9b6c-7d8e9f0a1b2c' }]);
      assert.ok(after.includes('members: [sam.taylor_outlook.com#EXT#@contoso.onmicrosoft.com, alice@contoso.com, Helpdesk Tier 1, contoso-deploy]'), after);
      assert.deepEqual(second.updated.find((e) => e.kind === 'group')!.changes!.map((c) => c.to), ['alice@contoso.com', 'Helpdesk Tier 1', 'contoso-deploy']);
      assert.deepEqual(planned(planImport(after, [{ ...input(MEMBERS, CONTOSO), group: 'Cloud Operations' }])).edits, []);
    });

    it('with --group, a member list of users only (which reads like a user list) gives members, not users', () => {
      const onlyUsers = (JSON.parse(read(MEMBERS)) as Array<Record<string, unknown>>).filter((m) => m['@odata.type'] === '#microsoft.graph.user');
      const list = documentOf(JSON.stringify(onlyUsers, null, 2));
      assert.ok(list.kind === 'users');
      const before = imported(base(), [input(GROUPS, CONTOSO)]).text;
      const { text } = imported(before, [{ name: 'members.json', document: list, directoryId: CONTOSO, group: 'Cloud Operations' }]);
      assert.deepEqual(contoso(text).groups[0].members.map((m) => m.value), ['alice@contoso.com', 'sam.taylor@outlook.com']);
      assert.equal(contoso(text).users.length, contoso(before).users.length);
    });

    it('builds the management-group hierarchy and places the directory\'s subscriptions', () => {
      const { text } = imported(base(), [input(ENTITIES)]);
      const mgs = contoso(text).managementGroups;
      assert.deepEqual(mgs.map((g) => `${g.id!.value} ${g.name?.value} < ${g.parent?.value ?? 'root'} [${g.subscriptions.map((s) => s.value).join(', ')}]`), [
        `contoso-platform Platform < root [${SHARED}]`,
        'contoso-landing-zones Landing zones < root []',
        `contoso-corp Corp < contoso-landing-zones [${PRODUCTION}]`,
      ]);
      // The same hierarchy from show --expand --recurse; importing both changes nothing more.
      assert.equal(imported(base(), [input(SHOW)]).text, text);
      assert.deepEqual(planned(planImport(text, [input(SHOW), input(LIST)])).edits, []);
    });

    it('management groups listed without parents say so; a later entities list places them', () => {
      const { text, summary } = imported(base(), [input(LIST)]);
      assert.ok(summary.added.filter((e) => e.kind === 'managementGroup').every((e) => /its parent is not in this output/.test(e.notes!.join(' '))));
      const { text: after, summary: second } = imported(text, [input(ENTITIES)]);
      const corp = contoso(after).managementGroups.find((g) => g.id!.value === 'contoso-corp')!;
      assert.equal(corp.parent!.value, 'contoso-landing-zones');
      assert.ok(second.updated.some((e) => e.key === 'contoso-corp' && e.changes!.some((c) => c.field === 'parent')));
    });

    it('a subscription the file places in another management group is a conflict, not a silent move', () => {
      const text = base().replace('    subscriptions:\n', `    managementGroups:\n      - { id: contoso-platform, name: Platform }\n      - { id: contoso-sandbox, name: Sandbox, subscriptions: [${PRODUCTION}] }\n    subscriptions:\n`);
      const { summary } = planned(planImport(text, [input(ENTITIES)]));
      const conflict = summary.conflicts.find((c) => c.key === PRODUCTION)!;
      assert.equal(conflict.reason, 'management-group');
      assert.match(conflict.message, /places it in management group Sandbox, Azure in contoso-corp/);
    });

    it('a subscription of a management group that is not in the file is reported, not written', () => {
      const subscriptions = (JSON.parse(read(PROVIDER)) as Array<{ id: string }>).filter((s) => s.id !== SHARED);
      const listing = documentOf(JSON.stringify(subscriptions, null, 2));
      const noShared = imported('', [input(TENANTS), { name: 'subscriptions.json', document: listing }]).text;
      const { text, summary } = imported(noShared, [input(ENTITIES)]);
      assert.ok(!text.includes(`[${SHARED}]`));
      assert.match(summary.notRecorded.map((e) => `${e.key}: ${e.notes!.join(' ')}`).join('\n'), new RegExp(`${SHARED}: placed in management group contoso-platform, but not a subscription of this directory`));
    });
  });

  describe('role assignments of groups, service principals and management groups', () => {
    const everything = () => imported(base(), [input(GROUPS, CONTOSO), input(SERVICE_PRINCIPALS, CONTOSO), input(ENTITIES), ...ASSIGNMENTS.map((n) => input(n))]);

    it('names groups and service principals of the same import; management-group assignments go to their group, once', () => {
      const { text, summary } = everything();
      const dir = contoso(text);
      const rows = (id: string) => dir.subscriptions.find((s) => s.id!.value === id)!.roleAssignments.map((a) => `${a.principal!.value} ${a.role!.value}`);
      assert.deepEqual(rows(PRODUCTION).slice(4), ['Cloud Operations Contributor', 'contoso-deploy Contributor', 'app-contoso-web Key Vault Secrets User']);
      assert.deepEqual(rows(SHARED), ['alice@contoso.com Owner', 'grace@woodgrovebank.com Reader', 'id-contoso-batch Storage Blob Data Contributor']);
      const mg = (id: string) => dir.managementGroups.find((g) => g.id!.value === id)!.roleAssignments.map((a) => `${a.principal!.value} ${a.role!.value}`);
      assert.deepEqual(mg('contoso-platform'), ['bob@contoso.com Reader', 'contoso-deploy Contributor']);
      // The tenant root group is added to hold its assignment, with the name the listing gave it.
      const root = dir.managementGroups.find((g) => g.id!.value === CONTOSO)!;
      assert.equal(root.name!.value, 'Tenant Root Group');
      assert.deepEqual(mg(CONTOSO), ['Cloud Operations Reader']);
      // Nothing inherited is copied onto the subscriptions below.
      assert.ok(!rows(SHARED).includes('bob@contoso.com Reader'));
      const reasons = summary.notRecorded.filter((e) => e.kind === 'roleAssignment').map((e) => e.notes!.join(' '));
      assert.equal(reasons.length, 2, reasons.join('\n'));
      assert.ok(reasons.some((r) => r.startsWith('a user the Azure CLI could not name')));
      assert.ok(reasons.some((r) => r.startsWith('a foreign group (of another directory)')));
    });

    it('an assignment recorded by object id is not written again by name when the lists come later', () => {
      const first = imported(base(), ASSIGNMENTS.slice(0, 1).map((n) => input(n))).text;
      assert.ok(first.includes('principal: 2c7a9d0f-8b1e-4f3a-9b6c-7d8e9f0a1b2c, principalType: Group'), first);
      const { text, summary } = imported(first, [input(GROUPS, CONTOSO), input(SERVICE_PRINCIPALS, CONTOSO), ...ASSIGNMENTS.slice(0, 1).map((n) => input(n))]);
      const production = contoso(text).subscriptions.find((s) => s.id!.value === PRODUCTION)!;
      assert.equal(production.roleAssignments.length, 7);
      assert.equal(summary.added.filter((e) => e.kind === 'roleAssignment').length, 0);
    });

    it('is idempotent, and the result checks with no error or warning (golden file and summary)', () => {
      const { text, summary } = everything();
      assertGolden(join(DIR, 'contoso-directory-objects.after.tenancy.yaml'), text);
      assertGolden(join(DIR, 'contoso-directory-objects.summary.txt'), summaryToText(summary));
      const again = planned(planImport(text, [input(GROUPS, CONTOSO), input(SERVICE_PRINCIPALS, CONTOSO), input(ENTITIES), ...ASSIGNMENTS.map((n) => input(n))]));
      assert.deepEqual(again.edits, []);
      const problems = analyze(text).problems.filter((p) => p.severity !== 'info' && p.code !== 'GST001');
      assert.deepEqual(problems.map((p) => `${p.code} ${p.message}`), []);
    });

    it('tenancy import then tenancy check: no false alarm on the imported estate', () => {
      const dir = mkdtempSync(join(tmpdir(), 'tenancy-objects-'));
      const file = join(dir, 'contoso.tenancy.yaml');
      writeFileSync(file, '');
      const cli = (...argv: string[]) => {
        let out = '';
        let err = '';
        const code = run(argv, { out: (t) => (out += t), err: (t) => (err += t) });
        return { code, out, err };
      };
      const f = (name: string) => join(DIR, name);
      for (const argv of [
        [f(TENANTS), f(PROVIDER)],
        ['--directory', CONTOSO, f('graph-users-contoso-page1.json'), f('graph-users-contoso-page2.json'), f(GROUPS), f(SERVICE_PRINCIPALS), f(ENTITIES)],
        ['--directory', 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d', f('graph-users-woodgrove.json')],
        ['--group', 'Cloud Operations', f(MEMBERS)],
        ASSIGNMENTS.map(f),
      ]) {
        const { code, err } = cli('import', '--into', file, ...argv);
        assert.equal(code, 0, err);
      }
      // A member list without --group: refused (exit 1), the file unchanged.
      const before = readFileSync(file, 'utf8');
      const refused = cli('import', '--into', file, f(MEMBERS));
      assert.equal(refused.code, 1);
      assert.match(refused.err, /does not say which group it lists: say it with --group/);
      assert.equal(readFileSync(file, 'utf8'), before);
      const check = cli('check', file);
      assert.equal(check.code, 0, check.out + check.err);
      assert.doesNotMatch(check.out, / (error|warning) /, check.out);
      const written = readFileSync(file, 'utf8');
      assert.ok(written.includes('managementGroups:'));
      assert.ok(written.includes('members: [alice@contoso.com, sam.taylor@outlook.com, Helpdesk Tier 1, contoso-deploy]'), written);
    });

    it('words the new notes in French', () => {
      const plan = planned(planImport(base(), [input(GROUPS, CONTOSO), input(SERVICE_PRINCIPALS, CONTOSO), input(ENTITIES), ...ASSIGNMENTS.map((n) => input(n))], { locale: 'fr' }));
      const text = summaryToText(plan.summary, 'fr');
      assert.match(text, /\+ groupe Cloud Operations .* membres non listés par `az ad group list`/);
      assert.match(text, /\+ principal de service app-contoso-web .* identité managée affectée par le système/);
      assert.match(text, /\+ groupe d’administration Corp \(contoso-corp\) dans Contoso/);
      assert.match(text, /héritée par tous les abonnements sous le groupe d’administration/);
      assert.match(text, /- groupe Contoso Marketing .* un groupe Microsoft 365 sans sécurité/);
      assert.match(text, /principaux de service d’applications d’autres organisations/);
    });
  });
});
