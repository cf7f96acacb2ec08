/**
 * Import of what the Azure CLI really prints (test/fixtures/import/estate/, shaped like the CLI's
 * profile module and role module output, and Microsoft Graph `$select` pages): an estate with a
 * managing tenant (Contoso), a customer whose subscription Contoso manages through Azure Lighthouse
 * (Woodgrove Bank) and a Microsoft 365-only tenant signed in to with `--allow-no-subscriptions`
 * (Litware).
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main';
import { analyze } from '../../src/core/analyze';
import { applyEdits } from '../../src/core/edits';
import { planImport, summaryToText } from '../../src/core/import';
import { azureCliFixtures, documentOf, imported, planned, refusalOf } from './support/azureCliFixtures';

const DIR = join('test', 'fixtures', 'import', 'estate');
const CONTOSO = '6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f';
const WOODGROVE = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
const LITWARE = 'c0ffee00-1234-4abc-9def-0123456789ab';
const PRODUCTION = '0b1e5a7c-2f4d-4e6a-8b9c-0d1e2f3a4b5c';
const SHARED = '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a';
const CORE = '4d5e6f70-8192-4a3b-b4c5-d6e7f8091a2b';

const { read, doc, input } = azureCliFixtures(DIR);

/** The directory each subscription of the text sits in, by id. */
function placement(text: string): Record<string, string | undefined> {
  const places: Record<string, string | undefined> = {};
  for (const dir of analyze(text).workspace.directories) for (const sub of dir.subscriptions) places[sub.id!.value] = dir.id?.value;
  return places;
}

const TENANTS = 'az-account-tenant-list.json';
const PROVIDER = 'az-account-list-provider.json';
const CUSTOMER = 'az-account-list-customer.json';
const NO_SUBSCRIPTIONS = 'az-account-list-allow-no-subscriptions.json';
const GROUPS = 'az-ad-group-list-contoso.json';
const SERVICE_PRINCIPALS = 'az-ad-sp-list-contoso.json';
const ENTITIES = 'az-account-management-group-entities-list-contoso.json';
const ASSIGNMENTS = ['az-role-assignment-list-production.json', 'az-role-assignment-list-shared.json', 'az-role-assignment-list-woodgrove.json'];

