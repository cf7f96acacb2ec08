import { isGuestOf, memberDirectory, openDirectory } from './common';
import { ACCOUNT } from './find';
import { isRefused, planned, refuse } from './types';
import type { EditPlan, PlanOptions } from './types';
import { appendItems } from './yaml/sequences';
import type { InviteGuestArgs } from './plannerArgs';
export type { InviteGuestArgs } from './plannerArgs';

/** Appends a B2B guest to a directory's `guests`. Refuses a member of that directory, or a guest already invited there. */
export function inviteGuest(text: string, args: InviteGuestArgs, options: PlanOptions = {}): EditPlan {
  const opened = openDirectory(text, args.directoryId, options);
  if (isRefused(opened)) return opened;
  const { m, source, directory } = opened;
  if (!ACCOUNT.test(args.upn)) return refuse(m.editNotAccount({ account: args.upn }));
  const home = memberDirectory(source, args.upn);
  if (home && home.index === directory.index) return refuse(m.editUserHere({ upn: args.upn, directory: directory.label }));
  if (isGuestOf(directory, args.upn)) return refuse(m.editAlreadyGuest({ upn: args.upn, directory: directory.label }));
  const external = args.external ?? !home;
  return planned(appendItems(source, directory.map, 'guests', [[
    ['upn', args.upn], ['displayName', args.displayName], ['roles', args.roles?.length ? args.roles : undefined], ['external', external ? true : undefined],
  ]]));
}
