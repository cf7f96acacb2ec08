/**
 * Where two versions of a text differ: the length of their common prefix and of their common
 * suffix (never overlapping). Compares 4 KiB slices natively before narrowing down character by
 * character, so a 7 MB text with a one-word change costs a few milliseconds, not a JavaScript loop
 * over every character. Two ropes (rope.ts) skip the pieces they share first.
 */
import { Rope } from './rope';
import type { ContentChange } from './rope';
import type { TextLike } from './textLike';

export interface ChangedWindow {
  /** Characters both texts start with. */
  prefix: number;
  /** Characters both texts end with, after the prefix. */
  suffix: number;
}

const CHUNK = 4096;

export function changedWindow(before: TextLike, after: TextLike): ChangedWindow {
  const ropes = before instanceof Rope && after instanceof Rope ? [before, after] as const : undefined;
  const shortest = Math.min(before.length, after.length);
  let prefix = ropes ? Math.min(shortest, Rope.commonPrefix(...ropes)) : 0;
  while (prefix + CHUNK <= shortest && before.slice(prefix, prefix + CHUNK) === after.slice(prefix, prefix + CHUNK)) prefix += CHUNK;
  while (prefix < shortest && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  const room = shortest - prefix;
  let suffix = ropes ? Rope.commonSuffix(...ropes, room) : 0;
  while (suffix + CHUNK <= room && before.slice(before.length - suffix - CHUNK, before.length - suffix) === after.slice(after.length - suffix - CHUNK, after.length - suffix)) suffix += CHUNK;
  while (suffix < room && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { prefix, suffix };
}

/** The one change that makes `after` from `before`, as an editor reports it: what lies between their common prefix and suffix. */
export function changeBetween(before: string, after: string): ContentChange {
  const { prefix, suffix } = changedWindow(before, after);
  return { offset: prefix, length: before.length - prefix - suffix, text: after.slice(prefix, after.length - suffix) };
}
