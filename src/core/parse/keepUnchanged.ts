/**
 * After an edit parses a directory again, its entries that read exactly as before (users, guests,
 * subscriptions…: every value the same, only their offsets moved) become the previous version's
 * objects again, moved to their new offsets. The index then sees them unchanged, so the rules that
 * looked them up from other directories need not run again: typing in one user's line changes that
 * user, not the 250 others of its directory.
 *
 * Generic over the directory's entity lists (every array of objects with a `kind`), so a new kind of
 * entity is covered without a change here.
 */
import type { Directory } from '../model';

type Entity = Record<string, unknown> & { kind: string };

/** Takes over from `before` the entries of `after` that are unchanged, in the same order. */
export function keepUnchanged(before: Directory, after: Directory): void {
  const lists = after as unknown as Record<string, unknown>;
  const previous = before as unknown as Record<string, unknown>;
  for (const key of Object.keys(lists)) {
    const now = lists[key];
    const then = previous[key];
    if (!isEntityList(now) || !isEntityList(then) || then.length === 0) continue;
    lists[key] = reconcile(then, now);
  }
}

function isEntityList(value: unknown): value is Entity[] {
  if (!Array.isArray(value)) return false;
  const first = value[0] as { kind?: unknown } | undefined;
  return first === undefined || (typeof first === 'object' && first !== null && typeof first.kind === 'string');
}

/** `now`, with each entry equal to one of `then` (in the same relative order) replaced by it. */
function reconcile(then: Entity[], now: Entity[]): Entity[] {
  const bySignature = new Map<string, number[]>();
  then.forEach((entity, i) => {
    const signature = signatureOf(entity);
    const list = bySignature.get(signature);
    if (list) list.push(i);
    else bySignature.set(signature, [i]);
  });
  let last = -1; // kept entries keep their order: the index's lists stay in file order
  return now.map((entity) => {
    const candidates = bySignature.get(signatureOf(entity));
    const at = candidates?.find((i) => i > last);
    if (at === undefined) return entity;
    last = at;
    const kept = then[at];
    adoptOffsets(kept, entity);
    return kept;
  });
}

/** Everything an entity says but its offsets. */
function signatureOf(entity: Entity): string {
  return JSON.stringify(entity, (key, value: unknown) => (key === 'start' || key === 'end' ? undefined : value));
}

/** Copies every offset of `from` into `into`, which has the same shape. */
function adoptOffsets(into: Record<string, unknown>, from: Record<string, unknown>): void {
  for (const key of Object.keys(from)) {
    const value = from[key];
    if (key === 'start' || key === 'end') into[key] = value;
    else if (value !== null && typeof value === 'object') adoptOffsets(into[key] as Record<string, unknown>, value as Record<string, unknown>);
  }
}
