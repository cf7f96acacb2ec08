import { isSeq } from 'yaml';
import { fold } from '../model';
import { openSubscription } from './common';
import { findManagementGroup, managementGroupMaps } from './findPrincipals';
import { isRefused, planned, refuse } from './types';
import type { EditPlan, PlanOptions, TextEdit } from './types';
import { appendScalar } from './scalarList';
import { pairOf } from './yaml/nodes';
import { removeItems } from './yaml/sequences';

export interface PlaceInManagementGroupArgs {
  subscriptionId: string;
  /** A management group of the subscription's directory; the tenant id means the tenant root group. */
  managementGroupId: string;
}

/**
 * Places a subscription in a management group of its directory: its id is appended to the group's
 * `subscriptions` and removed from every other group's list, in one plan (Azure keeps a subscription
 * in one management group). The tenant root group is where a subscription listed nowhere sits, so
 * placing it there only removes it from the others.
 */
export function placeInManagementGroup(text: string, args: PlaceInManagementGroupArgs, options: PlanOptions = {}): EditPlan {
  const opened = openSubscription(text, args.subscriptionId, options);
  if (isRefused(opened)) return opened;
  const { m, source, subscription } = opened;
  const { directory } = subscription;
  const id = subscription.id!;
  const toRoot = directory.id !== undefined && fold(directory.id) === fold(args.managementGroupId.trim());
  const target = findManagementGroup(directory, args.managementGroupId);
  if (!target && !toRoot) return refuse(m.editNoManagementGroup({ id: args.managementGroupId, directory: directory.label }));

  const edits: TextEdit[] = [];
  let alreadyThere = false;
  for (const group of managementGroupMaps(directory)) {
    const pair = pairOf(group.map, 'subscriptions');
    if (!pair || !isSeq(pair.value)) continue;
    const indices = pair.value.items.flatMap((n, i) => (fold(String((n as { value?: unknown }).value ?? '')) === fold(id) ? [i] : []));
    if (!indices.length) continue;
    if (group === target || (target && group.map === target.map) || (toRoot && fold(group.id) === fold(directory.id!))) {
      alreadyThere = true;
      continue;
    }
    edits.push(...removeItems(source, pair, indices, Boolean(group.map.flow)));
  }
  const where = target?.name ?? target?.id ?? m.editTenantRootGroup();
  if (alreadyThere && !edits.length) return refuse(m.editAlreadyInManagementGroup({ subscription: subscription.label, group: where }));
  if (!alreadyThere && target && !toRoot) edits.push(appendScalar(source, target.map, 'subscriptions', id));
  if (!edits.length) return refuse(m.editAlreadyInManagementGroup({ subscription: subscription.label, group: where }));
  return planned(edits);
}
