/** Long lists show one page at a time, then a "Show N more…" node: a 50,000-user directory opens instantly. */
import * as vscode from 'vscode';
import type { BuildContext, TreeNode } from './treeNode';

export const SHOW_MORE_COMMAND = 'tenancy.tree.showMore';

/**
 * The children of a list node: nodes for the items of the pages shown, plus "Show N more…" if any are
 * left. At the top of the tree the list has an id but no node.
 */
export interface PagedList {
  /** The id pages are counted by. */
  id: string;
  /** The node the items hang under (`undefined` at the top of the tree). */
  node: TreeNode | undefined;
  uri: TreeNode['uri'];
}

export function pagedChildren<T>(context: BuildContext, list: PagedList, items: readonly T[], build: (item: T) => TreeNode): TreeNode[] {
  const shown = context.shown(list.id);
  const children = items.slice(0, shown).map(build);
  if (items.length > shown) {
    const more = Math.min(context.pageSize, items.length - shown);
    children.push({
      id: `${list.id}/more`, parent: list.node, uri: list.uri, kind: 'showMore',
      label: vscode.l10n.t('Show {0} more…', more),
      description: vscode.l10n.t('{0} of {1} shown', shown, items.length),
      icon: 'ellipsis', span: { start: 0, end: 0 }, contextValue: 'showMore',
      command: { command: SHOW_MORE_COMMAND, title: vscode.l10n.t('Show more'), arguments: [list.id] },
    });
  }
  return children;
}
