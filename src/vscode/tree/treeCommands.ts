/** The tree view's actions: filter, only problems, grouping, paging, reveal the cursor's entry. */
import * as vscode from 'vscode';
import { SHOW_MORE_COMMAND } from './paging';
import type { TreeNode } from './treeNode';
import type { GroupBy } from './treeState';
import type { WorkspaceTreeProvider } from './workspaceTree';

export const TREE_COMMANDS = {
  filter: 'tenancy.tree.filter',
  clearFilter: 'tenancy.tree.clearFilter',
  showOnlyProblems: 'tenancy.tree.showOnlyProblems',
  showAll: 'tenancy.tree.showAll',
  groupByDirectory: 'tenancy.tree.groupByDirectory',
  groupByOwner: 'tenancy.tree.groupByOwner',
  groupByUser: 'tenancy.tree.groupByUser',
  revealInTree: 'tenancy.revealInTree',
} as const;

export function registerTreeCommands(provider: WorkspaceTreeProvider, view: vscode.TreeView<TreeNode>): vscode.Disposable[] {
  const { state } = provider;
  const groupBy = (value: GroupBy) => async () => {
    const target = vscode.workspace.workspaceFolders ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await vscode.workspace.getConfiguration('tenancy').update('tree.groupBy', value === 'directory' ? undefined : value, target);
  };
  const describe = () => {
    // The view's title names the grouping: "Directories", "Subscription Owners", "Users and Access".
    view.title = state.groupBy === 'owner' ? vscode.l10n.t('Subscription Owners') : state.groupBy === 'user' ? vscode.l10n.t('Users and Access') : vscode.l10n.t('Directories');
    const { text, problemsOnly } = state.filter;
    const parts = [text.trim() && vscode.l10n.t('filter: “{0}”', text.trim()), problemsOnly && vscode.l10n.t('only problems')].filter(Boolean);
    view.description = parts.join(' · ') || undefined;
    const empty = parts.length > 0 && provider.getChildren().length === 0;
    view.message = empty ? vscode.l10n.t('Nothing matches the filter. Clear it to see every entry.') : undefined;
  };
  describe();
  return [
    vscode.commands.registerCommand(SHOW_MORE_COMMAND, (listId: string) => state.showMore(listId)),
    vscode.commands.registerCommand(TREE_COMMANDS.filter, async (text?: string) => {
      const value = typeof text === 'string' ? text : await vscode.window.showInputBox({
        title: vscode.l10n.t('Filter the Tenancy tree'),
        prompt: vscode.l10n.t('Shows entries whose name, UPN, id or role contains this text. Leave empty to clear.'),
        placeHolder: vscode.l10n.t('e.g. contoso.com, Owner, 6f1c4a2e'),
        value: state.filter.text,
      });
      if (value !== undefined) state.setFilter({ text: value });
    }),
    vscode.commands.registerCommand(TREE_COMMANDS.clearFilter, () => state.setFilter({ text: '' })),
    vscode.commands.registerCommand(TREE_COMMANDS.showOnlyProblems, () => state.setFilter({ problemsOnly: true })),
    vscode.commands.registerCommand(TREE_COMMANDS.showAll, () => state.setFilter({ problemsOnly: false })),
    vscode.commands.registerCommand(TREE_COMMANDS.groupByDirectory, groupBy('directory')),
    vscode.commands.registerCommand(TREE_COMMANDS.groupByOwner, groupBy('owner')),
    vscode.commands.registerCommand(TREE_COMMANDS.groupByUser, groupBy('user')),
    vscode.commands.registerCommand(TREE_COMMANDS.revealInTree, async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      const node = provider.nodeAt(editor.document.uri, editor.document.offsetAt(editor.selection.active));
      if (node) await view.reveal(node, { select: true, focus: true, expand: false });
      else void vscode.window.showInformationMessage(vscode.l10n.t('The cursor is not on an entry the Tenancy tree shows (check the tree’s filter and grouping).'));
    }),
    state.onDidChange(describe),
    provider.onDidChangeTreeData(describe),
  ];
}
