#!/usr/bin/env node
// Screenshots of Tenancy in a real VS Code for the README, taken the way a person would see it:
// the workbench (code-server in headless Chromium, as in run.mjs) on the example workspace, in each
// colour theme asked for (one fresh window each):
//   tree-THEME.png      the workspace file open, the Tenancy view opened from its activity-bar icon,
//                       its first directory expanded;
//   transfer-THEME.png  "Transfer Subscription to Another Directory…" on the subscription under the
//                       cursor: the rendered preview beside the file (once painted) and the
//                       confirmation (Cancel first);
//   diagram-THEME.png   "Tenancy: Show Diagram" on the whole file's estate, "All directories" (or
//                       --diagram-directory NAME), the editor group maximized.
//
//   npm run build && node test/integration/screenshots.mjs [--out media/screenshots] [--themes light,dark,hc,hc-light]
//     [--diagram-directory NAME] [--keep-open]
//
// Each step waits for what it needs to see (a selector, a row) with a deadline; none sleeps.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureInstalled } from './rig/install.mjs';
import { onCleanup, runScript } from './rig/processes.mjs';
import { newRunDir } from './rig/runs.mjs';
import { installExtensions, openWorkbench, prepareUserData, startCodeServer, typeInQuickInput } from './rig/workbench.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');
const cacheDir = join(repoRoot, '.cache', 'integration');
let runDir; // this run's folder under .cache/integration/runs/

/** VS Code's own themes, by the short names of `--themes`. */
const THEMES = {
  light: 'Default Light Modern',
  dark: 'Default Dark Modern',
  hc: 'Default High Contrast',
  'hc-light': 'Default High Contrast Light',
};

const { values: options } = parseArgs({
  options: {
    out: { type: 'string', default: join(repoRoot, 'media', 'screenshots') },
    workspace: { type: 'string', default: join(repoRoot, 'examples') },
    file: { type: 'string', default: 'contoso.tenancy.yaml' },
    themes: { type: 'string', default: 'light,dark' },
    // One directory in the diagram (picked in its page) instead of the whole file.
    'diagram-directory': { type: 'string' },
    // The subscription the transfer starts on, by the text of its line (the example's Contoso Production).
    'transfer-subscription': { type: 'string', default: '0b1e5a7c-2f4d-4e6a-8b9c-0d1e2f3a4b5c' },
    'keep-open': { type: 'boolean', default: false },
  },
});
const themes = options.themes.split(',').map((t) => t.trim());
for (const theme of themes) if (!THEMES[theme]) throw new Error(`--themes: no theme ${theme} (${Object.keys(THEMES).join(', ')})`);
const STEP_TIMEOUT = 60_000;
const log = (message) => console.log(`[screenshots] ${message}`);

await runScript('screenshots', main, { keepOpen: options['keep-open'], logsDir: () => runDir && join(runDir, 'logs') });

async function main() {
  const tools = await ensureInstalled(cacheDir, log);
  runDir = newRunDir(cacheDir, 'screenshots').dir;
  mkdirSync(options.out, { recursive: true });
  for (const theme of themes) await pass(tools, theme, themes.at(-1) === theme && options['keep-open']);
}

