/**
 * Where each file of an estate sits in the joined model: file k at offsets k × SLOT and on. A file is at
 * most 32 Mi UTF-16 units long (DEFAULT_MAX_LENGTH), far below a slot, and slots of 2^32 leave room for
 * two million files before offsets stop being exact integers.
 */
import type { Problem, RelatedLocation } from '../problems';

export const SLOT = 2 ** 32;

/** The position of the file that holds a joined offset. */
export function slotOf(offset: number): number {
  return Math.max(0, Math.floor(offset / SLOT));
}

/**
 * A problem found on the joined model, moved back into its own file (the one its start lies in); a
 * related location in another file names that file.
 */
export function intoFile(problem: Problem, files: readonly string[]): { slot: number; problem: Problem } {
  const slot = slotOf(problem.start);
  const base = slot * SLOT;
  const related = problem.related?.map((r): RelatedLocation => {
    const other = slotOf(r.start);
    const at = other * SLOT;
    const moved = { ...r, start: r.start - at, end: r.end - at };
    return other === slot ? moved : { ...moved, file: files[other] };
  });
  return {
    slot,
    problem: { ...problem, start: problem.start - base, end: problem.end - base, ...(related ? { related } : {}) },
  };
}
