/**
 * Import from the Azure CLI and report export in a real editor: the import is one WorkspaceEdit of
 * the open document (one undo restores it exactly), and its arguments skip every prompt.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { applyEdits } from '../../../src/core/edits';
import { parseAzureCliJson, planImport } from '../../../src/core/import';
import type { ImportInput } from '../../../src/core/import';
import { isRefused } from '../../../src/core/refusal';
import type { ExportReportResult } from '../../../src/vscode/commands/exportReport';
import type { ImportCommandResult } from '../../../src/vscode/commands/importFromAzureCli';
import { COMMANDS } from '../../../src/vscode/commands/registerCommands';
import { waitFor, openFixture, revertFixture } from './helpers';

const CONTOSO = '6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f';
const FABRIKAM = '1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a';

/** `az account tenant list -o json`, trimmed to the keys Tenancy reads plus a few it ignores. */
const TENANTS = [
  { countryCode: 'US', defaultDomain: 'contoso.com', displayName: 'Contoso', domains: ['contoso.com', 'contoso.onmicrosoft.com', 'contoso.mail.onmicrosoft.com'], id: `/tenants/${CONTOSO}`, tenantCategory: 'Home', tenantId: CONTOSO, tenantType: 'AAD' },
  { countryCode: 'GB', defaultDomain: 'fabrikam.com', displayName: 'Fabrikam, Inc.', domains: ['fabrikam.onmicrosoft.com', 'fabrikam.com'], id: `/tenants/${FABRIKAM}`, tenantCategory: 'Home', tenantId: FABRIKAM, tenantType: 'AAD' },
];
/** `az account list --all -o json`. */
const SUBSCRIPTIONS = [
  { cloudName: 'AzureCloud', homeTenantId: CONTOSO, id: '0b1e5a7c-2f4d-4e6a-8b9c-0d1e2f3a4b5c', isDefault: true, managedByTenants: [], name: 'Contoso Production', state: 'Enabled', tenantId: CONTOSO, user: { name: 'alice@contoso.com', type: 'user' } },
  { cloudName: 'AzureCloud', homeTenantId: FABRIKAM, id: '7f8e9d0c-1b2a-4c3d-8e4f-5a6b7c8d9e0f', isDefault: false, managedByTenants: [], name: 'Fabrikam Sandbox', state: 'Disabled', tenantId: FABRIKAM, user: { name: 'alice@contoso.com', type: 'user' } },
];
/** `az ad user list -o json` in Contoso. */
const USERS = [
  { businessPhones: [], displayName: 'Bob Nguyen-Tran', id: '6c1a3d4f-2b5e-4f7a-9b0c-1d2e3f4a5b6c', mail: 'bob@contoso.com', userPrincipalName: 'bob@contoso.com' },
  { businessPhones: [], displayName: 'Dave Wilson', id: '7d2b4e5a-3c6f-4a8b-8c1d-2e3f4a5b6c7d', mail: 'dave@contoso.com', userPrincipalName: 'dave@contoso.com' },
  { businessPhones: [], displayName: 'Sam Taylor', id: '0a5e7b8d-6f9c-4d1e-9f4a-5b6c7d8e9f0a', mail: 'sam.taylor@outlook.com', userPrincipalName: 'sam.taylor_outlook.com#EXT#@contoso.onmicrosoft.com' },
];

