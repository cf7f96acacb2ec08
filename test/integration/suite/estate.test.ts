/**
 * An estate in several files (docs/format.md#estates): the workspace files of one folder are checked
 * as one. A change typed in one file, before it is saved, updates the diagnostics of the other files
 * it affects; a duplicate across files points at the other file.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAllEditorsDiscarding, codeOf, describeDiagnostics, tenancyDiagnostics, waitFor, diagnosticCodes, suiteFolder } from './helpers';

interface Node { kind: string; label: string; uri: vscode.Uri }
interface TestApi {
  store: { all(): unknown[]; settled(): Promise<void> };
  tree: vscode.TreeDataProvider<Node>;
}

const PROVIDER = `version: 1
directories:
  - id: 5b7c2e91-3d4f-4a6b-9c8d-0e1f2a3b4c5d
    name: Northwind Managed Services
    domains: [northwindmsp.onmicrosoft.com, northwindmsp.com]
    users:
      - upn: priya.raman@northwindmsp.com
        displayName: Priya Raman
        roles: [Global Administrator]
`;

const CUSTOMER = `version: 1
directories:
  - id: 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f
    name: Contoso
    domains: [contoso.onmicrosoft.com, contoso.com]
    users:
      - upn: alice@contoso.com
        roles: [Global Administrator]
    guests:
      - upn: priya.raman_northwindmsp.com#EXT#@contoso.onmicrosoft.com
      - upn: sam.okafor@northwindmsp.com
`;

/** A third customer of the provider, unrelated to the others' accounts; its user has no domain of its directory (USR002). */
const FABRIKAM = `version: 1
directories:
  - id: 0c8e4b7a-2d1f-4e6a-9b3c-5d7e9f1a2b4c
    name: Fabrikam
    domains: [fabrikam.onmicrosoft.com]
    users:
      - upn: lee@fabrikam.example
`;

const SANDBOX = `version: 1
directories:
  - id: 5b7c2e91-3d4f-4a6b-9c8d-0e1f2a3b4c5d
    name: Northwind Sandbox
    domains: [northwindsandbox.onmicrosoft.com]
`;

