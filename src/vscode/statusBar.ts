/**
 * The status-bar count of errors and warnings across the workspace files; opens the Problems view.
 * It is labelled "Tenancy" (VS Code's own problem counter sits beside it and counts every source),
 * and a screen reader reads words ("Tenancy: 2 errors, 1 warning in 1 workspace file"), not icon names.
 */
import * as vscode from 'vscode';
import type { Analysis } from '../core/analyze';
import type { AnalysisStore } from './analysisStore';
import { count } from './count';

export function registerStatusBar(context: vscode.ExtensionContext, store: AnalysisStore): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem('tenancy.status', vscode.StatusBarAlignment.Left, 10);
  item.name = vscode.l10n.t('Tenancy problems');
  item.command = 'workbench.actions.view.problems';
  let shown = false;
  const update = () => {
    const files = store.all();
    if (files.length === 0) {
      shown = false;
      return item.hide();
    }
    let errors = 0;
    let warnings = 0;
    for (const [, analysis] of files) {
      const counts = countsOf(analysis);
      errors += counts.errors;
      warnings += counts.warnings;
    }
    const text = `$(organization) Tenancy $(error) ${errors} $(warning) ${warnings}`;
    const summary = vscode.l10n.t('Tenancy: {0}, {1} in {2}', count(errors, 'error'), count(warnings, 'warning'), count(files.length, 'workspaceFile'));
    // Every change of the item is a message to the window: none when the counts did not change.
    if (item.text === text && item.tooltip === summary && shown) return;
    item.text = text;
    item.tooltip = summary;
    item.accessibilityInformation = { label: summary, role: 'button' };
    item.show();
    shown = true;
  };
  context.subscriptions.push(item, store.onDidChangeNamed('status bar', update), store.onDidRemove(update));
  return item;
}

/** Each analysis's counts, counted once: after an edit only the files analysed again are counted. */
const counted = new WeakMap<Analysis, { errors: number; warnings: number }>();

function countsOf(analysis: Analysis): { errors: number; warnings: number } {
  let counts = counted.get(analysis);
  if (counts) return counts;
  counts = { errors: 0, warnings: 0 };
  for (const p of analysis.problems) {
    if (p.severity === 'error') counts.errors++;
    else if (p.severity === 'warning') counts.warnings++;
  }
  counted.set(analysis, counts);
  return counts;
}
