#!/usr/bin/env node
// Screenshots of Tenancy in a real VS Code for the README, taken the way a person would see it:
// the workbench (code-server in headless Chromium, as in run.mjs) on the example workspace, the
// workspace file open, the Tenancy view opened from its activity-bar icon, then the Problems panel,
// then the relationship diagram of one directory (run from the Command Palette, picked in its page).
//
//   npm run build && node test/integration/screenshots.mjs [--out media/screenshots] [--diagram-directory NAME] [--keep-open]
//
// Each step waits for what it needs to see (a selector, a row) with a deadline; none sleeps.
import { mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureInstalled } from './rig/install.mjs';
import { cleanUp, installExitHandlers, onCleanup } from './rig/processes.mjs';
import { newRunDir } from './rig/runs.mjs';
import { installExtensions, openWorkbench, prepareUserData, startCodeServer } from './rig/workbench.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');
const cacheDir = join(repoRoot, '.cache', 'integration');
let runDir; // this run's folder under .cache/integration/runs/

const { values: options } = parseArgs({
  options: {
    out: { type: 'string', default: join(repoRoot, 'media', 'screenshots') },
    workspace: { type: 'string', default: join(repoRoot, 'examples') },
    file: { type: 'string', default: 'contoso.tenancy.yaml' },
    'diagram-directory': { type: 'string', default: 'Contoso' },
    'keep-open': { type: 'boolean', default: false },
  },
});
const STEP_TIMEOUT = 60_000;
const log = (message) => console.log(`[screenshots] ${message}`);

installExitHandlers();
let exitCode = 0;
try {
  await main();
} catch (error) {
  console.error(`[screenshots] ${error?.stack ?? error}`);
  if (runDir) console.error(`[screenshots] logs: ${relative(process.cwd(), join(runDir, 'logs'))}/`);
  exitCode = 1;
}
if (options['keep-open']) {
  log('--keep-open: press Ctrl-C to stop code-server and Chromium.');
  await new Promise(() => {});
}
await cleanUp();
process.exit(exitCode);

async function main() {
  const tools = await ensureInstalled(cacheDir, log);
  runDir = newRunDir(cacheDir, 'screenshots').dir;
  mkdirSync(join(runDir, 'logs'), { recursive: true });
  const userDataDir = join(runDir, 'user-data');
  const extensionsDir = join(runDir, 'extensions');
  // Pictures for people: the default light theme, no minimap noise.
  prepareUserData(userDataDir, { 'editor.minimap.enabled': false, 'workbench.colorTheme': 'Default Light Modern' });
  installExtensions(extensionsDir, [resolve(process.env.TENANCY_IT_EXTENSION ?? repoRoot)]);

  const workspace = resolve(options.workspace);
  const server = await startCodeServer({
    node: tools.node,
    entry: tools.codeServerEntry,
    runDir,
    userDataDir,
    extensionsDir,
    folder: workspace,
    env: {},
    logFile: join(runDir, 'logs', 'code-server.log'),
  });
  onCleanup(server.stop);
  const { page, close } = await openWorkbench({
    chromium: tools.chromium,
    url: server.url,
    folder: workspace,
    profileDir: join(runDir, 'chromium-profile'),
    logFile: join(runDir, 'logs', 'browser-console.log'),
    viewport: { width: 1280, height: 800 },
  });
  onCleanup(close);
  mkdirSync(options.out, { recursive: true });

  // 1. The workbench is up and the Tenancy container is in the activity bar (the extension loaded).
  const tenancyIcon = page.locator('.part.activitybar a.action-label[aria-label^="Tenancy"]');
  await tenancyIcon.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
  log('workbench ready');

  // 2. Open the workspace file through Quick Open, as a person would.
  await page.keyboard.press('Control+P');
  const quickInput = page.locator('.quick-input-widget input');
  await quickInput.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
  await quickInput.fill(options.file);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: options.file }).first().waitFor({ timeout: STEP_TIMEOUT });
  await page.keyboard.press('Enter');
  await page.locator(`.tabs-container .tab[aria-label^="${options.file}"]`).waitFor({ timeout: STEP_TIMEOUT });
  await page.locator('.editor-instance .view-lines').waitFor({ timeout: STEP_TIMEOUT });

  // 3. The Tenancy view, opened from its icon; wait for its tree to show rows.
  await tenancyIcon.click();
  const tree = page.locator('.part.sidebar .pane-body .monaco-list-row');
  await tree.first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
  await shot(page, 'tree.png');

  // 4. The Problems panel (Ctrl+Shift+M), once it lists Tenancy's problems.
  await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel .monaco-list-row').first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
  await shot(page, 'problems.png');

  // 5. The diagram, from the Command Palette; the side bar and panel closed to give it room.
  await page.keyboard.press('Control+Shift+M'); // the Problems panel again: closes it
  await page.locator('.markers-panel').waitFor({ state: 'hidden', timeout: STEP_TIMEOUT });
  await runCommand(page, 'Tenancy: Show Diagram');
  // The page is two iframes deep (the webview host, then its active frame).
  const diagram = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  await diagram.locator('svg.tenancy-diagram .container').first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
  await tenancyIcon.click(); // closes the side bar
  await page.locator('.part.sidebar').waitFor({ state: 'hidden', timeout: STEP_TIMEOUT });
  // One directory, picked in the page's own directory picker, as a person would.
  await diagram.locator('#directory').selectOption({ label: options['diagram-directory'] });
  await diagram.locator('svg.tenancy-diagram .container.focus').waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
  // The diagram's editor group gets the whole width; the YAML stays one click away.
  await page.locator('.tabs-container .tab[aria-label^="Diagram"]').click();
  await runCommand(page, 'View: Toggle Maximize Editor Group');
  // Wide enough for the directory and the two others it is linked to.
  await page.setViewportSize({ width: 1600, height: 640 });
  await page.locator('.editor-group-container.active').waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
  await shot(page, 'diagram.png');
}

/** Runs a command by its title from the Command Palette. */
async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: STEP_TIMEOUT });
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: STEP_TIMEOUT });
}

async function shot(page, name) {
  const path = join(options.out, name);
  // Let pending layout and fonts settle, which the page reports itself (no fixed delay).
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => r()))));
  await page.screenshot({ path });
  log(`saved ${relative(repoRoot, path)}`);
}
