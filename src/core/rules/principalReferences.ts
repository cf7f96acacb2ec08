/**
 * The principal references the rules check — role assignments' `principal` (Azure subscriptions'
 * and management groups') and groups' `members` — and what each names, read as Azure does: in the
 * directory the subscription, management group or group belongs to.
 *
 * Pending assignments are left out: they name principals of the directory a transferred subscription
 * came from, which may rightly be absent from its new directory (CRT001, OWN002 and the recreate
 * command deal with them).
 */
import type { Directory, Group, Located, ManagementGroup, PrincipalType, RoleAssignment, ServicePrincipal, Str, Subscription } from '../model';
import { accountKey } from '../identity';
import type { ModelIndex } from '../modelIndex';
import { namesAnAccount, principalTypeOf } from '../principals';
import type { Principal } from '../principals';

export interface PrincipalReference {
  text: Str;
  type?: Located<PrincipalType>;
  directory: Directory;
  /** Role-assignment references: the assignment, and where it is written. */
  assignment?: RoleAssignment;
  subscription?: Subscription;
  managementGroup?: ManagementGroup;
  /** Member references: the group listing it. */
  group?: Group;
}

/** Role assignments of Azure subscriptions and of management groups, in file order per directory. */
export function* assignmentReferences(directories: readonly Directory[]): Iterable<PrincipalReference> {
  for (const directory of directories) {
    for (const subscription of directory.subscriptions) {
      if (subscription.type?.value !== 'azure') continue;
      for (const assignment of subscription.roleAssignments) {
        if (assignment.principal) yield { text: assignment.principal, type: assignment.principalType, directory, assignment, subscription };
      }
    }
    for (const managementGroup of directory.managementGroups) {
      for (const assignment of managementGroup.roleAssignments) {
        if (assignment.principal) yield { text: assignment.principal, type: assignment.principalType, directory, assignment, managementGroup };
      }
    }
  }
}

/** Every member entry of every group. */
export function* memberReferences(directories: readonly Directory[]): Iterable<PrincipalReference> {
  for (const directory of directories) {
    for (const group of directory.groups) {
      for (const member of group.members) yield { text: member, directory, group };
    }
  }
}

/**
 * What a reference names in its own directory, before looking elsewhere:
 * - `found`: exactly one principal (of the written type, if any);
 * - `ambiguous`: several (`candidates`);
 * - `mismatch`: the text names principals here, but none of the type `principalType` says (`candidates`);
 * - `absent`: nothing here by that name (RBA001, GRP003 or CRT002 say more).
 * Reads the directory only, so rules built on it can check one directory at a time.
 */
export type LocalResolution =
  | { status: 'found'; principal: Principal }
  | { status: 'ambiguous' | 'mismatch'; candidates: Principal[] }
  | { status: 'absent' };

export function resolveLocally(index: ModelIndex, reference: PrincipalReference): LocalResolution {
  // Accounts through the index's own maps: a file of accounts only never builds the per-directory name look-up.
  const all = isAccountReference(reference) ? accountIn(index, reference) : index.principalsOf(reference.directory).candidates(reference.text.value);
  if (all.length === 0) return { status: 'absent' };
  const type = reference.type?.value;
  const typed = type ? all.filter((p) => principalTypeOf(p) === type) : all;
  if (typed.length === 0) return { status: 'mismatch', candidates: all };
  if (typed.length > 1) return { status: 'ambiguous', candidates: typed };
  return { status: 'found', principal: typed[0] };
}

/** The account entry of the reference's directory (a member entry before a guest entry), as `DirectoryPrincipals.candidates` finds it. */
function accountIn(index: ModelIndex, reference: PrincipalReference): Principal[] {
  const key = accountKey(reference.text.value);
  const here = (entry: { directoryIndex: number }) => entry.directoryIndex === reference.directory.index;
  const found = index.members.get(key)?.find(here) ?? index.externalMembers.get(key)?.find(here) ?? index.guests.get(key)?.find(here);
  return found ? [found] : [];
}

/** Whether the reference is written as an account (a UPN or a guest's address). */
export function isAccountReference(reference: PrincipalReference): boolean {
  return namesAnAccount(reference.text.value);
}

/**
 * The group or service principal of another directory that a non-account reference names, if that
 * is what it names (a name unknown everywhere is CRT002's; an account reference is not looked at).
 */
export function objectElsewhere(index: ModelIndex, reference: PrincipalReference): Group | ServicePrincipal | undefined {
  if (isAccountReference(reference)) return undefined;
  const resolved = index.resolvePrincipal(reference.directory, reference.text.value);
  if (resolved.status !== 'elsewhere') return undefined;
  const principal = resolved.principal;
  return principal.kind === 'group' || principal.kind === 'servicePrincipal' ? principal : undefined;
}
