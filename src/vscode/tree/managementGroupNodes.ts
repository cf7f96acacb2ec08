/**
 * A directory's management groups as the hierarchy Azure shows: the tenant root group (listed or
 * not), the groups under their parents, the subscriptions placed in each (those placed nowhere sit
 * directly under the root), and each group's own role assignments, inherited by everything below.
 * Safe on parent cycles: a group already on the way down is not expanded again.
 */
import * as vscode from 'vscode';
import { count } from '../count';
import { fold } from '../../core/model';
import type { Directory, ManagementGroup, RoleAssignment, Subscription } from '../../core/model';
import { rootManagementGroup } from '../../core/principals';
import { assignmentNode, subscriptionNode } from './entries';
import { principalOf } from './heldAssignments';
import { principalKindWord } from './principalNodes';
import type { BuildContext, TreeNode } from './treeNode';
import { siblingIds } from './treeNode';

/** "Management groups" under a directory that lists some; undefined otherwise (or when the filter hides them all). */
export function managementGroupList(context: BuildContext, parent: TreeNode, directory: Directory, directoryMatched: boolean): TreeNode | undefined {
  if (directory.managementGroups.length === 0) return undefined;
  const { filter } = context;
  if (filter.active && !directory.managementGroups.some((g) => filter.passes(g, directoryMatched, g))) return undefined;
  const keySpan = directory.keys.managementGroups ?? directory.head;
  const last = directory.managementGroups[directory.managementGroups.length - 1];
  const node: TreeNode = {
    id: `${parent.id}/managementGroups`, parent, uri: context.uri, kind: 'group', span: keySpan, region: { start: keySpan.start, end: Math.max(keySpan.end, last.end) },
    label: vscode.l10n.t('Management groups'), description: String(directory.managementGroups.length), icon: 'type-hierarchy', contextValue: 'group.managementGroups',
  };
  node.children = () => [rootNode(context, node, directory)];
  return node;
}

function rootNode(context: BuildContext, parent: TreeNode, directory: Directory): TreeNode {
  const root = rootManagementGroup(directory);
  const placed = new Set(directory.managementGroups.flatMap((g) => g.subscriptions.map((s) => fold(s.value))));
  const direct = directory.subscriptions.filter((s) => s.type?.value === 'azure' && s.id && !placed.has(fold(s.id.value)));
  const node: TreeNode = {
    id: `${parent.id}/root`, parent, uri: context.uri, kind: 'managementGroup', entity: root ?? directory,
    span: root ?? parent.span, region: root,
    label: root?.name?.value ?? vscode.l10n.t('Tenant Root Group'),
    description: [vscode.l10n.t('tenant root group'), root?.roleAssignments.length ? count(root.roleAssignments.length, 'roleAssignment') : ''].filter(Boolean).join(' · '),
    icon: 'type-hierarchy', contextValue: 'managementGroup.root',
  };
  node.children = () => childrenOf(context, node, directory, root, direct, root ? [root] : []);
  return node;
}

function managementGroupNode(context: BuildContext, parent: TreeNode, directory: Directory, group: ManagementGroup, id: string, path: readonly ManagementGroup[]): TreeNode {
  const cycle = path.includes(group);
  const subscriptions = group.subscriptions.map((ref) => ({ ref, subscription: directory.subscriptions.find((s) => s.id && fold(s.id.value) === fold(ref.value)) }));
  const node: TreeNode = {
    id, parent, uri: context.uri, kind: 'managementGroup', entity: group, span: group,
    label: group.name?.value ?? group.id?.value ?? '?',
    description: cycle ? vscode.l10n.t('parent cycle: already above')
      : [group.id?.value, group.subscriptions.length ? count(group.subscriptions.length, 'subscription') : '', group.roleAssignments.length ? count(group.roleAssignments.length, 'roleAssignment') : ''].filter(Boolean).join(' · '),
    icon: cycle ? 'sync' : 'type-hierarchy', contextValue: 'managementGroup',
  };
  if (!cycle) node.children = () => childrenOf(context, node, directory, group, subscriptions, [...path, group]);
  return node;
}

type Placed = Subscription | { ref: { value: string; start: number; end: number }; subscription?: Subscription };

/** Child groups, then the subscriptions placed here, then the group's own role assignments. */
function childrenOf(context: BuildContext, node: TreeNode, directory: Directory, group: ManagementGroup | undefined, placed: readonly Placed[], path: readonly ManagementGroup[]): TreeNode[] {
  const ids = siblingIds();
  const tenant = directory.id ? fold(directory.id.value) : undefined;
  const root = rootManagementGroup(directory);
  const isChild = (g: ManagementGroup) => {
    if (g === root) return false;
    const parent = g.parent ? fold(g.parent.value) : undefined;
    if (!group || group === root) return parent === undefined || parent === tenant;
    return parent !== undefined && group.id !== undefined && parent === fold(group.id.value);
  };
  const children: TreeNode[] = directory.managementGroups.filter(isChild)
    .map((g) => managementGroupNode(context, node, directory, g, `${node.id}/${ids(`mg:${g.id?.value}`)}`, path));
  for (const item of placed) {
    const subscription = 'kind' in item ? item : item.subscription;
    if (subscription) {
      children.push(subscriptionNode(context, node, subscription, `${node.id}/${ids(`sub:${subscription.id?.value}`)}`));
    } else if (!('kind' in item)) {
      children.push({
        id: `${node.id}/${ids(`sub:${item.ref.value}`)}`, parent: node, uri: context.uri, kind: 'member', label: item.ref.value,
        description: vscode.l10n.t('not a subscription of this directory'), icon: 'question', span: item.ref, contextValue: 'member',
      });
    }
  }
  for (const assignment of group?.roleAssignments ?? []) children.push(managementGroupAssignment(context, node, directory, assignment, ids));
  return children;
}

function managementGroupAssignment(context: BuildContext, parent: TreeNode, directory: Directory, assignment: RoleAssignment, ids: (base: string) => string): TreeNode {
  const node = assignmentNode(parent, assignment, ids(`ra:${assignment.principal?.value}:${assignment.role?.value}`));
  const kind = principalKindWord(principalOf(context.analysis, directory, assignment));
  node.description = [kind && vscode.l10n.t('{0} ({1})', assignment.principal?.value ?? '?', kind), kind ? '' : assignment.principal?.value, vscode.l10n.t('inherited by everything below')].filter(Boolean).join(' · ');
  node.icon = 'type-hierarchy';
  node.contextValue = 'managementGroupRoleAssignment';
  return node;
}
