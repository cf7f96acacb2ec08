import { directoryOrRefuse, isGuestOf, isRefusal, memberDirectory, open } from './common';
import { ACCOUNT } from './find';
import { planned, refuse } from './types';
import type { EditPlan } from './types';
import { appendItems } from './yamlText';

export interface AddUserArgs {
  directoryId: string;
  upn: string;
  displayName?: string;
  /** Microsoft Entra directory roles. */
  roles?: string[];
  /** `false` writes `enabled: false`; the default (enabled) writes nothing. */
  enabled?: boolean;
}

/** Appends a member to a directory's `users`. Refuses a UPN that is already a user anywhere, or a guest of that directory. */
export function addUser(text: string, args: AddUserArgs): EditPlan {
  const { source, refused } = open(text);
  if (refused) return refused;
  const directory = directoryOrRefuse(source, args.directoryId);
  if (isRefusal(directory)) return directory;
  if (!ACCOUNT.test(args.upn)) return refuse(`${args.upn} is not a user principal name (alias@domain).`);
  const home = memberDirectory(source, args.upn);
  if (home) return refuse(`${args.upn} is already a user of ${home.label}; a UPN names one account, with one home directory.`);
  if (isGuestOf(directory, args.upn)) return refuse(`${args.upn} is a guest of ${directory.label}; remove the guest entry before adding the account as a member.`);
  return planned(appendItems(source, directory.map, 'users', [[
    ['upn', args.upn], ['displayName', args.displayName], ['roles', args.roles?.length ? args.roles : undefined], ['enabled', args.enabled === false ? false : undefined],
  ]]));
}
