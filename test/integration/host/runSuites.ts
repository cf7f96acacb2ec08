/**
 * The one suite loader of the integration tests, shared by both hosts that run them inside a VS Code
 * extension host: the companion extension of the code-server rig (`test/integration/companion/`)
 * and `electronIndex.ts` for `@vscode/test-electron`. It finds the bundled suites
 * (`out/integration/suite/**\/*.test.js`), runs them with mocha in this process (so they reach the
 * real `vscode` API) and reports every result as a structured event.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import type MochaClass from 'mocha';

/** One result of the run, in the order mocha produced it. Durations are in milliseconds. */
export type SuiteEvent =
  | { type: 'start'; total: number; files: string[] }
  | {
      type: 'test';
      state: 'passed' | 'failed' | 'pending';
      fullTitle: string;
      titlePath: string[];
      file?: string;
      durationMs?: number;
      error?: { message: string; stack?: string; expected?: string; actual?: string };
    }
  | { type: 'end'; passes: number; failures: number; pending: number; durationMs: number };

export interface RunSuitesOptions {
  /** Folder holding the bundled suites; every `*.test.js` below it is run. */
  readonly suiteDir: string;
  /** Only tests whose full title matches this pattern. */
  readonly grep?: string;
  /** Per-test timeout in ms (mocha's `timeout`, default 30 000); helpers' deadlines stay below it. */
  readonly timeoutMs?: number;
  /** Fail the run if a suite uses `.only` (set on CI). */
  readonly forbidOnly?: boolean;
  /**
   * The pristine fixture workspace and the folder VS Code has open: when both are given, each
   * top-level suite starts from a fresh copy of the fixture (see freshWorkspace.ts).
   */
  readonly fixture?: { readonly pristineDir: string; readonly workspaceDir: string };
  /** Receives every event; must not throw. */
  readonly onEvent: (event: SuiteEvent) => void;
}

export interface RunSummary {
  readonly passes: number;
  readonly failures: number;
  readonly pending: number;
}

/** Runs the suites once. Rejects only when they cannot be loaded (a failing test resolves). */
export function runSuites(options: RunSuitesOptions): Promise<RunSummary> {
  // mocha 12 is an ES module whose CommonJS build is `lib/mocha.cjs`; requiring that file directly
  // works in every Node the extension host may run (require(esm) needs Node ≥ 20.19).
  const Mocha = require('mocha/lib/mocha.cjs') as typeof MochaClass;
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    timeout: options.timeoutMs ?? 30_000,
    forbidOnly: options.forbidOnly ?? false,
    // Results leave through `onEvent`; mocha still needs a reporter, and its base one prints nothing.
    reporter: class Silent extends Mocha.reporters.Base {},
    ...(options.grep ? { grep: options.grep } : {}),
  });
  const fixture = options.fixture;
  if (fixture) {
    // A top-level suite is announced before its body declares its own hooks: this one runs first.
    mocha.suite.on('suite', (suite: MochaClass.Suite) => {
      suite.beforeAll('a fresh copy of the fixture workspace', async function () {
        this.timeout(90_000);
        const { freshWorkspace } = await import('./freshWorkspace');
        await freshWorkspace(fixture.pristineDir, fixture.workspaceDir, 80_000);
      });
    });
  }
  const files = findSuiteFiles(options.suiteDir);
  for (const file of files) mocha.addFile(file);

  return new Promise((resolve, reject) => {
    const started = Date.now();
    let runner: MochaClass.Runner;
    try {
      runner = mocha.run();
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    const report = (test: MochaClass.Runnable, state: 'passed' | 'failed' | 'pending', error?: unknown) =>
      options.onEvent({
        type: 'test',
        state,
        fullTitle: test.fullTitle(),
        titlePath: test.titlePath(),
        ...(test.file ? { file: relative(options.suiteDir, test.file) } : {}),
        ...(test.duration !== undefined ? { durationMs: test.duration } : {}),
        ...(error !== undefined ? { error: describeError(error) } : {}),
      });

    let passes = 0;
    let failures = 0;
    let pending = 0;
    runner.once('start', () =>
      options.onEvent({ type: 'start', total: runner.total, files: files.map((f) => relative(options.suiteDir, f)) }),
    );
    runner.on('pass', (test) => {
      passes++;
      report(test, 'passed');
    });
    // Also emitted for a failing hook ("before all" hook for …), which counts as a failure.
    runner.on('fail', (test, error) => {
      failures++;
      report(test, 'failed', error);
    });
    runner.on('pending', (test) => {
      pending++;
      report(test, 'pending');
    });
    runner.once('end', () => {
      options.onEvent({ type: 'end', passes, failures, pending, durationMs: Date.now() - started });
      resolve({ passes, failures, pending });
    });
  });
}

/** Every `*.test.js` below `dir`, sorted so the order is the same on every machine. */
export function findSuiteFiles(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...findSuiteFiles(path));
    else if (name.endsWith('.test.js')) found.push(path);
  }
  return found.sort();
}

function describeError(error: unknown): { message: string; stack?: string; expected?: string; actual?: string } {
  if (!(error instanceof Error)) return { message: String(error) };
  const withDiff = error as Error & { expected?: unknown; actual?: unknown; showDiff?: boolean };
  return {
    message: error.message,
    ...(error.stack ? { stack: mapStack(error.stack) } : {}),
    ...(withDiff.showDiff !== false && 'expected' in withDiff ? { expected: show(withDiff.expected) } : {}),
    ...(withDiff.showDiff !== false && 'actual' in withDiff ? { actual: show(withDiff.actual) } : {}),
  };
}

/**
 * Rewrites the stack frames that point into bundled files (`…/out/integration/…js:line:col`) to
 * the TypeScript they came from, using the bundles' inline source maps. Node's own
 * `--enable-source-maps` cannot do it here: the extension host installs its own
 * `Error.prepareStackTrace`.
 */
function mapStack(stack: string): string {
  // Frames may name files relative to the host's working directory.
  return stack.replace(/([^\s()]+\.js):(\d+):(\d+)/g, (frame, name: string, line: string, column: string) => {
    const file = resolve(name.startsWith('file://') ? new URL(name).pathname : name);
    const map = sourceMapOf(file);
    if (!map) return frame;
    const entry = map.findEntry(Number(line) - 1, Number(column) - 1);
    if (!('originalSource' in entry) || !entry.originalSource) return frame;
    const source = entry.originalSource.startsWith('file://') ? new URL(entry.originalSource).pathname : resolve(dirname(file), entry.originalSource);
    return `${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  });
}

const sourceMaps = new Map<string, SourceMap | undefined>();

function sourceMapOf(file: string): SourceMap | undefined {
  if (!sourceMaps.has(file)) {
    let map: SourceMap | undefined;
    try {
      const inline = /\/\/# sourceMappingURL=data:application\/json;base64,([A-Za-z0-9+/=]+)\s*$/.exec(readFileSync(file, 'utf8'));
      if (inline) map = new SourceMap(JSON.parse(Buffer.from(inline[1]!, 'base64').toString('utf8')));
    } catch {
      map = undefined;
    }
    sourceMaps.set(file, map);
  }
  return sourceMaps.get(file);
}

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}
