/** The outline: directories, then their users, guests, groups, service principals, subscriptions and management groups. */
import * as vscode from 'vscode';
import { documentSymbols } from '../../core/language';
import type { OutlineKind, OutlineSymbol } from '../../core/language';
import { toRange } from './documentAnalyses';
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
    const convert = (s: OutlineSymbol): vscode.DocumentSymbol => {
      const symbol = new vscode.DocumentSymbol(s.name, s.detail, KINDS[s.kind], toRange(document, s.start, s.end), toRange(document, s.selectionStart, s.selectionEnd));
      symbol.children = s.children.map(convert);
      return symbol;
    };
    const analysis = this.analyses.of(document);
    return analysis ? documentSymbols(analysis).map(convert) : [];
  }
}
