/** The outline: directories, then their users, guests, groups, service principals, subscriptions and management groups. */
import * as vscode from 'vscode';
import { documentSymbols, OUTLINE_MAX_ITEMS } from '../../core/language';
import type { OutlineKind, OutlineSymbol } from '../../core/language';
import { rangesOf } from '../ranges';
import type { DocumentAnalyses } from './documentAnalyses';

const KINDS: Record<OutlineKind, vscode.SymbolKind> = {
  directory: vscode.SymbolKind.Namespace,
  user: vscode.SymbolKind.Object,
  guest: vscode.SymbolKind.Variable,
  subscription: vscode.SymbolKind.Package,
  group: vscode.SymbolKind.Class,
  servicePrincipal: vscode.SymbolKind.Interface,
  managementGroup: vscode.SymbolKind.Module,
};

export class DocumentSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly analyses: DocumentAnalyses) {}

  provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] {
    const analysis = this.analyses.of(document);
    if (!analysis) return [];
    const range = rangesOf(analysis);
    const convert = (s: OutlineSymbol): vscode.DocumentSymbol => {
      const symbol = new vscode.DocumentSymbol(s.name, s.detail, KINDS[s.kind], range(s.start, s.end), range(s.selectionStart, s.selectionEnd));
      symbol.children = s.children.map(convert);
      return symbol;
    };
    const maxItems = vscode.workspace.getConfiguration('tenancy', document.uri).get('outline.maxItems', OUTLINE_MAX_ITEMS);
    return documentSymbols(analysis, { maxItems }).map(convert);
  }
}
