/** Find all references of a UPN, a tenant id or a subscription id in the file. */
import * as vscode from 'vscode';
import { referencesAt } from '../../core/language';
import { toRange } from './documentAnalyses';
import type { DocumentAnalyses } from './documentAnalyses';

export class ReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly analyses: DocumentAnalyses) {}

  provideReferences(document: vscode.TextDocument, position: vscode.Position, context: vscode.ReferenceContext): vscode.Location[] {
    const analysis = this.analyses.of(document);
    if (!analysis) return [];
    return referencesAt(analysis, document.offsetAt(position), context.includeDeclaration)
      .map((r) => new vscode.Location(document.uri, toRange(document, r.start, r.end)));
  }
}
