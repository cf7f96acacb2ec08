/**
 * A large text held in pieces of about `PIECE` characters, each ending a line (but the last), so an
 * editor's change makes a new version by copying the pieces it touches, not the whole text.
 *
 * A flat string of a 5 MB document is a new 5 MB allocation per version — fresh memory the system must
 * hand over page by page, tens of milliseconds of one task of the extension host at 50,000 users,
 * and garbage for the collector afterwards. A rope's version shares every untouched piece with the
 * version before it. It reads as a string does (`TextLike`); `toString()` gives the text as a string
 * that V8 keeps as a chain of the pieces ("cons" string) until something reads its characters, which
 * copies it whole then, once: the incremental analysis reads the rope instead.
 *
 * Pieces begin lines, so a line-based scan of each piece (tabs in indentation, lone CRs) is a scan of
 * the text, made once when the piece is made.
 */
import { hasTabIndentation } from '../parse/maskLines';
import { hasLoneCr } from './lineBreaks';
import type { TextLike } from './textLike';

/** One change of an editor's change event: `length` UTF-16 units at `offset` replaced by `text`, on the text the changes before it left. */
export interface ContentChange {
  readonly offset: number;
  readonly length: number;
  readonly text: string;
}

/** More changes than this at once are not followed (then the editor's text is read whole): a replace-all across the file. */
export const MAX_FOLLOWED_CHANGES = 1_000;

/** Characters per piece, about: two-byte pieces stay below V8's large-object size, so pieces are not fresh pages of their own. */
export const PIECE = 32 * 1024;

/** What a piece holds that makes the analysis take another path (a masked copy, a line-break conversion, a refusal). */
interface PieceFacts {
  loneCr: boolean;
  tabIndent: boolean;
  nul: boolean;
}

function factsOf(piece: string): PieceFacts {
  return {
    loneCr: hasLoneCr(piece),
    tabIndent: hasTabIndentation(piece),
    nul: piece.includes('\0'),
  };
}

export class Rope implements TextLike {
  readonly length: number;
  /** The offset each piece starts at, and the length last. */
  private readonly starts: number[];
  /** The piece `charCodeAt` read last: reads go along the text. */
  private hint = 0;
  private joined?: string;

  private constructor(private readonly pieces: readonly string[], private readonly facts: readonly PieceFacts[], private readonly size: number, flat?: string) {
    this.starts = new Array<number>(pieces.length + 1);
    let at = 0;
    for (let i = 0; i < pieces.length; i++) {
      this.starts[i] = at;
      at += pieces[i].length;
    }
    this.starts[pieces.length] = at;
    this.length = at;
    this.joined = flat;
  }

  /** A rope of a whole text (its pieces are views into it: no copy); `size` is for tests, to cut small texts in many pieces. */
  static of(text: string, size = PIECE): Rope {
    const pieces = cut(text, size);
    return new Rope(pieces, pieces.map(factsOf), size, text);
  }

  /** The text after an editor's changes (each on the text the ones before it left), or undefined when one does not fit it or there are too many. */
  edit(changes: readonly ContentChange[]): Rope | undefined {
    if (changes.length > MAX_FOLLOWED_CHANGES) return undefined;
    let rope: Rope = this;
    for (const change of changes) {
      const next = rope.replace(change);
      if (!next) return undefined;
      rope = next;
    }
    return rope;
  }

  /**
   * The text as a string: the given text for a rope made of one, else the pieces chained without a
   * copy (V8 copies it whole the first time its characters are read).
   */
  toString(): string {
    if (this.joined === undefined) {
      let joined = '';
      for (const piece of this.pieces) joined += piece;
      this.joined = joined;
    }
    return this.joined;
  }

  /** Whether the text has a lone CR (a line break the `yaml` parser does not know). */
  get hasLoneCr(): boolean {
    return this.facts.some((f) => f.loneCr);
  }

  /** Whether a line of the text is indented with a tab. */
  get hasTabIndentation(): boolean {
    return this.facts.some((f) => f.tabIndent);
  }

  /** Whether the text holds a NUL character (a binary file). */
  get hasNul(): boolean {
    return this.facts.some((f) => f.nul);
  }

  /** The number of leading characters two ropes share, found piece by piece (shared pieces compare at once). */
  static commonPrefix(a: Rope, b: Rope): number {
    let i = 0;
    while (i < a.pieces.length && i < b.pieces.length && a.starts[i] === b.starts[i] && a.pieces[i] === b.pieces[i]) i++;
    return Math.min(a.starts[i], b.starts[i]);
  }

  /** The number of trailing characters two ropes share, at most `room`, found piece by piece. */
  static commonSuffix(a: Rope, b: Rope, room: number): number {
    let i = a.pieces.length - 1;
    let j = b.pieces.length - 1;
    while (i >= 0 && j >= 0 && a.length - a.starts[i] === b.length - b.starts[j] && a.pieces[i] === b.pieces[j]) {
      i--;
      j--;
    }
    return Math.min(room, a.length - a.starts[i + 1]);
  }

  slice(start?: number, end?: number): string {
    const from = clampIndex(start ?? 0, this.length);
    const to = clampIndex(end ?? this.length, this.length);
    if (to <= from) return '';
    const first = this.pieceAt(from);
    if (to <= this.starts[first + 1]) return this.pieces[first].slice(from - this.starts[first], to - this.starts[first]);
    const parts = [this.pieces[first].slice(from - this.starts[first])];
    let i = first + 1;
    for (; this.starts[i + 1] < to; i++) parts.push(this.pieces[i]);
    parts.push(this.pieces[i].slice(0, to - this.starts[i]));
    return parts.join('');
  }

