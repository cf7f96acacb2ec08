/**
 * A copy of a piece of a larger text that does not keep the larger text alive.
 *
 * V8 makes `text.slice(a, b)` (13 characters or more) a view into `text`, and every string cut from
 * that view — what the `yaml` parser keeps of a directory block, the keys of the block cache — points
 * at the whole text too. A block parsed at one version and kept across later ones would then keep
 * that version's whole text alive: at 50,000 users, about 5 MB more per edit in another directory.
 * Joining the piece to another string and slicing the join makes V8 copy the piece into a string of
 * its own length, which the slice then points into.
 */
export function ownCopy(piece: string): string {
  return ` ${piece}`.slice(1);
}
