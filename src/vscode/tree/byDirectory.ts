/** The default grouping, as the file is written: directory → Users / Guests / Subscriptions → entries. */
import * as vscode from 'vscode';
import type { AnyEntity, Directory, Span, Subscription } from '../../core/model';
import { guestNode, subscriptionNode, userNode } from './entries';
import { managementGroupList } from './managementGroupNodes';
import { pagedChildren } from './paging';
import { principalLists } from './principalNodes';
import type { BuildContext, TreeNode } from './treeNode';
import { extentOf, siblingIds } from './treeNode';

export function directoryNodes(context: BuildContext, parent: TreeNode | undefined, parentId: string): TreeNode[] {
  const ids = siblingIds();
  const nodes: TreeNode[] = [];
  for (const directory of context.analysis.workspace.directories) {
    // Groups, service principals and management groups keep a directory in view too (a filter matching a group).
    const shown = visibleEntries(context, directory) ?? (hasPrincipals(context, directory) ? emptyVisible() : undefined);
    if (!shown) continue;
    const name = directory.name?.value ?? directory.id?.value ?? '?';
    const node: TreeNode = {
      id: `${parentId}/${ids(`dir:${directory.id?.value ?? directory.index}`)}`, parent, uri: context.uri, kind: 'directory',
      entity: directory, span: directory.head, region: directory,
      // The tenant id is in the tooltip: as the description it hid the problem counts at the default width.
      label: directory.alias ? `${name} (${directory.alias.value})` : name,
      icon: 'organization', contextValue: 'directory',
    };
    node.children = () => [
      group(context, node, directory, 'users', vscode.l10n.t('Users'), vscode.l10n.t('No users'), shown.users, (list, user, id) => userNode(list, user, id), (u) => `user:${u.upn?.value}`),
      group(context, node, directory, 'guests', vscode.l10n.t('Guests'), vscode.l10n.t('No guests'), shown.guests, (list, guest, id) => guestNode(list, guest, id), (g) => `guest:${g.upn?.value}`),
      group(context, node, directory, 'subscriptions', vscode.l10n.t('Subscriptions'), vscode.l10n.t('No subscriptions'), shown.subscriptions,
        (list, subscription, id) => subscriptionNode(context, list, subscription, id, shown.textMatched.has(subscription)), (s) => `sub:${s.id?.value}`),
      ...principalLists(context, node, directory, context.filter.matchesText(directory)),
      managementGroupList(context, node, directory, context.filter.matchesText(directory)),
    ].filter((g): g is TreeNode => g !== undefined);
    nodes.push(node);
  }
  return nodes;
}

interface Visible {
  users: Directory['users'];
  guests: Directory['guests'];
  subscriptions: Subscription[];
  /** Subscriptions whose own text (or their directory's) matched: all their assignments show. */
  textMatched: Set<Subscription>;
  filtered: boolean;
}

/** The entries of a directory that pass the filter; `undefined` when the directory is filtered out. */
function visibleEntries(context: BuildContext, directory: Directory): Visible | undefined {
  const { filter } = context;
  if (!filter.active) return { users: directory.users, guests: directory.guests, subscriptions: directory.subscriptions, textMatched: new Set(directory.subscriptions), filtered: false };
  const directoryMatched = filter.matchesText(directory);
  const users = directory.users.filter((u) => filter.passes(u, directoryMatched));
  const guests = directory.guests.filter((g) => filter.passes(g, directoryMatched));
  const textMatched = new Set<Subscription>();
  const subscriptions = directory.subscriptions.filter((s) => {
    const own = directoryMatched || filter.matchesText(s);
    if (own) textMatched.add(s);
    return (own || [...s.roleAssignments, ...s.pendingRoleAssignments].some((a) => filter.matchesText(a))) && filter.passes(s, true);
  });
  const directoryItself = directoryMatched && (!filter.settings.problemsOnly || filter.hasProblems(directory.head));
  if (!directoryItself && users.length + guests.length + subscriptions.length === 0) return undefined;
  return { users, guests, subscriptions, textMatched, filtered: true };
}

function group<T extends AnyEntity & Span>(
  context: BuildContext, parent: TreeNode, directory: Directory, key: 'users' | 'guests' | 'subscriptions',
  label: string, emptyLabel: string, entities: readonly T[], build: (list: TreeNode, entity: T, id: string) => TreeNode, idOf: (entity: T) => string,
): TreeNode | undefined {
  const all = directory[key] as unknown as readonly T[];
  if (context.filter.active && entities.length === 0) return undefined;
  const keySpan = directory.keys[key] ?? directory.head;
  const node: TreeNode = {
    id: `${parent.id}/${key}`, parent, uri: context.uri, kind: 'group', span: keySpan, region: extentOf(all, keySpan),
    label, description: entities.length === all.length ? String(all.length) : vscode.l10n.t('{0} of {1}', entities.length, all.length),
    icon: 'list-flat', contextValue: `group.${key}`, emptyLabel,
  };
  node.children = () => {
    const ids = siblingIds();
    return pagedChildren(context, { id: node.id, node, uri: context.uri }, entities, (entity) => build(node, entity, `${node.id}/${ids(idOf(entity))}`));
  };
  return node;
}

function hasPrincipals(context: BuildContext, directory: Directory): boolean {
  const { filter } = context;
  const matched = filter.matchesText(directory);
  return [...directory.groups, ...directory.servicePrincipals, ...directory.managementGroups].some((e) => filter.passes(e, matched));
}

function emptyVisible(): Visible {
  return { users: [], guests: [], subscriptions: [], textMatched: new Set(), filtered: true };
}
