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

/** A deep copy; an object reached twice (a key's span: see buildModel.ts) is copied once, `copies` remembering it. */
function copy(value: unknown, delta: number, index: number, copies = new Map<object, unknown>()): unknown {
  if (value === null || typeof value !== 'object') return value;
  const done = copies.get(value);
  if (done !== undefined) return done;
  if (Array.isArray(value)) {
    const list = value.map((item) => copy(item, delta, index, copies));
    copies.set(value, list);
    return list;
  }
  // Same prototype as the original (a map of the user's keys has none), and every key defined, not
  // assigned: a user's `__proto__` key is copied as a key.
  const result: Record<string, unknown> = Object.getPrototypeOf(value) === null ? Object.create(null) : {};
  copies.set(value, result);
  for (const [key, field] of Object.entries(value)) {
    const shifted = key === 'start' || key === 'end' ? (field as number) + delta
      : key === 'directoryIndex' || (key === 'index' && (value as { kind?: string }).kind === 'directory') ? index
      : copy(field, delta, index, copies);
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
  if (delta !== 0) moveSpans((block.spans ??= spansOf(block.directories)), delta);
  if (renumber) block.directories.forEach((directory, i) => renumberDirectory(directory, firstIndex + i));
  if (delta !== 0) {
    for (const problem of block.problems) moveProblem(problem, delta);
    for (const problem of block.findings?.problems ?? []) moveProblem(problem, delta);
  }
  block.base = base;
  block.firstIndex = firstIndex;
}

/**
 * Where each list of spans moved before splits: the entities' (with a `kind`) first, then the keys'
 * and values' spans (about four in five at 50,000 users).
 */
const entitySpanCounts = new WeakMap<Span[], number>();

/**
 * Moves every span of a list. The entities and the key spans are moved by two loops: V8 keeps one
 * inline cache per property access in the code, and a single loop over the eight shapes of span
 * objects goes megamorphic (the move of every block after a first-directory edit at 50,000 users
 * took about 11 ms that way, 7.5 ms split). The list is reordered once, in place (its order is not
 * used otherwise: `spansOf` and the parse gather the same set).
 */
function moveSpans(spans: Span[], delta: number): void {
  let entities = entitySpanCounts.get(spans);
  if (entities === undefined) {
    entities = entitiesFirst(spans);
    entitySpanCounts.set(spans, entities);
  }
  moveEntitySpans(spans, entities, delta);
  moveKeySpans(spans, entities, delta);
}

function moveEntitySpans(spans: Span[], entities: number, delta: number): void {
  for (let i = 0; i < entities; i++) {
    const entity = spans[i];
    entity.start += delta;
    entity.end += delta;
  }
}

function moveKeySpans(spans: Span[], entities: number, delta: number): void {
  for (let i = entities; i < spans.length; i++) {
    const key = spans[i];
    key.start += delta;
    key.end += delta;
  }
}

/**
 * Puts the entities' spans before the others, in place, each kind in the order it had (the order of
 * the model, close to the order of memory: the loops reach the objects faster); how many there are.
 */
function entitiesFirst(spans: Span[]): number {
  const others: Span[] = [];
  let entities = 0;
  for (const span of spans) {
    if ('kind' in span) spans[entities++] = span;
    else others.push(span);
  }
  for (let i = 0; i < others.length; i++) spans[entities + i] = others[i];
  return entities;
}

function moveProblem(problem: Problem, delta: number): void {
  problem.start += delta;
  problem.end += delta;
  if (problem.related) for (const r of problem.related) { r.start += delta; r.end += delta; }
}

/**
 * Every object under `value` with a `start` and an `end` offset, each once (a key's span is reached
 * from its entity's `keys`, its `head` and its value's `key`), in the order of the model.
 */
export function spansOf(value: object, into: Span[] = [], seen = new Set<object>()): Span[] {
  if (seen.has(value)) return into;
  seen.add(value);
  if (Array.isArray(value)) {
    for (const item of value) if (item !== null && typeof item === 'object') spansOf(item, into, seen);
    return into;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.start === 'number' && typeof record.end === 'number') into.push(record as unknown as Span);
  for (const key in record) {
    const field = record[key];
    if (field !== null && typeof field === 'object') spansOf(field, into, seen);
  }
  return into;
}

/** Sets the position of a directory, and of its entities (`directoryIndex`), to `index`. */
function renumberDirectory(value: object, index: number): void {
  if (Array.isArray(value)) {
    for (const item of value) if (item !== null && typeof item === 'object') renumberDirectory(item, index);
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) {
    const field = record[key];
    if (typeof field === 'number') {
      if (key === 'directoryIndex' || (key === 'index' && record.kind === 'directory')) record[key] = index;
    } else if (field !== null && typeof field === 'object') {
      renumberDirectory(field, index);
    }
  }
}
