import { isRefusal, open, subscriptionOrRefuse } from './common';
import { ACCOUNT } from './find';
import { planned, refuse } from './types';
import type { EditPlan } from './types';
import { removeKey, setKey } from './yamlText';

export interface SetOwnerArgs {
  subscriptionId: string;
  /** The new owner's UPN, or `null` to remove `owner` (an Office 365 subscription has none). */
  owner: string | null;
}

/** Sets (or removes) a subscription's `owner`, keeping the value's quoting; a new key goes after `offer`/`type`. */
export function setOwner(text: string, args: SetOwnerArgs): EditPlan {
  const { source, refused } = open(text);
  if (refused) return refused;
  const subscription = subscriptionOrRefuse(source, args.subscriptionId);
  if (isRefusal(subscription)) return subscription;
  if (args.owner === null) {
    const edit = removeKey(source, subscription.map, 'owner');
    return edit ? planned([edit]) : refuse(`${subscription.label} has no owner to remove.`);
  }
  if (subscription.type === 'office365') return refuse(`${subscription.label} is an Office 365 subscription: it is owned by the directory itself, not by a user.`);
  if (!ACCOUNT.test(args.owner)) return refuse(`${args.owner} is not a user principal name.`);
  return planned([setKey(source, subscription.map, 'owner', args.owner, ['offer', 'state', 'type', 'alias', 'name', 'id'])]);
}
