import * as vscode from 'vscode';
import { localeOf } from '../../core/i18n';
import { reportCsv, reportMarkdown } from '../../core/report';
import type { AnalysisStore } from '../analysisStore';
import { cancelled, resolveTarget, uriOf } from './context';
import type { CommandArgs } from './context';

export type ReportFormat = 'md' | 'csv';

export interface ExportReportArgs extends CommandArgs {
  format?: ReportFormat;
  /** Where to write: a file URI (or path), or `untitled` for a new editor; default: ask with a save dialog. */
  target?: vscode.Uri | string;
}

export interface ExportReportResult {
  written: boolean;
  /** The file written, or the untitled document opened. */
  uri?: vscode.Uri;
  reason?: string;
}

/** Writes the Markdown report or the CSV of the subscriptions of a workspace file. */
export async function exportReportCommand(store: AnalysisStore, args: ExportReportArgs = {}): Promise<ExportReportResult> {
  const target = await resolveTarget(store, args);
  if (!target) return { written: false, reason: cancelled.reason };
  const format = args.format ?? (await vscode.window.showQuickPick([
    { label: vscode.l10n.t('Markdown report'), description: vscode.l10n.t('directories, users, guests, subscriptions, access, problems'), format: 'md' as const },
    { label: vscode.l10n.t('CSV of the subscriptions'), description: vscode.l10n.t('one row per subscription, for a spreadsheet'), format: 'csv' as const },
  ], { placeHolder: vscode.l10n.t('Report format') }))?.format;
  if (!format) return { written: false, reason: cancelled.reason };

  const name = target.document.uri.path.slice(target.document.uri.path.lastIndexOf('/') + 1);
  const content = format === 'csv' ? reportCsv(target.analysis) : reportMarkdown(target.analysis, { title: name, locale: localeOf(vscode.env.language) });
  if (args.target === 'untitled') {
    const doc = await vscode.workspace.openTextDocument({ language: format === 'csv' ? 'plaintext' : 'markdown', content });
    await vscode.window.showTextDocument(doc, { preview: false });
    return { written: true, uri: doc.uri };
  }
  const uri = args.target !== undefined
    ? uriOf(args.target)
    : await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.joinPath(target.document.uri, '..', `${name.replace(/\.tenancy\.ya?ml$|\.ya?ml$/, '')}.report.${format}`),
      filters: format === 'csv' ? { CSV: ['csv'] } : { Markdown: ['md'] },
    });
  if (!uri) return { written: false, reason: cancelled.reason };
  try {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  } catch (error) {
    const reason = vscode.l10n.t('Cannot write {0}: {1}', uri.fsPath, (error as Error).message);
    void vscode.window.showErrorMessage(reason);
    return { written: false, reason };
  }
  if (args.target === undefined) {
    const open = vscode.l10n.t('Open');
    void vscode.window.showInformationMessage(vscode.l10n.t('Report written to {0}.', uri.fsPath), open).then(async (answer) => {
      if (answer === open) await vscode.window.showTextDocument(uri);
    });
  }
  return { written: true, uri };
}
