/** Tenancy's VS Code face: wires the analysis store to diagnostics, the tree and the status bar. */
import * as vscode from 'vscode';
import { AnalysisStore } from './analysisStore';
import { registerDiagnostics } from './diagnostics';
import { registerLanguageFeatures } from './language/register';
import { registerStatusBar } from './statusBar';
import { WorkspaceTreeProvider } from './tree/workspaceTree';

export function activate(context: vscode.ExtensionContext) {
  const store = new AnalysisStore();
  context.subscriptions.push(store);
  registerDiagnostics(context, store);
  registerStatusBar(context, store);
  context.subscriptions.push(registerLanguageFeatures(store));
  const tree = new WorkspaceTreeProvider(store);
  context.subscriptions.push(tree, vscode.window.createTreeView('tenancy.workspaceTree', { treeDataProvider: tree, showCollapseAll: true }));
  void store.start(); // after every listener above is subscribed, so no first result is missed
  return { store, tree };
}

export function deactivate(): void {}
