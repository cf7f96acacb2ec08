/**
 * What a directory change deletes or breaks beyond the subscription's own assignments to accounts,
 * as Microsoft's "Transfer an Azure subscription to a different Microsoft Entra directory" lists it:
 * assignments to groups and service principals, the managed identities of the subscription's
 * resources and their assignments, the access inherited from the management groups the subscription
 * leaves, and custom roles. For each, whether it can be recreated in the target: a principal with the
 * same UPN (an account) or the same name (a group, a service principal) exists there.
 */
import { accountsIn, managementGroupChain } from './principals';
import type { Principal } from './principals';
import { subscriptionOfResource } from './formats';
import { fold } from './model';
import type { Directory, ManagementGroup, RoleAssignment, Subscription } from './model';
import type { ModelIndex } from './modelIndex';
import { builtInRole, roleKey } from './roleReference';

/** Whether an account exists in a directory: as a member, as a guest, or not at all. */
export type Presence = 'member' | 'guest' | 'no';

/** What a principal reference names in the source directory. */
export type PrincipalKind = 'user' | 'guest' | 'group' | 'servicePrincipal' | 'unknown';

/** A role assignment of the subscription itself: Azure deletes it. */
export interface DeletedAssignment {
  principal: string;
  role: string;
  scope?: string;
  /**
   * Whether the principal exists in the target directory: an account as a member or a guest; a group
   * or service principal with the same name is `member` (an object of that directory).
   */
  principalInTarget: Presence;
  /** The role is a custom role of the source directory: it is deleted too, and must be recreated first. */
  customRole: boolean;
  /** What the principal is in the source directory (`unknown` when the file does not say). */
  principalKind: PrincipalKind;
  /** Groups only: the accounts that lose the access through the group (nested members too). */
  members?: string[];
  /** The assignment can be recreated in the target: its principal exists there (`principalInTarget` is not `no`). */
  recreatable: boolean;
}

/** A managed identity whose resource lives in the subscription. */
export interface ManagedIdentityConsequence {
  name: string;
  identity?: 'systemAssigned' | 'userAssigned';
  resource?: string;
  /**
   * `reenable`: a system-assigned identity stops working; disable and re-enable it on its resource (a
   * new identity in the target). `recreate`: a user-assigned identity must be deleted, recreated and
   * attached again to the resources that use it.
   */
  action: 'reenable' | 'recreate';
  /** Its role assignments in the source directory (any subscription, or a management group): none survive the new identity. */
  assignments: Array<{ role: string; scope?: string; where: string }>;
}

/** An assignment at a management group above the subscription: it stops applying when the subscription leaves the hierarchy. */
export interface LostInheritedAccess {
  /** The management group holding the assignment. */
  managementGroup: { id: string; name: string };
  /** The management groups from the subscription up to that one (names, nearest first). */
  chain: string[];
  principal: string;
  principalKind: PrincipalKind;
  role: string;
  /** Groups only: the accounts that lose the inherited access (nested members too). */
  members?: string[];
  principalInTarget: Presence;
  /** A principal with the same UPN or name exists in the target: the access can be granted again there. */
  recreatable: boolean;
}

/** Where the subscription sits in the management-group hierarchy, and where it lands. */
export interface HierarchyChange {
  /** The management group the subscription is placed in (absent: directly under the tenant root group). */
  from?: { id: string; name: string };
  /** Names of the management groups above the subscription, nearest first (the tenant root group's entry last, when listed). */
  chain: string[];
  /** The target's tenant root group id (the target tenant id): the subscription lands directly under it. */
  toRootGroupId?: string;
}

export interface TransferConsequences {
  deletedAssignments: DeletedAssignment[];
  managedIdentities: ManagedIdentityConsequence[];
  inheritedAccess: LostInheritedAccess[];
  hierarchy: HierarchyChange;
  /** Custom roles of the source directory the deleted assignments use: deleted, to recreate in the target first. */
  customRoles: string[];
  /** Those of `customRoles` the target directory already declares (`customRoles` of the target). */
  customRolesInTarget: string[];
}

