/** Nodes for single entities (users, guests, subscriptions, role assignments), shared by every grouping. */
import * as vscode from 'vscode';
import type { Guest, RoleAssignment, Subscription, User } from '../../core/model';
import type { BuildContext, TreeNode } from './treeNode';
import { siblingIds } from './treeNode';
import { withPrincipalKind } from './principalNodes';

export function userNode(parent: TreeNode, user: User, id: string): TreeNode {
  return {
    id, parent, uri: parent.uri, kind: 'user', entity: user, span: user,
    label: user.upn?.value ?? '?',
    description: [user.displayName?.value, ...user.roles.map((r) => r.value), user.enabled ? undefined : vscode.l10n.t('disabled')].filter(Boolean).join(' · '),
    icon: user.enabled ? 'person' : 'circle-slash', contextValue: 'user',
  };
}

export function guestNode(parent: TreeNode, guest: Guest, id: string): TreeNode {
  return {
    id, parent, uri: parent.uri, kind: 'guest', entity: guest, span: guest,
    label: guest.upn?.value ?? '?',
    description: [guest.displayName?.value, ...guest.roles.map((r) => r.value), guest.external ? vscode.l10n.t('external') : undefined].filter(Boolean).join(' · '),
    icon: 'person-add', contextValue: 'guest',
  };
}

export function subscriptionTypeLabel(subscription: Subscription): string {
  return subscription.type?.value === 'office365' ? 'Office 365' : subscription.type?.value === 'azure' ? 'Azure' : vscode.l10n.t('unknown type');
}

/** A subscription; an Azure one lists its role assignments (and those waiting after a transfer) as children. */
export function subscriptionNode(context: BuildContext, parent: TreeNode, subscription: Subscription, id: string, textMatched = true): TreeNode {
  const node: TreeNode = {
    id, parent, uri: parent.uri, kind: 'subscription', entity: subscription, span: subscription,
    label: subscription.alias ? `${subscription.name?.value ?? '?'} (${subscription.alias.value})` : subscription.name?.value ?? subscription.id?.value ?? '?',
    description: [subscriptionTypeLabel(subscription), subscription.owner?.value, subscription.state !== 'active' ? stateLabel(subscription.state) : undefined].filter(Boolean).join(' · '),
    icon: subscription.type?.value === 'office365' ? 'mail' : 'azure',
    // `.pending`: role assignments wait to be recreated after a transfer (only then is "Recreate" offered).
    contextValue: `subscription.${subscription.type?.value ?? 'unknown'}${subscription.pendingRoleAssignments.length > 0 ? '.pending' : ''}`,
  };
  const assignments = [...subscription.roleAssignments, ...subscription.pendingRoleAssignments];
  if (assignments.length > 0) {
    node.children = () => {
      const ids = siblingIds();
      const pending = new Set(subscription.pendingRoleAssignments);
      return assignments
        .filter((a) => context.filter.passes(a, textMatched))
        .map((a) => withPrincipalKind(context, assignmentNode(node, a, ids(`ra:${a.principal?.value}:${a.role?.value}:${a.scope?.value ?? ''}`), pending.has(a))));
    };
  }
  return node;
}

/** A role assignment: the role first (a UPN is long enough to hide it at the default width), then who holds it. */
export function assignmentNode(parent: TreeNode, assignment: RoleAssignment, id: string, pending = false): TreeNode {
  return {
    id: `${parent.id}/${id}`, parent, uri: parent.uri, kind: 'roleAssignment', entity: assignment, span: assignment,
    label: assignment.role?.value ?? '?',
    description: [pending ? vscode.l10n.t('pending: recreate after transfer') : undefined, assignment.principal?.value, assignment.scope?.value].filter(Boolean).join(' · '),
    icon: pending ? 'history' : 'key', contextValue: pending ? 'pendingRoleAssignment' : 'roleAssignment',
  };
}

export function stateLabel(state: Subscription['state']): string {
  switch (state) {
    case 'active': return vscode.l10n.t('active');
    case 'disabled': return vscode.l10n.t('disabled');
    case 'expired': return vscode.l10n.t('expired');
    case 'deleted': return vscode.l10n.t('deleted');
  }
}
