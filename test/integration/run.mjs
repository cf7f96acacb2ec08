#!/usr/bin/env node
// `npm run test:integration`: runs the integration suites (test/integration/suite/) inside a real
// VS Code extension host — code-server's, opened in headless Chromium — and exits with their status.
//
//   node test/integration/run.mjs [--grep PATTERN] [--keep-open] [--host-timeout S] [--timeout S] [--suites FOLDER]
//
// 1. installs, once, into .cache/integration/: Node 24 and code-server (npm), Chromium (Debian);
// 2. builds a throw-away profile in .cache/integration/runs/<id>/ (kept until the next run, for its
//    logs; .cache/integration/last-run links to it): the extension under test and the companion
//    runner extension, quiet settings;
// 3. starts code-server on 127.0.0.1 (a free port) with the fixture workspace and opens it in
//    Chromium; the companion runs the suites in the extension host and streams results to a file;
// 4. prints each result as it arrives and the totals; exits 1 on any failure, when no test ran or
//    when the extension host never started in time. Every process it started ends on every path.
//
// TENANCY_IT_EXTENSION=DIR tests another build of the extension (default: the repository root).
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureInstalled } from './rig/install.mjs';
import { cleanUp, installExitHandlers, onCleanup } from './rig/processes.mjs';
import { newRunDir } from './rig/runs.mjs';
import { installExtensions, openWorkbench, pollUntil, prepareUserData, startCodeServer } from './rig/workbench.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');
const cacheDir = join(repoRoot, '.cache', 'integration');
let runDir; // this run's folder under .cache/integration/runs/, set once the tools are installed
const fixtureWorkspace = join(here, 'fixtures', 'workspace');
const companionDir = join(here, 'companion');
const outDir = join(repoRoot, 'out', 'integration');

const { values: options } = parseArgs({
  options: {
    grep: { type: 'string' },
    'keep-open': { type: 'boolean', default: false },
    'host-timeout': { type: 'string', default: '180' },
    // Another folder of out/integration/ to run instead of the suites (`bench` for npm run bench:host).
    suites: { type: 'string', default: 'suite' },
    timeout: { type: 'string', default: '900' },
  },
});

const log = (message) => console.log(`[rig] ${message}`);
const started = Date.now();
installExitHandlers();

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  console.error(`\n[rig] ${error?.stack ?? error}`);
  if (runDir) console.error(`[rig] logs: ${relative(process.cwd(), runDir)}/logs/`);
  exitCode = 1;
}
if (options['keep-open'] && exitCode !== 2) {
  log('--keep-open: the workbench stays up; press Ctrl-C to stop code-server and Chromium.');
  await new Promise(() => {}); // until SIGINT, whose handler cleans up and exits
}
await cleanUp();
process.exit(exitCode);

async function main() {
  const tools = await ensureInstalled(cacheDir, log);

  const extensionDir = resolve(process.env.TENANCY_IT_EXTENSION ?? repoRoot);
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'package.json'), 'utf8'));
  const mainFile = manifest.main ? join(extensionDir, manifest.main) : undefined;
  if (mainFile && !existsSync(mainFile) && !existsSync(`${mainFile}.js`)) {
    log(`warning: ${relative(repoRoot, mainFile)} does not exist; the extension will not activate`);
  }
  const runnerModule = join(outDir, 'host', 'runSuites.js');
  const suiteDir = join(outDir, options.suites);
  if (!existsSync(runnerModule) || !existsSync(suiteDir)) {
    throw new Error(`${relative(repoRoot, outDir)} has no suites: run \`npm run build\` first (npm run test:integration does)`);
  }

  // A fresh folder per run (profile, logs, results); finished runs' folders are swept now, with
  // any code-server or Chromium left by a run that was killed too hard to clean up after itself.
  const run = newRunDir(cacheDir, 'run');
  runDir = run.dir;
  if (run.swept > 0) log(`ended ${run.swept} process group(s) left over by an earlier run`);
  const userDataDir = join(runDir, 'user-data');
  // Each run opens a fresh copy of the fixture workspace: files a suite creates, or an edit that
  // reaches the disk, never leak into the next run or into the repository.
  const workspaceDir = join(runDir, 'workspace');
  cpSync(fixtureWorkspace, workspaceDir, { recursive: true, filter: (source) => !source.endsWith(`${sep}.vscode`) });
  const extensionsDir = join(runDir, 'extensions');
  const logsDir = join(runDir, 'logs');
  mkdirSync(logsDir, { recursive: true });
  prepareUserData(userDataDir);
  const installed = installExtensions(extensionsDir, [extensionDir, companionDir]);
  log(`extensions: ${installed.map((e) => `${e.id}@${e.version}`).join(', ')}`);

  const eventsFile = join(runDir, 'events.jsonl');
  const resultsFile = join(runDir, 'results.json');
  const configFile = join(runDir, 'run-config.json');
  writeFileSync(eventsFile, '');
  writeFileSync(
    configFile,
    JSON.stringify(
      {
        runnerModule,
        suiteDir,
        eventsFile,
        resultsFile,
        grep: options.grep,
        timeoutMs: 30_000,
        forbidOnly: Boolean(process.env.CI),
      },
      null,
      2,
    ),
  );

  const server = await startCodeServer({
    node: tools.node,
    entry: tools.codeServerEntry,
    runDir,
    userDataDir,
    extensionsDir,
    folder: workspaceDir,
    env: { TENANCY_IT_CONFIG: configFile },
    logFile: join(logsDir, 'code-server.log'),
  });
  onCleanup(server.stop);
  log(`code-server listening on ${server.url} (${seconds(started)} since start)`);

  const workbench = await openWorkbench({
    chromium: tools.chromium,
    url: server.url,
    folder: workspaceDir,
    profileDir: join(runDir, 'chromium-profile'),
    logFile: join(logsDir, 'browser-console.log'),
  });
  onCleanup(workbench.close);
  let pageCrashed = false;
  workbench.page.on('crash', () => (pageCrashed = true));
  log(`workbench opened: ${workbench.address}`);

  const outcome = await followEvents(eventsFile, {
    hostTimeoutMs: Number(options['host-timeout']) * 1000,
    runTimeoutMs: Number(options.timeout) * 1000,
    serverExited: server.process.exited,
    pageCrashed: () => pageCrashed,
  });
  return report(outcome, resultsFile);
}

