import { directoryOrRefuse, isRefusal, open } from './common';
import { ACCOUNT, findSubscription, GUID } from './find';
import { planned, refuse } from './types';
import type { EditPlan } from './types';
import { appendItems } from './yamlText';
import type { Fields } from './yamlText';

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
export function addSubscription(text: string, args: AddSubscriptionArgs): EditPlan {
  const { source, refused } = open(text);
  if (refused) return refused;
  const directory = directoryOrRefuse(source, args.directoryId);
  if (isRefusal(directory)) return directory;
  if (!GUID.test(args.id)) return refuse(`${args.id} is not a subscription id: subscription ids are GUIDs.`);
  if (!args.name.trim()) return refuse('A subscription needs a name.');
  const existing = findSubscription(source, args.id);
  if (existing) return refuse(`Subscription ${args.id} is already in the file (${existing.label}, in ${existing.directory.label}); a subscription trusts one directory.`);
  const loose = args as { owner?: unknown };
  let fields: Fields;
  if (args.type === 'azure') {
    if (!args.owner || !ACCOUNT.test(args.owner)) return refuse('An Azure subscription needs an owner: the user who is its Account Administrator.');
    fields = [['id', args.id], ['name', args.name], ['alias', args.alias], ['type', 'azure'], ['offer', args.offer], ['owner', args.owner], ['createdBy', args.createdBy ?? args.owner]];
  } else {
    if (loose.owner !== undefined) return refuse('An Office 365 subscription has no individual owner: it is owned by the directory itself.');
    fields = [['id', args.id], ['name', args.name], ['alias', args.alias], ['type', 'office365'], ['plan', args.plan], ['licenses', args.licenses], ['createdBy', args.createdBy]];
  }
  if (args.createdBy !== undefined && !ACCOUNT.test(args.createdBy)) return refuse(`${args.createdBy} is not a user principal name.`);
  return planned(appendItems(source, directory.map, 'subscriptions', [fields], { preferFlow: false }));
}
