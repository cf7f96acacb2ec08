import { isScalar, isSeq } from 'yaml';
import type { Node, YAMLMap } from 'yaml';
import type { Messages } from '../i18n';
import { blankSeparated, directoryOrRefuse, mapItems, open, openSubscription } from './common';
import type { FoundDirectory, FoundSubscription } from './find';
import { applyEdits, isRefused, planned, refuse } from './types';
import type { EditPlan, PlanOptions, Refusable, Refusal, TextEdit } from './types';
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
  const detached = detach(source, subscription, args.subscriptionId, m);
  if (isRefused(detached)) return detached;
  const insert = attach(source, target, detached, m);
  if (isRefused(insert)) return insert;
  return planned([...detached.edits, insert]);
}

/** The edits of a transfer between two files of an estate: out of one, into the other. */
export interface FileTransferPlan {
  /** Edits into the text of the file the subscription leaves. */
  source: TextEdit[];
  /** Edits into the text of the file holding the target directory. */
  target: TextEdit[];
}

/**
 * The same move as `transferSubscription`, when the target directory is in another file of the
 * estate (docs/format.md#estates): the subscription's lines leave `sourceText` (with the same
 * changes: pending assignments, `transferredFrom`, out of the source's management groups) and are
 * appended to the target directory's `subscriptions` in `targetText`, re-indented and with that
 * file's line breaks. Refusals name the file at fault by `targetFile` when it is the target's.
 */
export function transferSubscriptionToFile(sourceText: string, targetText: string, args: TransferSubscriptionArgs & { targetFile?: string }, options: PlanOptions = {}): Refusable<FileTransferPlan> {
  const opened = openSubscription(sourceText, args.subscriptionId, options);
  if (isRefused(opened)) return opened;
  const { m, source, subscription } = opened;
  const detached = detach(source, subscription, args.subscriptionId, m);
  if (isRefused(detached)) return detached;
  // Opened after the source is done with: the planners keep one parsed text at a time.
  const other = open(targetText, m);
  const inTarget = (refusal: Refusal) => (args.targetFile ? refuse(m.editInOtherFile({ file: args.targetFile, reason: refusal.refused })) : refusal);
  if (other.refused) return inTarget(other.refused);
  const target = directoryOrRefuse(other.source, args.targetDirectoryId, m);
  if (isRefused(target)) return inTarget(target);
  const insert = attach(other.source, target, { ...detached, block: withLineBreaks(detached.block, other.source.eol) }, m);
  if (isRefused(insert)) return inTarget(insert);
  return { source: planned(detached.edits).edits, target: planned([insert]).edits };
}

/** A subscription's lines made ready to move, and the edits taking it out of its file. */
interface Detached {
  /** Its lines, with the comment lines directly above, ending with a line break. */
  block: string;
  /** The column of its `- `. */
  indent: number;
  /** Out of the source directory, and out of that directory's management groups. */
  edits: TextEdit[];
}

/**
 * The lines that move — the assignments turned into pending ones, the move recorded — and the edits
 * removing them from their file. Refuses Office 365 subscriptions and flow-style lists.
 */
function detach(source: Source, subscription: FoundSubscription, subscriptionId: string, m: Messages): Refusable<Detached> {
  if (subscription.type !== 'azure') return refuse(m.editTransferNotAzure({ subscription: subscription.label }));
  const fromSeq = subscription.pair.value;
  if ((isSeq(fromSeq) && fromSeq.flow) || subscription.map.flow) return refuse(m.editFlowLists());
  const { text: t, eol } = source;
  const lines = itemLines(t, subscription.map)!;
  const blockStart = leadingComments(t, lines.start, lines.indent);
  let block = t.slice(blockStart, lines.end);
  if (!block.endsWith('\n')) block += eol;
  const inner = pendingEdits(source, subscription.map, subscription.directory.id);
  // The explicit record of the move, read by CRT001 and OWN002 (an earlier record is replaced).
  if (subscription.directory.id) inner.push(setKey(source, subscription.map, 'transferredFrom', subscription.directory.id, ['createdBy', 'owner', 'offer', 'state', 'type']));
  block = applyEdits(block, inner.map((e) => ({ ...e, start: e.start - blockStart, end: e.end - blockStart })));
  // Out of the source directory (a list left empty goes with its key), and out of its
  // management-group hierarchy: a subscription that changes directory lands under the target's
  // tenant root group, so no management group of the source lists it any more.
  const removal = removeItems(source, subscription.pair, [subscription.index], false, true);
  return { block, indent: lines.indent, edits: [...removal, ...leaveHierarchy(source, subscription.directory.map, subscriptionId)] };
}

/** The edit appending moved lines to a directory's `subscriptions`, at the indentation of its items. */
function attach(source: Source, target: FoundDirectory, moved: { block: string; indent: number }, m: Messages): Refusable<TextEdit> {
  const toPair = pairOf(target.map, 'subscriptions');
  if ((isSeq(toPair?.value) && toPair.value.flow && toPair.value.items.length) || target.map.flow) return refuse(m.editFlowLists());
  const { text: t, eol } = source;
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
  return { start: insertAt, end: replaceEnd ?? insertAt, newText: prefix + reindent(moved.block, dashIndent - moved.indent) };
}

/** Text moved into another file takes that file's line breaks. */
function withLineBreaks(text: string, eol: string): string {
  return text.replace(/\r\n|\r|\n/g, eol);
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
