/**
 * The findings of the rules that read the whole file, kept per directory block across versions.
 *
 * Each such rule runs on one block's directories at a time (`ModelIndex.scoped`), with every look-up
 * of the index recorded. After an edit the index reports which look-ups may now answer differently
 * (`ModelIndex.update`); a rule runs again on a block only when the block is new or one of the
 * look-ups it made changed. Everything else is kept, so a keystroke costs in proportion to what it
 * touched, not to the file.
 *
 * Findings point into other blocks too ("first defined here"): every offset of a kept result is
 * carried through the edit — unchanged before the changed window, moved by the change in length
 * after it — and a result with an offset inside the window is found again.
 */
import { runSteps } from './steps';
import type { Steps } from './steps';
import type { Directory } from './model';
import type { ModelIndex } from './modelIndex';
import type { Problem } from './problems';
import type { Rule } from './rules/rule';

/** A directory block as the cache sees it: its directories. */
export interface RuleBlock {
  directories: Directory[];
}

/** Where the text changed since the previous run: `[start, oldEnd)` of the previous text became `delta` longer. */
export interface EditWindow {
  start: number;
  oldEnd: number;
  delta: number;
  /** Offsets from here on did not move (an estate's next file, src/core/estate); undefined: every offset after the window moved. */
  end?: number;
}

export interface RuleRun {
  /** This version's blocks, in file order. */
  blocks: readonly RuleBlock[];
  index: ModelIndex;
  /** The look-ups that may have changed since the last run; undefined: everything may have changed. */
  changed?: ReadonlySet<string>;
  /** Where the text changed since the last run; undefined: everything may have changed. */
  window?: EditWindow;
  /** Blocks of the last run that the window does not carry to where they are now: their results are found again. */
  displaced?: ReadonlySet<RuleBlock>;
  /** The options the findings depend on (locale, rule options, severities): another key, everything runs again. */
  optionsKey: string;
  rules: readonly Rule[];
  /** Runs one rule on some directories, through the given index view, as problems. */
  check(rule: Rule, directories: Directory[], index: ModelIndex): Problem[];
}

interface Result {
  block: RuleBlock;
  rule: Rule;
  problems: Problem[];
  reads: string[];
  /** Every offset pair of the problems (their own, and their related locations'). */
  spans: Array<{ start: number; end: number }>;
}

export class RuleCache {
  private results = new Map<RuleBlock, Result[]>();
  /** Who read what: the results to find again when a look-up changes. */
  private readers = new Map<string, Result | Result[]>();
  private optionsKey?: string;

  /** Forgets every result: the next run finds them all again. */
  clear(): void {
    this.results = new Map();
    this.readers = new Map();
    this.optionsKey = undefined;
  }

  /** The problems of every rule on every block of this version, in block order. */
  run(run: RuleRun): Problem[] {
    return runSteps(this.runSteps(run));
  }

  /** `run` in steps: a pause after each block whose rules ran (steps.ts). */
  *runSteps(run: RuleRun): Steps<Problem[]> {
    if (!run.changed || !run.window || run.optionsKey !== this.optionsKey) {
      this.clear();
      this.optionsKey = run.optionsKey;
    }
    const placed = new Set(run.blocks);
    for (const [block, results] of this.results) {
      if (placed.has(block) && !run.displaced?.has(block)) continue;
      for (const result of results) this.forget(result);
      this.results.delete(block);
    }
    const stale = new Set<Result>();
    if (run.changed) {
      const maps = new Set<string>();
      for (const key of run.changed) {
        this.readersOf(key, stale);
        maps.add(key.slice(0, key.indexOf('\n')));
      }
      for (const map of maps) this.readersOf(`${map}\n*`, stale);
    }

    const problems: Problem[] = [];
    for (const block of run.blocks) {
      let results = this.results.get(block);
      let ran = !results;
      if (!results) {
        results = run.rules.map((rule) => this.find(run, block, rule));
        this.results.set(block, results);
      } else {
        results.forEach((result, i) => {
          if (stale.has(result) || !follow(result, run.window!)) {
            this.forget(result);
            results![i] = this.find(run, block, result.rule);
            ran = true;
          }
        });
      }
      for (const result of results) for (const problem of result.problems) problems.push(problem);
      if (ran) yield;
    }
    return problems;
  }

  private readersOf(key: string, into: Set<Result>): void {
    const readers = this.readers.get(key);
    if (!readers) return;
    if (Array.isArray(readers)) for (const r of readers) into.add(r);
    else into.add(readers);
  }

  /** Runs the rule on the block, recording its reads. */
  private find(run: RuleRun, block: RuleBlock, rule: Rule): Result {
    const reads = new Set<string>();
    run.index.recordReads(reads);
    let problems: Problem[];
    try {
      problems = run.check(rule, block.directories, run.index.scoped(block.directories));
    } finally {
      run.index.recordReads(undefined);
    }
    const result: Result = { block, rule, problems, reads: [...reads], spans: [] };
    for (const problem of problems) {
      result.spans.push(problem);
      for (const related of problem.related ?? []) result.spans.push(related);
    }
    for (const key of result.reads) {
      const readers = this.readers.get(key);
      if (!readers) this.readers.set(key, result);
      else if (Array.isArray(readers)) readers.push(result);
      else this.readers.set(key, [readers, result]);
    }
    return result;
  }

  private forget(result: Result): void {
    for (const key of result.reads) {
      const readers = this.readers.get(key);
      if (readers === result) this.readers.delete(key);
      else if (Array.isArray(readers)) {
        const kept = readers.filter((r) => r !== result);
        if (kept.length === 0) this.readers.delete(key);
        else this.readers.set(key, kept.length === 1 ? kept[0] : kept);
      }
    }
  }
}

/**
 * Carries the result's offsets through the edit; false when one lies in the changed window (what it
 * pointed at may be gone), and the result must be found again. One pass: a result found again is
 * dropped, so offsets it moved before the one in the window do not matter.
 */
function follow(result: Result, window: EditWindow): boolean {
  const { spans } = result;
  const { start, oldEnd, delta } = window;
  const end = window.end ?? Infinity;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i];
    if (span.start >= oldEnd) {
      if (delta !== 0 && span.start < end) {
        span.start += delta;
        span.end += delta;
      }
    } else if (span.end > start) {
      return false;
    }
  }
  return true;
}
