/**
 * Diagnostics follow the document as the user types: they move after an edit, disappear when the
 * problem is fixed, and undo brings them back. The tree shows the file's directories with problem marks.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, codeOf, describeDiagnostics, tenancyDiagnostics, waitFor, waitForDiagnostics, workspaceRoot, diagnosticCodes } from './helpers';

interface TestApi {
  tree: vscode.TreeDataProvider<{ label: string; id: string }>;
}

describe('diagnostics as the user types', () => {
  let document: vscode.TextDocument;
  let editor: vscode.TextEditor;
  const codes = () => diagnosticCodes(document.uri);

  before(async () => {
    document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceRoot(), 'contoso.tenancy.yaml'));
    editor = await vscode.window.showTextDocument(document);
    await waitForDiagnostics(document.uri, (all) => tenancyDiagnostics(all).length === 2, { timeoutMs: 15_000, message: 'the two planted problems' });
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('a diagnostic sits on the offending value, with source, code link and a message that names it', () => {
    const typo = tenancyDiagnostics(vscode.languages.getDiagnostics(document.uri)).find((d) => codeOf(d) === 'RBA002')!;
    assert.equal(document.getText(typo.range), 'Contributer');
    assert.equal(typo.source, 'tenancy');
    const code = typo.code as { value: string; target: vscode.Uri };
    assert.match(code.target.path, /docs\/rules\/RBA002\.md$/);
    assert.match(typo.message, /Did you mean 'Contributor'/);
  });

  it('fixing the typo removes its diagnostic; undo brings it back', async () => {
    const typo = tenancyDiagnostics(vscode.languages.getDiagnostics(document.uri)).find((d) => codeOf(d) === 'RBA002')!;
    await editor.edit((edit) => edit.replace(typo.range, 'Contributor'));
    await waitFor(() => !codes().includes('RBA002'), { timeoutMs: 10_000, message: `RBA002 to disappear (now: ${codes().join(', ')})` });
    assert.deepEqual(codes(), ['OWN002']);
    await vscode.commands.executeCommand('undo');
    await waitFor(() => codes().includes('RBA002'), { timeoutMs: 10_000, message: 'RBA002 to come back after undo' });
  });

  it('an edit that breaks a rule adds a diagnostic at the right line, and lines above keep theirs', async () => {
    const before = tenancyDiagnostics(vscode.languages.getDiagnostics(document.uri)).find((d) => codeOf(d) === 'OWN002')!;
    // Insert a user with a domain the directory does not have, at the top of Contoso's users.
    const usersLine = document.getText().split('\n').findIndex((l) => /^\s+users:\s*$/.test(l));
    const indent = document.lineAt(usersLine + 1).text.match(/^\s*/)![0];
    await editor.edit((edit) => edit.insert(new vscode.Position(usersLine + 1, 0), `${indent}- upn: mallory@evil.example\n`));
    await waitFor(() => codes().includes('USR002'), { timeoutMs: 10_000, message: 'USR002 for the new user' });
    const all = tenancyDiagnostics(vscode.languages.getDiagnostics(document.uri));
    assert.equal(all.find((d) => codeOf(d) === 'USR002')!.range.start.line, usersLine + 1, describeDiagnostics(all));
    assert.equal(all.find((d) => codeOf(d) === 'OWN002')!.range.start.line, before.range.start.line + 1, 'OWN002 moved down one line');
    await vscode.commands.executeCommand('undo');
    await waitFor(() => !codes().includes('USR002'), { timeoutMs: 10_000, message: 'USR002 gone after undo' });
  });
});

describe('workspace tree', () => {
  it('lists the directories of the fixture, then their Users / Guests / Subscriptions groups', async () => {
    const api = vscode.extensions.getExtension<TestApi>(EXTENSION_ID)!.exports;
    const roots = await waitFor(async () => {
      const children = (await api.tree.getChildren()) ?? [];
      return children.length > 0 ? children : undefined;
    }, { timeoutMs: 10_000, message: 'tree roots' });
    const labels = await Promise.all(roots.map(async (n) => (await api.tree.getTreeItem(n)).label));
    assert.deepEqual(labels, ['Contoso', 'Fabrikam']);
    const contoso = await api.tree.getTreeItem(roots[0]);
    assert.doesNotMatch(String(contoso.description), /6f1c4a2e/, 'the tenant id is in the tooltip, not before the counts');
    assert.match(String(contoso.description), /^✕2/, 'Contoso carries its two errors, counted first');
    const groups = (await api.tree.getChildren(roots[0]))!;
    assert.deepEqual(await Promise.all(groups.map(async (g) => (await api.tree.getTreeItem(g)).label)), ['Users', 'Guests', 'Subscriptions']);
    const subscriptions = (await api.tree.getChildren(groups[2]))!;
    const items = await Promise.all(subscriptions.map((s) => api.tree.getTreeItem(s)));
    assert.ok(items.some((i) => /Office 365/.test(String(i.description))), 'an Office 365 subscription is labelled as such');
    assert.ok(items.every((i) => i.command?.command === 'vscode.open'), 'selecting a node reveals its YAML');
  });
});
