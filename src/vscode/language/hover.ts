/**
 * Hover: accounts, ids, roles, offers and keys described by the core, as Markdown. A name is described
 * as the document's estate knows it (the workspace files of its folder); one defined in another file
 * says which file.
 */
import * as vscode from 'vscode';
import { estateHoverAt } from '../../core/estate/language';
import { localeOf } from '../../core/i18n';
import { hoverAt } from '../../core/language';
import type { HoverResult } from '../../core/language';
import { toRange } from './documentAnalyses';
import type { DocumentAnalyses } from './documentAnalyses';

export class HoverProvider implements vscode.HoverProvider {
  constructor(private readonly analyses: DocumentAnalyses) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const offset = document.offsetAt(position);
    const options = { locale: localeOf(vscode.env.language) };
    const estate = this.analyses.estateOf(document);
    let hover: HoverResult | undefined;
    if (estate) hover = estateHoverAt(estate, document.uri.toString(), offset, options);
    else {
      const analysis = this.analyses.of(document);
      hover = analysis && hoverAt(analysis, offset, options);
    }
    if (!hover) return undefined;
    return new vscode.Hover(new vscode.MarkdownString(hover.markdown), toRange(document, hover.start, hover.end));
  }
}
