/**
 * Optional timings of the work an edit causes in the extension host: with
 * `tenancy.analysis.logTimings` (or `TENANCY_TIMINGS=1` in the host's environment) each step is a
 * `performance` measure, logged to the Tenancy output channel. Off, a step costs one flag check.
 */
import * as vscode from 'vscode';

let log: vscode.LogOutputChannel | undefined;
let enabled = false;

/** Starts following the setting; the channel receives one line per timed step. */
export function initTimings(channel: vscode.LogOutputChannel): vscode.Disposable {
  log = channel;
  const read = () => {
    // The web worker extension host has no `process`: there only the setting counts.
    enabled = globalThis.process?.env.TENANCY_TIMINGS === '1' || vscode.workspace.getConfiguration('tenancy').get('analysis.logTimings', false);
  };
  read();
  return vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('tenancy.analysis.logTimings')) read(); });
}

/** Runs `step`, and when timings are on logs how long it took under `label`. */
export function timed<T>(label: string, step: () => T): T {
  if (!enabled) return step();
  const start = performance.now();
  try {
    return step();
  } finally {
    const measure = performance.measure(`tenancy ${label}`, { start });
    log?.info(`timing ${label}: ${measure.duration.toFixed(1)} ms`);
    performance.clearMeasures(measure.name);
  }
}
