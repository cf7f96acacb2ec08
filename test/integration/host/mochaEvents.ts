/**
 * Mocha's run as the structured events both hosts report: the Node host's loader (`runSuites.ts`)
 * and the web worker host's (`../web/companion.ts`). Nothing here needs Node.
 */
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

export interface RunSummary {
  readonly passes: number;
  readonly failures: number;
  readonly pending: number;
}

/** The pristine fixture workspace and the folder VS Code has open (both paths on the server). */
export interface Fixture {
  readonly pristineDir: string;
  readonly workspaceDir: string;
}

/** Makes each top-level suite start from a fresh copy of the fixture (see freshWorkspace.ts). */
export function freshWorkspaceBeforeEachSuite(root: MochaClass.Suite, fixture: Fixture): void {
  // A top-level suite is announced before its body declares its own hooks: this one runs first.
  root.on('suite', (suite: MochaClass.Suite) => {
    suite.beforeAll('a fresh copy of the fixture workspace', async function () {
      this.timeout(90_000);
      const { freshWorkspace } = await import('./freshWorkspace');
      await freshWorkspace(fixture.pristineDir, fixture.workspaceDir, 80_000);
    });
  });
}

/**
 * Reports a started run through `onEvent` and resolves with its totals at its end. `relativeFile`
 * names a test's file for the report; `mapStack` may rewrite stack traces to the sources.
 */
export function followRun(
  runner: MochaClass.Runner,
  { files, relativeFile, mapStack = (stack) => stack, onEvent }: {
    files: string[];
    relativeFile: (file: string) => string;
    mapStack?: (stack: string) => string;
    onEvent: (event: SuiteEvent) => void;
  },
): Promise<RunSummary> {
  return new Promise((resolve) => {
    const started = Date.now();
    const report = (test: MochaClass.Runnable, state: 'passed' | 'failed' | 'pending', error?: unknown) =>
      onEvent({
        type: 'test',
        state,
        fullTitle: test.fullTitle(),
        titlePath: test.titlePath(),
        ...(test.file ? { file: relativeFile(test.file) } : {}),
        ...(test.duration !== undefined ? { durationMs: test.duration } : {}),
        ...(error !== undefined ? { error: describeError(error, mapStack) } : {}),
      });

    let passes = 0;
    let failures = 0;
    let pending = 0;
    runner.once('start', () => onEvent({ type: 'start', total: runner.total, files }));
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
      onEvent({ type: 'end', passes, failures, pending, durationMs: Date.now() - started });
      resolve({ passes, failures, pending });
    });
  });
}

function describeError(error: unknown, mapStack: (stack: string) => string): { message: string; stack?: string; expected?: string; actual?: string } {
  if (!(error instanceof Error)) return { message: String(error) };
  const withDiff = error as Error & { expected?: unknown; actual?: unknown; showDiff?: boolean };
  return {
    message: error.message,
    ...(error.stack ? { stack: mapStack(error.stack) } : {}),
    ...(withDiff.showDiff !== false && 'expected' in withDiff ? { expected: show(withDiff.expected) } : {}),
    ...(withDiff.showDiff !== false && 'actual' in withDiff ? { actual: show(withDiff.actual) } : {}),
  };
}

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}
