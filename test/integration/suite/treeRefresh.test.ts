/**
 * The Tenancy tree is refreshed while it is visible only: typing with the view hidden costs it nothing,
 * and showing it again refreshes it once, with what changed meanwhile.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, codeOf, openFixture, revertFixture, tenancyDiagnostics, waitFor, waitForDiagnostics } from './helpers';

interface Node { label: string; kind: string }
interface TestApi { tree: vscode.TreeDataProvider<Node>; view: vscode.TreeView<Node> }

describe('the tree while it is hidden', function () {
  this.timeout(60_000);
  const api = () => vscode.extensions.getExtension<TestApi>(EXTENSION_ID)!.exports;

  it('is not refreshed by edits while hidden, and is refreshed with them when shown', async () => {
    const document = await openFixture();
    try {
      await vscode.commands.executeCommand('tenancy.workspaceTree.focus');
      await waitFor(() => api().view.visible, { message: 'the Tenancy view shown' });
      await vscode.commands.executeCommand('workbench.view.explorer');
      await waitFor(() => !api().view.visible, { message: 'the Tenancy view hidden by the Explorer' });

      let refreshes = 0;
      const listener = api().tree.onDidChangeTreeData!(() => refreshes++);
      try {
        // Fixing the misspelt role: the RBA002 goes, the tree's marks change.
        const at = document.getText().indexOf('role: Contributer') + 'role: '.length;
        const edit = new vscode.WorkspaceEdit();
        edit.replace(document.uri, new vscode.Range(document.positionAt(at), document.positionAt(at + 'Contributer'.length)), 'Contributor');
        assert.ok(await vscode.workspace.applyEdit(edit));
        await waitForDiagnostics(document.uri, (all) => !tenancyDiagnostics(all).some((d) => codeOf(d) === 'RBA002'), { message: 'the RBA002 fixed' });
        assert.equal(refreshes, 0, 'no refresh while hidden');

        await vscode.commands.executeCommand('tenancy.workspaceTree.focus');
        await waitFor(() => api().view.visible && refreshes === 1, { message: () => `one refresh once shown (visible: ${api().view.visible}, refreshes: ${refreshes})` });
        // Contoso, a root of its own or under the fixture's file when other files are in the workspace, counts one error left.
        let nodes = (await api().tree.getChildren()) ?? [];
        const file = nodes.find((n) => n.kind === 'file' && n.label.endsWith('contoso.tenancy.yaml'));
        if (file) nodes = (await api().tree.getChildren(file)) ?? [];
        const contoso = nodes.find((n) => n.label === 'Contoso');
        assert.ok(contoso, `Contoso among ${nodes.map((n) => n.label).join(', ')}`);
        assert.equal(String((await api().tree.getTreeItem(contoso)).description), '✕1', 'the fixed role no longer counted');
      } finally {
        listener.dispose();
      }
    } finally {
      await revertFixture(document);
    }
  });
});
