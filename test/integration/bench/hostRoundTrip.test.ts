/**
 * `npm run bench:host` (not part of the integration tests, not a timed test: it records figures).
 * In the real extension host, the round trip of a one-word edit: from `workspace.applyEdit` of a
 * UPN's domain (which adds or removes a USR002) to the updated Tenancy diagnostic, on a Tenancy
 * workspace file, against the same edit of the same text in a plain `.yaml` file that Tenancy does
 * not check (the control, same run: what VS Code itself costs). Both workload kinds (the project's
 * generator, and the crowded one with repeated names and many problems), 5,000 and 50,000 users,
 * `tenancy.analysis.debounceMs` at 0. The longest stall of the host's event loop during the edits
 * (until every listener of the edit's analysis ran) is recorded too, and the longest of Tenancy's own
 * tasks in it, by label (the extension's `timings`). The figures go to `bench-host.json` beside the
 * run's configuration.
 *
 * Environment (all optional): `TENANCY_BENCH_PROFILE=1` CPU-profiles the extension host (this process,
 * Tenancy's too) during each workload's Tenancy edits and writes `bench-host-<workload>-<users>.cpuprofile`
 * beside the figures (`node bench/profileSummary.mjs FILE` summarises one); `TENANCY_BENCH_EDITS=N`
 * edits N times instead of six; `TENANCY_BENCH_WORKLOADS=crowded-50000,generator-5000` runs only those.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Session } from 'node:inspector';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { generateCrowded } from '../../../bench/generateCrowded';
import { generateWorkspace } from '../../../bench/generateWorkspace';
import { EXTENSION_ID, closeAllEditorsDiscarding, codeOf, tenancyDiagnostics, waitFor, workspaceRoot } from '../suite/helpers';

interface Store { get(uri: vscode.Uri): { text: string } | undefined; settled(): Promise<void> }
/** The extension's record of its own tasks (src/vscode/timings.ts). */
interface Timings { longest(): { tasks: Record<string, number>; steps: Record<string, number> }; reset(): void }
const EDITS = Number(process.env.TENANCY_BENCH_EDITS) || 6;
const WORKLOADS = process.env.TENANCY_BENCH_WORKLOADS?.split(',');
const PROFILE = process.env.TENANCY_BENCH_PROFILE === '1';
const outDir = () => dirname(process.env.TENANCY_IT_CONFIG ?? '.');

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

interface Figures {
  workload: 'generator' | 'crowded';
  users: number;
  megabytes: number;
  /** applyEdit → Tenancy diagnostic updated, per edit (ms). */
  tenancyMs: number[];
  /** applyEdit → resolved, on the Tenancy file (ms): how long the host was busy before the edit even returned. */
  tenancyApplyMs: number[];
  /** applyEdit → resolved, and the document changed, on the plain-YAML control (ms). */
  controlMs: number[];
  /** Median Tenancy round trip minus median control round trip (ms). */
  addedMs: number;
  /** The longest event-loop stall of the extension host while the Tenancy file was edited (ms): VS Code's own work (other extensions…) included. */
  longestStallMs: number;
  /** The longest task of Tenancy's own in the host while the Tenancy file was edited (ms): the longest outermost timed step. */
  longestTenancyTaskMs: number;
  /** The longest of Tenancy's tasks by label (the change event, the analysis, each listener, the providers), ms. */
  longestTenancyTasks: Record<string, number>;
  /** The longest of Tenancy's timed steps by label, nested ones included (the diagnostics inside a listener's task…), ms. */
  longestTenancySteps: Record<string, number>;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (n: number) => Math.round(n * 10) / 10;

describe('host round trip of a one-word edit (bench)', function () {
  this.timeout(1_800_000);
  const results: Figures[] = [];
  const store = () => vscode.extensions.getExtension<{ store: Store }>(EXTENSION_ID)!.exports.store;
  const timings = () => vscode.extensions.getExtension<{ timings: Timings }>(EXTENSION_ID)!.exports.timings;
  const config = () => vscode.workspace.getConfiguration('tenancy');

  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
    await config().update('analysis.debounceMs', 0, vscode.ConfigurationTarget.Workspace);
  });

