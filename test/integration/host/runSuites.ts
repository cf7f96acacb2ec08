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
import { followRun, freshWorkspaceBeforeEachSuite } from './mochaEvents';
import type { Fixture, RunSummary, SuiteEvent } from './mochaEvents';

export type { RunSummary, SuiteEvent } from './mochaEvents';

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
  readonly fixture?: Fixture;
  /** Receives every event; must not throw. */
  readonly onEvent: (event: SuiteEvent) => void;
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
  if (options.fixture) freshWorkspaceBeforeEachSuite(mocha.suite, options.fixture);
  const files = findSuiteFiles(options.suiteDir);
  for (const file of files) mocha.addFile(file);

  let runner: MochaClass.Runner;
  try {
    runner = mocha.run();
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  return followRun(runner, {
    files: files.map((f) => relative(options.suiteDir, f)),
    relativeFile: (file) => relative(options.suiteDir, file),
    mapStack,
    onEvent: options.onEvent,
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

