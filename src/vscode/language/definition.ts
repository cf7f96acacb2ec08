/**
 * Go to definition: from a UPN, a tenant id, a subscription id, a principal… to where it is defined, in
 * whichever file of the estate (a guest's UPN in a customer's file leads to the user in the provider's).
 */
import * as vscode from 'vscode';
import { estateDefinitionAt } from '../../core/estate/language';
import { definitionAt } from '../../core/language';
import { toRange } from './documentAnalyses';
import type { DocumentAnalyses } from './documentAnalyses';
import { toLocation } from './estateLocations';

export class DefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly analyses: DocumentAnalyses) {}

  provideDefinition(document: vscode.TextDocument, position: vscode.Position): vscode.Location | undefined {
    const offset = document.offsetAt(position);
    const estate = this.analyses.estateOf(document);
    if (estate) {
      const definition = estateDefinitionAt(estate, document.uri.toString(), offset);
      return definition && toLocation(estate, definition);
    }
    const analysis = this.analyses.of(document);
    const definition = analysis && definitionAt(analysis, offset);
    return definition && new vscode.Location(document.uri, toRange(document, definition.start, definition.end));
  }
}
