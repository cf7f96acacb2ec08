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
import type { Steps } from '../steps';

type Entity = Record<string, unknown> & { kind: string };

/** Takes over from `before` the entries of `after` that are unchanged, in the same order; a pause after each list. */
export function* keepUnchanged(before: Directory, after: Directory): Steps<void> {
  const lists = after as unknown as Record<string, unknown>;
  const previous = before as unknown as Record<string, unknown>;
  for (const key of Object.keys(lists)) {
    const now = lists[key];
    const then = previous[key];
    if (!isEntityList(now) || !isEntityList(then) || then.length === 0) continue;
    lists[key] = reconcile(then, now);
    yield;
  }
}

/** Whether a directory's field is a list of entries (users, guests, subscriptions…). */
export function isEntityList(value: unknown): value is Entity[] {
  if (!Array.isArray(value)) return false;
  const first = value[0] as { kind?: unknown } | undefined;
  return first === undefined || (typeof first === 'object' && first !== null && typeof first.kind === 'string');
}

/**
 * `now`, with the entries equal to those of `then` at the same distance from the start, or from the
 * end, replaced by them: typing changes one entry, a new line adds one, and the others line up.
 */
export function reconcileEntries<T extends object>(then: readonly T[], now: readonly T[]): T[] {
  return reconcile(then as unknown as Entity[], now as unknown as Entity[]) as unknown as T[];
}

function reconcile(then: Entity[], now: Entity[]): Entity[] {
  const result = [...now];
  let prefix = 0;
  while (prefix < then.length && prefix < now.length && sameButOffsets(then[prefix], now[prefix])) {
    result[prefix] = adopt(then[prefix], now[prefix]);
    prefix++;
  }
  for (let suffix = 1; suffix <= Math.min(then.length, now.length) - prefix; suffix++) {
    const [a, b] = [then[then.length - suffix], now[now.length - suffix]];
    if (!sameButOffsets(a, b)) break;
    result[now.length - suffix] = adopt(a, b);
  }
  return result;
}

/** Whether two values are equal, offsets (`start`, `end`) aside. */
function sameButOffsets(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  for (const key of keys) {
    if (key === 'start' || key === 'end') continue;
    if (!Object.prototype.hasOwnProperty.call(y, key) || !sameButOffsets(x[key], y[key])) return false;
  }
  return true;
}

/** `kept`, moved to the offsets of `parsed` (same shape). */
function adopt(kept: Entity, parsed: Entity): Entity {
  adoptOffsets(kept, parsed);
  return kept;
}

/** Copies every offset of `from`, moved by `delta`, into `into`, which has the same shape. */
export function adoptOffsets(into: Record<string, unknown>, from: Record<string, unknown>, delta = 0): void {
  for (const key of Object.keys(from)) {
    const value = from[key];
    if (key === 'start' || key === 'end') into[key] = (value as number) + delta;
    else if (value !== null && typeof value === 'object') adoptOffsets(into[key] as Record<string, unknown>, value as Record<string, unknown>, delta);
  }
}