describe('import from the Azure CLI and report export', () => {
  let document: vscode.TextDocument;
  let folder: string;
  const file = (name: string, content: unknown) => {
    const path = join(folder, name);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
    return vscode.Uri.file(path);
  };

  before(async () => {
    const registered = await vscode.commands.getCommands(true);
    for (const id of [COMMANDS.importFromAzureCli, COMMANDS.exportReport]) assert.ok(registered.includes(id), `the extension registers ${id}`);
    folder = mkdtempSync(join(tmpdir(), 'tenancy-it-import-'));
    document = await openFixture();
  });

  afterEach(async () => {
    await revertFixture(document);
    assert.equal(document.isDirty, false);
  });

  it('applies the import as one WorkspaceEdit; one undo restores the document exactly', async () => {
    const before = document.getText();
    const files = [file('tenants.json', TENANTS), file('subscriptions.json', SUBSCRIPTIONS), file('users.json', USERS)];
    const result = await vscode.commands.executeCommand<ImportCommandResult>(COMMANDS.importFromAzureCli, { uri: document.uri, files, directoryId: CONTOSO, confirm: true });
    assert.equal(result.applied, true, result.reason);

    const inputs: ImportInput[] = files.map((uri) => {
      const parsed = parseAzureCliJson(readFileSync(uri.fsPath, 'utf8'));
      assert.ok(!isRefused(parsed));
      return { name: uri.path.slice(uri.path.lastIndexOf('/') + 1), document: parsed };
    });
    const plan = planImport(before, inputs, { directoryId: CONTOSO });
    assert.ok(!isRefused(plan));
    assert.equal(document.getText(), applyEdits(before, plan.edits), 'the document holds exactly the planned merge');
    assert.deepEqual(result.summary!.added.map((e) => `${e.kind} ${e.key}`).sort(), ['guest sam.taylor@outlook.com', 'subscription 7f8e9d0c-1b2a-4c3d-8e4f-5a6b7c8d9e0f', 'user dave@contoso.com']);
    assert.deepEqual(result.summary!.updated.map((e) => `${e.kind} ${e.key}`).sort(), ['user bob@contoso.com']);
    // The file's own name for a directory is kept; Azure's is a conflict to decide on.
    assert.deepEqual(result.summary!.conflicts.map((c) => `${c.reason} ${c.key}`), [`name ${FABRIKAM}`]);
    assert.doesNotMatch(document.getText(), /name: Fabrikam, Inc\./);
    assert.match(document.getText(), /- upn: carol@fabrikam.com {15}# Fabrikam's data engineer, invited for analytics\n/, 'comments stay');
    assert.ok(document.isDirty);

    await vscode.commands.executeCommand('undo');
    await waitFor(() => document.getText() === before, { timeoutMs: 5_000, message: 'one undo restores the text' });
    assert.equal(document.getText(), before);
  });

  it('changes nothing when the file already says everything the output says', async () => {
    const before = document.getText();
    const result = await vscode.commands.executeCommand<ImportCommandResult>(COMMANDS.importFromAzureCli, {
      uri: document.uri, files: [file('same.json', [SUBSCRIPTIONS[0]])], confirm: true,
    });
    assert.equal(result.applied, false);
    assert.equal(result.summary!.unchanged.length, 1);
    assert.equal(document.getText(), before);
    assert.equal(document.isDirty, false);
  });

  it('reports a conflict instead of moving a subscription, and edits nothing for it', async () => {
    const before = document.getText();
    const moved = [{ ...SUBSCRIPTIONS[0], id: '3c9d2b41-7e5a-4f08-9b6c-2d4e6f8a0b1c', name: 'Contoso Analytics', homeTenantId: FABRIKAM, tenantId: FABRIKAM }];
    const result = await vscode.commands.executeCommand<ImportCommandResult>(COMMANDS.importFromAzureCli, { uri: document.uri, files: [file('moved.json', moved)], confirm: true });
    assert.equal(result.applied, false);
    assert.deepEqual(result.summary!.conflicts.map((c) => `${c.reason} ${c.importDirectoryId}`), [`other-directory ${FABRIKAM}`]);
    assert.equal(document.getText(), before);
  });

  it('refuses output that is not from the Azure CLI, naming the file, line and column', async () => {
    const result = await vscode.commands.executeCommand<ImportCommandResult>(COMMANDS.importFromAzureCli, {
      uri: document.uri, files: [file('groups.json', [{ name: 'web-rg', location: 'westeurope' }])], confirm: true,
    });
    assert.equal(result.applied, false);
    assert.match(result.reason!, /^groups\.json:2:3: .*not Azure CLI output/);
    assert.equal(document.isDirty, false);
  });

  it('exports the Markdown report and the CSV of the open workspace file', async () => {
    const md = await vscode.commands.executeCommand<ExportReportResult>(COMMANDS.exportReport, { uri: document.uri, format: 'md', target: vscode.Uri.file(join(folder, 'report.md')) });
    assert.equal(md.written, true, md.reason);
    const report = readFileSync(join(folder, 'report.md'), 'utf8');
    assert.match(report, /^# Tenancy report — contoso\.tenancy\.yaml\n/);
    assert.match(report, /\| \d+ \| error \| OWN002 \|/);
    assert.match(report, /\| \d+ \| error \| RBA002 \|/);

    const csv = await vscode.commands.executeCommand<ExportReportResult>(COMMANDS.exportReport, { uri: document.uri, format: 'csv', target: join(folder, 'subscriptions.csv') });
    assert.equal(csv.written, true, csv.reason);
    const rows = readFileSync(join(folder, 'subscriptions.csv'), 'utf8').split('\r\n');
    assert.equal(rows[0], 'subscription_id,name,type,directory,tenant_id,owner,created_by,state');
    assert.equal(rows.filter(Boolean).length, 4, 'a header and the three subscriptions');
  });
});
