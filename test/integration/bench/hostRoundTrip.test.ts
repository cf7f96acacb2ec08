/**
 * `npm run bench:host` (not part of the integration tests, not a timed test: it records figures).
 * In the real extension host, the round trip of an edit, from `workspace.applyEdit` to the updated
 * Tenancy diagnostic, on a Tenancy workspace file, against the same edit of the same text in a plain
 * `.yaml` file that Tenancy does not check (the control, same run: what VS Code itself costs). Two
 * kinds of edit, each repeated: `word`, a UPN's domain in the middle directory swapped for one the
 * directory does not list and back (adds or removes a USR002; no line moves), and `line`, a new user
 * line added near the top of the file (in the first directory) and removed again (every diagnostic
 * after it moves a line). Both workload kinds (the project's generator, and the crowded one with
 * repeated names and many problems), 5,000 and 50,000 users, `tenancy.analysis.debounceMs` at 0.
 *
 * The round trip ends when `onDidChangeDiagnostics` reports the edit's diagnostic, which VS Code's
 * extension host fires 50 ms after the last change of diagnostics (a debounced event): `tenancyShownMs`
 * ends instead when the edit's diagnostics are in VS Code's collections, checked at the end of each of
 * Tenancy's tasks that hand diagnostics over (`timings.observe`). The control's round trip ends when
 * its `applyEdit` returns (`controlMs`), or once the tasks its change event set in the host have run
 * too (`controlSettledMs`): VS Code's merge-conflict extension reads the whole text of a shown
 * document on a timer the change event sets, which the Tenancy file pays before its diagnostics, so
 * `addedOverSettledMs` compares like with like (`addedOverSettledInterval`: how far the edits' spread
 * lets it move). The host's heap after a full collection is recorded
 * before and after each kind of edit of a workload (`heapMb`).
 *
 * Each edit starts from a quiet host and workbench: the first once the machine went quiet after the
 * files opened (`machineQuiet`: the workbench's first tokenising and drawing of a large file is
 * over), then after a Tenancy edit once Tenancy's tasks have stopped (`QUIET_MS` without one), and
 * after either edit once the document's backup that VS Code makes 1 s after a change is over
 * (`BACKUP_SETTLE_MS` after the edit started), so VS Code's own work on one file's edit (tokens,
 * rendering, the merge-conflict scan of the whole text, the backup) does not land in the other's
 * round trip. How busy the whole machine was during each kind of edit is recorded
 * (`machineBusyShare`), and each edit's timeline (Tenancy's tasks and the events seen, from
 * `applyEdit`).
 *
 * Because the control's own round trips spread over hundreds of milliseconds on a shared machine, the
 * measure of what Tenancy adds is not the difference of round trips but the time Tenancy's own tasks
 * held the host's thread per edit: the sum of every outermost `timed` step of the extension's
 * (`timings.totals()`: the change event, the text of the edit, the analysis, each listener, the
 * providers VS Code calls after the edit — outline, code actions), from the edit until the listeners
 * have run (`settled()`) and then `QUIET_MS` have passed without a task of Tenancy's, so the requests
 * VS Code makes after a pause are counted with the edit that caused them; also the host thread's CPU
 * time in those tasks (Node 23.9 and later), which other processes on a loaded machine do not inflate
 * as they do the clock's. The longest stall of the host's event loop during the edits (until the
 * listeners ran) is recorded too, and the longest of Tenancy's own tasks, by label. The figures go to
 * `bench-host.json` beside the run's configuration.
 *
 * Environment (all optional): `TENANCY_BENCH_PROFILE=1` CPU-profiles the extension host (this process,
 * Tenancy's too) during each workload's Tenancy edits and writes `bench-host-<workload>-<users>.cpuprofile`
 * beside the figures (`node bench/profileSummary.mjs FILE` summarises one); `TENANCY_BENCH_EDITS=N`
 * edits N times of each kind instead of six; `TENANCY_BENCH_WORKLOADS=crowded-50000,generator-5000`
 * runs only those; `TENANCY_BENCH_SETTINGS='{"editor.minimap.enabled": false}'` sets those workbench
 * settings in the workspace for the run (recorded with the figures).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Session } from 'node:inspector';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { generateCrowded } from '../../../bench/generateCrowded';
import { generateWorkspace } from '../../../bench/generateWorkspace';
import { heapAfterCollectionMb } from '../../../bench/heap';
import { EXTENSION_ID, closeAllEditorsDiscarding, codeOf, tenancyDiagnostics, waitFor, workspaceRoot } from '../suite/helpers';

interface Store {
  get(uri: vscode.Uri): { text: string } | undefined;
  settled(): Promise<void>;
  onDidChange(listener: (uri: vscode.Uri) => void): vscode.Disposable;
}

interface LabelTotal { ms: number; cpuMs?: number; longestCpuMs?: number; count: number }
/** The extension's record of its own tasks (src/vscode/timings.ts). */
interface Timings {
  longest(): { tasks: Record<string, number>; steps: Record<string, number> };
  totals(): { tasks: Record<string, LabelTotal>; steps: Record<string, LabelTotal> };
  reset(): void;
  trace(on: boolean): void;
  trail(): Array<{ label: string; start: number; ms: number; cpuMs?: number }>;
  observe(listener: ((run: { label: string }) => void) | undefined): void;
}
/** One moment of an edit's round trip, ms after `applyEdit` was called: a task of Tenancy's (with its length) or an event the bench saw. */
interface Moment { at: number; what: string; ms?: number; cpuMs?: number }
const EDITS = Number(process.env.TENANCY_BENCH_EDITS) || 6;
const WORKLOADS = process.env.TENANCY_BENCH_WORKLOADS?.split(',');
const PROFILE = process.env.TENANCY_BENCH_PROFILE === '1';
/** Workbench settings for the run (JSON, e.g. `{"editor.minimap.enabled": false}`), set in the workspace and recorded with the figures. */
const WORKBENCH_SETTINGS = workbenchSettings(process.env.TENANCY_BENCH_SETTINGS);

