/** Find all references of a name in every file of the estate (the workspace files of the document's folder). */
import * as vscode from 'vscode';
import { estateReferencesAt } from '../../core/estate/language';
import { referencesAt } from '../../core/language';
import { toRange } from './documentAnalyses';
import type { DocumentAnalyses } from './documentAnalyses';
import { toLocation } from './estateLocations';

export class ReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly analyses: DocumentAnalyses) {}

  provideReferences(document: vscode.TextDocument, position: vscode.Position, context: vscode.ReferenceContext): vscode.Location[] {
    const offset = document.offsetAt(position);
    const estate = this.analyses.estateOf(document);
    if (estate) {
      return estateReferencesAt(estate, document.uri.toString(), offset, context.includeDeclaration).map((r) => toLocation(estate, r));
    }
    const analysis = this.analyses.of(document);
    if (!analysis) return [];
    return referencesAt(analysis, offset, context.includeDeclaration)
      .map((r) => new vscode.Location(document.uri, toRange(document, r.start, r.end)));
  }
}
