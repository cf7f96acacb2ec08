/**
 * The work an edit causes in the extension host, step by step. Every entry point of Tenancy's (the
 * change event, the analysis task, each listener of a new analysis, the providers) runs through
 * `timed`, which keeps, for each label, the longest run, the total time and the number of runs: of
 * the outermost steps (`tasks`: how long Tenancy held the host's thread at once; their totals add up
 * to the time Tenancy kept the host busy) and of every step, nested ones included (`steps`); where
 * Node tells it, the totals also hold the host thread's CPU time, which a loaded machine does not
 * inflate as it does the clock's. `npm run bench:host` reads and resets them through the extension's
 * exports. With
 * `tenancy.analysis.logTimings` (or `TENANCY_TIMINGS=1` in the host's environment) each step is also
 * a `performance` measure, logged to the Tenancy output channel. Off, a step costs two clock reads,
 * and a task two reads of the thread's CPU time too (a few microseconds in all).
 */
import * as vscode from 'vscode';

let log: vscode.LogOutputChannel | undefined;
let enabled = false;
let depth = 0;

/** What the runs of one label took since the last `reset`. */
interface Tally {
  longest: number;
  total: number;
  /** CPU time of the host's thread in those runs, where Node can tell (`process.threadCpuUsage`). */
  cpu: number;
  /** The most CPU time one run took. */
  longestCpu: number;
  count: number;
}

/**
 * The CPU time this thread has used, in ms, where Node tells it (23.9 and later; the web worker
 * host has no `process`): unlike the clock, it does not grow when other processes take the
 * machine's cores meanwhile.
 */
const threadCpuMs: (() => number) | undefined = (() => {
  const host = globalThis.process as { threadCpuUsage?: () => { user: number; system: number } } | undefined;
  const usage = host?.threadCpuUsage;
  if (typeof usage !== 'function') return undefined;
  return () => {
    const { user, system } = usage.call(host);
    return (user + system) / 1000;
  };
})();
const tasks = new Map<string, Tally>();
const steps = new Map<string, Tally>();
/** Tenancy's tasks in the order they ran, while `npm run bench:host` follows them (`trace(true)`); bounded. */
let trail: TaskRun[] | undefined;
/** Told of each task of Tenancy's as it ends, while `npm run bench:host` looks (`observe`). */
let observer: ((run: TaskRun) => void) | undefined;
const TRAIL_LIMIT = 10_000;

/** One task of Tenancy's: when it started (`performance.now()`), how long it ran by the clock and in CPU time (ms). */
export interface TaskRun {
  label: string;
  start: number;
  ms: number;
  cpuMs?: number;
}

/** The longest runs recorded since the last `reset`, in ms, by label. */
export interface LongestTimings {
  /** Outermost steps: each is a task of Tenancy's that held the host's thread for that long. */
  tasks: Record<string, number>;
  /** Every step, nested ones included (the diagnostics inside a listener's task…). */
  steps: Record<string, number>;
}

/** The total time (ms) and number of runs of a label since the last `reset`. */
export interface LabelTotal {
  ms: number;
  /** The host thread's CPU time in those runs (ms); absent where the host cannot tell it. */
  cpuMs?: number;
  /** The most CPU time one run took (ms): a task's length that a loaded machine does not inflate. */
  longestCpuMs?: number;
  count: number;
}

/** The totals recorded since the last `reset`, by label. */
export interface TotalTimings {
  /** Outermost steps: their sum is the time Tenancy held the host's thread. */
  tasks: Record<string, LabelTotal>;
  /** Every step, nested ones included: a nested step's time is also in its task's (by the clock only). */
  steps: Record<string, LabelTotal>;
}

const pick = <T>(tallies: Map<string, Tally>, of: (tally: Tally) => T): Record<string, T> =>
  Object.fromEntries([...tallies].map(([label, tally]) => [label, of(tally)]));