  after(async () => {
    await config().update('analysis.debounceMs', undefined, vscode.ConfigurationTarget.Workspace);
    const out = join(outDir(), 'bench-host.json');
    writeFileSync(out, JSON.stringify({ vscode: vscode.version, node: process.version, debounceMs: 0, edits: EDITS, results }, null, 2));
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
          await waitFor(() => store().get(tenancyUri)?.text === tenancy.getText(), { timeoutMs: 600_000, message: 'the first analysis' });
          const control = await vscode.workspace.openTextDocument(controlUri);
          await vscode.window.showTextDocument(control, vscode.ViewColumn.Beside);

          // The UPN of a user in the middle directory: its domain is swapped for one the directory does not list, and back.
          const at = text.indexOf('@', text.indexOf('      - upn: ', Math.floor(text.length / 2)));
          const domain = text.slice(at + 1, text.indexOf('\n', at));
          const line = tenancy.positionAt(at).line;
          const hasUsr002 = () => tenancyDiagnostics(vscode.languages.getDiagnostics(tenancyUri)).some((d) => codeOf(d) === 'USR002' && d.range.start.line === line);
          const swap = (document: vscode.TextDocument, i: number) => {
            const [from, to] = i % 2 === 0 ? [domain, 'unverified.example'] : ['unverified.example', domain];
            const edit = new vscode.WorkspaceEdit();
            edit.replace(document.uri, new vscode.Range(document.positionAt(at + 1), document.positionAt(at + 1 + from.length)), to);
            return edit;
          };

          const figures: Figures = {
            workload, users, megabytes: round(text.length / 1024 / 1024), tenancyMs: [], tenancyApplyMs: [], controlMs: [], addedMs: 0, longestStallMs: 0,
            longestTenancyTaskMs: 0, longestTenancyTasks: {}, longestTenancySteps: {},
          };
          // Tenancy's tasks are recorded over the Tenancy file's edits only, like the stalls.
          const tenancyTasks = new Map<string, number>();
          const tenancySteps = new Map<string, number>();
          const keep = (into: Map<string, number>, from: Record<string, number>) => {
            for (const [label, ms] of Object.entries(from)) into.set(label, Math.max(into.get(label) ?? 0, ms));
          };
          const stalls = monitorEventLoopDelay({ resolution: 10 });
          const profiler = PROFILE ? new HostProfiler() : undefined;
          await profiler?.start();
          for (let i = 0; i < EDITS; i++) {
            const expected = i % 2 === 0;
            stalls.enable();
            timings().reset();
            const started = performance.now();
            const updated = new Promise<void>((resolve) => {
              const listener = vscode.languages.onDidChangeDiagnostics((e) => {
                if (e.uris.some((u) => u.toString() === tenancyUri.toString()) && hasUsr002() === expected) { listener.dispose(); resolve(); }
              });
            });
            await vscode.workspace.applyEdit(swap(tenancy, i));
            figures.tenancyApplyMs.push(round(performance.now() - started));
            await updated;
            figures.tenancyMs.push(round(performance.now() - started));
            await store().settled();
            stalls.disable();
            const longest = timings().longest();
            keep(tenancyTasks, longest.tasks);
            keep(tenancySteps, longest.steps);

            const controlStarted = performance.now();
            await vscode.workspace.applyEdit(swap(control, i));
            figures.controlMs.push(round(performance.now() - controlStarted));
          }
          await profiler?.stop(join(outDir(), `bench-host-${workload}-${users}.cpuprofile`));
          figures.longestStallMs = round(stalls.max / 1e6);
          const rounded = (m: Map<string, number>) => Object.fromEntries([...m].sort((a, b) => b[1] - a[1]).map(([label, ms]) => [label, round(ms)]));
          figures.longestTenancyTasks = rounded(tenancyTasks);
          figures.longestTenancySteps = rounded(tenancySteps);
          figures.longestTenancyTaskMs = Math.max(0, ...Object.values(figures.longestTenancyTasks));
          figures.addedMs = round(median(figures.tenancyMs) - median(figures.controlMs));
          results.push(figures);
        } finally {
          await closeAllEditorsDiscarding();
          for (const uri of [tenancyUri, controlUri]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
        }
      });
    }
  }
});
