/**
 * Converts 0-based UTF-16 offsets to 0-based line and column numbers (and back). Lines end at LF,
 * CRLF or a lone CR, as in VS Code; the CR of a CRLF belongs to the line it ends, so CRLF files get
 * the same columns as LF files.
 *
 * The line starts are kept as a few runs: consecutive lines whose starts are read from an array
 * shared with earlier versions, plus the run's shift. An index made from the previous version's
 * (`after`) takes its runs over, cut around the change, the runs after it shifted by the length the
 * change added — a keystroke in a 5 MB file costs a scan of the changed lines, not a copy of every
 * line start. Past `MAX_RUNS` the starts are copied into one array again.
 */
import { changedWindow } from './changedWindow';
import type { TextLike } from './textLike';

export interface Run {
  /** The first line of the run. */
  readonly line: number;
  /** How many lines it holds. */
  readonly count: number;
  /** Where the run's starts are, from `from` on, before the shift. */
  readonly starts: readonly number[];
  readonly from: number;
  /** Added to each start read from `starts`. */
  readonly shift: number;
}

/** Runs beyond which an index copies its starts into one array (each edit adds at most two). */
export const MAX_RUNS = 32;

export class LineIndex {
  private readonly runs: readonly Run[];
  readonly lineCount: number;

  /**
   * The line index of `text`, a later version of `previous.text`: the line starts outside the part
   * that changed are taken over (those after it shifted, lazily), only the changed part is scanned.
   */
  static after(previous: LineIndex, text: TextLike): LineIndex {
    const before = previous.text;
    const { prefix, suffix } = changedWindow(before, text);
    // One character more on each side: a change beside a CR can make or break a CRLF.
    const from = Math.max(0, prefix - 1);
    const to = Math.min(text.length, text.length - suffix + 1);
    const beforeTo = to - text.length + before.length;
    // Starts whose line break (the character before them) lies before `from` stay; those after the window move.
    const kept = previous.firstAbove(from);
    const moved = previous.firstAbove(beforeTo);
    const scanned: number[] = [];
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) scanned.push(i + 1);
    }
    const runs = previous.cut(0, kept, 0, 0);
    if (scanned.length > 0) runs.push({ line: kept, count: scanned.length, starts: scanned, from: 0, shift: 0 });
    runs.push(...previous.cut(moved, previous.lineCount, kept + scanned.length, text.length - before.length));
    return new LineIndex(text, runs.length > MAX_RUNS ? [flatten(runs)] : runs);
  }

  /** @param runs the line starts of `text` when already known (`after`), else found by a scan. */
  constructor(readonly text: TextLike, runs?: readonly Run[]) {
    this.runs = runs ?? [whole(scan(text))];
    const last = this.runs[this.runs.length - 1];
    this.lineCount = last.line + last.count;
  }

  /** 0-based line and column (UTF-16 code units) of an offset, clamped into the text. */
  position(offset: number): { line: number; column: number } {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    // The last run whose first start is at or before the offset, then the last start in it.
    let low = 0;
    let high = this.runs.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      const run = this.runs[mid];
      if (run.starts[run.from] + run.shift <= clamped) low = mid;
      else high = mid - 1;
    }
    const run = this.runs[low];
    const target = clamped - run.shift;
    let first = run.from;
    let last = run.from + run.count - 1;
    while (first < last) {
      const mid = (first + last + 1) >> 1;
      if (run.starts[mid] <= target) first = mid;
      else last = mid - 1;
    }
    return { line: run.line + first - run.from, column: target - run.starts[first] };
  }

  /** Offset of a 0-based line and column, clamped into the text. */
  offset(line: number, column: number): number {
    if (line < 0) return 0;
    if (line >= this.lineCount) return this.text.length;
    return Math.min(this.startOf(line) + Math.max(0, column), this.text.length);
  }

  /** Offset where a 0-based line starts. */
  lineStart(line: number): number {
    return this.startOf(Math.max(0, Math.min(line, this.lineCount - 1)));
  }

  /** The start of a line of the index (0 ≤ line < lineCount). */
  private startOf(line: number): number {
    const run = this.runs[this.runOf(line)];
    return run.starts[run.from + line - run.line] + run.shift;
  }

  /** The index of the run holding a line. */
  private runOf(line: number): number {
    let low = 0;
    let high = this.runs.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.runs[mid].line <= line) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** The first line whose start is above `offset` (its line break at `offset` or later): the number of starts at or before it. */
  private firstAbove(offset: number): number {
    let low = 0;
    let high = this.lineCount;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.startOf(mid) <= offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** The runs of lines `first` to `end` (excluded), renumbered from `line` and shifted by `shift` more. */
  private cut(first: number, end: number, line: number, shift: number): Run[] {
    const runs: Run[] = [];
    if (first >= end) return runs;
    for (let r = this.runOf(first); r < this.runs.length && this.runs[r].line < end; r++) {
      const run = this.runs[r];
      const from = Math.max(first, run.line);
      const to = Math.min(end, run.line + run.count);
      if (from < to) runs.push({ line: line + from - first, count: to - from, starts: run.starts, from: run.from + from - run.line, shift: run.shift + shift });
    }
    return runs;
  }
}

/** Every line start of `text`. */
function scan(text: TextLike): number[] {
  const starts = [0];
  if (!text.includes('\r')) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) starts.push(i + 1);
  }
  return starts;
}

/** The runs' starts copied into one run. */
function flatten(runs: readonly Run[]): Run {
  const last = runs[runs.length - 1];
  const starts = new Array<number>(last.line + last.count);
  for (const run of runs) {
    for (let i = 0; i < run.count; i++) starts[run.line + i] = run.starts[run.from + i] + run.shift;
  }
  return whole(starts);
}

function whole(starts: readonly number[]): Run {
  return { line: 0, count: starts.length, starts, from: 0, shift: 0 };
}
