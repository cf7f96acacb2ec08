import { isMap } from 'yaml';
import { openDirectory } from './common';
import { groupMaps, namedMatching, resolveNamed, samePrincipal } from './findPrincipals';
import type { FoundDirectory } from './find';
import type { FoundNamed, NamedPrincipal } from './findPrincipals';
import { isRefused, planned, refuse } from './types';
import type { EditPlan, PlanOptions } from './types';
import { appendScalar } from './scalarList';
import { itemsOf, scalarText } from './yaml/nodes';

export interface AddGroupMemberArgs {
  directoryId: string;
  /** The group, by name or object id. */
  group: string;
  /** A member or guest (UPN), a group or a service principal of the directory (name or id), written as given. */
  member: string;
}

/**
 * Appends a member to a group's `members`, in the list's own style. Refuses a member the directory
 * does not have, one already listed, the group itself, a group that would close a membership cycle,
 * and a group in a role-assignable group (which cannot contain groups).
 */
export function addGroupMember(text: string, args: AddGroupMemberArgs, options: PlanOptions = {}): EditPlan {
  const opened = openDirectory(text, args.directoryId, options);
  if (isRefused(opened)) return opened;
  const { m, source, directory } = opened;
  const group = namedMatching(directory, args.group).find((p) => p.kind === 'group');
  if (!group) return refuse(m.editNoGroup({ group: args.group, directory: directory.label }));
  const groupName = group.name ?? args.group;
  const member = args.member.trim();
  const found = resolveNamed(directory, member);
  if (!found) {
    const several = namedMatching(directory, member).length > 1;
    return refuse(several ? m.editAmbiguousMember({ member, directory: directory.label }) : m.editUnknownMember({ member, directory: directory.label }));
  }
  if (samePrincipal(found, group)) return refuse(m.editGroupInItself({ group: groupName }));
  if (membersOf(directory, group).some((p) => samePrincipal(p, found))) return refuse(m.editAlreadyMember({ member, group: groupName }));
  if (found.kind === 'group') {
    if (scalarText(group.map, 'isAssignableToRole') === 'true') return refuse(m.editAssignableNoGroups({ group: groupName }));
    if (contains(directory, found, group)) return refuse(m.editMemberCycle({ member, group: groupName }));
  }
  return planned([appendScalar(source, group.map, 'members', member)]);
}

function membersOf(directory: FoundDirectory, group: FoundNamed): NamedPrincipal[] {
  return itemsOf(group.map, 'members').flatMap((n) => {
    const text = isMap(n) ? undefined : (n as { value?: unknown }).value;
    const found = typeof text === 'string' || typeof text === 'number' ? resolveNamed(directory, String(text)) : undefined;
    return found ? [found] : [];
  });
}

/** Whether `outer` contains `inner`, directly or through nested groups (cycle-safe). */
function contains(directory: FoundDirectory, outer: FoundNamed, inner: FoundNamed): boolean {
  const seen = new Set<unknown>([outer.map]);
  const queue = [outer];
  const groups = new Set(groupMaps(directory).map((g) => g.map));
  while (queue.length) {
    for (const p of membersOf(directory, queue.shift()!)) {
      if (p.kind === 'account' || !groups.has(p.map)) continue;
      if (p.map === inner.map) return true;
      if (!seen.has(p.map)) {
        seen.add(p.map);
        queue.push(p);
      }
    }
  }
  return false;
}
