/**
 * A file's directory copied to its slot of the joined model (slots.ts), reusing the copies of the
 * entries that did not change. A file's `Analyzer` keeps the entries of a directory it parsed again
 * that read as before (parse/keepUnchanged.ts: the previous version's objects, moved); their copies
 * are the previous copies, moved too. So the estate's index sees the same objects and the rules of
 * other files that looked them up keep their findings, and typing in one user's line copies that
 * user, not the 250 others of its directory.
 */
import type { Directory } from '../model';
import { adoptOffsets, isEntityList } from '../parse/keepUnchanged';
import { shiftDirectory } from '../parse/shift';

/** The joined copy of each entry of the directories a file replaced, with the position they had. */
export type EntryCopies = Map<object, { copy: object; index: number }>;

/** Adds the entries of a replaced directory and of its copy (same shape, in the same order). */
export function addEntryCopies(into: EntryCopies, source: Directory, copy: Directory): void {
  const [fields, copied] = [source as unknown as Record<string, unknown>, copy as unknown as Record<string, unknown>];
  for (const key of Object.keys(fields)) {
    const list = fields[key];
    if (!isEntityList(list)) continue;
    list.forEach((entry, i) => into.set(entry, { copy: (copied[key] as object[])[i], index: copy.index }));
  }
}

/**
 * A copy of `source` moved by `delta` to position `index`: entries found in `previous` (at the same
 * position) are their copies, moved; the rest is copied. Each previous copy is taken once.
 */
export function copyKeeping(source: Directory, delta: number, index: number, previous: EntryCopies): Directory {
  const fields = source as unknown as Record<string, unknown>;
  const shell: Record<string, unknown> = { ...fields };
  const reused = new Map<string, Array<object | undefined>>();
  for (const key of Object.keys(fields)) {
    const list = fields[key];
    if (!isEntityList(list) || list.length === 0) continue;
    const copies = list.map((entry) => {
      const found = previous.get(entry);
      if (!found || found.index !== index) return undefined;
      previous.delete(entry);
      return found.copy;
    });
    if (copies.every((c) => c === undefined)) continue;
    reused.set(key, copies);
    shell[key] = list.filter((_, i) => copies[i] === undefined);
  }
  // The directory's own fields and its new entries, copied in one go; then each list in its order again.
  const copy = shiftDirectory(shell as unknown as Directory, delta, index) as unknown as Record<string, unknown>;
  for (const [key, copies] of reused) {
    const fresh = (copy[key] as object[])[Symbol.iterator]();
    copy[key] = (fields[key] as Array<Record<string, unknown>>).map((entry, i) => {
      const kept = copies[i] as Record<string, unknown> | undefined;
      if (!kept) return fresh.next().value!;
      adoptOffsets(kept, entry, delta);
      return kept;
    });
  }
  return copy as unknown as Directory;
}