function workbenchSettings(json: string | undefined): Record<string, unknown> {
  if (!json) return {};
  let settings: unknown;
  try {
    settings = JSON.parse(json);
  } catch (error) {
    throw new Error(`TENANCY_BENCH_SETTINGS is not JSON (${(error as Error).message}): ${json}`);
  }
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) throw new Error(`TENANCY_BENCH_SETTINGS must be a JSON object of settings: ${json}`);
  return settings as Record<string, unknown>;
}
/** How long no task of Tenancy's may run before an edit's work counts as done (VS Code asks for the outline 350 ms or more after an edit). */
const QUIET_MS = 1_000;
/**
 * How long after an edit starts the next one may: VS Code backs a changed document up 1 s after its
 * last change (hot exit), which at 5 MB keeps the workbench busy for a few hundred milliseconds; an
 * edit landing then waits for it, so each edit starts after the last one's backup is over.
 */
const BACKUP_SETTLE_MS = 2_500;
/**
 * After opening a workload, how busy the machine may still be (share of all its cores, over a
 * second) for the edits to start: the workbench tokenises and draws the two newly opened files for
 * a while (about 40 s at 50,000 users on two cores, more than one core busy), which would stretch
 * every task of the host's by the clock, Tenancy's and the control's alike. Waited for at most
 * `MACHINE_QUIET_TIMEOUT_MS` (a machine loaded by something else never goes quiet).
 */
const MACHINE_QUIET_SHARE = 0.3;
const MACHINE_QUIET_TIMEOUT_MS = 120_000;
/** The longest an edit's work is followed after its listeners ran, should Tenancy never go quiet. */
const QUIET_TIMEOUT_MS = 20_000;
/** The longest an edit may take to reach the diagnostics before the bench gives up on it. */
const UPDATE_TIMEOUT_MS = 300_000;
const outDir = () => dirname(process.env.TENANCY_IT_CONFIG ?? '.');

/** The host's heap after a full collection (MB). */
const heapMb = () => round(heapAfterCollectionMb());

