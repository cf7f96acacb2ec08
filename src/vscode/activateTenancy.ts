/**
 * Tenancy's VS Code face, the same in both extension hosts: wires the analysis store to diagnostics,
 * the tree, the status bar and commands. The entry points (`extension.ts` for the desktop's Node
 * host, `web/extension.ts` for the web worker host) only choose how large files are parsed off the
 * host's thread.
 */
import * as vscode from 'vscode';
import { AnalysisStore } from './analysisStore';
import type { BlockParser } from './blockParser';
import { registerCodeActions } from './codeActions';
import { registerCommands } from './commands/registerCommands';
import { registerDiagnostics } from './diagnostics';
import { registerDiagram } from './diagram/registerDiagram';
import { registerStarterFile } from './starterFile';
import { registerLanguageFeatures } from './language/register';
import { registerStatusBar } from './statusBar';
import { initTimings, timings } from './timings';
import { followCursor } from './tree/followCursor';
import { registerTreeCommands } from './tree/treeCommands';
import { TreeState } from './tree/treeState';
import { WorkspaceTreeProvider } from './tree/workspaceTree';
import { registerWorkspaceFilesContext } from './workspaceFilesContext';

export function activateTenancy(context: vscode.ExtensionContext, blockParser: BlockParser) {
  const log = vscode.window.createOutputChannel('Tenancy', { log: true });
  context.subscriptions.push(initTimings(log));
  const store = new AnalysisStore(log, blockParser);
  context.subscriptions.push(log, blockParser, store);
  registerDiagnostics(context, store);
  const statusBar = registerStatusBar(context, store);
  context.subscriptions.push(registerWorkspaceFilesContext(store));
  const diagramPanel = registerDiagram(context, store);
  context.subscriptions.push(registerLanguageFeatures(store), ...registerCommands(store), registerCodeActions(store));

  const state = new TreeState();
  const tree = new WorkspaceTreeProvider(store, state);
  const view = vscode.window.createTreeView('tenancy.workspaceTree', { treeDataProvider: tree, showCollapseAll: true });
  context.subscriptions.push(state, tree, view, tree.refreshWhenVisible(view), ...registerTreeCommands(tree, view), followCursor(tree, view), registerStarterFile());

  // After every listener above is subscribed, so no first result is missed.
  store.start().catch((error: unknown) => log.error(`the first search for workspace files failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
  // What the tests and `npm run bench:host` read: the store, the views, and the longest tasks (`timings`).
  return { store, tree, view, statusBar, diagramPanel, timings };
}