describe('an estate: the workspace files of one folder', function () {
  this.timeout(60_000);
  const api = () => vscode.extensions.getExtension<TestApi>(EXTENSION_ID)!.exports;
  const { file, write, delete: deleteFolder } = suiteFolder('msp');
  const codes = diagnosticCodes;

  before(async () => {
    await write('northwind-msp.tenancy.yaml', PROVIDER);
    await write('contoso.tenancy.yaml', CUSTOMER);
  });

  after(async () => {
    await closeAllEditorsDiscarding();
    await deleteFolder();
    await waitFor(() => api().store.all().length === 1, { timeoutMs: 20_000, message: 'only the fixture file left' });
  });

  it("resolves a guest's home account in another file, and a user typed there (unsaved) clears the other file's GST001; undo brings it back", async () => {
    const customer = file('contoso.tenancy.yaml');
    await waitFor(() => codes(customer).join() === 'GST001', {
      timeoutMs: 20_000, message: `only Sam's guest entry has no home account (now: ${describeDiagnostics(vscode.languages.getDiagnostics(customer))})`,
    });
    const document = await vscode.workspace.openTextDocument(file('northwind-msp.tenancy.yaml'));
    const editor = await vscode.window.showTextDocument(document);
    const end = document.positionAt(document.getText().length);
    await editor.edit((edit) => edit.insert(end, '      - upn: sam.okafor@northwindmsp.com\n        displayName: Sam Okafor\n'));
    assert.ok(document.isDirty, 'not saved');
    await waitFor(() => codes(customer).length === 0, { timeoutMs: 10_000, message: `GST001 to leave the other file (now: ${codes(customer).join(', ')})` });
    await vscode.commands.executeCommand('undo');
    await waitFor(() => codes(customer).join() === 'GST001', { timeoutMs: 10_000, message: 'GST001 back in the other file after undo' });
  });

  it('reports a tenant id used in two files on the later file, its related information in the other file', async () => {
    await write('sandbox.tenancy.yaml', SANDBOX);
    const sandbox = file('sandbox.tenancy.yaml');
    const duplicate = await waitFor(() => tenancyDiagnostics(vscode.languages.getDiagnostics(sandbox)).find((d) => codeOf(d) === 'TEN001'), {
      timeoutMs: 20_000, message: 'TEN001 on the sandbox file',
    });
    const [related] = duplicate.relatedInformation ?? [];
    assert.equal(related?.location.uri.toString(), file('northwind-msp.tenancy.yaml').toString());
    assert.equal(related.location.range.start.line, 2, 'on the provider file\'s own id line');
    // The file leaves the estate: the duplicate goes with it.
    await vscode.workspace.fs.delete(sandbox, { useTrash: false });
    await waitFor(() => codes(sandbox).length === 0, { timeoutMs: 20_000, message: 'no diagnostics left for the deleted file' });
    assert.deepEqual(codes(file('northwind-msp.tenancy.yaml')), []);
  });

  it('shows the estate of the folder in the tree, with its files under it, and the single-file folder as its own estate', async () => {
    let roots: Node[] = [];
    await waitFor(async () => {
      roots = (await api().tree.getChildren()) ?? [];
      return roots.some((n) => n.kind === 'estate' && n.label === 'msp');
    }, { timeoutMs: 20_000, message: () => `an estate node for the msp folder (roots: ${roots.map((n) => `${n.kind}:${n.label}`).join(', ')})` });
    const msp = roots.find((n) => n.label === 'msp')!;
    const item = await api().tree.getTreeItem(msp);
    assert.match(String(item.description), /2 files/);
    assert.equal(roots.length, 2, 'the workspace folder, with its one file, is an estate too');
    const files = (await api().tree.getChildren(msp)) ?? [];
    assert.deepEqual(files.map((n) => `${n.kind}:${n.label}`), ['file:contoso.tenancy.yaml', 'file:northwind-msp.tenancy.yaml']);
    const directories = (await api().tree.getChildren(files[1])) ?? [];
    assert.deepEqual(directories.map((n) => n.label), ['Northwind Managed Services']);
  });

  it("goes to the definition of a guest's UPN in the provider's file, and lists its references in both files", async () => {
    const customer = await vscode.workspace.openTextDocument(file('contoso.tenancy.yaml'));
    await vscode.window.showTextDocument(customer);
    const at = customer.positionAt(customer.getText().indexOf('priya.raman_northwindmsp.com#EXT#') + 3);
    const definitions = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', customer.uri, at);
    const target = definitions.map((d) => ('targetUri' in d ? { uri: d.targetUri, range: d.targetRange } : d));
    assert.equal(target.length, 1);
    assert.equal(target[0].uri.toString(), file('northwind-msp.tenancy.yaml').toString());
    const provider = await vscode.workspace.openTextDocument(file('northwind-msp.tenancy.yaml'));
    assert.equal(provider.getText(target[0].range), 'priya.raman@northwindmsp.com');
    const references = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', customer.uri, at);
    assert.deepEqual(references.map((r) => `${r.uri.path.slice(r.uri.path.lastIndexOf('/') + 1)}:${r.range.start.line}`).sort(),
      ['contoso.tenancy.yaml:9', 'northwind-msp.tenancy.yaml:6']);
  });

  it("renames a user's UPN in the provider's file and the guest entry in the customer's file in one edit; undo restores both", async () => {
    const provider = await vscode.workspace.openTextDocument(file('northwind-msp.tenancy.yaml'));
    const customer = await vscode.workspace.openTextDocument(file('contoso.tenancy.yaml'));
    const [providerText, customerText] = [provider.getText(), customer.getText()];
    await vscode.window.showTextDocument(provider);
    const at = provider.positionAt(providerText.indexOf('priya.raman@') + 2);
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', provider.uri, at, 'priya.shah@northwindmsp.com');
    assert.deepEqual(edit.entries().map(([uri]) => uri.path.slice(uri.path.lastIndexOf('/') + 1)).sort(), ['contoso.tenancy.yaml', 'northwind-msp.tenancy.yaml']);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.equal(provider.getText(), providerText.replace('priya.raman@northwindmsp.com', 'priya.shah@northwindmsp.com'));
    assert.equal(customer.getText(), customerText.replace('priya.raman_northwindmsp.com#EXT#', 'priya.shah_northwindmsp.com#EXT#'), 'the guest keeps its #EXT# form');
    // One undo in the provider's editor undoes the whole rename in both files: VS Code keeps an
    // extension's workspace edit as one undo group, so it does not ask (the test host would refuse a dialog).
    await vscode.commands.executeCommand('undo');
    await waitFor(() => provider.getText() === providerText && customer.getText() === customerText, { timeoutMs: 10_000, message: 'both files restored by one undo' });
  });

  it('publishes again only the files whose problems an edit changes, not every file of the estate', async () => {
    await closeAllEditorsDiscarding();
    const customer = file('contoso.tenancy.yaml');
    const other = file('fabrikam.tenancy.yaml');
    await write('fabrikam.tenancy.yaml', FABRIKAM);
    await waitFor(() => codes(other).join() === 'USR002', { timeoutMs: 20_000, message: () => `USR002 on the third file (now: ${codes(other).join(', ')})` });
    await waitFor(() => codes(customer).join() === 'GST001', { timeoutMs: 20_000, message: `GST001 on the customer's file (now: ${codes(customer).join(', ')})` });
    // Writing the third file raises more than one watcher event (created, then changed): let them all
    // be read and published before listening, so only what the edit below publishes is counted.
    await api().store.settled();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const published = new Set<string>();
    const listener = vscode.languages.onDidChangeDiagnostics((event) => { for (const uri of event.uris) published.add(uri.toString()); });
    try {
      const document = await vscode.workspace.openTextDocument(file('northwind-msp.tenancy.yaml'));
      const editor = await vscode.window.showTextDocument(document);
      await editor.edit((edit) => edit.insert(document.positionAt(document.getText().length), '      - upn: sam.okafor@northwindmsp.com\n'));
      await waitFor(() => codes(customer).length === 0, { timeoutMs: 10_000, message: 'GST001 to leave the customer\'s file' });
      // The change event comes a moment after the diagnostics themselves (VS Code batches them).
      await waitFor(() => published.has(customer.toString()), { timeoutMs: 10_000, message: "the customer's file published again" });
      await new Promise((resolve) => setTimeout(resolve, 500)); // room for a late event of the third file
      assert.ok(!published.has(other.toString()), 'the file the edit changes nothing for is not published again');
    } finally {
      listener.dispose();
      await closeAllEditorsDiscarding();
      await vscode.workspace.fs.delete(other, { useTrash: false });
    }
  });
});