/** The inspector's CPU profiler on this extension host, from `start` to `stop` (written as a .cpuprofile). */
class HostProfiler {
  private readonly session = new Session();
  private post(method: string, params?: object): Promise<unknown> {
    return new Promise((resolve, reject) => this.session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
  }
  async start(): Promise<void> {
    this.session.connect();
    await this.post('Profiler.enable');
    await this.post('Profiler.setSamplingInterval', { interval: 200 });
    await this.post('Profiler.start');
  }
  async stop(file: string): Promise<void> {
    const { profile } = await this.post('Profiler.stop') as { profile: object };
    writeFileSync(file, JSON.stringify(profile));
    await this.post('Profiler.disable');
    this.session.disconnect();
  }
}

/** The machine's CPU time so far, busy and in all (clock ticks of every core). */
interface CpuTimes { busy: number; all: number }

/** `CpuTimes` from `/proc/stat`, or undefined where there is none. */
function cpuTimes(): CpuTimes | undefined {
  try {
    const ticks = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0].trim().split(/\s+/).slice(1, 9).map(Number);
    const all = sum(ticks);
    return { busy: all - ticks[3] - ticks[4], all };
  } catch {
    return undefined;
  }
}

/** The share of all cores the machine was busy between two readings of `cpuTimes` (0–1). */
const busyShare = (from: CpuTimes, to: CpuTimes) =>
  to.all > from.all ? Math.round(((to.busy - from.busy) / (to.all - from.all)) * 100) / 100 : 0;

/**
 * Waits until the machine has been under `MACHINE_QUIET_SHARE` busy for three seconds in a row, or
 * `MACHINE_QUIET_TIMEOUT_MS` passed: how long it waited, and whether the machine went quiet (undefined
 * where the machine's CPU time cannot be read).
 */
async function machineQuiet(): Promise<{ waitedS: number; quiet?: boolean }> {
  const started = performance.now();
  let last = cpuTimes();
  if (!last) return { waitedS: 0 };
  let quietSeconds = 0;
  while (quietSeconds < 3 && performance.now() - started < MACHINE_QUIET_TIMEOUT_MS) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const now = cpuTimes()!;
    quietSeconds = busyShare(last, now) < MACHINE_QUIET_SHARE ? quietSeconds + 1 : 0;
    last = now;
  }
  return { waitedS: round((performance.now() - started) / 1000), quiet: quietSeconds >= 3 };
}

/** `word`: a UPN's domain swapped (no line moves); `line`: a user line added near the top, then removed (every later line moves). */
type EditKind = 'word' | 'line';

/** One kind of edit, repeated: edit `i` of the sequence, and whether the Tenancy file's diagnostics show it. */
interface EditPlan {
  edit(document: vscode.TextDocument, i: number): vscode.WorkspaceEdit;
  shows(i: number): boolean;
}

/** Median and largest of a series, ms. */
interface Spread { median: number; max: number }

