/**
 * Which files Tenancy checks, and the starter file: the empty view's button writes a clean workspace
 * file (never over an existing one), `tenancy.files.include` adds files by glob, and a folder moved
 * into the workspace whole has its files checked (the file watcher reports only the folder).
 */
import * as assert from 'node:assert/strict';
import { mkdir, mkdtemp, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAllEditorsDiscarding, codeOf, tenancyDiagnostics, waitFor, waitForDiagnostics, workspaceRoot } from './helpers';

interface TestApi { store: { get(uri: vscode.Uri): unknown; all(): unknown[] } }

describe('workspace files', function () {
  this.timeout(60_000);
  const api = () => vscode.extensions.getExtension<TestApi>(EXTENSION_ID)!.exports;
  const folder = () => vscode.Uri.joinPath(workspaceRoot(), 'starter');
  const config = () => vscode.workspace.getConfiguration('tenancy');

  after(async () => {
    await closeAllEditorsDiscarding();
    await config().update('files.include', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.fs.delete(folder(), { recursive: true, useTrash: false });
    await waitFor(() => api().store.all().length === 1, { timeoutMs: 20_000, message: 'only the fixture file left' });
  });

  it('checks the workspace files of a folder moved into the workspace whole, as one estate', async () => {
    // Written outside the workspace, then moved in at once (as `mv`, an unzip or a checkout does): the
    // watcher sees the folder appear, never the files inside it.
    const outside = await mkdtemp(join(dirname(workspaceRoot().fsPath), 'moved-'));
    await mkdir(join(outside, 'emea'));
    await writeFile(join(outside, 'emea', 'northwind-msp.tenancy.yaml'), [
      'version: 1',
      'directories:',
      '  - id: 5b7c2e91-3d4f-4a6b-9c8d-0e1f2a3b4c5d',
      '    name: Northwind Managed Services',
      '    domains: [northwindmsp.onmicrosoft.com, northwindmsp.com]',
      '    users:',
      '      - upn: priya.raman@northwindmsp.com',
      '',
    ].join('\n'));
    await writeFile(join(outside, 'emea', 'contoso.tenancy.yaml'), [
      'version: 1',
      'directories:',
      '  - id: 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f',
      '    name: Contoso',
      '    domains: [contoso.onmicrosoft.com]',
      '    guests:',
      '      - upn: priya.raman_northwindmsp.com#EXT#@contoso.onmicrosoft.com',
      '      - upn: sam.okafor@northwindmsp.com',
      '',
    ].join('\n'));
    await mkdir(folder().fsPath, { recursive: true });
    await rename(outside, join(folder().fsPath, 'moved'));
    const customer = vscode.Uri.joinPath(folder(), 'moved', 'emea', 'contoso.tenancy.yaml');
    // Priya's home account is found in the other file: only Sam's guest entry has none.
    await waitForDiagnostics(customer, (all) => tenancyDiagnostics(all).map((d) => codeOf(d)).join() === 'GST001', {
      timeoutMs: 20_000, message: "GST001 for Sam's guest entry only",
    });
    assert.ok(api().store.get(vscode.Uri.joinPath(folder(), 'moved', 'emea', 'northwind-msp.tenancy.yaml')), 'the provider file is analysed too');
  });

  it('creates a starter workspace file that opens with no problems, and never overwrites one', async () => {
    const target = vscode.Uri.joinPath(folder(), 'directories.tenancy.yaml');
    const created = await vscode.commands.executeCommand<vscode.Uri>('tenancy.createStarterFile', target);
    assert.equal(created.toString(), target.toString());
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), target.toString(), 'the new file is opened');
    await waitFor(() => api().store.get(target), { message: 'the starter file analysed' });
    assert.deepEqual(tenancyDiagnostics(vscode.languages.getDiagnostics(target)), []);
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.match(text, /^# Tenancy workspace/);
    assert.match(text, /- id: [0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/, 'a fresh GUID as tenant id');

    const second = await vscode.commands.executeCommand<vscode.Uri>('tenancy.createStarterFile', target);
    assert.match(second.path, /directories-2\.tenancy\.yaml$/);
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)), text, 'the first file is untouched');
  });

  it('checks the files that tenancy.files.include adds, and stops when the glob is removed', async () => {
    const plain = vscode.Uri.joinPath(folder(), 'tenants.yaml');
    await vscode.workspace.fs.writeFile(plain, new TextEncoder().encode([
      'version: 1',
      'directories:',
      '  - id: 11111111-2222-4333-8444-555555555555',
      '    name: Litware',
      '    domains: [litware.onmicrosoft.com]',
      '    users:',
      '      - upn: ann@elsewhere.example',
      '',
    ].join('\n')));
    await config().update('files.include', ['starter/*.yaml'], vscode.ConfigurationTarget.Workspace);
    await waitFor(() => api().store.get(plain), { message: 'tenants.yaml analysed once included' });
    await vscode.window.showTextDocument(plain);
    const diagnostics = await waitForDiagnostics(plain, (all) => tenancyDiagnostics(all).some((d) => codeOf(d) === 'USR002'), { message: 'USR002 on the included file' });
    assert.equal(tenancyDiagnostics(diagnostics).find((d) => codeOf(d) === 'USR002')!.range.start.line, 6);

    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await config().update('files.include', undefined, vscode.ConfigurationTarget.Workspace);
    await waitFor(() => !api().store.get(plain), { message: 'tenants.yaml no longer checked' });
  });
});
