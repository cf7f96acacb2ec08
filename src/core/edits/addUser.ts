import { isGuestOf, memberDirectory, openDirectory } from './common';
import { UPN } from './find';
import { isRefused, planned, refuse } from './types';
import type { EditPlan, PlanOptions } from './types';
import { appendItems } from './yaml/sequences';
import type { AddUserArgs } from './plannerArgs';
export type { AddUserArgs } from './plannerArgs';

/** Appends a member to a directory's `users`. Refuses a UPN that is already a user anywhere, or a guest of that directory. */
export function addUser(text: string, args: AddUserArgs, options: PlanOptions = {}): EditPlan {
  const opened = openDirectory(text, args.directoryId, options);
  if (isRefused(opened)) return opened;
  const { m, source, directory } = opened;
  if (!UPN.test(args.upn)) return refuse(m.editNotUpnForm({ upn: args.upn }));
  const home = memberDirectory(source, args.upn);
  if (home) return refuse(m.editAlreadyUser({ upn: args.upn, directory: home.label }));
  if (isGuestOf(directory, args.upn)) return refuse(m.editGuestNotMember({ upn: args.upn, directory: directory.label }));
  return planned(appendItems(source, directory.map, 'users', [[
    ['upn', args.upn], ['displayName', args.displayName], ['roles', args.roles?.length ? args.roles : undefined], ['enabled', args.enabled === false ? false : undefined],
  ]]));
}
