/**
 * Grouping "by owner": who owns which subscription. Azure subscriptions sit under the user who owns
 * them; Office 365 subscriptions under the directory that owns them; the rest under "No owner".
 */
import * as vscode from 'vscode';
import type { Subscription } from '../../core/model';
import { subscriptionNode } from './entries';
import { count as countOf } from '../count';
import { pagedChildren } from './paging';
import type { BuildContext, TreeNode } from './treeNode';
import { siblingIds } from './treeNode';

interface OwnerGroup {
  key: string;
  label: string;
  description: string;
  icon: string;
  /** What selecting the owner shows: the account's entry, or its first `owner:` value. */
  span: { start: number; end: number };
  subscriptions: Subscription[];
  /** Whether the owner's own name matched the filter text: then all its subscriptions show. */
  matched: boolean;
}

export function ownerNodes(context: BuildContext, parent: TreeNode | undefined, parentId: string): TreeNode[] {
  const groups = ownerGroups(context);
  return pagedChildren(context, { id: parentId, uri: context.uri, node: parent }, groups, (group) => {
    const node: TreeNode = {
      id: `${parentId}/${group.key}`, parent, uri: context.uri, kind: 'owner', label: group.label, description: group.description,
      icon: group.icon, span: group.span, contextValue: 'owner',
    };
    node.children = () => {
      const ids = siblingIds();
      return group.subscriptions.map((s) => subscriptionNode(context, node, s, `${node.id}/${ids(`sub:${s.id?.value}`)}`, group.matched || context.filter.matchesText(s)));
    };
    return node;
  });
}

function ownerGroups(context: BuildContext): OwnerGroup[] {
  const { index } = context.analysis;
  const { filter } = context;
  const count = (n: number) => countOf(n, 'subscription');
  const groups: OwnerGroup[] = [];
  const keep = (group: Omit<OwnerGroup, 'matched' | 'subscriptions'>, all: Subscription[], matched: boolean) => {
    const subscriptions = all.filter((s) => filter.passes(s, matched));
    if (subscriptions.length > 0 || !filter.active) groups.push({ ...group, subscriptions, matched });
  };

  const owners = [...index.subscriptionsByOwner].sort(([a], [b]) => a.localeCompare(b));
  for (const [key, subscriptions] of owners) {
    const upn = subscriptions[0].owner!;
    const member = index.member(upn.value);
    const home = member && index.directoryOf(member);
    keep({
      key: `owner:${key}`, label: upn.value, icon: member ? 'person' : 'question',
      description: [home?.name?.value ?? vscode.l10n.t('not a member of any directory in this file'), count(subscriptions.length)].join(' · '),
      span: member ?? upn,
    }, subscriptions, member ? filter.matchesText(member) : filter.matchesStrings([upn.value]));
  }
  for (const directory of index.directories) {
    const office = directory.subscriptions.filter((s) => s.type?.value === 'office365');
    if (office.length === 0) continue;
    keep({
      key: `dir:${directory.id?.value ?? directory.index}`, label: directory.name?.value ?? directory.id?.value ?? '?', icon: 'organization',
      description: office.length === 1 ? vscode.l10n.t('directory · 1 Office 365 subscription') : vscode.l10n.t('directory · {0} Office 365 subscriptions', office.length), span: directory.head,
    }, office, filter.matchesText(directory));
  }
  const unowned = index.subscriptions.filter((s) => !s.owner && s.type?.value !== 'office365');
  if (unowned.length > 0) {
    keep({ key: 'no-owner', label: vscode.l10n.t('No owner'), icon: 'circle-slash', description: count(unowned.length), span: unowned[0].head }, unowned, false);
  }
  return groups;
}
