/**
 * Effective access: which role assignments reach an account (or any principal), and how — assigned
 * to it directly, to a group it belongs to (nested groups too), or at a management group above the
 * subscription (inherited, with the chain of management groups). Azure RBAC grants a role to every
 * member of a group the role is assigned to, and an assignment at a management group applies to
 * every subscription below it ("Understand scope for Azure RBAC"; "What are Azure management groups?").
 *
 * Everything is read within one directory: an account's access in another directory is the access of
 * its guest entry there (`accountAccess` gathers them all). Look-ups are built lazily, once per
 * `ModelIndex` and directory, so asking for every account of a directory stays linear.
 */
import { accountKey } from './identity';
import type { Directory, Group, Guest, ManagementGroup, RoleAssignment, Subscription, User } from './model';
import type { ModelIndex } from './modelIndex';
import { accountsIn, groupsOf, managementGroupChain, namesAnAccount } from './principals';
import type { Principal } from './principals';

/** How an assignment reaches a principal. */
export type AccessRoute = 'direct' | 'group' | 'inherited';

/** One role assignment that gives a principal access to one subscription. */
export interface Grant {
  /** The subscription the access applies to. */
  subscription: Subscription;
  /** The assignment itself: on the subscription, or on a management group above it. */
  assignment: RoleAssignment;
  /** The principal the assignment names: the principal asked about, or one of its groups. */
  holder: Principal;
  /**
   * `direct`: assigned to the principal on the subscription; `group`: assigned on the subscription to a
   * group the principal belongs to; `inherited`: assigned at a management group above the subscription
   * (to the principal or to one of its groups: `groups` says which).
   */
  route: AccessRoute;
  /** The groups from the principal to the holder, the one it is a direct member of first; empty when the holder is the principal. */
  groups: Group[];
  /** Inherited only: the management groups from the subscription up to the one holding the assignment (nearest first, holder last). */
  managementGroups: ManagementGroup[];
}

/** Where an assignment is written: on a subscription, or on a management group. */
interface Placed {
  assignment: RoleAssignment;
  subscription?: Subscription;
  managementGroup?: ManagementGroup;
}

/** Per directory: assignments by the principal they resolve to, and the subscriptions below each management group. */
class DirectoryAccess {
  readonly byHolder = new Map<Principal, Placed[]>();
  /** For each management group, the subscriptions below it with the chain from the subscription up to it. */
  readonly below = new Map<ManagementGroup, Array<{ subscription: Subscription; chain: ManagementGroup[] }>>();

  constructor(index: ModelIndex, readonly directory: Directory) {
    const add = (placed: Placed) => {
      const text = placed.assignment.principal?.value;
      if (!text) return;
      const resolved = index.resolvePrincipal(directory, text, placed.assignment.principalType?.value);
      if (resolved.status !== 'found') return;
      const list = this.byHolder.get(resolved.principal);
      if (list) list.push(placed);
      else this.byHolder.set(resolved.principal, [placed]);
    };
    for (const subscription of directory.subscriptions) {
      if (subscription.type?.value !== 'azure') continue;
      for (const assignment of subscription.roleAssignments) add({ assignment, subscription });
      const chain = managementGroupChain(index, subscription);
      chain.forEach((group, i) => {
        const list = this.below.get(group) ?? [];
        list.push({ subscription, chain: chain.slice(0, i + 1) });
        this.below.set(group, list);
      });
    }
    for (const managementGroup of directory.managementGroups) {
      for (const assignment of managementGroup.roleAssignments) add({ assignment, managementGroup });
    }
  }
}

// By directory object: an edit that parses a directory again makes a new one, and the old one's access is let go.
const cache = new WeakMap<ModelIndex, WeakMap<Directory, DirectoryAccess>>();

function directoryAccess(index: ModelIndex, directory: Directory): DirectoryAccess {
  let perIndex = cache.get(index);
  if (!perIndex) cache.set(index, (perIndex = new WeakMap()));
  let found = perIndex.get(directory);
  if (!found) perIndex.set(directory, (found = new DirectoryAccess(index, directory)));
  return found;
}

