/**
 * Follows the editor's cursor in the tree (`tenancy.tree.followCursor`): when the cursor rests in a
 * workspace file, the entry under it is revealed and selected, without taking focus from the editor.
 */
import * as vscode from 'vscode';
import type { TreeNode } from './treeNode';
import type { WorkspaceTreeProvider } from './workspaceTree';

const DELAY_MS = 250;

export function followCursor(provider: WorkspaceTreeProvider, view: vscode.TreeView<TreeNode>): vscode.Disposable {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastId: string | undefined;
  const listener = vscode.window.onDidChangeTextEditorSelection((event) => {
    clearTimeout(timer);
    if (!view.visible || !vscode.workspace.getConfiguration('tenancy').get('tree.followCursor', true)) return;
    const { document } = event.textEditor;
    if (!/\.tenancy\.ya?ml$/i.test(document.uri.path) && !provider.hasFile(document.uri)) return;
    timer = setTimeout(() => {
      const node = provider.nodeAt(document.uri, document.offsetAt(event.selections[0].active));
      if (!node || node.id === lastId) return;
      lastId = node.id;
      view.reveal(node, { select: true, focus: false, expand: false }).then(undefined, () => undefined);
    }, DELAY_MS);
  });
  return { dispose: () => { clearTimeout(timer); listener.dispose(); } };
}
