/**
 * Runs the store's analyses a few steps per task (src/core/steps.ts): after a keystroke in a large
 * file the re-analysis hands the extension host back every `STEP_BUDGET_MS`, so no task of it blocks
 * other extensions, VS Code's requests or the next keystroke for the whole analysis.
 *
 * One run per estate at a time: while a run is under way, the estate's analysers are moving their
 * blocks, so the next analysis of the same estate waits for it (queued, one per file: a newer text of
 * a file replaces its queued analysis), and a reader that cannot wait runs it to the end (`finish`).
 */
import type * as vscode from 'vscode';
import type { Steps } from '../core/steps';
import { IdleWaiters, inTask } from './tasks';
import type { Scheduled } from './tasks';
import { timed } from './timings';

/** How long one task of an analysis runs before it hands the thread back, in ms. */
export const STEP_BUDGET_MS = 20;

interface Run {
  readonly file: string;
  readonly steps: Steps<unknown>;
}

/** The runs of one estate: the one under way, then those waiting, in order. */
interface Lane {
  current?: Run;
  readonly queue: Run[];
  next?: Scheduled;
  /** Set while a step runs: a step that asked to finish its own lane would re-enter its generator. */
  stepping: boolean;
}

export class AnalysisRuns implements vscode.Disposable {
  private readonly lanes = new Map<string, Lane>();
  private readonly idle = new IdleWaiters();

  constructor(private readonly failed: (file: string, error: unknown) => void, private readonly budgetMs = STEP_BUDGET_MS) {}

  /**
   * Runs `steps` (an analysis of `file`, in the estate `key`) after the estate's runs before it;
   * a run of the same file still waiting is dropped for it. A generator's body starts at its first
   * step, so what it checks first (is the file still tracked, is this version the newest) is
   * checked when its turn comes.
   */
  start(key: string, file: string, steps: Steps<unknown>): void {
    let lane = this.lanes.get(key);
    if (!lane) this.lanes.set(key, (lane = { queue: [], stepping: false }));
    const waiting = lane.queue.findIndex((run) => run.file === file);
    if (waiting === -1) lane.queue.push({ file, steps });
    else lane.queue[waiting] = { file, steps };
    lane.next ??= inTask(() => this.step(key));
  }

  /** Whether an analysis of `file` of the estate `key` is waiting or under way. */
  pending(key: string, file: string): boolean {
    const lane = this.lanes.get(key);
    return lane !== undefined && (lane.current?.file === file || lane.queue.some((run) => run.file === file));
  }

  /** Whether any run is waiting or under way (in the estate `key`, if given). */
  busy(key?: string): boolean {
    return key === undefined ? this.lanes.size > 0 : this.lanes.has(key);
  }

  /** Resolves once no run is waiting or under way. */
  whenIdle(): Promise<void> {
    return this.idle.wait(this.busy());
  }

  /** Runs the estate's analyses to the end now, for a reader that needs the current analysis at once. */
  finish(key: string): void {
    const lane = this.lanes.get(key);
    if (!lane || lane.stepping) return;
    lane.next?.cancel();
    lane.next = undefined;
    timed('analysis finished at once', () => this.advance(lane, Infinity));
    this.close(key);
  }

  /** Runs every estate's analyses to the end now. */
  finishAll(): void {
    for (const key of [...this.lanes.keys()]) this.finish(key);
  }

  /** One task of an estate's runs: steps until the budget is spent, then the next task if work is left. */
  private step(key: string): void {
    const lane = this.lanes.get(key);
    if (!lane) return;
    lane.next = undefined;
    const more = timed('analysis', () => this.advance(lane, performance.now() + this.budgetMs));
    if (more) lane.next = inTask(() => this.step(key));
    else this.close(key);
  }

  /** Runs steps of the lane until `until` (a `performance.now()` time); whether work is left. */
  private advance(lane: Lane, until: number): boolean {
    lane.stepping = true;
    try {
      do {
        const run = (lane.current ??= lane.queue.shift());
        if (!run) return false;
        try {
          if (timed('analysis step', () => run.steps.next()).done) lane.current = undefined;
        } catch (error) {
          this.failed(run.file, error);
          lane.current = undefined;
        }
      } while (performance.now() < until);
      return lane.current !== undefined || lane.queue.length > 0;
    } finally {
      lane.stepping = false;
    }
  }

  private close(key: string): void {
    this.lanes.delete(key);
    if (this.lanes.size === 0) this.idle.release();
  }

  dispose(): void {
    for (const lane of this.lanes.values()) lane.next?.cancel();
    this.lanes.clear();
    this.idle.release();
  }
}
