/** Hover: accounts, ids, roles, offers and keys described by the core, as Markdown. */
import * as vscode from 'vscode';
import { localeOf } from '../../core/i18n';
import { hoverAt } from '../../core/language';
import { toRange } from './documentAnalyses';
import type { DocumentAnalyses } from './documentAnalyses';

export class HoverProvider implements vscode.HoverProvider {
  constructor(private readonly analyses: DocumentAnalyses) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const analysis = this.analyses.of(document);
    const hover = analysis && hoverAt(analysis, document.offsetAt(position), { locale: localeOf(vscode.env.language) });
    if (!hover) return undefined;
    return new vscode.Hover(new vscode.MarkdownString(hover.markdown), toRange(document, hover.start, hover.end));
  }
}