  charCodeAt(position: number): number {
    const index = Math.trunc(position) || 0;
    if (!(index >= 0 && index < this.length)) return NaN;
    let i = this.hint;
    if (!(this.starts[i] <= index && index < this.starts[i + 1])) this.hint = i = this.pieceAt(index);
    return this.pieces[i].charCodeAt(index - this.starts[i]);
  }

  indexOf(search: string, position = 0): number {
    const from = clampIndex(Math.max(0, Math.trunc(position) || 0), this.length);
    if (search.length === 0) return from;
    for (let i = this.pieceAt(from); i < this.pieces.length; i++) {
      const start = this.starts[i];
      const found = this.pieces[i].indexOf(search, Math.max(0, from - start));
      if (found !== -1) return start + found;
      const seam = this.firstAcross(search, i + 1, from);
      if (seam !== -1) return seam;
    }
    return -1;
  }

  lastIndexOf(search: string, position = Infinity): number {
    const from = Math.min(Number.isNaN(position) ? Infinity : Math.max(0, Math.trunc(position)), this.length);
    if (search.length === 0) return from;
    for (let i = this.pieceAt(from); i >= 0; i--) {
      const start = this.starts[i];
      const seam = this.lastAcross(search, i + 1, from);
      if (seam !== -1) return seam;
      const found = this.pieces[i].lastIndexOf(search, from - start);
      if (found !== -1) return start + found;
    }
    return -1;
  }

  startsWith(search: string, position = 0): boolean {
    const from = clampIndex(Math.max(0, Math.trunc(position) || 0), this.length);
    return this.slice(from, from + search.length) === search;
  }

  includes(search: string, position = 0): boolean {
    return this.indexOf(search, position) !== -1;
  }

  /**
   * Where `search` begins across the seam where piece `next` begins (starting in the pieces before it,
   * ending from it on): the text around the seam, and the offset it starts at; undefined when no match
   * can cross it.
   */
  private aroundSeam(search: string, next: number): { around: string; at: number; seam: number } | undefined {
    if (search.length < 2 || next >= this.pieces.length) return undefined;
    const seam = this.starts[next];
    const at = Math.max(0, seam - (search.length - 1));
    return { around: this.slice(at, seam + search.length - 1), at, seam };
  }

  /** The first start, at least `from`, of `search` across the seam before piece `next`; -1 if none. */
  private firstAcross(search: string, next: number, from: number): number {
    const seam = this.aroundSeam(search, next);
    if (!seam) return -1;
    const found = seam.around.indexOf(search, Math.max(0, from - seam.at));
    return found === -1 || seam.at + found >= seam.seam ? -1 : seam.at + found;
  }

  /** The last start, at most `before`, of `search` across the seam before piece `next`; -1 if none. */
  private lastAcross(search: string, next: number, before: number): number {
    const seam = this.aroundSeam(search, next);
    if (!seam || before < seam.at) return -1;
    const found = seam.around.lastIndexOf(search, Math.min(seam.seam - seam.at - 1, before - seam.at));
    return found === -1 ? -1 : seam.at + found;
  }

  /** The piece holding `offset` (the last one for the text's end). */
  private pieceAt(offset: number): number {
    let low = 0;
    let high = this.pieces.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** This text with one change made: the pieces it touches made again, the others shared. */
  private replace({ offset, length, text }: ContentChange): Rope | undefined {
    if (!(offset >= 0 && length >= 0 && offset + length <= this.length)) return undefined;
    const first = this.pieceAt(offset);
    let last = this.pieceAt(offset + length);
    let middle = this.pieces[first].slice(0, offset - this.starts[first]) + text + this.pieces[last].slice(offset + length - this.starts[last]);
    // Pieces end lines: take in the following pieces until the changed one does (or none are left), and a small one joins the next.
    while (last + 1 < this.pieces.length && (!middle.endsWith('\n') || middle.length < this.size / 4)) middle += this.pieces[++last];
    // One copy of the changed pieces, flat: the old pieces it was chained from are let go.
    middle.charCodeAt(0);
    const made = middle ? cut(middle, this.size) : [];
    const pieces = [...this.pieces.slice(0, first), ...made, ...this.pieces.slice(last + 1)];
    const facts = [...this.facts.slice(0, first), ...made.map(factsOf), ...this.facts.slice(last + 1)];
    return pieces.length > 0 ? new Rope(pieces, facts, this.size) : Rope.of('', this.size);
  }
}

/** A text cut after a line break every `size` characters or so (one piece for an empty text). */
function cut(text: string, size: number): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (start < text.length) {
    const newline = start + size < text.length ? text.indexOf('\n', start + size - 1) : -1;
    const end = newline === -1 ? text.length : newline + 1;
    pieces.push(text.slice(start, end));
    start = end;
  }
  return pieces.length > 0 ? pieces : [''];
}

function clampIndex(index: number, length: number): number {
  if (Number.isNaN(index)) return 0;
  const at = Math.trunc(index);
  return at < 0 ? Math.max(0, length + at) : Math.min(at, length);
}
