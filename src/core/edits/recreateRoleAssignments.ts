import { accountKey } from '../identity';
import { roleKey } from '../roleReference';
import { isGuestOf, mapItems, normalScope, openSubscription } from './common';
import { memberUpns } from './find';
import type { YAMLMap, YAMLSeq } from 'yaml';
import { applyEdits, isRefused, planned, refuse } from './types';
import type { EditPlan, PlanOptions } from './types';
import { appendItemLines, removeKey } from './yaml/keys';
import { itemLines, pairOf, scalarText } from './yaml/nodes';
import { appendItems, removeItems } from './yaml/sequences';
import type { Fields } from './yaml/scalars';

export interface RecreateRoleAssignmentsArgs {
  subscriptionId: string;
}

/**
 * Moves the subscription's `pendingRoleAssignments` whose principal now exists in its directory (as a
 * member or a guest) back into `roleAssignments` (without `fromDirectory`). Pending entries for other
 * principals stay. An entry that is already assigned is just dropped from the pending list.
 * Refuses when no pending principal exists in the directory yet.
 */
export function recreateRoleAssignments(text: string, args: RecreateRoleAssignmentsArgs, options: PlanOptions = {}): EditPlan {
  const opened = openSubscription(text, args.subscriptionId, options);
  if (isRefused(opened)) return opened;
  const { m, source, subscription } = opened;
  const pending = mapItems(subscription.map, 'pendingRoleAssignments');
  if (!pending.length) return refuse(m.editNoPending({ subscription: subscription.label }));
  const directory = subscription.directory;
  const members = new Set(memberUpns(directory).map(accountKey));
  const exists = (upn: string) => members.has(accountKey(upn)) || isGuestOf(directory, upn);
  const key = (principal: string, role: string, scope: string | undefined) => `${accountKey(principal)}\u0000${roleKey(role)}\u0000${normalScope(scope, subscription.id)}`;
  const assigned = new Set(mapItems(subscription.map, 'roleAssignments').map((a) => key(scalarText(a, 'principal') ?? '', scalarText(a, 'role') ?? '', scalarText(a, 'scope'))));

  const pendingSeq = pairOf(subscription.map, 'pendingRoleAssignments')!;
  const allItems = (pendingSeq.value as { items: unknown[] }).items;
  const indices: number[] = [];
  const fields: Fields[] = [];
  const missing: string[] = [];
  const moveable: YAMLMap[] = [];
  for (const entry of pending) {
    const principal = scalarText(entry, 'principal');
    const role = scalarText(entry, 'role');
    if (!principal || !role || !exists(principal)) {
      if (principal) missing.push(principal);
      continue;
    }
    indices.push(allItems.indexOf(entry));
    const k = key(principal, role, scalarText(entry, 'scope'));
    if (assigned.has(k)) continue;
    assigned.add(k);
    fields.push([['principal', principal], ['role', role], ['scope', scalarText(entry, 'scope')]]);
    moveable.push(entry);
  }
  if (!indices.length) {
    return refuse(m.editPendingNowhere({ principals: [...new Set(missing)].join(', '), directory: directory.label }));
  }
  if (indices.length === allItems.length && moveable.length === pending.length && !pairOf(subscription.map, 'roleAssignments')) {
    // Every entry comes back and there is no list yet: rename the key, drop `fromDirectory` in place.
    const edits = [{ start: pendingSeq.key.range![0], end: pendingSeq.key.range![1], newText: 'roleAssignments' }];
    for (const entry of pending) {
      const drop = removeKey(source, entry, 'fromDirectory');
      if (drop) edits.push(drop);
    }
    return planned(edits);
  }
  const removal = removeItems(source, pendingSeq, indices, Boolean(subscription.map.flow));
  // Block lists: move each entry's own text (its comments and style), without `fromDirectory`.
  const moved = (pendingSeq.value as YAMLSeq).flow ? undefined : moveable.map((entry) => {
    const lines = itemLines(source.text, entry)!;
    const drop = removeKey(source, entry, 'fromDirectory');
    const rel = drop ? [{ ...drop, start: drop.start - lines.start, end: drop.end - lines.start }] : [];
    return { text: applyEdits(source.text.slice(lines.start, lines.end), rel), indent: lines.indent };
  });
  const appended = moved && appendItemLines(source, subscription.map, 'roleAssignments', moved);
  if (appended) return planned([...removal, ...appended]);
  const preferFlow = mapItems(subscription.map, 'roleAssignments').length ? undefined : Boolean(pending[0].flow);
  return planned([...removal, ...appendItems(source, subscription.map, 'roleAssignments', fields, { preferFlow })]);
}
