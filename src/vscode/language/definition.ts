/** Go to definition: from a UPN, a tenant id or a subscription id to where the file defines it. */
import * as vscode from 'vscode';
import { definitionAt } from '../../core/language';
import { toRange } from './documentAnalyses';
import type { DocumentAnalyses } from './documentAnalyses';

export class DefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly analyses: DocumentAnalyses) {}

  provideDefinition(document: vscode.TextDocument, position: vscode.Position): vscode.Location | undefined {
    const analysis = this.analyses.of(document);
    const definition = analysis && definitionAt(analysis, document.offsetAt(position));
    return definition && new vscode.Location(document.uri, toRange(document, definition.start, definition.end));
  }
}