interface Figures {
  workload: 'generator' | 'crowded';
  users: number;
  megabytes: number;
  edit: EditKind;
  /**
   * How long the bench waited after opening the workload for the machine to go quiet (the workbench
   * tokenises and draws a large file for a while after it opens), and whether it did before the timeout.
   */
  machineSettle: { waitedS: number; quiet?: boolean };
  /** The share of all the machine's cores that was busy while this kind of edit was measured (0–1; absent where it cannot be read). */
  machineBusyShare?: number;
  /** applyEdit → Tenancy diagnostic updated, per edit (ms), as `onDidChangeDiagnostics` tells: VS Code fires it 50 ms after the last change. */
  tenancyMs: number[];
  /** applyEdit → the diagnostics of the edit in VS Code's collections (`getDiagnostics`), per edit (ms): the round trip without VS Code's 50 ms event delay. */
  tenancyShownMs: number[];
  /** applyEdit → resolved, on the Tenancy file (ms): how long the host was busy before the edit even returned. */
  tenancyApplyMs: number[];
  /** applyEdit → resolved, and the document changed, on the plain-YAML control (ms). */
  controlMs: number[];
  /**
   * applyEdit → resolved, then the tasks the edit's change event set for the host's next turn have
   * run, on the control (ms): VS Code's own work on the edit in the extension host (its merge-conflict
   * extension reads the whole text of a shown document on a timer the change event sets), which the
   * Tenancy file's round trip pays too, before its diagnostics.
   */
  controlSettledMs: number[];
  /** Median Tenancy round trip minus median control round trip (ms): noise on a loaded machine, see `tenancyBusyMsPerEdit`. */
  addedMs: number;
  /** Median `tenancyShownMs` minus median control round trip (ms). */
  addedShownMs: number;
  /** Median `tenancyShownMs` minus median `controlSettledMs` (ms): what Tenancy adds to what VS Code itself does with the edit in the host. */
  addedOverSettledMs: number;
  /**
   * How far `addedOverSettledMs` may be off from the edits' own spread: the 5th and 95th percentiles
   * of the same difference of medians over 2,000 resamplings of both series (with replacement, a
   * fixed seed). On a shared machine the rows move between runs of one build by about this much.
   */
  addedOverSettledInterval: [number, number];
  /** The extension host's heap after a full collection, before the workload's edits of this kind and after them (MB): what typing leaves alive. */
  heapMb: { before: number; after: number };
  /** The time Tenancy's own tasks held the host's thread, per edit (ms): the sum of its outermost timed steps from the edit until quiet. */
  tenancyBusyMs: number[];
  /** Median and largest over the edits of `tenancyBusyMs`: what Tenancy adds to an edit in the host. */
  tenancyBusyMsPerEdit: Spread;
  /** The host thread's CPU time in those tasks, per edit (ms): what the busy time would be on an otherwise idle machine (absent where Node cannot tell). */
  tenancyCpuMs?: number[];
  /** Median and largest over the edits of `tenancyCpuMs`. */
  tenancyCpuMsPerEdit?: Spread;
  /** The same sum by task label: its median and largest per edit (ms, 0 for an edit without that task), the same of its CPU time, the longest single task, and the tasks per edit (median). */
  tenancyBusyByTask: Record<string, { medianMs: number; maxMs: number; medianCpuMs?: number; maxCpuMs?: number; longestMs: number; longestCpuMs?: number; tasksPerEdit: number }>;
  /** Every timed step per edit by label, nested ones included (the diagnostics inside their listener's task…): median and largest (ms). */
  tenancyStepsPerEdit: Record<string, Spread>;
  /** The longest event-loop stall of the extension host while the Tenancy file was edited (ms): VS Code's own work (other extensions…) included. */
  longestStallMs: number;
  /** The longest task of Tenancy's own in the host while the Tenancy file was edited (ms): the longest outermost timed step. */
  longestTenancyTaskMs: number;
  /** The most CPU time one task of Tenancy's took (ms): the longest task as an idle machine would see it (absent where Node cannot tell). */
  longestTenancyTaskCpuMs?: number;
  /** The longest of Tenancy's tasks by label (the change event, the analysis, each listener, the providers), ms. */
  longestTenancyTasks: Record<string, number>;
  /** The longest of Tenancy's timed steps by label, nested ones included (the diagnostics inside a listener's task…), ms. */
  longestTenancySteps: Record<string, number>;
  /** Per edit, until its diagnostics were shown: when `applyEdit` was called (`performance.now()`), then Tenancy's tasks and the events seen (the document changed, applyEdit resolved, published, shown), in time order. */
  timelines: Array<{ startedAt: number; moments: Moment[] }>;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The 5th and 95th percentiles of median(a) − median(b) over resamplings of both (bootstrap, fixed seed). */
function differenceInterval(a: number[], b: number[], resamples = 2_000): [number, number] {
  let seed = 0x2545f491;
  const next = () => {
    // xorshift32: the same resamplings in every run.
    seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5;
    return (seed >>> 0) / 0x1_0000_0000;
  };
  const resample = (values: number[]) => values.map(() => values[Math.floor(next() * values.length)]);
  const differences = Array.from({ length: resamples }, () => median(resample(a)) - median(resample(b))).sort((x, y) => x - y);
  return [round(differences[Math.floor(resamples * 0.05)]), round(differences[Math.floor(resamples * 0.95)])];
}
const round = (n: number) => Math.round(n * 10) / 10;
const spread = (values: number[]): Spread => ({ median: round(median(values)), max: round(Math.max(...values)) });
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
/** By label, largest first. */
const byLabel = <T>(entries: Iterable<[string, T]>, size: (value: T) => number) =>
  Object.fromEntries([...entries].sort((a, b) => size(b[1]) - size(a[1])));

/** The word edit: the domain of a UPN in the middle directory, swapped for one the directory does not list (a USR002 on its line) and back. */
function wordEdit(document: vscode.TextDocument, uri: vscode.Uri): EditPlan {
  const text = document.getText();
  const at = text.indexOf('@', text.indexOf('      - upn: ', Math.floor(text.length / 2)));
  const domain = text.slice(at + 1, text.indexOf('\n', at));
  const line = document.positionAt(at).line;
  const hasUsr002 = () => tenancyDiagnostics(vscode.languages.getDiagnostics(uri)).some((d) => codeOf(d) === 'USR002' && d.range.start.line === line);
  return {
    edit(doc, i) {
      const [from, to] = i % 2 === 0 ? [domain, 'unverified.example'] : ['unverified.example', domain];
      const edit = new vscode.WorkspaceEdit();
      edit.replace(doc.uri, new vscode.Range(doc.positionAt(at + 1), doc.positionAt(at + 1 + from.length)), to);
      return edit;
    },
    shows: (i) => hasUsr002() === (i % 2 === 0),
  };
}

/**
 * The line edit: a new user line before the second user of the first directory, then removed. It
 * is seen in a diagnostic after it, one whose code and message no other has, moving down a line
 * and back (both workloads have problems all through the file).
 */
function lineEdit(document: vscode.TextDocument, uri: vscode.Uri): EditPlan {
  const text = document.getText();
  const at = text.indexOf('\n      - upn: ', text.indexOf('      - upn: ')) + 1;
  const domain = text.slice(text.indexOf('@', at) + 1, text.indexOf('\n', at));
  const added = `      - upn: new.colleague@${domain}\n`;
  const addedLine = document.positionAt(at).line;
  const signature = (d: vscode.Diagnostic) => `${codeOf(d)} ${d.message}`;
  const shown = tenancyDiagnostics(vscode.languages.getDiagnostics(uri)).filter((d) => codeOf(d) !== undefined);
  const counts = new Map<string, number>();
  for (const d of shown) counts.set(signature(d), (counts.get(signature(d)) ?? 0) + 1);
  const after = shown.filter((d) => d.range.start.line > addedLine && counts.get(signature(d)) === 1).sort((a, b) => a.range.start.line - b.range.start.line);
  const witness = after[Math.floor(after.length / 2)];
  if (!witness) throw new Error(`the line edit needs a diagnostic of its own after line ${addedLine + 1} to see the lines move`);
  const lineOfWitness = () => tenancyDiagnostics(vscode.languages.getDiagnostics(uri)).find((d) => signature(d) === signature(witness))?.range.start.line;
  return {
    edit(doc, i) {
      const edit = new vscode.WorkspaceEdit();
      if (i % 2 === 0) edit.insert(doc.uri, doc.positionAt(at), added);
      else edit.delete(doc.uri, new vscode.Range(doc.positionAt(at), doc.positionAt(at + added.length)));
      return edit;
    },
    shows: (i) => lineOfWitness() === witness.range.start.line + (i % 2 === 0 ? 1 : 0),
  };
}

describe('host round trip of an edit (bench)', function () {
  this.timeout(1_800_000);
  const results: Figures[] = [];
  const store = () => vscode.extensions.getExtension<{ store: Store }>(EXTENSION_ID)!.exports.store;
  const timings = () => vscode.extensions.getExtension<{ timings: Timings }>(EXTENSION_ID)!.exports.timings;
  const config = () => vscode.workspace.getConfiguration('tenancy');
  const tasksRun = () => sum(Object.values(timings().totals().tasks).map((t) => t.count));

  /** Resolves at `performance.now()` = `at` (at once if that is past). */
  const pauseUntil = (at: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, at - performance.now())));

