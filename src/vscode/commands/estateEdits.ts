/**
 * Commands whose edits may reach other files of the document's estate (docs/format.md#estates): the
 * estate they plan on, and the application of a plan of several files as one `WorkspaceEdit`, so a
 * single Undo restores every file. Refused when any file changed since the plan was made.
 */
import * as vscode from 'vscode';
import { analyzeEstate } from '../../core/estate/estate';
import type { EstateAnalysis } from '../../core/estate/estate';
import type { FileEdits } from '../../core/estate/language';
import { isRefused } from '../../core/refusal';
import type { Refusable } from '../../core/refusal';
import type { AnalysisStore } from '../analysisStore';
import type { CommandResult, Target } from './context';

/**
 * The analysis of the target's estate, with every open document of its folder at its current text;
 * while a file of it is still being read, the target's file alone.
 */
export function estateOf(store: AnalysisStore, target: Target): EstateAnalysis {
  const estate = store.estateNow(target.document);
  if (estate?.files.get(target.document.uri.toString())?.text === target.text) return estate;
  return analyzeEstate([{ file: target.document.uri.toString(), text: target.text }]);
}

/** The document of a file of the estate (opened in the background when no editor shows it). */
export async function documentOf(target: Target, file: string): Promise<vscode.TextDocument> {
  return file === target.document.uri.toString() ? target.document : vscode.workspace.openTextDocument(vscode.Uri.parse(file));
}

/**
 * Applies the edits of each file of a plan made on `estate`, as one edit. Nothing is edited when the
 * plan was refused, when the target document's version moved on, or when another file's text is no
 * longer the one planned on (edited, or changed on disk, meanwhile).
 */
export async function applyFileEdits(target: Target, estate: EstateAnalysis, plan: Refusable<FileEdits[]>): Promise<CommandResult> {
  // A document edited meanwhile comes first: a plan made on its newer text may be refused for that alone.
  const changed = () => {
    const reason = vscode.l10n.t('A file changed while the command was running; nothing was edited. Run the command again.');
    void vscode.window.showWarningMessage(reason);
    return { applied: false, reason };
  };
  if (target.document.version !== target.version) return changed();
  if (isRefused(plan)) {
    void vscode.window.showWarningMessage(plan.refused);
    return { applied: false, reason: plan.refused };
  }
  const documents = await Promise.all(plan.map(({ file }) => documentOf(target, file)));
  if (target.document.version !== target.version || plan.some(({ file }, i) => documents[i].getText() !== estate.files.get(file)?.text)) return changed();
  const edit = new vscode.WorkspaceEdit();
  plan.forEach(({ edits }, i) => {
    const document = documents[i];
    for (const e of edits) edit.replace(document.uri, new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)), e.newText);
  });
  const applied = await vscode.workspace.applyEdit(edit);
  return { applied, reason: applied ? undefined : 'the editor rejected the edit' };
}
