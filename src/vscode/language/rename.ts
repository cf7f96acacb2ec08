/**
 * Rename a UPN, a tenant id, a subscription id… everywhere in the estate (every workspace file of the
 * document's folder that names it), as one workspace edit over those files (each file's change is
 * undone in its editor; the files changed become dirty). The core refuses invalid or already used names; the refusal is
 * thrown, which VS Code shows to the user.
 */
import * as vscode from 'vscode';
import { localeOf } from '../../core/i18n';
import { estateRenameAt } from '../../core/estate/language';
import { isRefused, prepareRename, renameAt } from '../../core/language';
import { toRange } from './documentAnalyses';
import type { DocumentAnalyses } from './documentAnalyses';
import { toFileRange } from './estateLocations';

export class RenameProvider implements vscode.RenameProvider {
  constructor(private readonly analyses: DocumentAnalyses) {}

  prepareRename(document: vscode.TextDocument, position: vscode.Position): { range: vscode.Range; placeholder: string } {
    const target = prepareRename(this.analysisOf(document), document.offsetAt(position), { locale: localeOf(vscode.env.language) });
    if (isRefused(target)) throw new Error(target.refused);
    return { range: toRange(document, target.start, target.end), placeholder: target.placeholder };
  }

  provideRenameEdits(document: vscode.TextDocument, position: vscode.Position, newName: string): vscode.WorkspaceEdit {
    const locale = localeOf(vscode.env.language);
    const estate = this.analyses.estateOf(document);
    if (estate) {
      const result = estateRenameAt(estate, document.uri.toString(), document.offsetAt(position), newName, { locale });
      if (isRefused(result)) throw new Error(result.refused);
      const edit = new vscode.WorkspaceEdit();
      for (const { file, edits } of result) {
        for (const e of edits) edit.replace(vscode.Uri.parse(file), toFileRange(estate, { file, start: e.start, end: e.end }), e.newText);
      }
      return edit;
    }
    const result = renameAt(this.analysisOf(document), document.offsetAt(position), newName, { locale });
    if (isRefused(result)) throw new Error(result.refused);
    const edit = new vscode.WorkspaceEdit();
    for (const e of result) edit.replace(document.uri, toRange(document, e.start, e.end), e.newText);
    return edit;
  }

  private analysisOf(document: vscode.TextDocument) {
    const analysis = this.analyses.of(document);
    if (!analysis) throw new Error(vscode.l10n.t('Tenancy is still reading this file; try again in a moment.'));
    return analysis;
  }
}
