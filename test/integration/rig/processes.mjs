// Every process the rig starts goes through here, so that every exit path — success, failure, an
// exception, Ctrl-C, SIGTERM from CI — ends all of them. Children are started in their own process
// group (`detached`), so ending a group also ends what they started (code-server forks its server,
// extension host, pty host and file watcher; npm runs install scripts), and a Ctrl-C in the
// terminal reaches only the harness, which then ends the groups itself in order.
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, readdirSync } from 'node:fs';
import { relative } from 'node:path';

/** Live child processes, by pid (= their process group id). */
const live = new Map();
/** Async clean-up steps (close the browser, stop code-server…), run last-registered first. */
const cleanups = [];
let cleaningUp;

/**
 * Starts a command in its own process group and tracks it until it exits.
 * `logFile`, when given, receives its stdout and stderr; otherwise they are piped to the caller.
 */
export function startProcess(command, args, { cwd, env, logFile, name = command } = {}) {
  const fd = logFile ? openSync(logFile, 'a') : undefined;
  const child = spawn(command, args, {
    cwd,
    env,
    detached: true,
    stdio: ['ignore', fd ?? 'pipe', fd ?? 'pipe'],
  });
  if (fd !== undefined) closeSync(fd);
  const exited = new Promise((resolve) => {
    child.once('error', (error) => {
      live.delete(child.pid);
      resolve({ code: null, signal: null, error });
    });
    child.once('exit', (code, signal) => {
      live.delete(child.pid);
      resolve({ code, signal });
    });
  });
  if (child.pid !== undefined) live.set(child.pid, name);
  return { child, exited, name };
}

/** Runs a command to completion; rejects with the end of its log when it does not exit with 0. */
export async function runToCompletion(command, args, options = {}) {
  const { exited } = startProcess(command, args, options);
  const { code, signal, error } = await exited;
  if (code === 0) return;
  const tail = options.logFile ? lastLines(options.logFile, 40) : '';
  const why = error ? error.message : signal ? `signal ${signal}` : `exit code ${code}`;
  throw new Error(`${options.name ?? command} failed (${why})${tail ? `; end of ${options.logFile}:\n${tail}` : ''}`);
}

/**
 * Ends a process group: SIGTERM, then SIGKILL if it has not exited within `graceMs`.
 * Resolves once the group leader has exited.
 */
export async function stopProcess({ child, exited }, graceMs = 5000) {
  if (child.pid === undefined || !live.has(child.pid)) return;
  signalGroup(child.pid, 'SIGTERM');
  const timer = setTimeout(() => signalGroup(child.pid, 'SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
  // The leader is gone; anything left in its group (a grandchild that ignored SIGTERM) is not.
  signalGroup(child.pid, 'SIGKILL');
}

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group is already gone.
  }
}

/** Registers an async clean-up step; steps run in reverse order of registration, once. */
export function onCleanup(step) {
  cleanups.push(step);
}

/** Runs the clean-up steps (once), then kills whatever process group is still alive. */
export function cleanUp() {
  cleaningUp ??= (async () => {
    for (const step of cleanups.reverse()) {
      try {
        await step();
      } catch (error) {
        console.error(`[rig] clean-up step failed: ${error?.message ?? error}`);
      }
    }
    killAllNow();
  })();
  return cleaningUp;
}

/** Synchronous last resort, safe inside a process 'exit' handler. */
function killAllNow() {
  for (const pid of live.keys()) signalGroup(pid, 'SIGKILL');
  live.clear();
}

/**
 * Makes every way out of the harness end its processes: signals run the clean-up and exit with the
 * conventional 128+n status, an uncaught error is printed and exits with 1, and a plain exit kills
 * any group still alive.
 */
export function installExitHandlers() {
  const codes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
  for (const [signal, code] of Object.entries(codes)) {
    process.once(signal, () => {
      console.error(`\n[rig] ${signal}: stopping everything the rig started…`);
      void cleanUp().finally(() => process.exit(code));
    });
  }
  const crash = (error) => {
    console.error('[rig] unexpected error:', error);
    void cleanUp().finally(() => process.exit(1));
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
  process.on('exit', killAllNow);
}

/**
 * The whole life of a page script of the rig (screenshots.mjs, drawn.mjs): exit handlers installed,
 * `main` run (its result the exit status, 0 when it returns none; 1 when it throws, with the error and
 * where the logs are), the workbench left up with `keepOpen` until Ctrl-C, then every process ended.
 * @param {string} tag the prefix of its messages
 * @param {() => Promise<number | void>} main
 * @param {{ keepOpen?: boolean, logsDir?: () => string | undefined }} options
 */
export async function runScript(tag, main, { keepOpen = false, logsDir = () => undefined } = {}) {
  installExitHandlers();
  let exitCode = 1;
  try {
    exitCode = (await main()) ?? 0;
  } catch (error) {
    console.error(`[${tag}] ${error?.stack ?? error}`);
    const logs = logsDir();
    if (logs) console.error(`[${tag}] logs: ${relative(process.cwd(), logs)}/`);
  }
  if (keepOpen) {
    console.log(`[${tag}] --keep-open: press Ctrl-C to stop code-server and Chromium.`);
    await new Promise(() => {});
  }
  await cleanUp();
  process.exit(exitCode);
}

/**
 * Kills what an earlier run could not end (the harness itself was SIGKILLed): the process group of
 * every process started with a `--user-data-dir` or `--database` inside `folder` (code-server's
 * and Chromium's profiles and Chromium's crash-handler database all live in the run folder).
 * Linux only; elsewhere it does nothing.
 * @returns {number} how many process groups were killed
 */
export function killLeftovers(folder) {
  let entries;
  try {
    entries = readdirSync('/proc');
  } catch {
    return 0;
  }
  const ownGroup = groupOf('self');
  const groups = new Set();
  for (const entry of entries) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    try {
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      const ours = args.some(
        (arg, i) => /^--(user-data-dir|database)\b/.test(arg) && `${arg} ${args[i + 1] ?? ''}`.includes(folder),
      );
      if (!ours) continue;
      const group = groupOf(pid);
      if (group > 1 && group !== ownGroup) groups.add(group);
    } catch {
      // The process ended while we looked.
    }
  }
  for (const group of groups) signalGroup(group, 'SIGKILL');
  return groups.size;
}

/** Field 5 of /proc/PID/stat, the process group (the command name, field 2, may hold spaces). */
function groupOf(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
}

function lastLines(file, count) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-count).join('\n');
  } catch {
    return '';
  }
}
