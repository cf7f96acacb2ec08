import { openSubscription } from './common';
import { ACCOUNT } from './find';
import { isRefused, planned, refuse } from './types';
import type { EditPlan, PlanOptions } from './types';
import { removeKey, setKey } from './yaml/keys';
import type { SetOwnerArgs } from './plannerArgs';
export type { SetOwnerArgs } from './plannerArgs';

/** Sets (or removes) a subscription's `owner`, keeping the value's quoting; a new key goes after `offer`/`type`. */
export function setOwner(text: string, args: SetOwnerArgs, options: PlanOptions = {}): EditPlan {
  const opened = openSubscription(text, args.subscriptionId, options);
  if (isRefused(opened)) return opened;
  const { m, source, subscription } = opened;
  if (args.owner === null) {
    const edit = removeKey(source, subscription.map, 'owner');
    return edit ? planned([edit]) : refuse(m.editNoOwnerToRemove({ subscription: subscription.label }));
  }
  if (subscription.type === 'office365') return refuse(m.editOffice365Owner({ subscription: subscription.label }));
  if (!ACCOUNT.test(args.owner)) return refuse(m.editNotUpn({ upn: args.owner }));
  return planned([setKey(source, subscription.map, 'owner', args.owner, ['offer', 'state', 'type', 'alias', 'name', 'id'])]);
}