/** One window in one theme: the three pictures. */
async function pass(tools, theme, keepOpen) {
  const dir = join(runDir, theme);
  mkdirSync(join(dir, 'logs'), { recursive: true });
  const userDataDir = join(dir, 'user-data');
  const extensionsDir = join(dir, 'extensions');
  // Pictures for people: no minimap noise.
  prepareUserData(userDataDir, { 'editor.minimap.enabled': false, 'workbench.colorTheme': THEMES[theme] });
  installExtensions(extensionsDir, [resolve(process.env.TENANCY_IT_EXTENSION ?? repoRoot)]);

  const workspace = resolve(options.workspace);
  const server = await startCodeServer({
    node: tools.node,
    entry: tools.codeServerEntry,
    runDir: dir,
    userDataDir,
    extensionsDir,
    folder: workspace,
    env: {},
    logFile: join(dir, 'logs', 'code-server.log'),
  });
  onCleanup(server.stop);
  const { page, close } = await openWorkbench({
    chromium: tools.chromium,
    url: server.url,
    folder: workspace,
    profileDir: join(dir, 'chromium-profile'),
    logFile: join(dir, 'logs', 'browser-console.log'),
    viewport: { width: 1440, height: 860 },
  });
  onCleanup(close);

  // 1. The workbench is up and the Tenancy container is in the activity bar (the extension loaded).
  const tenancyIcon = page.locator('.part.activitybar a.action-label[aria-label^="Tenancy"]');
  await tenancyIcon.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
  log(`${theme}: workbench ready`);

  // 2. Open the workspace file through Quick Open, as a person would (again if the starting
  // workbench took the focus back and closed it).
  const quickInput = await typeInQuickInput(page, 'Control+P', options.file, STEP_TIMEOUT);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: options.file }).first().waitFor({ timeout: STEP_TIMEOUT });
  await page.keyboard.press('Enter');
  await page.locator(`.tabs-container .tab[aria-label^="${options.file}"]`).waitFor({ timeout: STEP_TIMEOUT });
  await page.locator('.editor-instance .view-lines').waitFor({ timeout: STEP_TIMEOUT });

  // 3. The Tenancy view, opened from its icon; its first directory expanded (Enter on its row).
  await tenancyIcon.click();
  const rows = page.locator('.part.sidebar .pane-body .monaco-list-row');
  await rows.first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
  const count = await rows.count();
  await rows.first().click();
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((before) => document.querySelectorAll('.part.sidebar .pane-body .monaco-list-row').length > before, count, { timeout: STEP_TIMEOUT });
  await page.mouse.move(720, 850); // away from the activity bar's tooltip
  // The file's problems published: VS Code's problem counter in the status bar counts them.
  await page.waitForFunction(() => /[1-9]/.test(document.getElementById('status.problems')?.textContent ?? ''), undefined, { timeout: STEP_TIMEOUT });
  await shot(page, `tree-${theme}.png`);

  // 4. The transfer of the subscription under the cursor: Enter in each picker (the subscription
  // under the cursor, then the suggested directory) up to the confirmation, pictured, then Escape.
  // The cursor on the subscription's line, clicked as a person would (no keys reach the file).
  await page.locator('.editor-instance .view-line', { hasText: options['transfer-subscription'] }).first().click();
  await runCommand(page, 'Tenancy: Transfer Subscription to Another Directory', { keepOpen: true });
  const confirmation = page.locator('.quick-input-widget .quick-input-title', { hasText: /\?$/ });
  for (let picks = 0; !(await confirmation.isVisible()); picks++) {
    if (picks > 3) throw new Error('no transfer confirmation after three pickers');
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: STEP_TIMEOUT });
    const placeholder = await quickInput.getAttribute('placeholder');
    await page.keyboard.press('Enter');
    // The next picker, or the confirmation.
    await page.waitForFunction((before) => {
      const widget = document.querySelector('.quick-input-widget');
      const input = widget?.querySelector('input');
      const visible = widget && getComputedStyle(widget).display !== 'none';
      return visible && (/\?$/.test(widget.querySelector('.quick-input-title')?.textContent ?? '') || input?.getAttribute('placeholder') !== before);
    }, placeholder, { timeout: STEP_TIMEOUT });
  }
  await page.locator('.tabs-container .tab[aria-label*="Transfer"]').waitFor({ timeout: STEP_TIMEOUT });
  // The rendered preview paints after its tab appears: wait for its content (its first heading and
  // table, two iframes deep) and one more frame of its own, or the picture shows a blank preview.
  const preview = page.frameLocator('iframe.webview.ready').first().frameLocator('#active-frame');
  await preview.locator('body h1, body h2').first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
  await preview.locator('body table').first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
  await preview.locator('body').evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())))));
  await shot(page, `transfer-${theme}.png`);
  await page.keyboard.press('Escape');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: STEP_TIMEOUT });

  // 5. The diagram of the whole file, from the Command Palette; the side bar closed to give it room.
  await runCommand(page, 'Tenancy: Show Diagram');
  // The page is two iframes deep (the webview host, then its active frame).
  const diagram = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  await diagram.locator('svg.tenancy-diagram .container').first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
  await tenancyIcon.click(); // closes the side bar
  await page.locator('.part.sidebar').waitFor({ state: 'hidden', timeout: STEP_TIMEOUT });
  if (options['diagram-directory']) {
    await diagram.locator('#directory').selectOption({ label: options['diagram-directory'] });
    await diagram.locator('svg.tenancy-diagram .container.focus').waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
  }
  // The diagram's editor group gets the whole window; the YAML stays one click away.
  await page.locator('.tabs-container .tab[aria-label^="Diagram"]').click();
  await runCommand(page, 'View: Toggle Maximize Editor Group');
  // A window of ordinary proportions: the example's four directories, laid out in rows, at about 90 %.
  await page.setViewportSize({ width: 1600, height: 1050 });
  await page.locator('.editor-group-container.active').waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
  await page.mouse.move(1900, 790);
  await shot(page, `diagram-${theme}.png`);

  if (keepOpen) return;
  await close();
  await server.stop();
}

/** Runs a command by its title from the Command Palette (`keepOpen`: it opens a picker of its own). */
async function runCommand(page, title, { keepOpen = false } = {}) {
  const input = await typeInQuickInput(page, 'F1', `>${title}`, STEP_TIMEOUT);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: STEP_TIMEOUT });
  await page.keyboard.press('Enter');
  if (!keepOpen) await input.waitFor({ state: 'hidden', timeout: STEP_TIMEOUT });
  // Else until the command's own picker has replaced the palette (a key pressed earlier would go to the editor).
  else await page.waitForFunction(() => {
    const widget = document.querySelector('.quick-input-widget');
    const field = widget?.querySelector('input');
    return widget && getComputedStyle(widget).display !== 'none' && field && !field.value.startsWith('>')
      && widget.querySelector('.quick-input-list .monaco-list-row');
  }, undefined, { timeout: STEP_TIMEOUT });
}

async function shot(page, name) {
  const path = join(options.out, name);
  // Let pending layout and fonts settle, which the page reports itself (no fixed delay).
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => r()))));
  await page.screenshot({ path });
  // The package ships the README's pictures and must stay under 2 MiB: a 256-colour palette makes
  // them a third of their size without a visible change (Debian's pngquant, when installed).
  const quantized = spawnSync('pngquant', ['--quality', '70-95', '--speed', '1', '--force', '--ext', '.png', path], { stdio: 'ignore' });
  log(`saved ${relative(repoRoot, path)}${quantized.status === 0 ? ' (quantized)' : ' (pngquant missing or failed: not quantized)'}`);
}
