/**
 * A transfer between two files of an estate (docs/format.md#estates, docs/edits.md#transfers): the
 * provider hands a customer's landing zone over to the customer's tenant, kept in another file of the
 * folder. The entry leaves one file and joins the other in one edit: the diagnostics of both files
 * follow, the moved subscription is shown in the customer's file, the recreate step works there, and
 * one Undo restores both files exactly.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CommandResult } from '../../../src/vscode/commands/context';
import { COMMANDS } from '../../../src/vscode/commands/ids';
import { EXTENSION_ID, closeAllEditorsDiscarding, codeOf, describeDiagnostics, tenancyDiagnostics, waitFor, suiteFolder } from './helpers';
import { acceptUntilDone } from './quickPicks';

const CONTOSO = '6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f';
const LANDING_ZONE = '7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f';

const LANDING_ZONE_ENTRY = `      # Built for Contoso during onboarding; handed over once signed off.
      - id: 7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f
        name: Contoso Landing Zone
        type: azure
        offer: MS-AZR-0003P
        owner: alice@contoso.com             # Contoso pays for it
        createdBy: priya.raman@northwindmsp.com
        roleAssignments:
          - { principal: alice@contoso.com, role: Owner }
          - { principal: tom.becker@northwindmsp.com, role: Contributor }
`;

const PROVIDER = `# Northwind Managed Services: the provider's own tenant.
version: 1
directories:
  - id: 5b7c2e91-3d4f-4a6b-9c8d-0e1f2a3b4c5d
    name: Northwind Managed Services
    domains: [northwindmsp.onmicrosoft.com, northwindmsp.com]
    users:
      - upn: priya.raman@northwindmsp.com
        displayName: Priya Raman
        roles: [Global Administrator]
      - upn: tom.becker@northwindmsp.com
        displayName: Tom Becker
    guests:
      - upn: alice_contoso.com#EXT#@northwindmsp.onmicrosoft.com   # for the hand-over
    subscriptions:
      - id: 2f3e4d5c-6b7a-4c8d-9e0f-1a2b3c4d5e6f
        name: Northwind Tooling
        type: azure
        offer: MS-AZR-0003P
        owner: priya.raman@northwindmsp.com
        createdBy: priya.raman@northwindmsp.com
${LANDING_ZONE_ENTRY}    managementGroups:
      - id: mg-onboarding
        name: Onboarding
        subscriptions: [2f3e4d5c-6b7a-4c8d-9e0f-1a2b3c4d5e6f, 7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f]
`;

/** The customer's file writes its lists without indentation under their keys. */
const CUSTOMER = `# Contoso, a customer of Northwind Managed Services.
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
  - upn: tom.becker@northwindmsp.com
  subscriptions:
  - id: 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
    name: Microsoft 365 E3
    type: office365
    plan: Microsoft 365 E3
    licenses: 120
    createdBy: alice@contoso.com
`;

/** The provider's file after the transfer: the entry gone, and its id out of the management group. */
const PROVIDER_AFTER = PROVIDER.replace(LANDING_ZONE_ENTRY, '').replace(', 7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f]', ']');

/** The customer's file after the transfer: the entry at the end of Contoso's subscriptions, at this file's indentation, its assignments pending. */
const CUSTOMER_AFTER = `${CUSTOMER}  # Built for Contoso during onboarding; handed over once signed off.
  - id: 7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f
    name: Contoso Landing Zone
    type: azure
    offer: MS-AZR-0003P
    owner: alice@contoso.com             # Contoso pays for it
    createdBy: priya.raman@northwindmsp.com
    transferredFrom: 5b7c2e91-3d4f-4a6b-9c8d-0e1f2a3b4c5d
    pendingRoleAssignments:
      - { principal: alice@contoso.com, role: Owner, fromDirectory: 5b7c2e91-3d4f-4a6b-9c8d-0e1f2a3b4c5d }
      - { principal: tom.becker@northwindmsp.com, role: Contributor, fromDirectory: 5b7c2e91-3d4f-4a6b-9c8d-0e1f2a3b4c5d }
`;

