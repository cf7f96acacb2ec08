/**
 * Moves a cached piece of the model or a cached problem to where its block now sits: every `start` /
 * `end` offset moves by `delta`, and directory positions are renumbered.
 *
 * `placeBlock` moves a parsed block in place: an `Analyzer` owns its blocks, and an analysis it made
 * describes its text until the same `Analyzer` analyses the next version (then the blocks after an
 * edit move). Copying instead would cost a copy of every entity after the edit on each keystroke.
 * `shiftDirectory` and `shiftProblem` copy, for the rare block placed twice in one file.
 */
import type { Directory, Span } from '../model';
import type { Problem } from '../problems';

export function shiftDirectory(directory: Directory, delta: number, index: number): Directory {
  if (delta === 0 && directory.index === index) return directory;
  return copy(directory, delta, index) as Directory;
}

export function shiftProblem(problem: Problem, delta: number): Problem {
  if (delta === 0) return problem;
  return {
    ...problem,
    start: problem.start + delta,
    end: problem.end + delta,
    related: problem.related?.map((r) => ({ ...r, start: r.start + delta, end: r.end + delta })),
  };
}

function copy(value: unknown, delta: number, index: number): unknown {
  if (Array.isArray(value)) return value.map((item) => copy(item, delta, index));
  if (value === null || typeof value !== 'object') return value;
  // Same prototype as the original (a map of the user's keys has none), and every key defined, not
  // assigned: a user's `__proto__` key is copied as a key.
  const result: Record<string, unknown> = Object.getPrototypeOf(value) === null ? Object.create(null) : {};
  for (const [key, field] of Object.entries(value)) {
    const shifted = key === 'start' || key === 'end' ? (field as number) + delta
      : key === 'directoryIndex' || (key === 'index' && (value as { kind?: string }).kind === 'directory') ? index
      : copy(field, delta, index);
    if (key === '__proto__') Object.defineProperty(result, key, { value: shifted, enumerable: true, writable: true, configurable: true });
    else result[key] = shifted;
  }
  return result;
}

/** What `placeBlock` moves: a block's directories and problems, first parsed (or last placed) at `base`. */
export interface Placeable {
  base: number;
  /** The position in `directories` of the block's first directory. */
  firstIndex: number;
  directories: Directory[];
  problems: Problem[];
  findings?: { problems: Problem[] };
  /** Every span of its directories, gathered on its first move: later moves are one loop over them. */
  spans?: Span[];
}

/** Moves a block to `base`, its first directory to position `firstIndex`, in place. */
export function placeBlock(block: Placeable, base: number, firstIndex: number): void {
  const delta = base - block.base;
  const renumber = firstIndex !== block.firstIndex;
  if (delta === 0 && !renumber) return;
  if (renumber) {
    block.directories.forEach((directory, i) => move(directory, delta, firstIndex + i));
  } else {
    const spans = (block.spans ??= spansOf(block.directories));
    for (let i = 0; i < spans.length; i++) {
      const span = spans[i];
      span.start += delta;
      span.end += delta;
    }
  }
  if (delta !== 0) {
    for (const problem of block.problems) moveProblem(problem, delta);
    for (const problem of block.findings?.problems ?? []) moveProblem(problem, delta);
  }
  block.base = base;
  block.firstIndex = firstIndex;
}

function moveProblem(problem: Problem, delta: number): void {
  problem.start += delta;
  problem.end += delta;
  if (problem.related) for (const r of problem.related) { r.start += delta; r.end += delta; }
}

/** Every object under `value` with a `start` and an `end` offset. */
function spansOf(value: object, into: Span[] = []): Span[] {
  if (Array.isArray(value)) {
    for (const item of value) if (item !== null && typeof item === 'object') spansOf(item, into);
    return into;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.start === 'number' && typeof record.end === 'number') into.push(record as unknown as Span);
  for (const key in record) {
    const field = record[key];
    if (field !== null && typeof field === 'object') spansOf(field, into);
  }
  return into;
}

/** Adds `delta` to every `start` / `end` under `value`; sets directory positions to `index` unless it is -1. */
function move(value: object, delta: number, index: number): void {
  if (Array.isArray(value)) {
    for (const item of value) if (item !== null && typeof item === 'object') move(item, delta, index);
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) {
    const field = record[key];
    if (typeof field === 'number') {
      if (key === 'start' || key === 'end') record[key] = field + delta;
      else if (index !== -1 && (key === 'directoryIndex' || (key === 'index' && record.kind === 'directory'))) record[key] = index;
    } else if (field !== null && typeof field === 'object') {
      move(field, delta, index);
    }
  }
}