/**
 * Prints the companion's events as they are appended to `eventsFile`, until its `done` event.
 * Fails if the extension host has not said hello within `hostTimeoutMs` (counted from now), or the
 * suites have not finished within `runTimeoutMs`, or code-server or the page died.
 */
async function followEvents(eventsFile, { hostTimeoutMs, runTimeoutMs, serverExited, pageCrashed }) {
  const outcome = { host: undefined, tests: [], end: undefined, error: undefined };
  let consumed = 0;
  let serverGone = false;
  serverExited.then(() => (serverGone = true));
  const waitStarted = Date.now();

  const readNew = () => {
    const text = readFileSync(eventsFile, 'utf8');
    const complete = text.lastIndexOf('\n') + 1; // a line being written is read next time
    const lines = text.slice(consumed, complete).split('\n').filter(Boolean);
    consumed = complete;
    for (const line of lines) {
      const event = JSON.parse(line);
      if (event.type === 'host') {
        outcome.host = event;
        log(`extension host started after ${seconds(waitStarted)}`);
        console.log(`\nVS Code ${event.vscodeVersion} (${event.appName}, ${event.uiKind}, Node ${event.node} extension host)\n`);
      } else if (event.type === 'start') {
        console.log(`running ${event.total} tests from ${event.files.join(', ')}`);
      } else if (event.type === 'test') {
        outcome.tests.push(event);
        printTest(event);
      } else if (event.type === 'end') {
        outcome.end = event;
      } else if (event.type === 'error') {
        outcome.error = event;
      } else if (event.type === 'done') {
        return true;
      }
    }
    return undefined;
  };

  const hostDeadline = Date.now() + hostTimeoutMs;
  let runDeadline;
  await pollUntil(
    () => {
      if (readNew()) return true;
      if (serverGone) throw new Error('code-server exited before the suites finished');
      if (pageCrashed()) throw new Error('the workbench page crashed before the suites finished');
      if (!outcome.host && Date.now() > hostDeadline) {
        throw new Error(`the extension host did not start the companion runner within ${hostTimeoutMs / 1000} s (see logs/)`);
      }
      if (outcome.host) runDeadline ??= Date.now() + runTimeoutMs;
      if (runDeadline && Date.now() > runDeadline) throw new Error(`the suites did not finish within ${runTimeoutMs / 1000} s`);
      return undefined;
    },
    { timeoutMs: hostTimeoutMs + runTimeoutMs, what: 'the integration suites' },
  );
  return outcome;
}

function printTest(test) {
  const mark = test.state === 'passed' ? '✔' : test.state === 'failed' ? '✘' : '-';
  const time = test.durationMs !== undefined ? ` (${test.durationMs} ms)` : '';
  console.log(`  ${mark} ${test.fullTitle}${test.state === 'pending' ? ' (pending)' : time}`);
}

/** The summary and the exit status: 0 only when tests ran in the host and none failed. */
function report(outcome, resultsFile) {
  const failed = outcome.tests.filter((t) => t.state === 'failed');
  const passed = outcome.tests.filter((t) => t.state === 'passed');
  const pending = outcome.tests.filter((t) => t.state === 'pending');

  failed.forEach((test, i) => {
    console.log(`\n  ${i + 1}) ${test.fullTitle}${test.file ? `  [${test.file}]` : ''}`);
    console.log(indent(test.error?.stack ?? test.error?.message ?? 'failed', 5));
    if (test.error?.expected !== undefined || test.error?.actual !== undefined) {
      console.log(indent(`expected: ${test.error.expected}\nactual:   ${test.error.actual}`, 5));
    }
  });
  if (outcome.error) console.log(`\n[rig] the suites could not run: ${outcome.error.stack ?? outcome.error.message}`);

  console.log(`\n${passed.length} passing, ${failed.length} failing${pending.length ? `, ${pending.length} pending` : ''}`);
  console.log(`integration: ${passed.length} passed, ${failed.length} failed${pending.length ? `, ${pending.length} skipped` : ''}`);
  log(`VS Code ${outcome.host?.vscodeVersion}; results in ${relative(process.cwd(), resultsFile)}; total ${seconds(started)}`);

  if (outcome.error || failed.length > 0) return 1;
  if (passed.length === 0) {
    console.error('[rig] no test ran: that is a failure, not a pass');
    return 1;
  }
  return 0;
}

function indent(text, width) {
  return text
    .replaceAll(`${repoRoot}/`, '') // stack frames, relative to the repository
    .split('\n')
    .map((line) => `${' '.repeat(width)}${line}`)
    .join('\n');
}

function seconds(since) {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

