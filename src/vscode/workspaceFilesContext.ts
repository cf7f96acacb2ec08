/**
 * The `tenancy.hasWorkspaceFiles` context key: whether the workspace has a Tenancy workspace file.
 * The view's title actions that need one (filter, only problems, groupings, report, diagram) are shown
 * only then; in an empty folder the welcome view offers to create or import a file instead of
 * actions that would end in a "no workspace file" message.
 */
import * as vscode from 'vscode';
import type { AnalysisStore } from './analysisStore';

export function registerWorkspaceFilesContext(store: AnalysisStore): vscode.Disposable {
  let last: boolean | undefined;
  const update = () => {
    const has = store.hasAny();
    if (has === last) return;
    last = has;
    void vscode.commands.executeCommand('setContext', 'tenancy.hasWorkspaceFiles', has);
  };
  update();
  return vscode.Disposable.from(store.onDidChangeNamed('workspace files context', update), store.onDidRemove(update));
}
