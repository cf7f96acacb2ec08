import { openDirectory } from './common';
import { findSubscription, GUID, UPN } from './find';
import { isRefused, planned, refuse } from './types';
import type { EditPlan, PlanOptions } from './types';
import { appendItems } from './yaml/sequences';
import type { Fields } from './yaml/scalars';

export type AddSubscriptionArgs = {
  directoryId: string;
  /** Subscription id (GUID). */
  id: string;
  name: string;
  alias?: string;
  /** Who signed up; default for Azure: the owner. */
  createdBy?: string;
} & (
  | { type: 'azure'; owner: string; offer?: string }
  | { type: 'office365'; plan?: string; licenses?: number }
);

/**
 * Appends a subscription to a directory. Azure: `owner` (the Account Administrator, required) and
 * `createdBy`. Office 365: owned by the directory, so no `owner`. Refuses an id already in the file.
 */
export function addSubscription(text: string, args: AddSubscriptionArgs, options: PlanOptions = {}): EditPlan {
  const opened = openDirectory(text, args.directoryId, options);
  if (isRefused(opened)) return opened;
  const { m, source, directory } = opened;
  if (!GUID.test(args.id)) return refuse(m.editNotSubscriptionId({ id: args.id }));
  if (!args.name.trim()) return refuse(m.editSubscriptionNeedsName());
  const existing = findSubscription(source, args.id);
  if (existing) return refuse(m.editSubscriptionExists({ id: args.id, subscription: existing.label, directory: existing.directory.label }));
  const loose = args as { owner?: unknown };
  let fields: Fields;
  if (args.type === 'azure') {
    if (!args.owner || !UPN.test(args.owner)) return refuse(m.editAzureNeedsOwner());
    fields = [['id', args.id], ['name', args.name], ['alias', args.alias], ['type', 'azure'], ['offer', args.offer], ['owner', args.owner], ['createdBy', args.createdBy ?? args.owner]];
  } else {
    if (loose.owner !== undefined) return refuse(m.editOffice365NoOwner());
    fields = [['id', args.id], ['name', args.name], ['alias', args.alias], ['type', 'office365'], ['plan', args.plan], ['licenses', args.licenses], ['createdBy', args.createdBy]];
  }
  if (args.createdBy !== undefined && !UPN.test(args.createdBy)) return refuse(m.editNotUpn({ upn: args.createdBy }));
  return planned(appendItems(source, directory.map, 'subscriptions', [fields], { preferFlow: false }));
}