describe('a transfer between two files of an estate', function () {
  this.timeout(60_000);
  const { file, write, delete: deleteFolder } = suiteFolder('msp-handover');
  const provider = () => file('northwind-msp.tenancy.yaml');
  const customer = () => file('contoso.tenancy.yaml');
  const codes = (uri: vscode.Uri) => tenancyDiagnostics(vscode.languages.getDiagnostics(uri)).map((d) => `${codeOf(d)} ${vscode.DiagnosticSeverity[d.severity]}`).sort();
  const store = () => vscode.extensions.getExtension<{ store: { all(): unknown[] } }>(EXTENSION_ID)!.exports.store;
  const planted = ['ASC001 Warning', 'OWN002 Error'];

  const ready = async () => {
    await waitFor(() => codes(provider()).join() === planted.join() && codes(customer()).length === 0, {
      timeoutMs: 20_000, message: () => `the provider's landing-zone problems (provider: ${describeDiagnostics(vscode.languages.getDiagnostics(provider()))}; customer: ${codes(customer()).join(', ')})`,
    });
  };

  before(async () => {
    await write('northwind-msp.tenancy.yaml', PROVIDER);
    await write('contoso.tenancy.yaml', CUSTOMER);
    await ready();
  });

  afterEach(async () => {
    // Nothing is saved: closing without saving brings both files back to their text on disk.
    await closeAllEditorsDiscarding();
    for (const uri of [provider(), customer()]) {
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (document?.isDirty) {
        await vscode.window.showTextDocument(document);
        await vscode.commands.executeCommand('workbench.action.files.revert');
      }
    }
    await closeAllEditorsDiscarding();
    await ready();
  });

  after(async () => {
    await deleteFolder();
    await waitFor(() => store().all().length === 1, { timeoutMs: 20_000, message: 'only the fixture file left' });
  });

  it("moves the entry into the customer's file in one edit, both files' diagnostics follow, and one Undo restores both exactly", async () => {
    const document = await vscode.workspace.openTextDocument(provider());
    await vscode.window.showTextDocument(document);
    const result = await vscode.commands.executeCommand<CommandResult & { offered?: string }>(COMMANDS.transferSubscription, {
      uri: provider(), subscriptionId: LANDING_ZONE, targetDirectoryId: CONTOSO, confirm: true,
    });
    assert.equal(result.applied, true, result.reason);
    assert.equal(result.offered, 'recreateRoleAssignments');
    const target = vscode.workspace.textDocuments.find((d) => d.uri.toString() === customer().toString())!;
    assert.equal(document.getText(), PROVIDER_AFTER);
    assert.equal(target.getText(), CUSTOMER_AFTER);
    assert.ok(document.isDirty && target.isDirty, 'both files edited, neither saved');

    // The moved subscription is shown where it is now.
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), customer().toString());
    assert.equal(editor.document.lineAt(editor.selection.active.line).text, '  - id: 7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f');

    // The provider's problems about the landing zone are gone; the customer's file records the transfer (CRT001, information).
    await waitFor(() => codes(provider()).length === 0 && codes(customer()).join() === 'CRT001 Information', {
      timeoutMs: 10_000, message: () => `the diagnostics of both files after the transfer (provider: ${codes(provider()).join(', ')}; customer: ${codes(customer()).join(', ')})`,
    });

    await vscode.commands.executeCommand('undo');
    await waitFor(() => document.getText() === PROVIDER && target.getText() === CUSTOMER, {
      timeoutMs: 10_000, message: 'both files restored by one undo',
    });
    await waitFor(() => codes(provider()).join() === planted.join() && codes(customer()).length === 0, {
      timeoutMs: 10_000, message: () => `the diagnostics back after undo (provider: ${codes(provider()).join(', ')}; customer: ${codes(customer()).join(', ')})`,
    });
  });

  it("offers the other file's directory as the suggested target, and previews the move between files", async () => {
    const document = await vscode.workspace.openTextDocument(provider());
    await vscode.window.showTextDocument(document);
    // Enter takes the first directory offered: the suggested one, Contoso, in the other file.
    const result = await acceptUntilDone(vscode.commands.executeCommand<CommandResult>(COMMANDS.transferSubscription, { uri: provider(), subscriptionId: LANDING_ZONE, previewOnly: true }));
    assert.equal(result.reason, 'preview');
    assert.match(result.preview ?? '', /## Transfer Contoso Landing Zone from Northwind Managed Services to Contoso/);
    assert.match(result.preview ?? '', /its entry moves from `northwind-msp\.tenancy\.yaml` to `contoso\.tenancy\.yaml`/);
    assert.match(result.preview ?? '', /\| alice@contoso\.com \| Owner \| \/ \| yes \(member\) \|/);
    assert.equal(document.getText(), PROVIDER, 'a preview edits nothing');
  });

  it("recreates the pending assignments in the customer's file, run from the provider's file", async () => {
    const document = await vscode.workspace.openTextDocument(provider());
    await vscode.window.showTextDocument(document);
    const moved = await vscode.commands.executeCommand<CommandResult>(COMMANDS.transferSubscription, { uri: provider(), subscriptionId: LANDING_ZONE, targetDirectoryId: CONTOSO, confirm: true });
    assert.equal(moved.applied, true, moved.reason);
    const result = await vscode.commands.executeCommand<CommandResult>(COMMANDS.recreateRoleAssignments, { uri: provider(), subscriptionId: LANDING_ZONE });
    assert.equal(result.applied, true, result.reason);
    const target = vscode.workspace.textDocuments.find((d) => d.uri.toString() === customer().toString())!;
    assert.ok(target.getText().endsWith(`    transferredFrom: 5b7c2e91-3d4f-4a6b-9c8d-0e1f2a3b4c5d
    roleAssignments:
      - { principal: alice@contoso.com, role: Owner }
      - { principal: tom.becker@northwindmsp.com, role: Contributor }
`), target.getText());
    assert.equal(document.getText(), PROVIDER_AFTER, "the provider's file is not touched again");
  });
});
