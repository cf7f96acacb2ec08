#!/usr/bin/env node
// `npm test`'s check of what the editor draws, which no extension API can read: in a file with more
// problems than the editor draws squiggles for (it draws 500 markers per file), every problem on
// the lines in view gets its squiggle, wherever the user goes in the file. The packaged extension
// (as run.mjs tests it) in code-server, opened in headless Chromium; the file is the crowded
// generator's at 5,000 users (about 1,200 problems, test/integration/drawn/fixture.ts); the user goes
// to six places spread over the file with Go to Line, and at each the squiggles drawn on the lines in
// view (the editor's own DOM) must cover every line with a problem there, within a deadline.
//
//   npm run package && node test/integration/drawn.mjs [--keep-open]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureInstalled } from './rig/install.mjs';
import { onCleanup, runScript } from './rig/processes.mjs';
import { newRunDir } from './rig/runs.mjs';
import { installVsix, openWorkbench, pollUntil, prepareUserData, startCodeServer, typeInQuickInput } from './rig/workbench.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');
const cacheDir = join(repoRoot, '.cache', 'integration');
const STEP_TIMEOUT = 120_000;
/** How long the squiggles of one place may take to appear (the publication follows the view 150 ms after it stops). */
const DRAWN_TIMEOUT = 60_000;
/** The places visited, as fractions of the file's problem lines. */
const PLACES = [1 / 12, 3 / 12, 5 / 12, 7 / 12, 9 / 12, 11 / 12];
const { values: options } = parseArgs({ options: { 'keep-open': { type: 'boolean', default: false } } });
const log = (message) => console.log(`[drawn] ${message}`);

let runDir;
await runScript('drawn', main, { keepOpen: options['keep-open'], logsDir: () => runDir && join(runDir, 'logs') });

async function main() {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  const vsix = join(repoRoot, `${manifest.name}-${manifest.version}.vsix`);
  const fixture = join(repoRoot, 'out', 'integration', 'drawn', 'fixture.js');
  for (const needed of [vsix, fixture]) if (!existsSync(needed)) throw new Error(`${relative(repoRoot, needed)} does not exist: run \`npm run package\` first`);
  const tools = await ensureInstalled(cacheDir, log);
  runDir = newRunDir(cacheDir, 'drawn').dir;
  const workspace = join(runDir, 'workspace');
  const userDataDir = join(runDir, 'user-data');
  const extensionsDir = join(runDir, 'extensions');
  for (const dir of [workspace, join(runDir, 'logs')]) mkdirSync(dir, { recursive: true });
  const { file, problemLines } = JSON.parse(execFileSync(process.execPath, [fixture, workspace], { encoding: 'utf8' }));
  prepareUserData(userDataDir, { 'editor.minimap.enabled': false });
  await installVsix({ node: tools.node, entry: tools.codeServerEntry, vsix, extensionsDir, userDataDir, logFile: join(runDir, 'logs', 'install-extension.log') });
  const server = await startCodeServer({
    node: tools.node, entry: tools.codeServerEntry, runDir, userDataDir, extensionsDir, folder: workspace, env: {},
    logFile: join(runDir, 'logs', 'code-server.log'),
  });
  onCleanup(server.stop);
  const { page, close } = await openWorkbench({
    chromium: tools.chromium, url: server.url, folder: workspace, profileDir: join(runDir, 'chromium-profile'),
    logFile: join(runDir, 'logs', 'browser-console.log'), viewport: { width: 1440, height: 860 },
  });
  onCleanup(close);

  await page.locator('.part.activitybar a.action-label[aria-label^="Tenancy"]').waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
  await typeInQuickInput(page, 'Control+P', file, STEP_TIMEOUT);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: file }).first().waitFor({ timeout: STEP_TIMEOUT });
  await page.keyboard.press('Enter');
  await page.locator('.editor-instance .view-lines').waitFor({ timeout: STEP_TIMEOUT });
  await page.waitForFunction(() => /[1-9]/.test(document.getElementById('status.problems')?.textContent ?? ''), undefined, { timeout: STEP_TIMEOUT });
  log(`${file} open, ${problemLines.length} lines with problems`);

  let failures = 0;
  for (const place of PLACES) {
    const target = problemLines[Math.floor(place * problemLines.length)];
    await typeInQuickInput(page, 'Control+P', `:${target}`, STEP_TIMEOUT);
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: STEP_TIMEOUT });
    let last;
    const outcome = await pollUntil(async () => {
      last = await drawnInView(page, problemLines);
      return last.inView.includes(target) && last.missing.length === 0 ? last : undefined;
    }, { timeoutMs: DRAWN_TIMEOUT, what: 'squiggles', intervalMs: 250 }).catch(() => undefined);
    const seen = outcome ?? last;
    if (!seen) throw new Error(`line ${target}: the editor's lines could not be read`);
    const where = `line ${target}: lines ${seen.inView[0]}-${seen.inView.at(-1)} in view, ${seen.expected} with problems`;
    if (outcome) log(`ok   ${where}, each with a squiggle`);
    else {
      failures++;
      log(`FAIL ${where}, no squiggle on ${seen.missing.join(', ')} after ${DRAWN_TIMEOUT / 1000} s`);
    }
  }
  await close();
  await server.stop();
  log(failures === 0 ? `${PLACES.length} places, every problem in view drawn` : `${failures} of ${PLACES.length} places with problems in view not drawn`);
  return failures === 0 ? 0 : 1;
}

/**
 * The lines the editor shows whole (the rendered lines but the first and last two, which may be cut
 * by the edges), and those of them with a problem but no squiggle: each line number in the margin
 * and the squiggles of the overlay at the same height.
 */
async function drawnInView(page, problemLines) {
  const lines = await page.evaluate(() => {
    const editor = document.querySelector('.editor-instance .monaco-editor');
    if (!editor) return []; // not rendered yet: asked again
    const top = (element) => element.style.top;
    const squiggles = new Map();
    for (const overlay of editor.querySelectorAll('.view-overlays > div')) {
      squiggles.set(top(overlay), (squiggles.get(top(overlay)) ?? 0) + overlay.querySelectorAll('[class*="squiggly-"]').length);
    }
    return [...editor.querySelectorAll('.margin-view-overlays .line-numbers')]
      .map((number) => ({ line: Number(number.textContent), squiggles: squiggles.get(top(number.parentElement)) ?? 0 }))
      .filter((l) => l.line > 0)
      .sort((a, b) => a.line - b.line);
  });
  const whole = lines.slice(2, -2);
  const problems = new Set(problemLines);
  const withProblems = whole.filter((l) => problems.has(l.line));
  return { inView: whole.map((l) => l.line), expected: withProblems.length, missing: withProblems.filter((l) => l.squiggles === 0).map((l) => l.line) };
}
