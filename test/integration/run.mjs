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
import { cpSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureInstalled } from './rig/install.mjs';
import { cleanUp, installExitHandlers, onCleanup } from './rig/processes.mjs';
import { newRunDir } from './rig/runs.mjs';
import { installExtensions, installVsix, openWorkbench, pollUntil, prepareUserData, startCodeServer } from './rig/workbench.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');
const cacheDir = join(repoRoot, '.cache', 'integration');
let runDir; // this run's folder under .cache/integration/runs/, set once the tools are installed
const companionDir = join(here, 'companion');
const witnessDir = join(here, 'witness');
const outDir = join(repoRoot, 'out', 'integration');

/**
 * Each session is one VS Code window on its own fresh copy of a fixture workspace, with its own
 * suites. `main`: the Tenancy fixture, every feature. `unrelated`: a workspace of YAML files that
 * are not Tenancy's, where Tenancy must stay inactive (a witness extension that activates on
 * `onLanguage:yaml` proves the YAML events did fire). `reload`: the diagram across a real window reload.
 */
const SESSIONS = [
  { name: 'main', fixture: join(here, 'fixtures', 'workspace'), suites: 'suite', witness: false },
  { name: 'unrelated', fixture: join(here, 'fixtures', 'unrelated-yaml'), suites: 'suite-unrelated', witness: true },
  // A suite that reloads the window (and says so with a `reload` event) and runs again in the next
  // extension host; the workspace is not made fresh between the two runs.
  { name: 'reload', fixture: join(here, 'fixtures', 'workspace'), suites: 'suite-reload', witness: false, keepWorkspace: true },
];

/**
 * `--host web`: one session whose extensions run in the browser's web worker extension host, as in
 * vscode.dev and github.dev. The `remote.extensionKind` setting sends Tenancy there (it has both a
 * `main` and a `browser` entry, and would otherwise run in the server's Node host); the web runner
 * has only a `browser` entry. The runner (out/integration/companion-web/, bundled with its suites)
 * gets its configuration from the user setting `tenancyIntegration.run`: a worker has no environment.
 */
const WEB_SESSION = { name: 'web', fixture: join(here, 'fixtures', 'workspace'), suites: 'companion-web', witness: false, web: true };

const { values: options } = parseArgs({
  options: {
    grep: { type: 'string' },
    'keep-open': { type: 'boolean', default: false },
    'host-timeout': { type: 'string', default: '180' },
    // Another folder of out/integration/ to run instead of the suites (`bench` for npm run bench:host).
    suites: { type: 'string', default: 'suite' },
    timeout: { type: 'string', default: '900' },
    dev: { type: 'boolean', default: false },
    vsix: { type: 'string' },
    session: { type: 'string' },
    host: { type: 'string', default: 'node' },
  },
});
if (!['node', 'web'].includes(options.host)) throw new Error(`--host ${options.host}: the extension host is node or web`);

const log = (message) => console.log(`[rig] ${message}`);
const started = Date.now();
installExitHandlers();

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  console.error(`\n[rig] ${error?.stack ?? error}`);
  if (runDir) console.error(`[rig] logs: ${relative(process.cwd(), runDir)}/`);
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
  const extension = extensionUnderTest();
  const runnerModule = join(outDir, 'host', 'runSuites.js');
  const suiteDir = join(outDir, options.host === 'web' ? WEB_SESSION.suites : options.suites);
  if (!existsSync(runnerModule) || !existsSync(suiteDir)) {
    throw new Error(`${relative(repoRoot, outDir)} has no suites: run \`npm run build\` first (npm run test:integration does)`);
  }

  // A fresh folder per run (profiles, logs, results); finished runs' folders are swept now, with
  // any code-server or Chromium left by a run that was killed too hard to clean up after itself.
  const run = newRunDir(cacheDir, 'run');
  runDir = run.dir;
  if (run.swept > 0) log(`ended ${run.swept} process group(s) left over by an earlier run`);

  // --keep-open leaves the first session's workbench up: only that one runs.
  // --suites other than the default runs that folder in the main session alone (npm run bench:host).
  const chosen = options.host === 'web' ? [WEB_SESSION] : options.suites === 'suite' ? SESSIONS : [{ ...SESSIONS[0], suites: options.suites }];
  const sessions = chosen.filter((s) => (options.session ? s.name === options.session : true)).slice(0, options['keep-open'] ? 1 : undefined);
  if (sessions.length === 0) throw new Error(`no session named ${options.session} (${SESSIONS.map((s) => s.name).join(', ')})`);
  const outcomes = [];
  for (const session of sessions) {
    console.log(`\n[rig] session ${session.name}: ${relative(repoRoot, session.fixture)}`);
    outcomes.push(await runSession(session, { tools, extension, runnerModule, last: session === sessions.at(-1) }));
  }
  return report(outcomes);
}

