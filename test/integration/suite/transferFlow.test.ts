/**
 * The transfer flow as a user meets it: the pickers start from the subscription under the cursor and
 * suggest a target, the preview opens beside the file rendered by VS Code's Markdown preview (its
 * source a read-only document naming the consequences), Enter on the confirmation cancels; after a transfer the moved subscription is
 * selected in the editor and the tree, and recreating the role assignments is offered.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CommandResult } from '../../../src/vscode/commands/context';
import { COMMANDS } from '../../../src/vscode/commands/ids';
import { closeAllEditorsDiscarding, EXTENSION_ID, lineOf, openFixture, renderedTransferTab as renderedTab, revertFixture, waitFor } from './helpers';
import { acceptUntilDone } from './quickPicks';

const FABRIKAM = '1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a';
const PRODUCTION = '0b1e5a7c-2f4d-4e6a-8b9c-0d1e2f3a4b5c';

interface Node { label: string }
const view = () => vscode.extensions.getExtension<{ view: vscode.TreeView<Node> }>(EXTENSION_ID)!.exports.view;

/** The preview's source: a read-only document with no file behind it. */
function previewSource(name: string): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'tenancy-transfer' && d.getText().includes(name));
}

describe('transfer flow', function () {
  this.timeout(60_000);
  let document: vscode.TextDocument;

  before(async () => {
    document = await openFixture();
  });

  afterEach(async () => {
    await revertFixture(document);
  });

  after(closeAllEditorsDiscarding);

  it('starts from the subscription under the cursor, suggests the target, previews beside the file, and Enter cancels', async () => {
    const editor = await vscode.window.showTextDocument(document);
    const line = lineOf(document, 'name: Contoso Analytics');
    editor.selection = new vscode.Selection(line, 10, line, 10);
    const before = document.getText();
    // Enter in each picker in turn: the first subscription offered, the first directory offered, then the confirmation.
    const result = await acceptUntilDone(vscode.commands.executeCommand<CommandResult>(COMMANDS.transferSubscription));
    assert.equal(result.applied, false);
    assert.equal(result.reason, 'cancelled', 'Enter on the confirmation is Cancel');
    assert.equal(document.getText(), before, 'nothing edited');
    const tab = await waitFor(() => renderedTab('Contoso Analytics'), { message: () => `the rendered preview of Contoso Analytics among ${vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label).join(', ')}` });
    assert.notEqual(tab.group.viewColumn, editor.viewColumn, 'beside the workspace file');
    assert.ok(!vscode.window.visibleTextEditors.some((e) => e.document.uri.scheme === 'tenancy-transfer'), 'rendered, not its Markdown source');
    const source = previewSource('Contoso Analytics');
    assert.ok(source, 'the subscription under the cursor was offered first');
    const text = source.getText();
    assert.match(text, /Fabrikam/, 'the suggested target');
    assert.match(text, /- \[ \] \*\*/, 'the checklist is in the preview');
    assert.equal(source.languageId, 'markdown');
  });

  it('the preview names what Azure deletes, and edits nothing', async () => {
    const result = await vscode.commands.executeCommand<CommandResult>(COMMANDS.transferSubscription, { uri: document.uri, subscriptionId: PRODUCTION, targetDirectoryId: FABRIKAM, previewOnly: true });
    assert.equal(result.applied, false);
    await waitFor(() => renderedTab('Contoso Production'), { message: 'the rendered preview of Contoso Production' });
    const preview = previewSource('Contoso Production')!;
    const text = preview.getText();
    for (const expected of ['alice@contoso.com', 'bob@contoso.com', 'carol@fabrikam.com', 'Key Vault', 'learn.microsoft.com']) assert.ok(text.includes(expected), `the preview names ${expected}`);
    assert.equal(preview.uri.scheme, 'tenancy-transfer', 'a document with no file behind it: VS Code opens it read-only');
    assert.ok(!document.isDirty, 'a preview edits nothing');
  });

  it('after the transfer: the moved subscription is selected in the editor and the tree, and the recreate step is offered', async () => {
    const result = await vscode.commands.executeCommand<CommandResult & { offered?: string }>(COMMANDS.transferSubscription, { uri: document.uri, subscriptionId: PRODUCTION, targetDirectoryId: FABRIKAM, confirm: true });
    assert.equal(result.applied, true, result.reason);
    assert.equal(result.offered, 'recreateRoleAssignments');
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), document.uri.toString());
    const selected = document.lineAt(editor.selection.active.line).text;
    assert.match(selected, /- id: 0b1e5a7c-2f4d-4e6a-8b9c-0d1e2f3a4b5c/);
    assert.ok(editor.selection.active.line > lineOf(document, 'name: Fabrikam'), 'the subscription now sits in Fabrikam');
    await waitFor(() => view().selection[0]?.label === 'Contoso Production', { message: () => `Contoso Production selected in the tree, not ${view().selection.map((n) => n.label).join(', ')}` });
  });
});
