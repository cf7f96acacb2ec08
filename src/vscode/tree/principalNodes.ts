/**
 * A directory's groups and service principals in the tree. A group expands to its members — accounts,
 * service principals and nested groups, which expand in turn (a group met again on the way down is
 * shown once more as a leaf marked "membership cycle") — then to the role assignments it holds. A
 * service principal shows its kind and resource, the groups it is in and the assignments it holds.
 */
import * as vscode from 'vscode';
import { count } from '../count';
import type { Directory, Group, ServicePrincipal, Str } from '../../core/model';
import { groupsOf, principalName } from '../../core/principals';
import type { Principal } from '../../core/principals';
import { heldBy, principalOf } from './heldAssignments';
import type { Held } from './heldAssignments';
import { pagedChildren } from './paging';
import type { BuildContext, TreeNode } from './treeNode';
import { extentOf, siblingIds } from './treeNode';

/** "Groups" and "Service principals" under a directory, when it has some (and the filter keeps some). */
export function principalLists(context: BuildContext, parent: TreeNode, directory: Directory, directoryMatched: boolean): TreeNode[] {
  const { filter } = context;
  const groups = directory.groups.filter((g) => !filter.active || filter.passes(g, directoryMatched));
  const sps = directory.servicePrincipals.filter((sp) => !filter.active || filter.passes(sp, directoryMatched));
  const lists: TreeNode[] = [];
  if (groups.length) {
    lists.push(list(context, parent, directory, 'groups', vscode.l10n.t('Groups'), groups, directory.groups.length,
      (node, group, id) => groupNode(context, node, group, id, []), (g) => `grp:${g.name?.value ?? g.id?.value}`));
  }
  if (sps.length) {
    lists.push(list(context, parent, directory, 'servicePrincipals', vscode.l10n.t('Service principals'), sps, directory.servicePrincipals.length,
      (node, sp, id) => servicePrincipalNode(context, node, sp, id), (sp) => `sp:${sp.name?.value ?? sp.id?.value}`));
  }
  return lists;
}

function list<T extends Group | ServicePrincipal>(
  context: BuildContext, parent: TreeNode, directory: Directory, key: 'groups' | 'servicePrincipals', label: string,
  entities: readonly T[], total: number, build: (list: TreeNode, entity: T, id: string) => TreeNode, idOf: (entity: T) => string,
): TreeNode {
  const keySpan = directory.keys[key] ?? directory.head;
  const node: TreeNode = {
    id: `${parent.id}/${key}`, parent, uri: context.uri, kind: 'group', span: keySpan, region: extentOf(directory[key], keySpan),
    label, description: entities.length === total ? String(total) : vscode.l10n.t('{0} of {1}', entities.length, total),
    icon: key === 'groups' ? 'organization' : 'robot', contextValue: `group.${key}`,
  };
  node.children = () => {
    const ids = siblingIds();
    return pagedChildren(context, { id: node.id, node, uri: context.uri }, entities, (entity) => build(node, entity, `${node.id}/${ids(idOf(entity))}`));
  };
  return node;
}

/** A security group; `path` holds the groups above it in this branch, so a cycle ends in a leaf. */
export function groupNode(context: BuildContext, parent: TreeNode, group: Group, id: string, path: readonly Group[], via?: Str): TreeNode {
  const { analysis } = context;
  const directory = analysis.index.directoryOf(group);
  const held = heldBy(analysis, directory, group);
  const cycle = path.includes(group);
  const node: TreeNode = {
    id, parent, uri: context.uri, kind: 'principalGroup', entity: group, span: via ?? group, region: via ?? group,
    label: principalName(group) || '?',
    description: cycle
      ? vscode.l10n.t('membership cycle: already above')
      : [count(group.members.length, 'member'), group.isAssignableToRole ? vscode.l10n.t('role-assignable') : '', ...group.roles.map((r) => r.value),
        held.length ? count(held.length, 'roleAssignment') : ''].filter(Boolean).join(' · '),
    icon: cycle ? 'sync' : 'organization', contextValue: 'principalGroup',
  };
  if (!cycle && (group.members.length || held.length)) {
    node.children = () => {
      const ids = siblingIds();
      return [
        ...group.members.map((member) => memberNode(context, node, directory, member, `${node.id}/${ids(`m:${member.value}`)}`, [...path, group])),
        ...held.map((h) => heldNode(context, node, h, `${node.id}/${ids(heldId(h))}`)),
      ];
    };
  }
  return node;
}