describe('import: what the Azure CLI really prints', () => {
  describe('subscriptions (az account list)', () => {
    it('places a subscription in its home directory (homeTenantId), not the one signed in to', () => {
      const { text } = imported('', [input(TENANTS), input(PROVIDER)]);
      assert.deepEqual(placement(text), { [PRODUCTION]: CONTOSO, [SHARED]: CONTOSO, [CORE]: WOODGROVE });
    });

    it('falls back to tenantId when an old CLI version prints no homeTenantId', () => {
      const old = JSON.parse(read(PROVIDER)) as Array<Record<string, unknown>>;
      for (const s of old) delete s.homeTenantId;
      const parsed = documentOf(JSON.stringify(old));
      const { text } = imported('', [input(TENANTS), { name: 'old.json', document: parsed }]);
      assert.equal(placement(text)[PRODUCTION], CONTOSO);
    });

    it('records managedByTenants, and gives the same file from the managing and the home side', () => {
      const fromProvider = imported('', [input(TENANTS), input(PROVIDER)]).text;
      const fromCustomer = imported('', [input(TENANTS), input(CUSTOMER), input(PROVIDER)]).text;
      assert.equal(fromCustomer, fromProvider);
      const core = analyze(fromProvider).workspace.directories[1].subscriptions[0];
      assert.deepEqual(core.managedByTenants.map((t) => t.value), [CONTOSO]);
      // Importing the home side afterwards proposes no transfer and changes nothing.
      const again = planned(planImport(fromProvider, [input(CUSTOMER)]));
      assert.deepEqual(again.edits, []);
      assert.deepEqual(again.summary.conflicts, []);
    });

    it('an existing subscription in the managing directory is a conflict, not a silent move', () => {
      const text = `version: 1\ndirectories:\n  - id: ${CONTOSO}\n    name: Contoso\n    domains: [contoso.onmicrosoft.com]\n    subscriptions:\n      - { id: ${CORE}, name: Woodgrove Bank Core, type: azure }\n`;
      const { summary } = planned(planImport(text, [input(TENANTS), input(PROVIDER)]));
      const conflict = summary.conflicts.find((c) => c.key === CORE)!;
      assert.equal(conflict.reason, 'other-directory');
      assert.equal(conflict.importDirectoryId, WOODGROVE);
    });

    it('a tenant-level account of --allow-no-subscriptions proves the directory, and is no subscription', () => {
      const d = doc(NO_SUBSCRIPTIONS);
      assert.ok(d.kind === 'subscriptions');
      assert.deepEqual(d.subscriptions, []);
      assert.deepEqual(d.placeholders.map((p) => p.tenantId), [LITWARE]);
      const { text, summary } = imported('', [input(TENANTS), input(NO_SUBSCRIPTIONS)]);
      assert.ok(!text.includes('N/A(tenant level account)'), text);
      assert.ok(!text.includes(`- id: ${LITWARE}\n        name`), 'no subscription with the tenant id');
      assert.equal(summary.added.filter((e) => e.kind === 'subscription').length, 0);
      assert.ok(analyze(text).workspace.directories.some((dir) => dir.id?.value === LITWARE));
      // Alone, it names no directory: a conflict saying so, nothing written.
      const alone = planned(planImport('', [input(NO_SUBSCRIPTIONS)]));
      assert.equal(alone.summary.conflicts[0].reason, 'no-directory');
      assert.deepEqual(alone.summary.added, []);
    });

    it('a placeholder an earlier import recorded as a subscription is reported', () => {
      const text = `version: 1\ndirectories:\n  - id: ${LITWARE}\n    name: Litware\n    domains: [litware.onmicrosoft.com]\n    subscriptions:\n      - { id: ${LITWARE}, name: N/A(tenant level account), type: azure }\n`;
      const { summary } = planned(planImport(text, [input(NO_SUBSCRIPTIONS)]));
      assert.deepEqual(summary.conflicts.map((c) => c.reason), ['placeholder']);
    });

    it('a Warned or PastDue subscription already in the file gets the overdue note', () => {
      const first = imported('', [input(TENANTS), input(PROVIDER)]).text;
      const { summary } = planned(planImport(first, [input(PROVIDER)]));
      const shared = summary.unchanged.find((e) => e.key === SHARED)!;
      assert.match(shared.notes!.join(' '), /PastDue: still running, payment overdue/);
      assert.match(summaryToText(summary), /To know:\n {2}\* subscription Contoso Shared Services .*payment overdue/);
    });

    it('the same subscription listed twice with different values is reported, and neither is imported', () => {
      const subs = JSON.parse(read(PROVIDER)) as Array<Record<string, unknown>>;
      const parsed = documentOf(JSON.stringify([...subs, { ...subs[0], name: 'Contoso Prod (old name)' }]));
      const { text, summary } = imported('', [input(TENANTS), { name: 'twice.json', document: parsed }]);
      const conflict = summary.conflicts.find((c) => c.key === PRODUCTION)!;
      assert.equal(conflict.reason, 'duplicate');
      assert.match(conflict.message, /name Contoso Production \/ Contoso Prod \(old name\)/);
      assert.ok(!text.includes(PRODUCTION));
    });
  });

  describe('directories', () => {
    it('keeps a hand-chosen name: a conflict, not an overwrite', () => {
      const text = `version: 1\ndirectories:\n  - id: ${CONTOSO}\n    name: Contoso (HQ)   # our name\n    domains: [contoso.onmicrosoft.com, contoso.com]\n`;
      const plan = planned(planImport(text, [input(TENANTS)]));
      assert.ok(applyEdits(text, plan.edits).includes('name: Contoso (HQ)   # our name'));
      const conflict = plan.summary.conflicts.find((c) => c.key === CONTOSO)!;
      assert.equal(conflict.reason, 'name');
      assert.match(conflict.proposal!, /name: Contoso/);
    });
  });

  describe('users (Microsoft Graph pages)', () => {
    it('reads the $select envelope, with the position of a bad value inside it', () => {
      const page = doc('graph-users-contoso-page1.json');
      assert.ok(page.kind === 'users');
      assert.equal(page.users.length, 3);
      assert.equal(page.users[2].accountEnabled, false);
      assert.match(page.nextLink!, /skiptoken/);
      const bad = refusalOf('{"@odata.context":"x","value":[{"userPrincipalName":"a@b.com","accountEnabled":"no"}]}');
      assert.equal(bad.at.path, '$.value[0].accountEnabled');
      assert.equal(bad.at.offset, '{"@odata.context":"x","value":[{"userPrincipalName":"a@b.com","accountEnabled":'.length);
    });

    it('takes every page, and says when a page announces more', () => {
      const { text, summary } = imported('', [input(TENANTS), input('graph-users-contoso-page1.json', CONTOSO), input('graph-users-contoso-page2.json', CONTOSO)]);
      const contoso = analyze(text).workspace.directories[0];
      assert.deepEqual(contoso.users.map((u) => u.upn!.value), ['alice@contoso.com', 'bob@contoso.com', 'dave.wilson@contoso.com']);
      assert.deepEqual(contoso.guests.map((g) => g.upn!.value), ['grace@woodgrovebank.com', 'sam.taylor@outlook.com']);
      assert.match(summary.sources[1].notes!.join(' '), /more pages follow/);
      assert.equal(summary.sources[2].notes, undefined);
    });

    it('a blocked guest keeps its state (enabled: false), on creation and on update', () => {
      const { text } = imported('', [input(TENANTS), input('graph-users-contoso-page2.json', CONTOSO)]);
      const grace = analyze(text).workspace.directories[0].guests[0];
      assert.equal(grace.enabled, false);
      const unblocked = read('graph-users-contoso-page2.json').replace('"accountEnabled": false', '"accountEnabled": true');
      const parsed = documentOf(unblocked);
      const after = imported(text, [{ name: 'p2.json', document: parsed, directoryId: CONTOSO }]).text;
      assert.equal(analyze(after).workspace.directories[0].guests[0].enabled, true);
    });

    it('external: true does not depend on the order of the imports', () => {
      const guestsFirst = imported(imported('', [input(TENANTS), input('graph-users-contoso-page2.json', CONTOSO)]).text, [input('graph-users-woodgrove.json', WOODGROVE)]).text;
      const membersFirst = imported(imported('', [input(TENANTS), input('graph-users-woodgrove.json', WOODGROVE)]).text, [input('graph-users-contoso-page2.json', CONTOSO)]).text;
      const externals = (text: string) => analyze(text).workspace.directories[0].guests.map((g) => `${g.upn!.value} ${g.external}`);
      assert.deepEqual(externals(guestsFirst), ['grace@woodgrovebank.com false', 'sam.taylor@outlook.com true']);
      assert.deepEqual(externals(membersFirst), externals(guestsFirst));
      // A guest the file marked external loses the mark when an import brings its home account in.
      const marked = `version: 1\ndirectories:\n  - id: ${CONTOSO}\n    name: Contoso\n    domains: [contoso.onmicrosoft.com]\n    guests:\n      - upn: grace@woodgrovebank.com\n        external: true\n`;
      const { text, summary } = imported(marked, [input(TENANTS), input('graph-users-woodgrove.json', WOODGROVE)]);
      assert.ok(!text.includes('external: true'), text);
      assert.ok(summary.updated.some((e) => e.kind === 'guest' && e.changes?.some((c) => c.field === 'external')));
    });

    it('the same UPN twice with different values is reported, not first-wins', () => {
      const page = JSON.parse(read('graph-users-woodgrove.json')) as { value: Array<Record<string, unknown>> };
      page.value.push({ ...page.value[0], id: '2c7a9d0f-0000-4f3a-9b6c-7d8e9f0a1b2c', displayName: 'Grace Lee (old account)' });
      const parsed = documentOf(JSON.stringify(page));
      const { text, summary } = imported('', [input(TENANTS), { name: 'dup.json', document: parsed, directoryId: WOODGROVE }]);
      assert.deepEqual(summary.conflicts.map((c) => `${c.reason} ${c.key}`), ['duplicate grace@woodgrovebank.com']);
      assert.ok(!text.includes('grace@woodgrovebank.com'));
      assert.ok(text.includes('henry@woodgrovebank.com'));
    });
  });

  describe('role assignments (az role assignment list --all --include-inherited)', () => {
    const base = () => imported('', [
      input(TENANTS), input(PROVIDER), input('graph-users-contoso-page1.json', CONTOSO), input('graph-users-contoso-page2.json', CONTOSO),
      input('graph-users-woodgrove.json', WOODGROVE),
    ]).text;

    it('records users and guests at subscription, resource-group and resource scope, role by id', () => {
      const { text } = imported(base(), ASSIGNMENTS.map((n) => input(n)));
      const subs = analyze(text).workspace.directories.flatMap((d) => d.subscriptions);
      const rows = (id: string) => subs.find((s) => s.id!.value === id)!.roleAssignments.map((a) => `${a.principal!.value}${a.principalType ? ` (${a.principalType.value})` : ''} ${a.role!.value} ${a.scope?.value ?? '/'}`);
      assert.deepEqual(rows(PRODUCTION), [
        'alice@contoso.com Owner /',
        'bob@contoso.com Contributor /resourceGroups/rg-web',
        'sam.taylor@outlook.com Storage Blob Data Reader /resourceGroups/rg-data/providers/Microsoft.Storage/storageAccounts/contosodata01',
        'alice@contoso.com Contoso VM Operator /resourceGroups/rg-vms',
        // Groups and service principals the file does not list yet: by object id, with their type.
        '2c7a9d0f-8b1e-4f3a-9b6c-7d8e9f0a1b2c (Group) Contributor /',
        '4a9c1f2b-0d3e-4b5c-9d8e-9f0a1b2c3d4e (ServicePrincipal) Contributor /resourceGroups/rg-web',
        '6c1e3b4d-2f5a-4d7e-bf0a-1b2c3d4e5f6a (ServicePrincipal) Key Vault Secrets User /resourceGroups/rg-web/providers/Microsoft.KeyVault/vaults/kv-contoso-web',
      ]);
      assert.deepEqual(rows(SHARED), ['alice@contoso.com Owner /', 'grace@woodgrovebank.com Reader /resourceGroups/rg-network']);
      assert.deepEqual(rows(CORE), ['grace@woodgrovebank.com Owner /', 'henry@woodgrovebank.com Contributor /resourceGroups/rg-core']);
      // A role id that is not built in is a custom role of the directory.
      assert.deepEqual(analyze(text).workspace.directories[0].customRoles.map((r) => r.value), ['Contoso VM Operator']);
    });

    it('reports what it does not record, with the reason — a management group it does not know, once', () => {
      const { summary } = planned(planImport(base(), ASSIGNMENTS.map((n) => input(n))));
      const reported = summary.notRecorded.map((e) => `${e.label}: ${e.notes!.join(' ')}`);
      assert.equal(reported.length, 3, reported.join('\n'));
      assert.equal(reported.filter((r) => /management group contoso-platform, which is neither in the file nor in this import/.test(r)).length, 1, 'listed under two subscriptions, reported once');
      assert.equal(reported.filter((r) => /root scope `\/`/.test(r)).length, 1);
      assert.equal(reported.filter((r) => /could not name \(object id 7d2f4c5e/.test(r)).length, 1);
      const byId = summary.added.find((e) => e.label.startsWith('2c7a9d0f'))!;
      assert.match(byId.notes!.join(' '), /a group Contoso does not list in the file: recorded by object id; import `az ad group list` too, or the check reports it as unknown/);
      assert.match(summaryToText(summary), /Not recorded:\n {2}- role assignment /);
    });

    it('is idempotent: a second identical import changes nothing', () => {
      const once = imported(base(), ASSIGNMENTS.map((n) => input(n))).text;
      const again = planned(planImport(once, ASSIGNMENTS.map((n) => input(n))));
      assert.deepEqual(again.edits, []);
      assert.equal(again.summary.added.length + again.summary.updated.length, 0);
    });

    it('appends to a subscription already in the file, in the style of its list, leaving the rest as written', () => {
      const before = readFileSync(join('test', 'fixtures', 'import', 'workspace.before.tenancy.yaml'), 'utf8');
      const { text, summary } = imported(before, [input('az-role-assignment-list-production.json')]);
      assert.ok(text.includes([
        '          - { principal: carol@fabrikam.com, role: Reader, scope: /resourceGroups/analytics }',
        '          - { principal: bob@contoso.com, role: Contributor, scope: /resourceGroups/rg-web }',
      ].join('\n')), text);
      assert.ok(text.includes('    domains: [contoso.onmicrosoft.com, contoso.com]\n    customRoles: [Contoso VM Operator]\n'), text);
      assert.ok(text.includes('roles: [Global Administrator]       # break-glass account: keep'));
      assert.deepEqual(summary.unchanged.map((e) => `${e.label} ${e.key}`), ['alice@contoso.com: Owner /']);
      const sam = summary.added.find((e) => e.label.startsWith('sam.taylor@outlook.com'))!;
      assert.match(sam.notes!.join(' '), /not a user or guest of Contoso in the file: import its user list too \(RBA001\)/);
    });

    it('an assignment of a subscription neither in the file nor imported is a conflict', () => {
      const { summary } = planned(planImport('', [input('az-role-assignment-list-woodgrove.json')]));
      assert.ok(summary.conflicts.every((c) => c.reason === 'no-subscription'));
      assert.equal(summary.conflicts.length, 2);
    });
  });

  describe('bad input', () => {
    for (const [name, text] of [
      ['-o table', 'Name                 CloudName    SubscriptionId                        TenantId                              State    IsDefault\n-------------------  -----------  ------------------------------------  ------------------------------------  -------  -----------\nContoso Production   AzureCloud   0b1e5a7c-2f4d-4e6a-8b9c-0d1e2f3a4b5c  6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f  Enabled  True\n'],
      ['-o tsv', 'AzureCloud\t6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f\t0b1e5a7c-2f4d-4e6a-8b9c-0d1e2f3a4b5c\tTrue\tContoso Production\tEnabled\t6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f\n'],
    ]) {
      it(`${name} output: not JSON, with the hint to run again with -o json`, () => {
        const parsed = refusalOf(text);
        assert.match(parsed.refused, /^This is not JSON .*run the command again with `-o json`\.$/);
      });
    }

    it('broken JSON keeps its message without the table hint', () => {
      const parsed = refusalOf('[{"id": ');
      assert.doesNotMatch(parsed.refused, /run the command again/);
    });
  });
});

describe('import of real Azure CLI output, in French', () => {
  it('words the new notes, sections, conflicts and rule messages', () => {
    const text = imported('', [input(TENANTS), input(PROVIDER), input('graph-users-contoso-page1.json', CONTOSO), input('graph-users-contoso-page2.json', CONTOSO)]).text;
    const plan = planned(planImport(text, [input('az-role-assignment-list-production.json'), input(PROVIDER)], { locale: 'fr' }));
    const lines = summaryToText(plan.summary, 'fr');
    assert.match(lines, /Non notés :\n(?: {2}- .*\n)* {2}- attribution de rôle bob@contoso\.com — Reader .* qui n’est ni dans le fichier ni dans cet import : importez aussi `az account management-group entities list -o json`/);
    assert.match(lines, /attribution de rôle 2c7a9d0f-8b1e-4f3a-9b6c-7d8e9f0a1b2c: Contributor .* un groupe que Contoso ne liste pas dans le fichier : noté par son ID d’objet/);
    assert.match(lines, /À savoir :\n {2}\* abonnement Contoso Shared Services .*paiement en retard/);
    const owner = analyze(text, { locale: 'fr' }).problems.find((p) => p.code === 'OWN001')!;
    assert.equal(owner.severity, 'info');
    assert.match(owner.message, /^Le propriétaire de l’abonnement Azure « Contoso Production » reste à renseigner/);
    const table = refusalOf('Name    State\n------  -------\n', 'fr');
    assert.match(table.refused, /relancez la commande avec `-o json`\.$/);
  });
});

describe('import of a realistic estate, end to end', () => {
  function cli(...argv: string[]): { code: number; out: string; err: string } {
    let out = '';
    let err = '';
    const code = run(argv, { out: (t) => (out += t), err: (t) => (err += t) });
    return { code, out, err };
  }
  const f = (name: string) => join(DIR, name);

  function importAll(file: string): void {
    for (const argv of [
      [f(TENANTS), f(PROVIDER), f(CUSTOMER), f(NO_SUBSCRIPTIONS)],
      ['--directory', CONTOSO, f('graph-users-contoso-page1.json'), f('graph-users-contoso-page2.json'), f(GROUPS), f(SERVICE_PRINCIPALS), f(ENTITIES)],
      ['--directory', WOODGROVE, f('graph-users-woodgrove.json')],
      ASSIGNMENTS.map(f),
    ]) {
      const { code, err } = cli('import', '--into', file, ...argv);
      assert.equal(code, 0, err);
    }
  }

  it('every subscription in its home directory, no placeholder, every representable assignment, check passes, second import no change', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tenancy-estate-'));
    const file = join(dir, 'estate.tenancy.yaml');
    writeFileSync(file, '');
    importAll(file);
    const text = readFileSync(file, 'utf8');
    assert.deepEqual(placement(text), { [PRODUCTION]: CONTOSO, [SHARED]: CONTOSO, [CORE]: WOODGROVE });
    assert.ok(!text.includes('N/A(tenant level account)'));
    const subs = analyze(text).workspace.directories.flatMap((d) => d.subscriptions);
    assert.equal(subs.reduce((n, s) => n + s.roleAssignments.length, 0), 11);
    // Groups and service principals listed in the same run are named, never written by object id.
    assert.ok(subs.every((s) => s.roleAssignments.every((a) => !/^[0-9a-f]{8}-/.test(a.principal!.value))));
    const platform = analyze(text).workspace.directories[0].managementGroups.find((g) => g.id!.value === 'contoso-platform')!;
    assert.deepEqual(platform.roleAssignments.map((a) => `${a.principal!.value} ${a.role!.value}`), ['bob@contoso.com Reader']);

    const check = cli('check', file);
    assert.equal(check.code, 0, check.out + check.err);
    const problems = analyze(text).problems;
    assert.deepEqual(problems.filter((p) => p.severity === 'error'), []);
    // What az does not report is information, to fill in; real problems still show.
    assert.deepEqual([...new Set(problems.filter((p) => p.code === 'OWN001').map((p) => p.severity))], ['info']);
    assert.ok(problems.some((p) => p.code === 'RBA006' || p.code === 'GST002' || p.severity !== 'error'));

    importAll(file);
    assert.equal(readFileSync(file, 'utf8'), text, 'the second import changes nothing');
  });

  it('real problems still fire after a clean import: a subscription whose owner is filled in wrongly', () => {
    const text = imported('', [input(TENANTS), input(PROVIDER), input('graph-users-contoso-page1.json', CONTOSO)]).text
      .replace('name: Contoso Production\n        type: azure\n', 'name: Contoso Production\n        type: azure\n        owner: nobody@contoso.com\n');
    const codes = analyze(text).problems.filter((p) => p.severity === 'error').map((p) => p.code);
    assert.ok(codes.includes('OWN002'), codes.join(', '));
  });
});
