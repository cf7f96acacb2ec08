#!/usr/bin/env node
// The same integration suites in desktop VS Code (Electron), for machines with internet access:
// `@vscode/test-electron` downloads VS Code into .vscode-test/ (git-ignored), starts it with the
// repository as the extension under development and the fixture workspace open, and runs
// out/integration/host/electronIndex.js — which loads the suites with the same runSuites() as the
// code-server rig's companion — in its extension host. Build first (`npm run build`).
//
//   node test/integration/electron.mjs [--vscode-version stable|insiders|1.139.1] [--grep PATTERN]
//
// On Linux without a display, run it under `xvfb-run -a`.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runTests } from '@vscode/test-electron';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');
const extensionTestsPath = join(repoRoot, 'out', 'integration', 'host', 'electronIndex.js');
const fixtureWorkspace = join(here, 'fixtures', 'workspace');

const { values: options } = parseArgs({
  options: {
    'vscode-version': { type: 'string', default: process.env.VSCODE_VERSION ?? 'stable' },
    grep: { type: 'string' },
  },
});

if (!existsSync(extensionTestsPath) || !existsSync(join(repoRoot, 'dist', 'extension.js'))) {
  console.error('out/integration/ or dist/extension.js is missing: run `npm run build` first');
  process.exit(1);
}

// A throw-away profile, so settings and state of an earlier run never leak into this one.
const userDataDir = mkdtempSync(join(tmpdir(), 'tenancy-electron-'));
// The suites edit the workspace: they get a copy of the fixture, reset to it before each suite.
const workspaceDir = join(userDataDir, 'workspace');
cpSync(fixtureWorkspace, workspaceDir, { recursive: true, filter: (source) => !source.endsWith(`${sep}.vscode`) });
let exitCode = 0;
try {
  await runTests({
    version: options['vscode-version'],
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath,
    extensionTestsEnv: { TENANCY_IT_PRISTINE: fixtureWorkspace, TENANCY_IT_WORKSPACE: workspaceDir, ...(options.grep ? { TENANCY_IT_GREP: options.grep } : {}) },
    launchArgs: [
      workspaceDir,
      '--user-data-dir', userDataDir,
      '--disable-extensions', // other installed extensions; the one under development still loads
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
    ],
  });
} catch (error) {
  // runTests rejects when VS Code exits non-zero, which electronIndex's run() causes on any failure.
  console.error(`integration tests failed: ${error?.message ?? error}`);
  exitCode = 1;
} finally {
  rmSync(userDataDir, { recursive: true, force: true });
}
process.exit(exitCode);
