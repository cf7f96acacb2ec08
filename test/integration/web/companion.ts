/**
 * The companion runner of the web worker extension host (bundled by esbuild.mjs, for the browser, to
 * out/integration/companion-web/extension.js; `run.mjs --host web` installs it with the manifest
 * of test/integration/companion-web/). It runs the web suites with mocha's browser build, in the
 * same web worker as Tenancy, and writes each result as one JSON line to the rig's `eventsFile`.
 *
 * A web worker has no environment and no disk: the rig hands the run configuration over as the user
 * setting `tenancyIntegration.run`, and the events reach the server's disk through
 * `vscode.workspace.fs`, whose workspace folder URI tells how this host reaches the server's files.
 */
import type MochaClass from 'mocha';
import * as vscode from 'vscode';
import { followRun, freshWorkspaceBeforeEachSuite } from '../host/mochaEvents';
import type { Fixture, SuiteEvent } from '../host/mochaEvents';
import { hostKind } from './hostKind';

interface RunConfig {
  eventsFile: string;
  resultsFile: string;
  grep?: string;
  timeoutMs: number;
  forbidOnly: boolean;
  fixture: Fixture;
}

/**
 * The suites this host runs, in order: the behaviours a user meets in vscode.dev or github.dev, and
 * the large file (parsed in the Web Worker; the diagram bundle loaded by URL).
 */
function loadSuites(): string[] {
  require('../suite-web/host.test');
  require('../suite/diagnostics.test');
  require('../suite/tree.test');
  require('../suite/commands.test');
  require('../suite/quickFixes.test');
  require('../suite/language.test');
  require('../suite/largeFile.test');
  return ['suite-web/host.test.ts', 'suite/diagnostics.test.ts', 'suite/tree.test.ts', 'suite/commands.test.ts', 'suite/quickFixes.test.ts', 'suite/language.test.ts', 'suite/largeFile.test.ts'];
}

const OWN_ACTIVATION_MS = 30_000;
const ACTIVATION_DEADLINE_MS = 120_000;

/** Milliseconds until Tenancy was active, or `null` if it was not within `deadlineMs`. */
async function untilTenancyIsActive(deadlineMs: number): Promise<number | null> {
  const started = Date.now();
  while (!vscode.extensions.getExtension('tenancy.tenancy')?.isActive) {
    if (Date.now() - started > deadlineMs) return null;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return Date.now() - started;
}

export function activate(context: vscode.ExtensionContext): void {
  const config = vscode.workspace.getConfiguration('tenancyIntegration').get<RunConfig>('run');
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!config || !folder) return;
  const onServer = (path: string) => folder.with({ path });
  const lines: string[] = [];
  let written: Promise<unknown> = Promise.resolve();
  // workspace.fs cannot append: the whole file is written again, in order; it only ever grows.
  const emit = (event: object): void => {
    lines.push(JSON.stringify(event));
    const bytes = new TextEncoder().encode(`${lines.join('\n')}\n`);
    written = written.then(() => vscode.workspace.fs.writeFile(onServer(config.eventsFile), bytes)).then(undefined, () => undefined);
  };
  const report: Record<string, unknown> = {
    vscodeVersion: vscode.version,
    appName: vscode.env.appName,
    appHost: vscode.env.appHost,
    remoteName: vscode.env.remoteName ?? null,
    uiKind: vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop',
    extensionHost: hostKind(),
  };
  const tests: SuiteEvent[] = [];
  emit({ type: 'host', ...report, companion: context.extension.id });

  // Not awaited: activation returns at once and the suites run while the workbench goes on starting.
  const run = async () => {
    try {
      // mocha's browser build defines the `mocha` and `Mocha` globals of this worker.
      require('mocha/mocha.js');
      const scope = globalThis as unknown as { mocha: BrowserMocha; Mocha: typeof MochaClass };
      scope.mocha.setup({
        ui: 'bdd',
        // Results leave through the events; mocha still needs a reporter, and its base one prints nothing.
        reporter: class Silent extends scope.Mocha.reporters.Base {},
        timeout: config.timeoutMs,
        forbidOnly: config.forbidOnly,
        ...(config.grep ? { grep: config.grep } : {}),
      });
      freshWorkspaceBeforeEachSuite(scope.mocha.suite, config.fixture);
      // Tenancy activates on `workspaceContains`. In this host the search waits for the server's
      // search provider, and VS Code gives up (and does not activate) after 7 s: on a loaded machine
      // that happens. Activation itself is the Node sessions' to test; here a user opening the view
      // activates Tenancy, as the user of a slow window would.
      report.tenancyActiveAfterMs = await untilTenancyIsActive(OWN_ACTIVATION_MS);
      if (report.tenancyActiveAfterMs === null) {
        emit({ type: 'note', text: `Tenancy was not active ${OWN_ACTIVATION_MS / 1000} s after the runner started (VS Code's workspaceContains search timed out): opening its view` });
        await vscode.commands.executeCommand('workbench.view.extension.tenancy');
        report.tenancyActivatedByView = (await untilTenancyIsActive(ACTIVATION_DEADLINE_MS)) !== null;
      }
      const files = loadSuites();
      const summary = await followRun(scope.mocha.run(), {
        files,
        relativeFile: (file) => file,
        onEvent: (event) => {
          if (event.type === 'test') tests.push(event);
          emit(event);
        },
      });
      Object.assign(report, summary);
    } catch (error) {
      const described = { message: String((error as Error)?.message ?? error), stack: (error as Error)?.stack };
      report.error = described;
      emit({ type: 'error', ...described });
    } finally {
      const results = new TextEncoder().encode(JSON.stringify({ ...report, tests }, null, 2));
      await vscode.workspace.fs.writeFile(onServer(config.resultsFile), results).then(undefined, () => undefined);
      emit({ type: 'done' });
      await written;
    }
  };
  run().then(undefined, () => undefined);
}

export function deactivate(): void {}
