// One folder per run under .cache/integration/runs/, so that two runs in the same checkout (two
// people, or a terminal and an editor task) never share a profile or end each other's processes.
// A run's folder records the harness's pid; folders of runs whose harness is gone are swept (their
// processes ended, the folder deleted) when the next run starts, and `last-<kind>` links to the
// newest run's folder so its logs are easy to find.
import { mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { killLeftovers } from './processes.mjs';

const OWNER = 'harness.pid';

/**
 * Sweeps the folders of finished or killed runs and creates this run's folder.
 * @param {string} kind a short name: `test`, `screenshots`
 * @returns {{ dir: string, link: string, swept: number }}
 */
export function newRunDir(cacheDir, kind) {
  const runsDir = join(cacheDir, 'runs');
  mkdirSync(runsDir, { recursive: true });
  let swept = 0;
  for (const name of readdirSync(runsDir)) {
    const dir = join(runsDir, name);
    if (isAlive(readOwner(dir))) continue;
    swept += killLeftovers(dir);
    rmSync(dir, { recursive: true, force: true });
  }
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '');
  const dir = join(runsDir, `${kind}-${stamp}-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, OWNER), String(process.pid));
  const link = join(cacheDir, `last-${kind}`);
  rmSync(link, { force: true });
  symlinkSync(join('runs', `${kind}-${stamp}-${process.pid}`), link);
  return { dir, link, swept };
}

function readOwner(dir) {
  try {
    return Number(readFileSync(join(dir, OWNER), 'utf8'));
  } catch {
    return undefined;
  }
}

/** Whether `pid` is a live harness (a node process running a script of this folder's parent). */
function isAlive(pid) {
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    return error.code === 'EPERM';
  }
  try {
    return /test\/integration\/\w+\.mjs/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
  } catch {
    return true; // no /proc: trust the signal probe
  }
}