export const timings = {
  longest(): LongestTimings {
    return { tasks: pick(tasks, (t) => t.longest), steps: pick(steps, (t) => t.longest) };
  },
  totals(): TotalTimings {
    const total = (t: Tally): LabelTotal => ({ ms: t.total, ...(threadCpuMs ? { cpuMs: t.cpu, longestCpuMs: t.longestCpu } : {}), count: t.count });
    // Steps carry no CPU time (it is read around tasks only).
    return { tasks: pick(tasks, total), steps: pick(steps, (t) => ({ ms: t.total, count: t.count })) };
  },
  reset(): void {
    tasks.clear();
    steps.clear();
    if (trail) trail = [];
  },
  /** Keeps (on) or stops keeping (off) each task's start and length, to lay an edit's tasks out in time. */
  trace(on: boolean): void {
    trail = on ? [] : undefined;
  },
  /** The tasks run since `trace(true)` or the last `reset`, in order. */
  trail(): TaskRun[] {
    return trail ? [...trail] : [];
  },
  /** Calls `listener` at the end of each task of Tenancy's (inside it), until called with `undefined`. */
  observe(listener: ((run: TaskRun) => void) | undefined): void {
    observer = listener;
  },
};

/** Starts following the setting; the channel receives one line per timed step. */
export function initTimings(channel: vscode.LogOutputChannel): vscode.Disposable {
  log = channel;
  const read = () => {
    // The web worker extension host has no `process`: there only the setting counts.
    enabled = globalThis.process?.env.TENANCY_TIMINGS === '1' || vscode.workspace.getConfiguration('tenancy').get('analysis.logTimings', false);
  };
  read();
  return vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('tenancy.analysis.logTimings')) read(); });
}

/**
 * Runs `step`, records how long it took under `label`, and when timings are on logs it. The thread's
 * CPU time is read around tasks only (a system call each time, a few microseconds): an analysis
 * takes hundreds of nested steps per edit at 50,000 users.
 */
export function timed<T>(label: string, step: () => T): T {
  const outermost = depth === 0;
  const start = performance.now();
  const cpuStart = outermost ? threadCpuMs?.() ?? 0 : 0;
  depth++;
  try {
    return step();
  } finally {
    depth--;
    const duration = performance.now() - start;
    tally(steps, label, duration, 0);
    if (outermost) {
      const cpu = (threadCpuMs?.() ?? 0) - cpuStart;
      tally(tasks, label, duration, cpu);
      if (trail || observer) {
        const run = { label, start, ms: duration, ...(threadCpuMs ? { cpuMs: cpu } : {}) };
        if (trail && trail.length < TRAIL_LIMIT) trail.push(run);
        observer?.(run);
      }
    }
    if (enabled) {
      performance.measure(`tenancy ${label}`, { start, duration });
      log?.info(`timing ${label}: ${duration.toFixed(1)} ms`);
      performance.clearMeasures(`tenancy ${label}`);
    }
  }
}

function tally(tallies: Map<string, Tally>, label: string, duration: number, cpu: number): void {
  let tally = tallies.get(label);
  if (!tally) tallies.set(label, (tally = { longest: 0, total: 0, cpu: 0, longestCpu: 0, count: 0 }));
  tally.longest = Math.max(tally.longest, duration);
  tally.longestCpu = Math.max(tally.longestCpu, cpu);
  tally.total += duration;
  tally.cpu += cpu;
  tally.count++;
}

/**
 * The provider with each of its methods timed under `label: method` (`outline: provideDocumentSymbols`):
 * a request from VS Code is a task of its own in the host. Methods it lacks stay absent, so VS Code
 * still sees which optional ones (`resolveCompletionItem`…) it implements.
 */
export function timedProvider<T extends object>(label: string, provider: T): T {
  return new Proxy(provider, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== 'function' || typeof key !== 'string') return value;
      return (...args: unknown[]) => timed(`${label}: ${key}`, () => value.apply(target, args));
    },
  });
}