function memberNode(context: BuildContext, parent: TreeNode, directory: Directory, member: Str, id: string, path: readonly Group[]): TreeNode {
  const resolved = context.analysis.index.resolvePrincipal(directory, member.value);
  if (resolved.status !== 'found') {
    const why = resolved.status === 'ambiguous' ? vscode.l10n.t('ambiguous: name it by object id')
      : resolved.status === 'elsewhere' ? vscode.l10n.t('not in this directory') : vscode.l10n.t('unknown');
    return { id, parent, uri: context.uri, kind: 'member', label: member.value, description: why, icon: 'question', span: member, contextValue: 'member' };
  }
  const principal = resolved.principal;
  if (principal.kind === 'group') return groupNode(context, parent, principal, id, path, member);
  if (principal.kind === 'servicePrincipal') {
    return { id, parent, uri: context.uri, kind: 'member', entity: principal, label: member.value, description: servicePrincipalKind(principal), icon: servicePrincipalIcon(principal), span: member, contextValue: 'member' };
  }
  return {
    id, parent, uri: context.uri, kind: 'member', entity: principal, label: member.value,
    description: [principal.displayName?.value, principal.kind === 'guest' ? vscode.l10n.t('guest') : '', principal.enabled ? '' : vscode.l10n.t('disabled')].filter(Boolean).join(' · '),
    icon: !principal.enabled ? 'circle-slash' : principal.kind === 'guest' ? 'person-add' : 'person', span: member, contextValue: 'member',
  };
}

export function servicePrincipalNode(context: BuildContext, parent: TreeNode, sp: ServicePrincipal, id: string): TreeNode {
  const { analysis } = context;
  const directory = analysis.index.directoryOf(sp);
  const held = heldBy(analysis, directory, sp);
  const groups = groupsOf(analysis.index, sp).filter((g) => g.via.length === 1);
  const resource = sp.resource?.value.split('/').filter(Boolean).pop();
  const node: TreeNode = {
    id, parent, uri: context.uri, kind: 'servicePrincipal', entity: sp, span: sp,
    label: principalName(sp) || '?',
    description: [servicePrincipalKind(sp), resource, held.length ? count(held.length, 'roleAssignment') : ''].filter(Boolean).join(' · '),
    icon: servicePrincipalIcon(sp), contextValue: 'servicePrincipal',
  };
  if (held.length || groups.length) {
    node.children = () => {
      const ids = siblingIds();
      return [
        ...groups.map(({ group }) => ({
          id: `${node.id}/${ids(`in:${principalName(group)}`)}`, parent: node, uri: context.uri, kind: 'access' as const,
          label: vscode.l10n.t('Member of {0}', principalName(group)), icon: 'organization', span: group, contextValue: 'access',
        })),
        ...held.map((h) => heldNode(context, node, h, `${node.id}/${ids(heldId(h))}`)),
      ];
    };
  }
  return node;
}

/** A role assignment a group or service principal holds: "Role Contributor on Woodgrove Production". */
function heldNode(context: BuildContext, parent: TreeNode, held: Held, id: string): TreeNode {
  const { assignment, subscription, managementGroup } = held;
  const where = subscription
    ? vscode.l10n.t('Role {0} on {1}', assignment.role?.value ?? '?', subscription.name?.value ?? subscription.id?.value ?? '?')
    : vscode.l10n.t('Role {0} on management group {1}', assignment.role?.value ?? '?', managementGroup?.name?.value ?? managementGroup?.id?.value ?? '?');
  return {
    id, parent, uri: context.uri, kind: 'access', entity: assignment, label: where,
    description: [assignment.scope?.value, managementGroup ? vscode.l10n.t('inherited by everything below') : ''].filter(Boolean).join(' · '),
    icon: managementGroup ? 'type-hierarchy' : 'key', span: assignment, contextValue: 'heldRoleAssignment',
  };
}

export function servicePrincipalKind(sp: ServicePrincipal): string {
  if (sp.type?.value === 'application') return vscode.l10n.t('application');
  if (sp.identity?.value === 'systemAssigned') return vscode.l10n.t('system-assigned identity');
  if (sp.identity?.value === 'userAssigned') return vscode.l10n.t('user-assigned identity');
  return vscode.l10n.t('managed identity');
}

export function servicePrincipalIcon(sp: ServicePrincipal): string {
  return sp.type?.value === 'application' ? 'robot' : 'key';
}

/** "group", "application", "system-assigned identity"… for a role assignment's principal; undefined for an account. */
export function principalKindWord(principal: Principal | undefined): string | undefined {
  if (!principal) return undefined;
  if (principal.kind === 'group') return vscode.l10n.t('group');
  if (principal.kind === 'servicePrincipal') return servicePrincipalKind(principal);
  return undefined;
}


/** Stable while typing (no offsets): the role and where it is held. */
function heldId(held: Held): string {
  const where = held.subscription ? `sub:${held.subscription.id?.value}` : `mg:${held.managementGroup?.id?.value}`;
  return `held:${held.assignment.role?.value}:${where}:${held.assignment.scope?.value ?? ''}`;
}

/** A subscription's role assignment to a group or service principal says so: "App Developers (a group)". */
export function withPrincipalKind(context: BuildContext, node: TreeNode): TreeNode {
  const assignment = node.entity;
  if (assignment?.kind !== 'roleAssignment' || !assignment.principal || assignment.subscriptionIndex < 0) return node;
  const directory = context.analysis.index.directories[assignment.directoryIndex];
  const principal = principalOf(context.analysis, directory, assignment);
  const kind = principalKindWord(principal);
  if (!principal || !kind) return node;
  const text = assignment.principal.value;
  node.description = node.description?.replace(text, vscode.l10n.t('{0} ({1})', text, kind));
  if (node.icon === 'key') node.icon = principal.kind === 'group' ? 'organization' : servicePrincipalIcon(principal as ServicePrincipal);
  return node;
}
