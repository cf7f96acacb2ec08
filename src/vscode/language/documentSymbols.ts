/**
 * The outline: directories, then their users, guests, groups, service principals, subscriptions and
 * management groups. VS Code asks for it after every keystroke: each directory's symbols are kept
 * from one request to the next while the directory is the same object (the core keeps the directories
 * an edit did not touch) listing as many entries, moved by whole lines when lines were added or removed
 * before it, so a request converts the edited directory only.
 */
import * as vscode from 'vscode';
import { readableText } from '../../core/analyze';
import { directoryName, directoryOutline, outlinePlan } from '../../core/language';
import type { OutlineKind, OutlineSymbol } from '../../core/language';
import type { Directory } from '../../core/model';
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

/** A directory's symbol as last converted, and what it was converted from. */
interface Converted {
  entries: number;
  name: string;
  line: number;
  column: number;
  symbol: vscode.DocumentSymbol;
}

export class DocumentSymbolProvider implements vscode.DocumentSymbolProvider {
  private readonly converted = new WeakMap<Directory, Converted>();

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
    const maxItems = this.analyses.settingsOf(document).outlineMaxItems;
    return outlinePlan(analysis, { maxItems }).map(({ directory, entries }) => {
      const { line, character: column } = range(directory.start, directory.start).start;
      const name = directoryName(directory);
      const kept = this.converted.get(directory);
      let symbol: vscode.DocumentSymbol;
      if (kept && kept.entries === entries && kept.name === name && kept.column === column) {
        symbol = kept.line === line ? kept.symbol : moved(kept.symbol, line - kept.line);
      } else {
        symbol = convert(directoryOutline(readableText(analysis), directory, entries));
      }
      if (symbol !== kept?.symbol) this.converted.set(directory, { entries, name, line, column, symbol });
      return symbol;
    });
  }
}

/** The same symbol `lines` lines further down (up when negative). */
function moved(symbol: vscode.DocumentSymbol, lines: number): vscode.DocumentSymbol {
  const copy = new vscode.DocumentSymbol(symbol.name, symbol.detail, symbol.kind, symbol.range.with(symbol.range.start.translate(lines), symbol.range.end.translate(lines)),
    symbol.selectionRange.with(symbol.selectionRange.start.translate(lines), symbol.selectionRange.end.translate(lines)));
  copy.children = symbol.children.map((child) => moved(child, lines));
  return copy;
}