/**
 * What is tested: by default the packaged .vsix (what users install) made by `npm run package`;
 * `--dev` or `TENANCY_IT_EXTENSION=DIR` copy an extension folder as it is (quicker to iterate).
 */
function extensionUnderTest() {
  const folder = process.env.TENANCY_IT_EXTENSION ?? (options.dev ? repoRoot : undefined);
  if (folder) {
    const dir = resolve(folder);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const mainFile = manifest.main ? join(dir, manifest.main) : undefined;
    if (mainFile && !existsSync(mainFile) && !existsSync(`${mainFile}.js`)) {
      log(`warning: ${relative(repoRoot, mainFile)} does not exist; the extension will not activate`);
    }
    return { folder: dir };
  }
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  const vsix = resolve(options.vsix ?? process.env.TENANCY_IT_VSIX ?? join(repoRoot, `${manifest.name}-${manifest.version}.vsix`));
  if (!existsSync(vsix)) throw new Error(`${relative(process.cwd(), vsix)} does not exist: run \`npm run package\` first (npm run test:integration does), or pass --dev to test the repository folder`);
  const age = statSync(vsix).mtimeMs < statSync(join(repoRoot, 'package.json')).mtimeMs ? ' (older than package.json: run `npm run package` again?)' : '';
  log(`testing the package ${relative(process.cwd(), vsix)}${age}`);
  return { vsix };
}

