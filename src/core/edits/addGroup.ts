import { openDirectory } from './common';
import { newPrincipalRefusal, resolveNamed } from './findPrincipals';
import { isRefused, planned, refuse } from './types';
import type { EditPlan, PlanOptions } from './types';
import { appendItems } from './yaml/sequences';

export interface AddGroupArgs {
  directoryId: string;
  name: string;
  /** The group's object id (GUID). */
  id?: string;
  description?: string;
  /** Principal references of the directory (UPNs, group or service principal names or ids). */
  members?: string[];
  isAssignableToRole?: boolean;
  /** Microsoft Entra roles; only with `isAssignableToRole`. */
  roles?: string[];
}

/**
 * Appends a security group to a directory's `groups`. Refuses a name or object id a group or service
 * principal of the directory already has, roles on a group that is not role-assignable, and members
 * that name nothing (or more than one thing) in the directory.
 */
export function addGroup(text: string, args: AddGroupArgs, options: PlanOptions = {}): EditPlan {
  const opened = openDirectory(text, args.directoryId, options);
  if (isRefused(opened)) return opened;
  const { m, source, directory } = opened;
  const name = args.name.trim();
  const unfit = newPrincipalRefusal(directory, 'group', name, [args.id], m);
  if (unfit) return unfit;
  if (args.roles?.length && !args.isAssignableToRole) return refuse(m.editRolesNeedAssignable());
  for (const member of args.members ?? []) {
    const found = resolveNamed(directory, member);
    if (!found) return refuse(m.editUnknownMember({ member, directory: directory.label }));
    if (found.kind === 'group' && args.isAssignableToRole) return refuse(m.editAssignableNoGroups({ group: name }));
  }
  return planned(appendItems(source, directory.map, 'groups', [[
    ['name', name], ['id', args.id], ['description', args.description?.trim() || undefined],
    ['isAssignableToRole', args.isAssignableToRole ? true : undefined], ['roles', args.roles?.length ? args.roles : undefined],
    ['members', args.members?.length ? args.members : undefined],
  ]]));
}
