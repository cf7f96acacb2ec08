/** The status-bar count of errors and warnings across the workspace files; opens the Problems view. */
import * as vscode from 'vscode';
import type { AnalysisStore } from './analysisStore';
import { timed } from './timings';

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
      for (const p of analysis.problems) {
        if (p.severity === 'error') errors++;
        else if (p.severity === 'warning') warnings++;
      }
    }
    item.text = `$(organization) $(error) ${errors} $(warning) ${warnings}`;
    item.tooltip = vscode.l10n.t('Tenancy: {0} errors, {1} warnings in {2} workspace files', errors, warnings, files.length);
    item.show();
  };
  context.subscriptions.push(item, store.onDidChange(() => timed('status bar', update)), store.onDidRemove(update));
  return item;
}
