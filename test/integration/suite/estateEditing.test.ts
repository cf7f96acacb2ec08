/**
 * Editing one file of an estate (docs/format.md#estates) with what the other files hold: completion
 * proposes the provider's engineers in a customer's file, naming the provider's file; a hover on a
 * guest says where its home account is defined; the GST001 quick fix writes the missing user into the
 * provider's file, and one undo takes it out again; Invite Guest knows the provider's users are no external accounts.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAllEditorsDiscarding, codeOf, describeDiagnostics, step, tenancyDiagnostics, waitFor, diagnosticCodes, suiteFolder } from './helpers';

interface TestApi {
  store: { all(): unknown[] };
}

const PROVIDER = `# Northwind Managed Services: its engineers are guests in the customers' tenants.
version: 1
directories:
  - id: 5b7c2e91-3d4f-4a6b-9c8d-0e1f2a3b4c5d
    name: Northwind Managed Services
    domains: [northwindmsp.onmicrosoft.com, northwindmsp.com]
    users:
      - upn: priya.raman@northwindmsp.com
        displayName: Priya Raman
        roles: [Global Administrator]
      - upn: lena.fischer@northwindmsp.com
        displayName: Lena Fischer
`;

const CUSTOMER = `# Contoso, a customer managed by Northwind.
version: 1
directories:
  - id: 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f
    name: Contoso
    domains: [contoso.onmicrosoft.com, contoso.com]
    users:
      - upn: alice@contoso.com
        displayName: Alice Martin
        roles: [Global Administrator]
    guests:
      - upn: priya.raman_northwindmsp.com#EXT#@contoso.onmicrosoft.com
        displayName: Priya Raman (Northwind)
      - upn: sam.okafor@northwindmsp.com
        displayName: Sam Okafor (Northwind)
`;

describe('editing a file of an estate with what its other files hold', function () {
  this.timeout(60_000);
  const api = () => vscode.extensions.getExtension<TestApi>(EXTENSION_ID)!.exports;
  const { file, write, delete: deleteFolder } = suiteFolder('msp-editing');
  const codes = diagnosticCodes;

  before(async () => {
    await write('northwind-msp.tenancy.yaml', PROVIDER);
    await write('contoso.tenancy.yaml', CUSTOMER);
    const customer = file('contoso.tenancy.yaml');
    await waitFor(() => codes(customer).join() === 'GST001', {
      timeoutMs: 20_000, message: () => `only Sam's guest entry has no home account (now: ${describeDiagnostics(vscode.languages.getDiagnostics(customer))})`,
    });
  });

  after(async () => {
    await closeAllEditorsDiscarding();
    await deleteFolder();
    await waitFor(() => api().store.all().length === 1, { timeoutMs: 20_000, message: 'only the fixture file left' });
  });

  it("completes a new guest's UPN with the provider's engineers, naming the provider's file", async () => {
    const customer = await vscode.workspace.openTextDocument(file('contoso.tenancy.yaml'));
    const editor = await vscode.window.showTextDocument(customer);
    const end = customer.positionAt(customer.getText().length);
    await editor.edit((edit) => edit.insert(end, '      - upn: '));
    try {
      const at = customer.positionAt(customer.getText().length);
      const list = await step('completion', 20_000, vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', customer.uri, at));
      const label = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);
      const lena = list.items.find((item) => label(item) === 'lena.fischer@northwindmsp.com');
      assert.equal(lena?.detail, 'Lena Fischer · Member of Northwind Managed Services · in northwind-msp.tenancy.yaml');
      assert.ok(!list.items.some((item) => label(item) === 'priya.raman@northwindmsp.com'), 'Priya is a guest here already, in the #EXT# form');
    } finally {
      await vscode.commands.executeCommand('undo');
    }
    assert.equal(customer.getText(), CUSTOMER);
  });

  it("hovers a guest with its home account as the provider's file defines it, and says which file", async () => {
    const customer = await vscode.workspace.openTextDocument(file('contoso.tenancy.yaml'));
    await vscode.window.showTextDocument(customer);
    const at = customer.positionAt(customer.getText().indexOf('priya.raman_northwindmsp.com#EXT#') + 3);
    const hovers = await step('hover', 20_000, vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', customer.uri, at));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /Member of \*\*Northwind Managed Services\*\* · roles: Global Administrator/);
    assert.match(text, /Defined in `northwind-msp\.tenancy\.yaml`/);
  });

  it("adds a guest's missing home account to the provider's file from the customer's light bulb; one undo takes it out", async () => {
    const customer = await vscode.workspace.openTextDocument(file('contoso.tenancy.yaml'));
    await vscode.window.showTextDocument(customer);
    const diagnostic = tenancyDiagnostics(vscode.languages.getDiagnostics(customer.uri)).find((d) => codeOf(d) === 'GST001');
    assert.ok(diagnostic, 'the GST001 of Sam');
    const actions = await step('code actions', 20_000, vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', customer.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value, 50));
    const add = actions.find((a) => a.title === 'Add sam.okafor@northwindmsp.com as a user of Northwind Managed Services (in northwind-msp.tenancy.yaml)');
    assert.ok(add?.edit, `the fix that writes the provider's file, among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(add.isPreferred);
    assert.deepEqual(add.edit.entries().map(([uri]) => uri.toString()), [file('northwind-msp.tenancy.yaml').toString()], "only the provider's file is edited");
    assert.ok(await vscode.workspace.applyEdit(add.edit));
    const provider = await vscode.workspace.openTextDocument(file('northwind-msp.tenancy.yaml'));
    assert.ok(provider.isDirty, 'edited in the editor, not saved behind the user');
    assert.equal(provider.getText(), `${PROVIDER}      - upn: sam.okafor@northwindmsp.com\n`);
    assert.equal(customer.getText(), CUSTOMER, "the customer's file is untouched");
    await waitFor(() => codes(customer.uri).length === 0, { timeoutMs: 10_000, message: () => `GST001 to leave the customer's file (now: ${codes(customer.uri).join(', ')})` });
    // The edit went to the provider's file: its editor undoes it.
    await vscode.window.showTextDocument(provider);
    await vscode.commands.executeCommand('undo');
    await waitFor(() => provider.getText() === PROVIDER, { timeoutMs: 10_000, message: "the provider's file restored by one undo" });
    await waitFor(() => codes(customer.uri).join() === 'GST001', { timeoutMs: 10_000, message: 'GST001 back after undo' });
  });

  it('invites a user of the provider\'s file as a guest of the customer, not as an external account', async () => {
    const customer = await vscode.workspace.openTextDocument(file('contoso.tenancy.yaml'));
    await vscode.window.showTextDocument(customer);
    await step('Invite Guest', 20_000, vscode.commands.executeCommand('tenancy.inviteGuest', {
      uri: customer.uri, directoryId: '6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f', upn: 'lena.fischer@northwindmsp.com',
    }));
    assert.equal(customer.getText(), `${CUSTOMER}      - upn: lena.fischer@northwindmsp.com\n`, 'a guest entry without external: true');
    await vscode.commands.executeCommand('undo');
    assert.equal(customer.getText(), CUSTOMER);
  });
});
