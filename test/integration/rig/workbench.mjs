// A real VS Code for tests: code-server (VS Code's server and web workbench) on 127.0.0.1 with a
// throw-away profile and extensions folder, opened in headless Chromium through Playwright, which
// is what starts the workbench and, with it, the server's Node extension host.
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { withoutNpmVariables } from './install.mjs';
import { runToCompletion, startProcess, stopProcess } from './processes.mjs';

/** The files of an extension folder that make up its package (what `.vscodeignore` keeps). */
const PACKAGE_ENTRIES = ['package.json', 'dist', 'media', 'docs', 'l10n', 'README.md', 'LICENSE', 'CHANGELOG.md'];

/**
 * Settings that keep the workbench quiet and offline; a test run needs no prompt answered.
 * `files.autoSave`: VS Code for the Web (code-server) saves 1 s after an edit by default, desktop
 * VS Code does not. The suites edit documents and then undo or revert; on a slow machine more than a
 * second passes in between, the edit is saved, and "revert" reloads the edited file. Off, as on
 * the desktop.
 */
const SETTINGS = {
  'files.autoSave': 'off',
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

/**
 * Installs a packaged extension the way a user does: code-server's `--install-extension FILE.vsix`
 * unpacks it into `extensionsDir` and adds it to that folder's `extensions.json`.
 * @returns {Promise<{ id: string, version: string, dir: string }>}
 */
export async function installVsix({ node, entry, vsix, extensionsDir, userDataDir, logFile }) {
  mkdirSync(extensionsDir, { recursive: true });
  await runToCompletion(node, [entry, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--install-extension', vsix], {
    env: { ...withoutNpmVariables(process.env), EXTENSIONS_GALLERY: '{}' },
    logFile,
    name: `code-server --install-extension ${basename(vsix)}`,
  });
  const index = readIndex(extensionsDir);
  const installed = index.at(-1);
  if (!installed) throw new Error(`installing ${vsix} left no extension in ${extensionsDir} (see ${logFile})`);
  return { id: installed.identifier.id, version: installed.version, dir: installed.location.path };
}

/**
 * Copies each extension folder into `extensionsDir` as `<publisher>.<name>-<version>` and adds it
 * to the `extensions.json` index through which VS Code (≥ 1.80) knows its installed extensions.
 * @param {string[]} sourceDirs extension folders (each with a package.json)
 * @returns {{ id: string, version: string, dir: string }[]}
 */
export function installExtensions(extensionsDir, sourceDirs) {
  mkdirSync(extensionsDir, { recursive: true });
  const installed = sourceDirs.map((source) => {
    const manifest = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8'));
    const id = `${manifest.publisher}.${manifest.name}`.toLowerCase();
    const folder = `${id}-${manifest.version}`;
    const dir = join(extensionsDir, folder);
    mkdirSync(dir, { recursive: true });
    const entryPoints = [manifest.main, manifest.browser].filter(Boolean).map((entry) => entry.replace(/^\.\//, '').split('/')[0]);
    const entries = readdirSync(source).filter(
      (name) => PACKAGE_ENTRIES.includes(name) || /^package\.nls(\..+)?\.json$/.test(name) || entryPoints.includes(name),
    );
    for (const name of entries) cpSync(join(source, name), join(dir, name), { recursive: true });
    return { id, version: manifest.version, dir, folder };
  });
  const index = installed.map(({ id, version, dir, folder }) => ({
    identifier: { id },
    version,
    location: { $mid: 1, path: dir, scheme: 'file' },
    relativeLocation: folder,
    metadata: { installedTimestamp: Date.now(), source: 'vsix', pinned: true },
  }));
  const kept = readIndex(extensionsDir).filter((e) => !index.some((added) => added.identifier.id === e.identifier.id));
  writeFileSync(join(extensionsDir, 'extensions.json'), JSON.stringify([...kept, ...index]));
  return installed.map(({ id, version, dir }) => ({ id, version, dir }));
}

function readIndex(extensionsDir) {
  try {
    return JSON.parse(readFileSync(join(extensionsDir, 'extensions.json'), 'utf8'));
  } catch (error) {
    if (error.code === 'ENOENT') return [];
    throw error;
  }
}

/** A user-data-dir whose User/settings.json holds the quiet test settings (plus `extra`). */
export function prepareUserData(userDataDir, extra = {}) {
  const userDir = join(userDataDir, 'User');
  mkdirSync(userDir, { recursive: true });
  writeFileSync(join(userDir, 'settings.json'), JSON.stringify({ ...SETTINGS, ...extra }, null, 2));
}

/**
 * Starts code-server on 127.0.0.1 with a port the kernel picks, and resolves once it listens.
 * Its output goes to `logFile`; the listening address is read from it.
 * @returns {Promise<{ url: string, process: ReturnType<typeof startProcess>, stop: () => Promise<void> }>}
 */
export async function startCodeServer({ node, entry, runDir, userDataDir, extensionsDir, folder, env, logFile, timeoutMs = 60_000 }) {
  // Everything code-server would write under $HOME (its config.yaml with a generated password,
  // its logs) goes under the run folder instead.
  const configFile = join(runDir, 'code-server.yaml');
  writeFileSync(configFile, 'auth: none\n');
  const args = [
    entry,
    '--config', configFile,
    '--auth', 'none',
    '--bind-addr', '127.0.0.1:0',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--locale', 'en',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    folder,
  ];
  writeFileSync(logFile, '');
  const server = startProcess(node, args, {
    env: {
      ...withoutNpmVariables(process.env),
      ...env,
      // No extension gallery: the machine may be offline, and a test run installs nothing.
      EXTENSIONS_GALLERY: '{}',
      XDG_CONFIG_HOME: join(runDir, 'xdg', 'config'),
      XDG_DATA_HOME: join(runDir, 'xdg', 'data'),
      XDG_CACHE_HOME: join(runDir, 'xdg', 'cache'),
    },
    logFile,
    name: 'code-server',
  });
  const listening = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)\/?/;
  const url = await pollUntil(
    () => listening.exec(readFileSync(logFile, 'utf8'))?.[1],
    { timeoutMs, exited: server.exited, what: `code-server to listen (see ${logFile})` },
  );
  return { url, process: server, stop: () => stopProcess(server) };
}

/** Chromium flags that keep a headless browser off the (closed) network and quiet. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
  '--disable-breakpad',
  '--disable-crash-reporter',
];

/**
 * Opens the workbench for `folder` in headless Chromium with a fresh profile in `profileDir`
 * (emptied first). Console errors and page crashes go to `logFile`.
 */
export async function openWorkbench({
  chromium: executablePath,
  url,
  folder,
  profileDir,
  logFile,
  headless = true,
  viewport = { width: 1400, height: 900 },
}) {
  const { chromium } = await import('playwright-core');
  rmSync(profileDir, { recursive: true, force: true });
  // The rig's own exit handlers end the browser: Playwright's would exit the process mid-clean-up.
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless,
    args: CHROMIUM_ARGS,
    viewport,
    // Chromium keeps its crash reports under $XDG_CONFIG_HOME: in the run folder, not in $HOME.
    env: { ...process.env, XDG_CONFIG_HOME: join(profileDir, '..', 'xdg', 'config'), XDG_CACHE_HOME: join(profileDir, '..', 'xdg', 'cache') },
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const log = (line) => writeFileSync(logFile, `${new Date().toISOString()} ${line}\n`, { flag: 'a' });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') log(`[${message.type()}] ${message.text()}`);
  });
  page.on('pageerror', (error) => log(`[pageerror] ${error.stack ?? error.message}`));
  page.on('crash', () => log('[crash] the page crashed'));
  const address = `${url}/?folder=${encodeURIComponent(folder)}`;
  await page.goto(address, { waitUntil: 'domcontentloaded' });
  return { context, page, address, close: () => context.close() };
}

/**
 * Opens the workbench's quick input with `key` (Control+P: Quick Open, F1: the Command Palette) and
 * types `value` into it, again if the workbench took the focus back and closed it (a webview
 * starting, a tree reveal), up to three times.
 */
export async function typeInQuickInput(page, key, value, timeoutMs) {
  const input = page.locator('.quick-input-widget input');
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press(key);
    await input.waitFor({ state: 'visible', timeout: timeoutMs });
    try {
      await input.fill(value, { timeout: 5_000 });
      return input;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/**
 * Calls `probe` until it returns a value other than undefined, or fails after `timeoutMs`, or as
 * soon as `exited` (a process's exit promise) settles.
 */
export async function pollUntil(probe, { timeoutMs, exited, what, intervalMs = 100 }) {
  const deadline = Date.now() + timeoutMs;
  let gone = false;
  exited?.then(() => (gone = true));
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (gone) throw new Error(`gave up waiting for ${what}: the process exited`);
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what} after ${Math.round(timeoutMs / 1000)} s`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
