/**
 * `extensionTestsPath` for `@vscode/test-electron` (see `test/integration/electron.mjs`): VS Code
 * loads this module in its extension host and awaits `run()`; a rejection marks the run failed.
 * The suites are the same as the code-server rig's, loaded by the same `runSuites`.
 */
import { join } from 'node:path';
import * as vscode from 'vscode';
import { runSuites, type SuiteEvent } from './runSuites';

export async function run(): Promise<void> {
  console.log(`VS Code ${vscode.version} (${vscode.env.appName}), Node ${process.version}`);
  const summary = await runSuites({
    // This file is bundled to out/integration/host/electronIndex.js; the suites sit beside it.
    suiteDir: join(__dirname, '..', 'suite'),
    ...(process.env.TENANCY_IT_GREP ? { grep: process.env.TENANCY_IT_GREP } : {}),
    forbidOnly: Boolean(process.env.CI),
    ...(process.env.TENANCY_IT_PRISTINE && process.env.TENANCY_IT_WORKSPACE
      ? { fixture: { pristineDir: process.env.TENANCY_IT_PRISTINE, workspaceDir: process.env.TENANCY_IT_WORKSPACE } }
      : {}),
    onEvent: print,
  });
  const total = summary.passes + summary.failures;
  if (summary.failures > 0) throw new Error(`${summary.failures} of ${total} integration tests failed`);
  if (total === 0) throw new Error('no integration test ran');
}

function print(event: SuiteEvent): void {
  switch (event.type) {
    case 'start':
      console.log(`running ${event.total} tests from ${event.files.length} files`);
      break;
    case 'test': {
      const mark = event.state === 'passed' ? '✔' : event.state === 'failed' ? '✘' : '-';
      const time = event.durationMs !== undefined ? ` (${event.durationMs} ms)` : '';
      console.log(`  ${mark} ${event.fullTitle}${time}`);
      if (event.error) console.log(indent(event.error.stack ?? event.error.message));
      break;
    }
    case 'end':
      console.log(`\n${event.passes} passing, ${event.failures} failing, ${event.pending} pending (${event.durationMs} ms)`);
      break;
  }
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `      ${line}`)
    .join('\n');
}
