/**
 * Import from the Azure CLI: realistic `az` outputs (test/fixtures/import/*.json) merged into a
 * workspace file, compared with golden files (`UPDATE_GOLDEN=1` rewrites them — review the diff!).
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { assertGolden } from './support/golden';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main';
import { analyze } from '../../src/core/analyze';
import { applyEdits } from '../../src/core/edits';
import { externalAccount, planImport, summaryToMarkdown, summaryToText } from '../../src/core/import';
import { commentsOf } from './support/editing';
import { azureCliFixtures, documentOf, planned, refusalOf } from './support/azureCliFixtures';
import { isRefused } from '../../src/core/refusal';

const DIR = join('test', 'fixtures', 'import');
const CONTOSO = '6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f';
const FABRIKAM = '1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a';

const { read, doc, input } = azureCliFixtures(DIR);

function golden(name: string, actual: string): void {
  assertGolden(join(DIR, name), actual);
}

const ALL = ['az-account-tenant-list.json', 'az-account-list.json', 'az-ad-user-list-fabrikam.json'];

describe('import: reading Azure CLI output', () => {
  it('recognises each kind from its shape', () => {
    assert.equal(doc('az-account-list.json').kind, 'subscriptions');
    assert.equal(doc('az-account-tenant-list.json').kind, 'tenants');
    assert.equal(doc('az-ad-user-list-contoso.json').kind, 'users');
    assert.equal(doc('az-ad-user-list-fabrikam.json').kind, 'users');
    assert.equal(documentOf('[]').kind, 'empty');
  });

  it('maps Azure states to the format and keeps what was printed', () => {
    const d = doc('az-account-list.json');
    assert.equal(d.kind, 'subscriptions');
    if (d.kind !== 'subscriptions') return;
    assert.deepEqual(d.subscriptions.map((s) => `${s.azState}→${s.state}`), ['Enabled→active', 'Enabled→active', 'Disabled→disabled', 'Warned→active', 'Enabled→active', 'Enabled→active']);
    assert.equal(d.subscriptions[0].signedInAs, 'alice@contoso.com');
  });

  it('reads guests back to their home account, in both Graph and legacy shapes', () => {
    const contoso = doc('az-ad-user-list-contoso.json');
    const fabrikam = doc('az-ad-user-list-fabrikam.json');
    if (contoso.kind !== 'users' || fabrikam.kind !== 'users') return assert.fail('users');
    assert.deepEqual(contoso.users.filter((u) => u.guest).map((u) => u.upn), ['carol@fabrikam.com', 'erin@fabrikam.com', 'sam.taylor@outlook.com']);
    assert.equal(contoso.users[0].accountEnabled, undefined, 'Graph\'s default selection has no accountEnabled');
    assert.deepEqual(fabrikam.users.map((u) => [u.upn, u.guest, u.accountEnabled]), [
      ['carol@fabrikam.com', false, true], ['erin@fabrikam.com', false, true], ['frank@fabrikam.com', false, false],
      ['ivy@fabrikam.com', false, true], ['alice@contoso.com', true, true],
    ]);
  });

  const externals: Array<[string, string | undefined, string | undefined]> = [
    ['carol_fabrikam.com#EXT#@contoso.onmicrosoft.com', undefined, 'carol@fabrikam.com'],
    ['john_doe_outlook.com#EXT#@contoso.onmicrosoft.com', undefined, 'john_doe@outlook.com'],
    ['Sam.Taylor_Outlook.com#ext#@contoso.onmicrosoft.com', undefined, 'Sam.Taylor@Outlook.com'],
    ['weird#EXT#@contoso.onmicrosoft.com', 'weird@partner.example', 'weird@partner.example'],
    ['alice@contoso.com', undefined, undefined],
  ];
  for (const [upn, mail, expected] of externals) {
    it(`#EXT# → home account: ${upn}`, () => assert.equal(externalAccount(upn, mail), expected));
  }

  const bad: Array<[string, string, RegExp, string]> = [
    ['broken JSON', '[\n  { "id": "x", }\n]', /not JSON/, '$'],
    ['an object', '{ "value": [] }', /found an object/, '$'],
    ['a list of numbers', '[1, 2]', /item 0 is number 1/, '$[0]'],
    ['another command\'s output', read('az-group-list.json'), /not Azure CLI output .*name, location, properties/, '$[0]'],
    ['an unknown state', read('bad-state.json'), /Unknown subscription state 'Suspended'/, '$[1].state'],
    ['text before the JSON', read('with-warning.txt'), /not JSON/, '$'],
    ['a tenant id that is not a GUID', '[{"id":"0b1e5a7c-2f4d-4e6a-8b9c-0d1e2f3a4b5c","name":"P","state":"Enabled","tenantId":"contoso","user":{"name":"a@b.c","type":"user"}}]', /'contoso' is not a tenant id/, '$[0].tenantId'],
    ['a user without UPN in a user list', '[{"userPrincipalName":"a@contoso.com"},{"displayName":"B"}]', /Item 1 has no `userPrincipalName`/, '$[1]'],
  ];
  for (const [what, text, message, path] of bad) {
    it(`refuses ${what} with a path and an offset`, () => {
      const parsed = refusalOf(text);
      assert.match(parsed.refused, message);
      assert.equal(parsed.at.path, path);
      assert.ok(parsed.at.offset >= 0 && parsed.at.offset <= text.length);
    });
  }

  it('points at the value at fault', () => {
    const text = read('bad-state.json');
    const parsed = refusalOf(text);
    assert.equal(text.slice(parsed.at.offset, parsed.at.offset + 11), '"Suspended"');
    const syntax = refusalOf('[\n  { "id": "x", }\n]');
    assert.equal(syntax.at.offset, '[\n  { "id": "x", '.length);
  });

  it('ignores a byte-order mark', () => {
    const parsed = documentOf(`\uFEFF${read('az-account-tenant-list.json')}`);
    assert.ok(parsed.kind === 'tenants');
  });
});

describe('import: merging into a workspace file', () => {
  const before = read('workspace.before.tenancy.yaml');

  it('merges tenants, subscriptions and users (golden file and summaries)', () => {
    const plan = planned(planImport(before, [...ALL.map((n) => input(n)), input('az-ad-user-list-contoso.json', CONTOSO)]));
    const after = applyEdits(before, plan.edits);
    golden('workspace.after.tenancy.yaml', after);
    golden('workspace.summary.txt', summaryToText(plan.summary));
    golden('workspace.summary.md', summaryToMarkdown(plan.summary));
  });

  it('keeps every comment, key order and the user\'s own fields', () => {
    const plan = planned(planImport(before, [...ALL.map((n) => input(n)), input('az-ad-user-list-contoso.json', CONTOSO)]));
    const after = applyEdits(before, plan.edits);
    for (const comment of commentsOf(before)) assert.ok(after.includes(comment), `keeps ${comment}`);
    for (const line of ['        offer: MS-AZR-0003P                 # Pay-As-You-Go', '          - { principal: alice@contoso.com, role: Owner }', '        owner: bob@contoso.com']) {
      assert.ok(after.includes(line), `keeps ${line}`);
    }
    // Only insertions and scalar replacements: every original line is still there, in order, or had one value replaced.
    assert.equal(analyze(after).problems.filter((p) => p.code === 'YAML' || p.code === 'SCHEMA').length, 0, 'well formed');
  });

  it('sorts the outcome into added, updated, unchanged and conflicts', () => {
    const { summary } = planned(planImport(before, [...ALL.map((n) => input(n)), input('az-ad-user-list-contoso.json', CONTOSO)]));
    const keys = (entries: Array<{ kind: string; key: string }>) => entries.map((e) => `${e.kind} ${e.key}`).sort();
    assert.deepEqual(keys(summary.added), [
      'directory 8c7b6a59-4d3e-4f2a-b1c0-9d8e7f6a5b4c',
      'guest alice@contoso.com', 'guest erin@fabrikam.com', 'guest sam.taylor@outlook.com',
      'subscription 2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d', 'subscription 7f8e9d0c-1b2a-4c3d-8e4f-5a6b7c8d9e0f',
      'user dave.wilson@contoso.com', 'user erin@fabrikam.com', 'user frank@fabrikam.com',
    ]);
    assert.deepEqual(keys(summary.updated), [
      `directory ${CONTOSO}`, 'guest carol@fabrikam.com', 'subscription 5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9', 'user BOB@contoso.com',
    ]);
    assert.deepEqual(keys(summary.unchanged), [`directory ${FABRIKAM}`, 'subscription 0b1e5a7c-2f4d-4e6a-8b9c-0d1e2f3a4b5c', 'user alice@contoso.com', 'user carol@fabrikam.com']);
    assert.deepEqual(summary.conflicts.map((c) => `${c.reason} ${c.kind} ${c.key}`).sort(), [
      `name directory ${FABRIKAM}`,
      'no-directory subscription 4b5c6d7e-8f9a-4b0c-9d1e-2f3a4b5c6d7e',
      'other-directory subscription 3c9d2b41-7e5a-4f08-9b6c-2d4e6f8a0b1c',
      'other-directory user ivy@fabrikam.com',
    ]);
    const move = summary.conflicts.find((c) => c.kind === 'subscription' && c.reason === 'other-directory')!;
    assert.equal(move.fileDirectoryId, CONTOSO);
    assert.equal(move.importDirectoryId, FABRIKAM);
    assert.match(move.proposal!, /Transfer Subscription/);
  });

  it('leaves conflicting entities exactly as they are', () => {
    const plan = planned(planImport(before, ALL.map((n) => input(n))));
    const after = applyEdits(before, plan.edits);
    assert.match(after, /- id: 3c9d2b41-7e5a-4f08-9b6c-2d4e6f8a0b1c\n {8}name: Contoso Analytics\n {8}type: azure\n {8}owner: alice@contoso.com\n/);
    assert.match(after, /- upn: ivy@fabrikam.com {15}# on loan/);
    assert.ok(!/name: Fabrikam\n[\s\S]*upn: ivy@fabrikam.com/.test(after), 'ivy is not added to Fabrikam');
  });

  it('a second import of the same output changes nothing', () => {
    const inputs = [...ALL.map((n) => input(n)), input('az-ad-user-list-contoso.json', CONTOSO)];
    const once = applyEdits(before, planned(planImport(before, inputs)).edits);
    const again = planned(planImport(once, inputs));
    assert.deepEqual(again.edits, []);
    assert.equal(again.summary.added.length + again.summary.updated.length, 0);
    assert.equal(again.summary.conflicts.length, 4, 'the conflicts are still reported');
  });

  it('into an empty text: writes a new file (golden) that checks without schema errors', () => {
    const plan = planned(planImport('', [input('az-account-tenant-list.json'), input('az-account-list.json'), input('az-ad-user-list-contoso.json', CONTOSO)]));
    assert.equal(plan.summary.newFile, true);
    assert.equal(plan.edits.length, 1);
    const after = applyEdits('', plan.edits);
    golden('new.after.tenancy.yaml', after);
    assert.deepEqual(analyze(after).problems.filter((p) => p.code === 'YAML' || p.code === 'SCHEMA'), []);
  });

  it('keeps the comments of a file that has nothing else yet', () => {
    const text = '# Our tenants, from the Azure CLI\n';
    const after = applyEdits(text, planned(planImport(text, [input('az-account-tenant-list.json')])).edits);
    assert.ok(after.startsWith(`${text}version: 1\ndirectories:\n  - id: ${CONTOSO}\n`), after);
  });

  it('keeps CRLF line endings', () => {
    const crlf = before.replace(/\n/g, '\r\n');
    const after = applyEdits(crlf, planned(planImport(crlf, ALL.map((n) => input(n)))).edits);
    assert.equal(after.replace(/\r\n/g, '').includes('\n'), false);
  });

  it('picks the directory of users by the domain of their UPN when none is given', () => {
    const { summary } = planned(planImport(before, [input('az-ad-user-list-contoso.json')]));
    assert.deepEqual(summary.added.map((e) => `${e.kind} ${e.key} ${e.directory}`).sort(), [
      'guest erin@fabrikam.com Contoso', 'guest sam.taylor@outlook.com Contoso', 'user dave.wilson@contoso.com Contoso',
    ]);
    assert.equal(summary.added.find((e) => e.key === 'guest erin@fabrikam.com'), undefined);
  });

  it('an account whose domain no directory verifies is a conflict, not a guess', () => {
    const users = '[{"userPrincipalName":"zoe@litware.com","displayName":"Zoe"}]';
    const parsed = documentOf(users);
    const { summary, edits } = planned(planImport(before, [{ name: 'users.json', document: parsed }]));
    assert.deepEqual(edits, []);
    assert.deepEqual(summary.conflicts.map((c) => c.reason), ['no-directory']);
  });

  it('a member imported where the file has a guest of that directory is a conflict', () => {
    const parsed = documentOf('[{"userPrincipalName":"carol@fabrikam.com","displayName":"Carol"}]');
    const { summary, edits } = planned(planImport(before, [{ name: 'u.json', document: parsed, directoryId: CONTOSO }]));
    assert.deepEqual(edits, []);
    assert.deepEqual(summary.conflicts.map((c) => c.reason), ['member-and-guest']);
  });

  it('a domain verified in another directory is not added there', () => {
    const tenants = JSON.stringify([{ tenantId: FABRIKAM, displayName: 'Fabrikam', domains: ['fabrikam.onmicrosoft.com', 'contoso.com'] }]);
    const parsed = documentOf(tenants);
    const { summary, edits } = planned(planImport(before, [{ name: 't.json', document: parsed }]));
    assert.deepEqual(edits, []);
    assert.deepEqual(summary.conflicts.map((c) => `${c.reason} ${c.fileDirectoryId}`), [`domain-elsewhere ${CONTOSO}`]);
  });

  it('updates `enabled` only when the output says it, next to the user\'s other keys', () => {
    const text = 'version: 1\ndirectories:\n  - id: 1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a\n    name: Fabrikam\n    domains: [fabrikam.onmicrosoft.com]\n    users:\n      - upn: erin@fabrikam.onmicrosoft.com\n        enabled: false   # on leave\n      - upn: frank@fabrikam.onmicrosoft.com\n        roles: [Global Reader]\n      - upn: gus@fabrikam.onmicrosoft.com\n';
    const users = JSON.stringify([
      { userPrincipalName: 'erin@fabrikam.onmicrosoft.com', accountEnabled: true },
      { userPrincipalName: 'frank@fabrikam.onmicrosoft.com', accountEnabled: false },
      { userPrincipalName: 'gus@fabrikam.onmicrosoft.com' },
    ]);
    const parsed = documentOf(users);
    const { edits, summary } = planned(planImport(text, [{ name: 'u.json', document: parsed }]));
    assert.equal(applyEdits(text, edits), text
      .replace('enabled: false   # on leave', 'enabled: true    # on leave')
      .replace('roles: [Global Reader]\n', 'roles: [Global Reader]\n        enabled: false\n'));
    assert.deepEqual(summary.unchanged.map((e) => e.key), ['gus@fabrikam.onmicrosoft.com'], 'no accountEnabled in the output: nothing said, nothing changed');
  });

  it('an Office 365 subscription the Azure CLI lists as Azure is a conflict', () => {
    const subs = JSON.stringify([{ id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', name: 'Microsoft 365 E3', state: 'Enabled', tenantId: CONTOSO, user: { name: 'alice@contoso.com', type: 'user' } }]);
    const parsed = documentOf(subs);
    const { summary, edits } = planned(planImport(before, [{ name: 's.json', document: parsed }]));
    assert.deepEqual(edits, []);
    assert.deepEqual(summary.conflicts.map((c) => c.reason), ['type']);
  });

  it('a guest without #EXT# needs to be told its directory', () => {
    const parsed = documentOf('[{"userPrincipalName":"pat@partner.example","userType":"Guest","accountEnabled":true}]');
    assert.deepEqual(planned(planImport(before, [{ name: 'u.json', document: parsed }])).summary.conflicts.map((c) => c.reason), ['no-directory']);
    const placed = planned(planImport(before, [{ name: 'u.json', document: parsed, directoryId: FABRIKAM }]));
    assert.deepEqual(placed.summary.added.map((e) => `${e.kind} ${e.key} ${e.directory}`), ['guest pat@partner.example Fabrikam']);
    assert.match(applyEdits(before, placed.edits), /roles: \[Global Administrator\] \}\n {4}guests:\n {6}- upn: pat@partner.example\n {8}external: true\n$/);
  });

  it('refuses a directory id that is in neither the file nor the import', () => {
    const plan = planImport(before, [input('az-ad-user-list-contoso.json', '00000000-0000-4000-8000-000000000000')]);
    assert.ok(isRefused(plan));
    assert.match(plan.refused, /no directory with id 00000000/);
  });

  it('refuses a file with YAML errors', () => {
    const plan = planImport('version: 1\ndirectories:\n  - id: [\n', [input('az-account-list.json')]);
    assert.ok(isRefused(plan));
    assert.match(plan.refused, /YAML syntax errors/);
  });
});

describe('import and report: the core stays pure', () => {
  for (const dir of ['src/core/import', 'src/core/report']) {
    it(`${dir} imports neither vscode nor Node modules`, () => {
      for (const name of readdirSync(dir)) {
        const source = readFileSync(join(dir, name), 'utf8');
        assert.doesNotMatch(source, /from '(vscode|node:[a-z]+|fs|path)'/, `${dir}/${name}`);
      }
    });
  }
});

describe('tenancy import', () => {
  function cli(...argv: string[]): { code: number; out: string; err: string } {
    let out = '';
    let err = '';
    const code = run(argv, { out: (t) => (out += t), err: (t) => (err += t) });
    return { code, out, err };
  }
  const fixture = (name: string) => join(DIR, name);

  it('merges into --into FILE, prints the summary, exits 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tenancy-import-'));
    const file = join(dir, 'contoso.tenancy.yaml');
    writeFileSync(file, readFileSync(fixture('workspace.before.tenancy.yaml')));
    const { code, out, err } = cli('import', '--into', file, '--directory', CONTOSO, fixture('az-ad-user-list-contoso.json'));
    assert.equal(code, 0, err);
    assert.match(out, /^Import: 3 added, 2 updated, 1 unchanged, 0 conflicts/);
    assert.match(readFileSync(file, 'utf8'), /upn: dave.wilson@contoso.com/);
  });

  it('--dry-run prints and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tenancy-import-'));
    const file = join(dir, 'contoso.tenancy.yaml');
    const text = read('workspace.before.tenancy.yaml');
    writeFileSync(file, text);
    const { code, out } = cli('import', '--dry-run', '--into', file, ...ALL.map(fixture));
    assert.equal(code, 0);
    assert.match(out, /Conflicts \(not changed\):/);
    assert.equal(readFileSync(file, 'utf8'), text);
  });

  it('without --into: the new file goes to standard output, the summary to standard error', () => {
    const { code, out, err } = cli('import', fixture('az-account-tenant-list.json'), fixture('az-account-list.json'));
    assert.equal(code, 0);
    assert.match(out, /^version: 1\ndirectories:\n/);
    assert.match(err, /^Import: /);
  });

  it('--into a file that does not exist yet creates it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tenancy-import-'));
    const file = join(dir, 'new.tenancy.yaml');
    const { code } = cli('import', '--into', file, fixture('az-account-tenant-list.json'));
    assert.equal(code, 0);
    assert.match(readFileSync(file, 'utf8'), /name: Northwind Traders/);
  });

  it('exits 2 with file:line:col for output that is not from the Azure CLI, and writes nothing', () => {
    const { code, err } = cli('import', fixture('bad-state.json'));
    assert.equal(code, 2);
    assert.match(err, /bad-state\.json:16:14: \$\[1\]\.state: Unknown subscription state 'Suspended'/);
  });

  it('reads UTF-16 output (Windows PowerShell redirects) as well as UTF-8', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tenancy-import-'));
    const utf16 = join(dir, 'tenants.json');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(read('az-account-tenant-list.json').replace(/\n/g, '\r\n'), 'utf16le')]));
    const { code, out } = cli('import', utf16);
    assert.equal(code, 0);
    assert.match(out, /name: Northwind Traders/);
  });

  it('exits 2 on usage errors', () => {
    assert.equal(cli('import').code, 2);
    assert.equal(cli('import', '--directory', 'nope', fixture('az-ad-user-list-contoso.json')).code, 2);
    assert.equal(cli('import', fixture('missing.json')).code, 2);
  });

  it('exits 1 when the file cannot take the import (a refusal)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tenancy-import-'));
    const file = join(dir, 'broken.tenancy.yaml');
    writeFileSync(file, 'version: 1\ndirectories:\n  - id: [\n');
    const { code, err } = cli('import', '--into', file, fixture('az-account-list.json'));
    assert.equal(code, 1);
    assert.match(err, /YAML syntax errors/);
  });
});
