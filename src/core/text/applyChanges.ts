/**
 * A text after an editor's content changes, each replacing `length` UTF-16 units at `offset` of the
 * text as the changes before it left it (the order VS Code reports them in one change event): the new
 * version without asking the editor for its whole text again, which joins every line of the document.
 *
 * The result is a flat string, made in one copy however many changes there are. V8 represents
 * `a.slice(…) + b + a.slice(…)` as a "cons" string, and flattens it — a copy of the whole text, tens
 * of milliseconds for 5 MB — the first time anything slices or scans it; slicing a cons string to
 * apply the next change would copy it once per change. So the changes are applied to a list of
 * pieces (slices of the flat original and the inserted texts) joined once at the end.
 */
export interface ContentChange {
  readonly offset: number;
  readonly length: number;
  readonly text: string;
}

/** More changes than this are not followed (then ask the editor for the text): finding a piece is linear. */
export const MAX_FOLLOWED_CHANGES = 1_000;

/** The text after the changes, or undefined when one does not fit the text or there are too many (then ask the editor for the text). */
export function applyChanges(text: string, changes: readonly ContentChange[]): string | undefined {
  if (changes.length > MAX_FOLLOWED_CHANGES) return undefined;
  if (changes.length === 0) return flat(text);
  let pieces = [text];
  let length = text.length;
  for (const { offset, length: removed, text: inserted } of changes) {
    if (offset < 0 || removed < 0 || offset + removed > length) return undefined;
    const [before, rest] = cut(pieces, offset);
    const [, after] = cut(rest, removed);
    pieces = inserted ? [...before, inserted, ...after] : [...before, ...after];
    length += inserted.length - removed;
  }
  return flat(pieces.length === 1 ? pieces[0] : pieces.join(''));
}

/**
 * The same string, flat: reading one character makes V8 flatten a cons string (one copy), so the
 * next slice, search or comparison of it costs nothing more; on a flat string it costs nothing.
 */
export function flat(text: string): string {
  text.charCodeAt(0);
  return text;
}

/** The pieces split at `offset`: those before it and those from it on (slicing only the piece it falls in). */
function cut(pieces: readonly string[], offset: number): [string[], string[]] {
  let at = 0;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    if (offset <= at + piece.length) {
      const inside = offset - at;
      const before = pieces.slice(0, i);
      const after = pieces.slice(i + 1);
      if (inside > 0) before.push(piece.slice(0, inside));
      if (inside < piece.length) after.unshift(piece.slice(inside));
      return [before, after];
    }
    at += piece.length;
  }
  return [[...pieces], []];
}
