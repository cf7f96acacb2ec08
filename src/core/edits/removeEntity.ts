import { isMap } from 'yaml';
import { analyze } from '../analyze';
import { messagesFor } from '../i18n';
import { sameAccount } from '../identity';
import { fold } from '../model';
import { ReferenceIndex } from '../references';
import { directoryOrRefuse, mapItems, open, subscriptionOrRefuse } from './common';
import { directoryMaps } from './find';
import type { FoundDirectory } from './find';
import { anchorsCutOff } from './anchors';
import { isRefused, planned, refuse } from './types';
import type { EditPlan, PlanOptions, PlanReference, TextEdit } from './types';
import { pairOf, scalarText } from './yaml/nodes';
import { removeItems } from './yaml/sequences';
import type { RemoveTarget } from './plannerArgs';
export type { RemoveTarget } from './plannerArgs';

/**
 * Removes an entity's lines. A directory or subscription goes with the comment lines directly above
 * it; a list left empty goes with its key. The plan's `references` lists what still names the
 * removed account(s) outside the removed text, for the caller to show or act on: nothing else is
 * changed.
 */
export function removeEntity(text: string, target: RemoveTarget, options: PlanOptions = {}): EditPlan {
  const plan = planRemoval(text, target, options);
  if (isRefused(plan) || plan.edits.length === 0) return plan;
  // Lines that define an anchor still used by an alias elsewhere stay: the file would no longer parse.
  const m = messagesFor(options.locale);
  const { source } = open(text, m);
  const cut = source && anchorsCutOff(source.text, source.doc, plan.edits)[0];
  return cut ? refuse(m.editAnchorUsed({ anchor: cut.anchor, lines: cut.aliasLines.join(', '), count: cut.aliasLines.length })) : plan;
}

function planRemoval(text: string, target: RemoveTarget, options: PlanOptions): EditPlan {
  const m = messagesFor(options.locale);
  const { source, refused } = open(text, m);
  if (refused) return refused;
  switch (target.kind) {
    case 'directory': {
      const directory = directoryOrRefuse(source, target.id);
      if (isRefused(directory)) return directory;
      const edits = removeItems(source, pairOf(source.doc.contents, 'directories')!, [directory.index], false, true, true);
      const upns = mapItems(directory.map, 'users').map((u) => scalarText(u, 'upn')).filter((u): u is string => !!u);
      return planned(edits, referencesOutside(text, upns, edits));
    }
    case 'subscription': {
      const subscription = subscriptionOrRefuse(source, target.id, m);
      if (isRefused(subscription)) return subscription;
      return planned(removeItems(source, subscription.pair, [subscription.index], false, true), []);
    }
    case 'roleAssignment':
    case 'roleAssignments': {
      const subscription = subscriptionOrRefuse(source, target.subscriptionId, m);
      if (isRefused(subscription)) return subscription;
      const key = target.kind === 'roleAssignment' && target.pending ? 'pendingRoleAssignments' : 'roleAssignments';
      const pair = pairOf(subscription.map, key);
      const count = mapItems(subscription.map, key).length;
      if (!pair || !count) return refuse(m.editNoKey({ subscription: subscription.label, key }));
      const indices = target.kind === 'roleAssignments' ? [...Array(count).keys()] : [target.index];
      if (target.kind === 'roleAssignment' && !isMap((pair.value as { items: unknown[] }).items[target.index])) {
        return refuse(m.editNoAssignmentN({ subscription: subscription.label, number: target.index + 1 }));
      }
      return planned(removeItems(source, pair, indices, Boolean(subscription.map.flow)), []);
    }
    case 'user': {
      const holder = directoryMaps(source).find((d) => (!target.directoryId || fold(d.id ?? '') === fold(target.directoryId)) &&
        mapItems(d.map, 'users').some((u) => sameAccount(scalarText(u, 'upn') ?? '', target.upn)));
      if (!holder) return refuse(m.editNotUserOf({ upn: target.upn, anywhere: !target.directoryId }));
      const index = indexIn(holder, 'users', target.upn);
      const edits = removeItems(source, pairOf(holder.map, 'users')!, [index]);
      return planned(edits, referencesOutside(text, [target.upn], edits));
    }
    case 'guest': {
      const directory = directoryOrRefuse(source, target.directoryId, m);
      if (isRefused(directory)) return directory;
      const index = target.index ?? indexIn(directory, 'guests', target.upn);
      const entry = (pairOf(directory.map, 'guests')?.value as { items?: unknown[] } | undefined)?.items?.[index];
      if (index < 0 || !isMap(entry) || !sameAccount(scalarText(entry, 'upn') ?? '', target.upn)) return refuse(m.editNotGuestOf({ upn: target.upn, directory: directory.label }));
      const edits = removeItems(source, pairOf(directory.map, 'guests')!, [index], Boolean(directory.map.flow));
      return planned(edits, guestReferences(text, directory, target.upn, edits));
    }
  }
}

function indexIn(directory: FoundDirectory, key: string, upn: string): number {
  const items = (pairOf(directory.map, key)?.value as { items?: unknown[] } | undefined)?.items ?? [];
  return items.findIndex((n) => isMap(n) && sameAccount(scalarText(n, 'upn') ?? '', upn));
}

function inside(offset: number, edits: TextEdit[]): boolean {
  return edits.some((e) => offset >= e.start && offset < e.end);
}

/** Every place outside the removed text that names one of the accounts. */
function referencesOutside(text: string, upns: string[], edits: TextEdit[]): PlanReference[] {
  const index = new ReferenceIndex(analyze(text, { split: false }).workspace);
  const out: PlanReference[] = [];
  for (const upn of new Set(upns.map(fold))) {
    for (const r of index.referencesTo('account', upn)) {
      if (!inside(r.start, edits)) out.push({ role: r.role, text: r.text, start: r.start, end: r.end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Where the directory's subscriptions still use the guest (nothing when the account is also a member there). */
function guestReferences(text: string, directory: FoundDirectory, upn: string, edits: TextEdit[]): PlanReference[] {
  if (mapItems(directory.map, 'users').some((u) => sameAccount(scalarText(u, 'upn') ?? '', upn))) return [];
  const stillGuest = mapItems(directory.map, 'guests').filter((g) => sameAccount(scalarText(g, 'upn') ?? '', upn)).length > 1;
  if (stillGuest) return [];
  const index = new ReferenceIndex(analyze(text, { split: false }).workspace);
  return index.referencesTo('account', upn)
    .filter((r) => r.role !== 'member' && r.role !== 'guest' && 'directoryIndex' in r.entity && r.entity.directoryIndex === directory.index && !inside(r.start, edits))
    .map((r) => ({ role: r.role, text: r.text, start: r.start, end: r.end }));
}
