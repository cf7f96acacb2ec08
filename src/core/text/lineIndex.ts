/**
 * Converts 0-based UTF-16 offsets to 0-based line and column numbers (and back). Lines end at LF,
 * CRLF or a lone CR, as in VS Code; the CR of a CRLF belongs to the line it ends, so CRLF files get
 * the same columns as LF files.
 */
import { changedWindow } from './changedWindow';

export class LineIndex {
  private readonly starts: number[] = [0];

  /**
   * The line index of `text`, a later version of `previous.text`: the line starts outside the part
   * that changed are taken over (those after it shifted), only the changed part is scanned — after a
   * keystroke in a 5 MB file, a copy of the line starts instead of a scan of every character.
   */
  static after(previous: LineIndex, text: string): LineIndex {
    const before = previous.text;
    const { prefix, suffix } = changedWindow(before, text);
    // One character more on each side: a change beside a CR can make or break a CRLF.
    const from = Math.max(0, prefix - 1);
    const to = Math.min(text.length, text.length - suffix + 1);
    const beforeTo = to - text.length + before.length;
    const old = previous.starts;
    // Starts whose line break (the character before them) lies before `from` stay; those after the window move.
    const kept = firstAbove(old, from);
    const moved = firstAbove(old, beforeTo);
    const starts = old.slice(0, kept);
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) starts.push(i + 1);
    }
    const delta = text.length - before.length;
    for (let k = moved; k < old.length; k++) starts.push(old[k] + delta);
    return new LineIndex(text, starts);
  }

  /** @param starts the line starts of `text` when already known (`after`), else found by a scan. */
  constructor(readonly text: string, starts?: number[]) {
    if (starts) {
      this.starts = starts;
      return;
    }
    if (!text.includes('\r')) {
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) this.starts.push(i + 1);
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 0-based line and column (UTF-16 code units) of an offset, clamped into the text. */
  position(offset: number): { line: number; column: number } {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, column: clamped - this.starts[low] };
  }

  /** Offset of a 0-based line and column, clamped into the text. */
  offset(line: number, column: number): number {
    if (line < 0) return 0;
    if (line >= this.starts.length) return this.text.length;
    return Math.min(this.starts[line] + Math.max(0, column), this.text.length);
  }

  /** Offset where a 0-based line starts. */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }
}

/** The index of the first start above `offset` (its line break at `offset` or later). */
function firstAbove(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (starts[mid] <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