/**
 * Every grant that reaches a principal of a directory (a user or guest entry, a group, a service
 * principal): direct, through its groups (nested), and inherited from management groups. Only Azure
 * subscriptions of the principal's directory; in the order of the file's assignments.
 */
export function accessOf(index: ModelIndex, principal: Principal): Grant[] {
  const access = directoryAccess(index, index.directoryOf(principal));
  const holders: Array<{ holder: Principal; groups: Group[] }> = [
    { holder: principal, groups: [] },
    ...groupsOf(index, principal).map(({ group, via }) => ({ holder: group as Principal, groups: via })),
  ];
  const grants: Grant[] = [];
  for (const { holder, groups } of holders) {
    for (const placed of access.byHolder.get(holder) ?? []) {
      if (placed.subscription) {
        grants.push({ subscription: placed.subscription, assignment: placed.assignment, holder, route: holder === principal ? 'direct' : 'group', groups, managementGroups: [] });
      } else if (placed.managementGroup) {
        for (const { subscription, chain } of access.below.get(placed.managementGroup) ?? []) {
          grants.push({ subscription, assignment: placed.assignment, holder, route: 'inherited', groups, managementGroups: chain });
        }
      }
    }
  }
  return grants;
}

/** `accessOf`, grouped by subscription (subscriptions in the order grants first reach them). */
export function accessBySubscription(index: ModelIndex, principal: Principal): Map<Subscription, Grant[]> {
  const result = new Map<Subscription, Grant[]>();
  for (const grant of accessOf(index, principal)) {
    const list = result.get(grant.subscription);
    if (list) list.push(grant);
    else result.set(grant.subscription, [grant]);
  }
  return result;
}

/**
 * An account's access everywhere in the file: through its member entry in its home directory and
 * through each guest entry in other directories (`upn` in any written form, `#EXT#` included).
 */
export function accountAccess(index: ModelIndex, upn: string): Grant[] {
  const key = accountKey(upn);
  const entries: Array<User | Guest> = [
    ...(index.members.get(key) ?? []).slice(0, 1),
    ...(index.externalMembers.get(key) ?? []),
    ...(index.guests.get(key) ?? []),
  ];
  return entries.flatMap((entry) => accessOf(index, entry));
}

/** One assignment that applies to a subscription, and how (directly on it, or at a management group above it). */
export interface SubscriptionGrant {
  assignment: RoleAssignment;
  /** Empty for the subscription's own assignments; else the chain from the subscription up to the management group holding it. */
  managementGroups: ManagementGroup[];
}

/** The assignments that apply to a subscription: its own, then those of the management groups above it, nearest first. */
export function assignmentsReaching(index: ModelIndex, subscription: Subscription): SubscriptionGrant[] {
  const result: SubscriptionGrant[] = subscription.roleAssignments.map((assignment) => ({ assignment, managementGroups: [] }));
  const chain = managementGroupChain(index, subscription);
  chain.forEach((group, i) => {
    for (const assignment of group.roleAssignments) result.push({ assignment, managementGroups: chain.slice(0, i + 1) });
  });
  return result;
}

/**
 * The accounts an assignment grants to: the account it names, as written (even one the directory
 * does not know: RBA001 reports it), or every account of the group it names (nested). A service
 * principal, or a name that is unknown or ambiguous, reaches no account.
 */
export function accountsReached(index: ModelIndex, directory: Directory, assignment: RoleAssignment): Array<{ upn: string; account?: User | Guest; group?: Group }> {
  const text = assignment.principal?.value;
  if (!text) return [];
  if (namesAnAccount(text)) return [{ upn: text }]; // whether or not the directory knows it (RBA001 says)
  const resolved = index.resolvePrincipal(directory, text, assignment.principalType?.value);
  if (resolved.status === 'found' && resolved.principal.kind === 'group') {
    const group = resolved.principal;
    return accountsIn(index, group).map((account) => ({ upn: account.upn!.value, account, group }));
  }
  return [];
}