  /** Resolves once `QUIET_MS` passed without a task of Tenancy's (or after `QUIET_TIMEOUT_MS`). */
  async function quiet(): Promise<void> {
    const deadline = performance.now() + QUIET_TIMEOUT_MS;
    let seen = tasksRun();
    let since = performance.now();
    while (performance.now() - since < QUIET_MS && performance.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const now = tasksRun();
      if (now !== seen) [seen, since] = [now, performance.now()];
    }
  }

  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
    await config().update('analysis.debounceMs', 0, vscode.ConfigurationTarget.Workspace);
    for (const [key, value] of Object.entries(WORKBENCH_SETTINGS)) await vscode.workspace.getConfiguration().update(key, value, vscode.ConfigurationTarget.Workspace);
  });

  after(async () => {
    await config().update('analysis.debounceMs', undefined, vscode.ConfigurationTarget.Workspace);
    for (const key of Object.keys(WORKBENCH_SETTINGS)) await vscode.workspace.getConfiguration().update(key, undefined, vscode.ConfigurationTarget.Workspace);
    const out = join(outDir(), 'bench-host.json');
    // The profiler's clock (µs) against performance.now() (ms), to place the timelines in the CPU profiles.
    const clock = { profilerMicros: Number(process.hrtime.bigint() / 1000n), performanceNow: performance.now() };
    writeFileSync(out, JSON.stringify({ vscode: vscode.version, node: process.version, debounceMs: 0, workbenchSettings: WORKBENCH_SETTINGS, edits: EDITS, quietMs: QUIET_MS, clock, results }, null, 2));
  });

  for (const workload of ['generator', 'crowded'] as const) {
    for (const users of [5_000, 50_000]) {
      if (WORKLOADS && !WORKLOADS.includes(`${workload}-${users}`)) continue;
      it(`${workload}, ${users} users`, async () => {
        const text = workload === 'generator' ? generateWorkspace({ users, plantProblems: 7 }) : generateCrowded({ users });
        // A folder of its own: the big file is the only workspace file there (an estate of one, as
        // a large file alone is), not joined with the fixture's file beside it.
        const folder = vscode.Uri.joinPath(workspaceRoot(), 'bench-host');
        const tenancyUri = vscode.Uri.joinPath(folder, `bench-${workload}-${users}.tenancy.yaml`);
        const controlUri = vscode.Uri.joinPath(folder, `bench-${workload}-${users}.plain.yaml`);
        for (const uri of [tenancyUri, controlUri]) await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
        try {
          const tenancy = await vscode.workspace.openTextDocument(tenancyUri);
          await vscode.window.showTextDocument(tenancy);
          const analysed = () => store().get(tenancyUri)?.text === tenancy.getText();
          await waitFor(analysed, { timeoutMs: 600_000, message: 'the first analysis' });
          const control = await vscode.workspace.openTextDocument(controlUri);
          await vscode.window.showTextDocument(control, vscode.ViewColumn.Beside);
          await store().settled();
          await quiet();
          const machineSettle = await machineQuiet();

          const profiler = PROFILE ? new HostProfiler() : undefined;
          await profiler?.start();
          for (const edit of ['word', 'line'] as const) {
            // Each plan reads the file as the edits before left it (the same text, or for an odd count one word changed in the middle).
            const plan = edit === 'word' ? wordEdit(tenancy, tenancyUri) : lineEdit(tenancy, tenancyUri);
            results.push(await measure(plan, { workload, users, megabytes: round(text.length / 1024 / 1024), edit, machineSettle }, tenancy, control));
          }
          await profiler?.stop(join(outDir(), `bench-host-${workload}-${users}.cpuprofile`));
        } finally {
          await closeAllEditorsDiscarding();
          for (const uri of [tenancyUri, controlUri]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
        }
      });
    }
  }

  /** `EDITS` edits of one plan on the Tenancy file, each followed by the same edit on the control. */
  async function measure(plan: EditPlan, about: Pick<Figures, 'workload' | 'users' | 'megabytes' | 'edit' | 'machineSettle'>, tenancy: vscode.TextDocument, control: vscode.TextDocument): Promise<Figures> {
    const tenancyMs: number[] = [];
    const tenancyShownMs: number[] = [];
    const tenancyApplyMs: number[] = [];
    const controlMs: number[] = [];
    const controlSettledMs: number[] = [];
    const heapBefore = heapMb();
    // Per edit, what Tenancy's tasks and steps took by label; tasks and stalls are recorded over the Tenancy file's edits only.
    const perEdit: Array<{ tasks: Record<string, LabelTotal>; steps: Record<string, LabelTotal> }> = [];
    const longestTasks = new Map<string, number>();
    const longestSteps = new Map<string, number>();
    const keep = (into: Map<string, number>, from: Record<string, number>) => {
      for (const [label, ms] of Object.entries(from)) into.set(label, Math.max(into.get(label) ?? 0, ms));
    };
    const stalls = monitorEventLoopDelay({ resolution: 10 });
    const cpuBefore = cpuTimes();
    const timelines: Figures['timelines'] = [];
    timings().trace(true);
    for (let i = 0; i < EDITS; i++) {
      stalls.enable();
      timings().reset();
      const started = performance.now();
      const moments: Moment[] = [];
      const saw = (what: string) => moments.push({ at: round(performance.now() - started), what });
      const changed = vscode.workspace.onDidChangeTextDocument((e) => { if (e.document === tenancy) saw('document changed'); });
      // When the edit's diagnostics are in VS Code's collections: checked at the end of each of Tenancy's
      // tasks that hand diagnostics over, the only ones that set them (inside it: no task of the bench's own).
      let shownAt: number | undefined;
      timings().observe((run) => {
        if (run.label === 'diagnostics: a collection' && shownAt === undefined && plan.shows(i)) { shownAt = performance.now(); saw('shown'); }
      });
      const published = store().onDidChange((uri) => { if (uri.toString() === tenancy.uri.toString()) saw('published'); });
      const updated = new Promise<void>((resolve, reject) => {
        const listener = vscode.languages.onDidChangeDiagnostics((e) => {
          if (e.uris.some((u) => u.toString() === tenancy.uri.toString()) && plan.shows(i)) { listener.dispose(); clearTimeout(timer); resolve(); }
        });
        const timer = setTimeout(() => { listener.dispose(); reject(new Error(`${about.edit} edit ${i + 1}: the diagnostics did not show it within ${UPDATE_TIMEOUT_MS / 1000} s`)); }, UPDATE_TIMEOUT_MS);
      });
      await vscode.workspace.applyEdit(plan.edit(tenancy, i));
      tenancyApplyMs.push(round(performance.now() - started));
      saw('applyEdit resolved');
      await updated;
      const now = performance.now();
      saw('diagnostics event');
      published.dispose();
      timings().observe(undefined);
      changed.dispose();
      const until = (shownAt ?? now) - started;
      const tasksRan = timings().trail().map((t) => ({ at: round(t.start - started), what: t.label, ms: round(t.ms), ...(t.cpuMs === undefined ? {} : { cpuMs: round(t.cpuMs) }) }));
      timelines.push({ startedAt: round(started), moments: [...moments, ...tasksRan.filter((t) => t.at <= until)].sort((a, b) => a.at - b.at) });
      tenancyMs.push(round(now - started));
      tenancyShownMs.push(round((shownAt ?? now) - started));
      await store().settled();
      stalls.disable();
      // The providers VS Code asks after a pause (outline, code actions) belong to this edit too.
      await quiet();
      await pauseUntil(started + BACKUP_SETTLE_MS);
      perEdit.push(timings().totals());
      const longest = timings().longest();
      keep(longestTasks, longest.tasks);
      keep(longestSteps, longest.steps);

      const controlStarted = performance.now();
      await vscode.workspace.applyEdit(plan.edit(control, i));
      controlMs.push(round(performance.now() - controlStarted));
      // The change event came before applyEdit's answer: the timers its listeners set are already due.
      await new Promise((resolve) => setTimeout(resolve, 0));
      controlSettledMs.push(round(performance.now() - controlStarted));
      // VS Code's own work after the control's edit (the merge-conflict scan, the workbench's tokens
      // and rendering, the document's backup) is over before the next edit of the Tenancy file starts.
      await pauseUntil(controlStarted + BACKUP_SETTLE_MS);
    }
    timings().trace(false);
    const cpuAfter = cpuTimes();
    const heapAfter = heapMb();

    const tenancyBusyMs = perEdit.map((edit) => round(sum(Object.values(edit.tasks).map((t) => t.ms))));
    const hasCpu = perEdit.every((edit) => Object.values(edit.tasks).every((t) => t.cpuMs !== undefined));
    const tenancyCpuMs = perEdit.map((edit) => round(sum(Object.values(edit.tasks).map((t) => t.cpuMs ?? 0))));
    const labels = (of: 'tasks' | 'steps') => new Set(perEdit.flatMap((edit) => Object.keys(edit[of])));
    const series = (of: 'tasks' | 'steps', label: string, field: keyof LabelTotal) => perEdit.map((edit) => edit[of][label]?.[field] ?? 0);
    const cpuOf = (label: string) => {
      const cpu = spread(series('tasks', label, 'cpuMs'));
      return hasCpu ? { medianCpuMs: cpu.median, maxCpuMs: cpu.max, longestCpuMs: round(Math.max(...series('tasks', label, 'longestCpuMs'))) } : {};
    };
    const rounded = (m: Map<string, number>) => byLabel([...m].map(([label, ms]): [string, number] => [label, round(ms)]), (ms) => ms);
    const longestTenancyTasks = rounded(longestTasks);
    return {
      ...about,
      ...(cpuBefore && cpuAfter ? { machineBusyShare: busyShare(cpuBefore, cpuAfter) } : {}),
      tenancyMs,
      tenancyApplyMs,
      controlMs,
      addedMs: round(median(tenancyMs) - median(controlMs)),
      tenancyShownMs,
      addedShownMs: round(median(tenancyShownMs) - median(controlMs)),
      controlSettledMs,
      addedOverSettledMs: round(median(tenancyShownMs) - median(controlSettledMs)),
      addedOverSettledInterval: differenceInterval(tenancyShownMs, controlSettledMs),
      heapMb: { before: heapBefore, after: heapAfter },
      tenancyBusyMs,
      tenancyBusyMsPerEdit: spread(tenancyBusyMs),
      ...(hasCpu ? { tenancyCpuMs, tenancyCpuMsPerEdit: spread(tenancyCpuMs) } : {}),
      tenancyBusyByTask: byLabel([...labels('tasks')].map((label) => {
        const ms = spread(series('tasks', label, 'ms'));
        return [label, { medianMs: ms.median, maxMs: ms.max, ...cpuOf(label), longestMs: round(longestTasks.get(label) ?? 0), tasksPerEdit: median(series('tasks', label, 'count')) }];
      }), (t) => t.maxMs),
      tenancyStepsPerEdit: byLabel([...labels('steps')].map((label): [string, Spread] => [label, spread(series('steps', label, 'ms'))]), (s) => s.max),
      longestStallMs: round(stalls.max / 1e6),
      longestTenancyTaskMs: Math.max(0, ...Object.values(longestTenancyTasks)),
      ...(hasCpu ? { longestTenancyTaskCpuMs: round(Math.max(0, ...perEdit.flatMap((edit) => Object.values(edit.tasks).map((t) => t.longestCpuMs ?? 0)))) } : {}),
      longestTenancyTasks,
      longestTenancySteps: rounded(longestSteps),
      timelines,
    };
  }
});