/** Starts the CPU profiler of the workbench page (Chrome DevTools Protocol); `stop` writes the .cpuprofile. */
async function profilePage(workbench) {
  const cdp = await workbench.context.newCDPSession(workbench.page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Profiler.start');
  return {
    async stop(file) {
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(file, JSON.stringify(profile));
      log(`renderer profile: ${relative(repoRoot, file)}`);
    },
  };
}

/** The web runner as an extension folder: its bundle (out/integration/companion-web/) and its manifest. */
function webCompanionDir() {
  const dir = join(outDir, 'companion-web');
  cpSync(join(here, 'companion-web', 'package.json'), join(dir, 'package.json'));
  return dir;
}

async function runSession(session, { tools, extension, runnerModule, last }) {
  const dir = join(runDir, session.name);
  const userDataDir = join(dir, 'user-data');
  const logsDir = join(dir, 'logs');
  mkdirSync(logsDir, { recursive: true });
  // The window opens a fresh copy of the fixture workspace: files a suite creates, or an edit that
  // reaches the disk, never leak into the next run or into the repository; before each suite the
  // copy is made equal to the fixture again (host/freshWorkspace.ts).
  const workspaceDir = join(dir, 'workspace');
  cpSync(session.fixture, workspaceDir, { recursive: true, filter: (source) => !source.endsWith(`${sep}.vscode`) });
  const extensionsDir = join(dir, 'extensions');
  const eventsFile = join(dir, 'events.jsonl');
  const resultsFile = join(dir, 'results.json');
  const configFile = join(dir, 'run-config.json');
  const runConfig = {
    runnerModule,
    suiteDir: join(outDir, session.suites),
    eventsFile,
    resultsFile,
    grep: options.grep,
    timeoutMs: 30_000,
    forbidOnly: Boolean(process.env.CI),
    ...(session.keepWorkspace ? {} : { fixture: { pristineDir: session.fixture, workspaceDir } }),
  };
  writeFileSync(eventsFile, '');
  writeFileSync(configFile, JSON.stringify(runConfig, null, 2));
  prepareUserData(userDataDir, session.web ? { 'remote.extensionKind': { 'tenancy.tenancy': ['web'] }, 'tenancyIntegration.run': runConfig } : {});
  const installed = [];
  if (extension.vsix) {
    installed.push(await installVsix({ node: tools.node, entry: tools.codeServerEntry, vsix: extension.vsix, extensionsDir, userDataDir, logFile: join(logsDir, 'install-extension.log') }));
  }
  const runner = session.web ? webCompanionDir() : companionDir;
  installed.push(...installExtensions(extensionsDir, [...(extension.folder ? [extension.folder] : []), runner, ...(session.witness ? [witnessDir] : [])]));
  log(`extensions: ${installed.map((e) => `${e.id}@${e.version}`).join(', ')}`);

  const server = await startCodeServer({
    node: tools.node,
    entry: tools.codeServerEntry,
    runDir: dir,
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
    profileDir: join(dir, 'chromium-profile'),
    logFile: join(logsDir, 'browser-console.log'),
  });
  onCleanup(workbench.close);
  let pageCrashed = false;
  workbench.page.on('crash', () => (pageCrashed = true));
  log(`workbench opened: ${workbench.address}`);
  // TENANCY_BENCH_PROFILE=1 (npm run bench:host): the workbench page's main thread is CPU-profiled
  // for the whole session too (renderer.cpuprofile), to see what the editor does with an edit.
  const rendererProfile = process.env.TENANCY_BENCH_PROFILE === '1' ? await profilePage(workbench) : undefined;

  const outcome = await followEvents(eventsFile, {
    hostTimeoutMs: Number(options['host-timeout']) * 1000,
    runTimeoutMs: Number(options.timeout) * 1000,
    serverExited: server.process.exited,
    pageCrashed: () => pageCrashed,
  });
  if (rendererProfile) await rendererProfile.stop(join(dir, 'renderer.cpuprofile'));
  outcome.name = session.name;
  outcome.resultsFile = resultsFile;
  if (!(last && options['keep-open'])) {
    await workbench.close();
    await server.stop();
  }
  return outcome;
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
  let reloading = false;
  serverExited.then(() => (serverGone = true));
  const waitStarted = Date.now();

  const readNew = () => {
    const text = readFileSync(eventsFile, 'utf8');
    const complete = text.lastIndexOf('\n') + 1; // a line being written is read next time
    // The web runner writes the whole file again for each event: a read in the middle of a write
    // may see less than was already read.
    if (complete <= consumed) return undefined;
    const lines = text.slice(consumed, complete).split('\n').filter(Boolean);
    consumed = complete;
    for (const line of lines) {
      const event = JSON.parse(line);
      if (event.type === 'host') {
        outcome.host = event;
        reloading = false;
        log(`extension host started after ${seconds(waitStarted)}`);
        console.log(`\nVS Code ${event.vscodeVersion} (${event.appName}, ${event.uiKind}, ${event.extensionHost ?? `Node ${event.node}`} extension host)\n`);
      } else if (event.type === 'note') {
        log(event.text);
      } else if (event.type === 'reload') {
        // A suite reloads the window (Developer: Reload Window): the extension host ends and the
        // next one runs the suites again; the run goes on until that one is done.
        log(`the window reloads: ${event.reason}`);
        reloading = true;
      } else if (event.type === 'start') {
        console.log(`running ${event.total} tests from ${event.files.join(', ')}`);
      } else if (event.type === 'test' && reloading) {
        // The ending host failing the test that reloaded it: the next host runs it again.
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
function report(outcomes) {
  const tests = outcomes.flatMap((o) => o.tests);
  const failed = tests.filter((t) => t.state === 'failed');
  const passed = tests.filter((t) => t.state === 'passed');
  const pending = tests.filter((t) => t.state === 'pending');

  failed.forEach((test, i) => {
    console.log(`\n  ${i + 1}) ${test.fullTitle}${test.file ? `  [${test.file}]` : ''}`);
    console.log(indent(test.error?.stack ?? test.error?.message ?? 'failed', 5));
    if (test.error?.expected !== undefined || test.error?.actual !== undefined) {
      console.log(indent(`expected: ${test.error.expected}\nactual:   ${test.error.actual}`, 5));
    }
  });
  for (const outcome of outcomes) {
    if (outcome.error) console.log(`\n[rig] the suites of session ${outcome.name} could not run: ${outcome.error.stack ?? outcome.error.message}`);
  }

  console.log(`\n${passed.length} passing, ${failed.length} failing${pending.length ? `, ${pending.length} pending` : ''}`);
  console.log(`integration: ${passed.length} passed, ${failed.length} failed${pending.length ? `, ${pending.length} skipped` : ''}`);
  const versions = [...new Set(outcomes.map((o) => o.host?.vscodeVersion))].join(', ');
  log(`VS Code ${versions}; results in ${outcomes.map((o) => relative(process.cwd(), o.resultsFile)).join(', ')}; total ${seconds(started)}`);

  if (outcomes.some((o) => o.error) || failed.length > 0) return 1;
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