/** Computes the consequences of moving `subscription` from its directory to `target`. */
export function transferConsequences(index: ModelIndex, subscription: Subscription, target: Directory): TransferConsequences {
  const source = index.directoryOf(subscription);
  const sourceCustom = new Map(source.customRoles.map((r) => [roleKey(r.value), r.value]));
  const usedCustom = new Set<string>();
  const isCustom = (role: string) => {
    const custom = !builtInRole(role) && sourceCustom.has(roleKey(role));
    if (custom) usedCustom.add(sourceCustom.get(roleKey(role))!);
    return custom;
  };
  const described = (assignment: RoleAssignment) => describe(index, source, target, assignment);

  const deletedAssignments: DeletedAssignment[] = [];
  for (const assignment of subscription.roleAssignments) {
    if (!assignment.principal || !assignment.role) continue;
    const role = assignment.role.value;
    deletedAssignments.push({ principal: assignment.principal.value, role, scope: assignment.scope?.value, ...described(assignment), customRole: isCustom(role) });
  }

  const chain = managementGroupChain(index, subscription);
  const inheritedAccess: LostInheritedAccess[] = [];
  chain.forEach((group, i) => {
    for (const assignment of group.roleAssignments) {
      if (!assignment.principal || !assignment.role) continue;
      inheritedAccess.push({
        managementGroup: { id: group.id?.value ?? '', name: mgName(group) },
        chain: chain.slice(0, i + 1).map(mgName),
        principal: assignment.principal.value,
        role: assignment.role.value,
        ...described(assignment),
      });
    }
  });

  const placed = index.managementGroupsHolding(subscription)[0];
  const hierarchy: HierarchyChange = {
    from: placed ? { id: placed.id?.value ?? '', name: mgName(placed) } : undefined,
    chain: chain.map(mgName),
    toRootGroupId: target.id?.value,
  };

  const managedIdentities: ManagedIdentityConsequence[] = [];
  const subscriptionId = subscription.id && fold(subscription.id.value);
  for (const sp of source.servicePrincipals) {
    if (sp.type?.value !== 'managedIdentity' || !sp.resource || !subscriptionId) continue;
    if (fold(subscriptionOfResource(sp.resource.value) ?? '') !== subscriptionId) continue;
    managedIdentities.push({
      name: sp.name?.value ?? sp.id?.value ?? '',
      identity: sp.identity?.value,
      resource: sp.resource.value,
      action: sp.identity?.value === 'userAssigned' ? 'recreate' : 'reenable',
      assignments: assignmentsOf(index, source, sp),
    });
  }

  const customRolesInTarget = [...usedCustom].filter((role) => target.customRoles.some((r) => roleKey(r.value) === roleKey(role)));
  return { deletedAssignments, managedIdentities, inheritedAccess, hierarchy, customRoles: [...usedCustom], customRolesInTarget };
}

function mgName(group: ManagementGroup): string {
  return group.name?.value ?? group.id?.value ?? '';
}

/** Kind, members and presence in the target of an assignment's principal. */
function describe(index: ModelIndex, source: Directory, target: Directory, assignment: RoleAssignment): Omit<DeletedAssignment, 'principal' | 'role' | 'scope' | 'customRole'> {
  const text = assignment.principal!.value;
  const resolved = index.resolvePrincipal(source, text, assignment.principalType?.value);
  const principal = resolved.status === 'found' ? resolved.principal : undefined;
  const principalKind: PrincipalKind = principal ? principal.kind : 'unknown';
  const principalInTarget = presenceIn(index, target, principal, text);
  const members = principal?.kind === 'group' ? accountsIn(index, principal).map((a) => a.upn!.value) : undefined;
  return { principalKind, principalInTarget, recreatable: principalInTarget !== 'no', ...(members ? { members } : {}) };
}

/** Whether the principal exists in the target: an account by UPN, a group or service principal by name. */
export function presenceIn(index: ModelIndex, target: Directory, principal: Principal | undefined, text: string): Presence {
  if (!principal || principal.kind === 'user' || principal.kind === 'guest') {
    const upn = principal && (principal.kind === 'user' || principal.kind === 'guest') ? principal.upn?.value ?? text : text;
    if (!upn.includes('@')) return 'no';
    return index.isMemberOf(upn, target) ? 'member' : index.guestIn(upn, target) ? 'guest' : 'no';
  }
  const name = principal.name?.value;
  if (!name) return 'no';
  const there = index.principalsOf(target).candidates(name).filter((p) => p.kind === principal.kind);
  return there.length > 0 ? 'member' : 'no';
}

/** Every assignment of the directory (subscriptions and management groups) that names the principal. */
function assignmentsOf(index: ModelIndex, directory: Directory, principal: Principal): Array<{ role: string; scope?: string; where: string }> {
  const result: Array<{ role: string; scope?: string; where: string }> = [];
  const names = (a: RoleAssignment) => {
    if (!a.principal || !a.role) return false;
    const resolved = index.resolvePrincipal(directory, a.principal.value, a.principalType?.value);
    return resolved.status === 'found' && resolved.principal === principal;
  };
  for (const subscription of directory.subscriptions) {
    for (const a of subscription.roleAssignments) {
      if (names(a)) result.push({ role: a.role!.value, scope: a.scope?.value, where: subscription.name?.value ?? subscription.id?.value ?? '' });
    }
  }
  for (const group of directory.managementGroups) {
    for (const a of group.roleAssignments) if (names(a)) result.push({ role: a.role!.value, scope: a.scope?.value, where: mgName(group) });
  }
  return result;
}
