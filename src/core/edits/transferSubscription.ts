import { isScalar, isSeq } from 'yaml';
import type { Node, YAMLMap } from 'yaml';
import { blankSeparated, directoryOrRefuse, mapItems, openSubscription } from './common';
import { applyEdits, isRefused, planned, refuse } from './types';
import type { EditPlan, PlanOptions, TextEdit } from './types';
import { reindent, setKey } from './yaml/keys';
import { endOfBlock } from './yaml/lines';
import { contentEnd, itemLines, leadingComments, pairLines, pairOf, scalarText } from './yaml/nodes';
import { appendItems, keyColumn, keyLineFor, removeItems } from './yaml/sequences';
import type { Fields } from './yaml/scalars';
import type { Source } from './yaml/source';
import type { TransferSubscriptionArgs } from './plannerArgs';
export type { TransferSubscriptionArgs } from './plannerArgs';

/**
 * Moves an Azure subscription to another directory, as "Change directory" does in Azure: the
 * subscription's lines (with the comment lines directly above it) leave the source directory's
 * `subscriptions` and are appended, re-indented, to the target's. Azure deletes every role
 * assignment of a subscription that changes directory, so `roleAssignments` becomes
 * `pendingRoleAssignments`, each entry recording `fromDirectory` (the source tenant id), for
 * `recreateRoleAssignments` to restore where the principal exists in the target; the subscription
 * records `transferredFrom` (the source tenant id), so the rules know the move was deliberate; its
 * id leaves the `subscriptions` of the source's management groups (it lands under the target's
 * tenant root group, outside any management group of the file).
 * Refuses Office 365 subscriptions (they stay with their directory), a target that is the current
 * directory, and lists written in flow style.
 */
export function transferSubscription(text: string, args: TransferSubscriptionArgs, options: PlanOptions = {}): EditPlan {
  const opened = openSubscription(text, args.subscriptionId, options);
  if (isRefused(opened)) return opened;
  const { m, source, subscription } = opened;
  const target = directoryOrRefuse(source, args.targetDirectoryId, m);
  if (isRefused(target)) return target;
  if (target.index === subscription.directory.index) return refuse(m.alreadyTrusts({ subscription: subscription.label, directory: target.label }));
  if (subscription.type !== 'azure') return refuse(m.editTransferNotAzure({ subscription: subscription.label }));
  const fromSeq = subscription.pair.value;
  const toPair = pairOf(target.map, 'subscriptions');
  if ((isSeq(fromSeq) && fromSeq.flow) || subscription.map.flow || (isSeq(toPair?.value) && toPair.value.flow && toPair.value.items.length) || target.map.flow) {
    return refuse(m.editFlowLists());
  }
  const { text: t, eol } = source;

  // 1. The lines that move, with the assignments turned into pending ones.
  const lines = itemLines(t, subscription.map)!;
  const blockStart = leadingComments(t, lines.start, lines.indent);
  let moved = t.slice(blockStart, lines.end);
  if (!moved.endsWith('\n')) moved += eol;
  const inner = pendingEdits(source, subscription.map, subscription.directory.id);
  // The explicit record of the move, read by CRT001 and OWN002 (an earlier record is replaced).
  if (subscription.directory.id) inner.push(setKey(source, subscription.map, 'transferredFrom', subscription.directory.id, ['createdBy', 'owner', 'offer', 'state', 'type']));
  moved = applyEdits(moved, inner.map((e) => ({ ...e, start: e.start - blockStart, end: e.end - blockStart })));

  // 2. Where they go, at the indentation of the target's subscriptions.
  const toSeq = toPair?.value;
  let insertAt: number;
  let dashIndent: number;
  let prefix = '';
  let replaceEnd: number | undefined;
  if (isSeq(toSeq) && toSeq.items.length) {
    const last = itemLines(t, toSeq.items[toSeq.items.length - 1] as Node)!;
    insertAt = last.end;
    dashIndent = last.indent;
    if (blankSeparated(source, target.map, 'subscriptions')) prefix = eol;
  } else {
    const keyIndent = keyColumn(source, target.map);
    dashIndent = keyIndent + source.seqIndent;
    prefix = `${' '.repeat(keyIndent)}subscriptions:${eol}`;
    if (toPair) {
      prefix = keyLineFor(source, toPair);
      const pair = pairLines(t, toPair);
      insertAt = pair.start;
      replaceEnd = pair.end;
    } else {
      insertAt = endOfBlock(t, contentEnd(t, target.map), keyIndent - 1);
    }
  }
  if (insertAt > 0 && t[insertAt - 1] !== '\n') prefix = eol + prefix;
  const insert: TextEdit = { start: insertAt, end: replaceEnd ?? insertAt, newText: prefix + reindent(moved, dashIndent - lines.indent) };

  // 3. Out of the source directory (a list left empty goes with its key), and out of its
  // management-group hierarchy: a subscription that changes directory lands under the target's
  // tenant root group, so no management group of the source lists it any more.
  const removal = removeItems(source, subscription.pair, [subscription.index], false, true);
  return planned([...removal, ...leaveHierarchy(source, subscription.directory.map, args.subscriptionId), insert]);
}

/** Edits removing a subscription id from every management group's `subscriptions` of a directory. */
function leaveHierarchy(source: Source, directory: YAMLMap, subscriptionId: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const group of mapItems(directory, 'managementGroups')) {
    const pair = pairOf(group, 'subscriptions');
    if (!pair || !isSeq(pair.value)) continue;
    const indices = pair.value.items.flatMap((item, i) => (isScalar(item) && String(item.value).trim().toLowerCase() === subscriptionId.trim().toLowerCase() ? [i] : []));
    if (indices.length) edits.push(...removeItems(source, pair, indices, group.flow, true));
  }
  return edits;
}

/** Edits (into the file) turning a subscription's `roleAssignments` into `pendingRoleAssignments` with `fromDirectory`. */
function pendingEdits(source: Source, subscription: YAMLMap, fromDirectory: string | undefined): TextEdit[] {
  const assignmentsPair = pairOf(subscription, 'roleAssignments');
  const assignments = mapItems(subscription, 'roleAssignments');
  if (!assignmentsPair || !assignments.length) return [];
  const pending = pairOf(subscription, 'pendingRoleAssignments');
  if (!pending || !isSeq(pending.value) || !pending.value.items.length) {
    // Rename the key and stamp each entry: the entries keep their own text, comments and style.
    const edits: TextEdit[] = [];
    if (pending) edits.push(...removeWholePair(source, subscription, 'pendingRoleAssignments'));
    const key = assignmentsPair.key;
    edits.push({ start: key.range![0], end: key.range![1], newText: 'pendingRoleAssignments' });
    if (fromDirectory) for (const assignment of assignments) edits.push(setKey(source, assignment, 'fromDirectory', fromDirectory));
    return edits;
  }
  // Earlier pending entries exist: append to them, and drop the assignments list.
  const fields: Fields[] = assignments.map((a) => [
    ['principal', scalarText(a, 'principal')], ['role', scalarText(a, 'role')], ['scope', scalarText(a, 'scope')], ['fromDirectory', fromDirectory],
  ]);
  return [...removeWholePair(source, subscription, 'roleAssignments'), ...appendItems(source, subscription, 'pendingRoleAssignments', fields)];
}

function removeWholePair(source: Source, map: YAMLMap, key: string): TextEdit[] {
  const pair = pairOf(map, key);
  if (!pair) return [];
  const lines = pairLines(source.text, pair);
  return [{ start: lines.start, end: lines.end, newText: '' }];
}
