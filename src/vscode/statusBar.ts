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
  const update = () => {
    const files = store.all();
    if (files.length === 0) return item.hide();
    let errors = 0;
    let warnings = 0;
    for (const [, analysis] of files) {
      const counts = countsOf(analysis);
      errors += counts.errors;
      warnings += counts.warnings;
    }
    item.text = `$(organization) Tenancy $(error) ${errors} $(warning) ${warnings}`;
    const summary = vscode.l10n.t('Tenancy: {0}, {1} in {2}', count(errors, 'error'), count(warnings, 'warning'), count(files.length, 'workspaceFile'));
    item.tooltip = summary;
    item.accessibilityInformation = { label: summary, role: 'button' };
    item.show();
  };
  context.subscriptions.push(item, store.onDidChangeNamed('status bar', update), store.onDidRemove(update));
  return item;
}

/** Each analysis's errors and warnings, counted once: after an edit only the changed file's 13,000 problems are counted again. */
const counted = new WeakMap<Analysis, { errors: number; warnings: number }>();

function countsOf(analysis: Analysis): { errors: number; warnings: number } {
  let counts = counted.get(analysis);
  if (!counts) {
    counts = { errors: 0, warnings: 0 };
    for (const p of analysis.problems) {
      if (p.severity === 'error') counts.errors++;
      else if (p.severity === 'warning') counts.warnings++;
    }
    counted.set(analysis, counts);
  }
  return counts;
}
