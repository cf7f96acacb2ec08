/**
 * The findings of the rules that read the whole file, kept per directory block across versions.
 *
 * Each such rule runs on one block's directories at a time (`ModelIndex.scoped`), with every look-up
 * of the index recorded. After an edit the index reports which look-ups may now answer differently
 * (`ModelIndex.update`); a rule runs again on a block only when the block is new or one of the
 * look-ups it made changed. Everything else is kept, so a keystroke costs in proportion to what it
 * touched, not to the file.
 *
 * Findings point into other blocks too ("first defined here"): each offset is anchored to the block
 * it lies in, and follows that block when it moves. An offset outside every block (the header) is
 * not anchored: the result is found again on every run.
 */
import type { Directory } from './model';
import type { ModelIndex } from './modelIndex';
import type { Problem } from './problems';
import type { Rule } from './rules/rule';

/** A directory block as the cache sees it: where it starts now, and its directories. */
export interface RuleBlock {
  base: number;
  directories: Directory[];
}

export interface RuleRun {
  /** This version's blocks, in file order. */
  blocks: readonly RuleBlock[];
  /** Where the last block ends. */
  blocksEnd: number;
  index: ModelIndex;
  /** The look-ups that may have changed since the last run; undefined: everything may have changed. */
  changed?: ReadonlySet<string>;
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
  /** Every offset pair of the problems, the block it lies in and that block's base when it was read. */
  spans: Array<{ start: number; end: number }>;
  owners: RuleBlock[];
  bases: number[];
  /** Points outside every block: found again on every run. */
  volatile: boolean;
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
    if (!run.changed || run.optionsKey !== this.optionsKey) {
      this.clear();
      this.optionsKey = run.optionsKey;
    }
    const placed = new Set(run.blocks);
    for (const [block, results] of this.results) {
      if (placed.has(block)) continue;
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
    const starts = run.blocks.map((b) => b.base);
    for (const block of run.blocks) {
      let results = this.results.get(block);
      if (!results) {
        results = run.rules.map((rule) => this.find(run, block, rule, starts));
        this.results.set(block, results);
      } else {
        results.forEach((result, i) => {
          if (stale.has(result) || result.volatile || !follow(result, placed)) {
            this.forget(result);
            results![i] = this.find(run, block, result.rule, starts);
          }
        });
      }
      for (const result of results) for (const problem of result.problems) problems.push(problem);
    }
    return problems;
  }

  private readersOf(key: string, into: Set<Result>): void {
    const readers = this.readers.get(key);
    if (!readers) return;
    if (Array.isArray(readers)) for (const r of readers) into.add(r);
    else into.add(readers);
  }

  /** Runs the rule on the block, recording its reads and anchoring its offsets. */
  private find(run: RuleRun, block: RuleBlock, rule: Rule, starts: number[]): Result {
    const reads = new Set<string>();
    run.index.recordReads(reads);
    let problems: Problem[];
    try {
      problems = run.check(rule, block.directories, run.index.scoped(block.directories));
    } finally {
      run.index.recordReads(undefined);
    }
    const result: Result = { block, rule, problems, reads: [...reads], spans: [], owners: [], bases: [], volatile: false };
    const anchor = (span: { start: number; end: number }) => {
      const at = blockAt(starts, span.start);
      if (at === -1 || span.start >= run.blocksEnd) {
        result.volatile = true;
        return;
      }
      const owner = run.blocks[at];
      result.spans.push(span);
      result.owners.push(owner);
      result.bases.push(owner.base);
    };
    for (const problem of problems) {
      anchor(problem);
      for (const related of problem.related ?? []) anchor(related);
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

/** Moves the result's offsets with the blocks they lie in; false when one of those blocks is gone. */
function follow(result: Result, placed: ReadonlySet<RuleBlock>): boolean {
  const { spans, owners, bases } = result;
  for (let i = 0; i < spans.length; i++) {
    const owner = owners[i];
    if (!placed.has(owner)) return false;
    const delta = owner.base - bases[i];
    if (delta === 0) continue;
    spans[i].start += delta;
    spans[i].end += delta;
    bases[i] = owner.base;
  }
  return true;
}

/** The index of the last block starting at or before `offset`, or -1. */
function blockAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (starts[mid] <= offset) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}
