/**
 * The analysis the language features work on: the store's, when it was made from the document's
 * current text (the usual case: the store re-analyses after each edit); otherwise — a request that
 * arrives within the store's debounce delay, right after a keystroke — the document analysed now,
 * synchronously, with an `Analyzer` per document so that only the edited directory is parsed again.
 */
import * as vscode from 'vscode';
import { Analyzer } from '../../core/analyze';
import type { Analysis } from '../../core/analyze';
import type { AnalysisStore } from '../analysisStore';

interface Fresh {
  version: number;
  analysis: Analysis;
}

export class DocumentAnalyses implements vscode.Disposable {
  private readonly analyzers = new Map<string, Analyzer>();
  private readonly fresh = new Map<string, Fresh>();
  private readonly listener: vscode.Disposable;

  constructor(private readonly store: AnalysisStore) {
    this.listener = vscode.workspace.onDidCloseTextDocument((document) => {
      this.analyzers.delete(document.uri.toString());
      this.fresh.delete(document.uri.toString());
    });
  }

  /** The analysis of the document's current text. */
  of(document: vscode.TextDocument): Analysis {
    const key = document.uri.toString();
    const text = document.getText();
    const stored = this.store.get(document.uri);
    // Comparing the texts (length first, then content) is far cheaper than any re-analysis.
    if (stored && stored.text === text) return stored;
    const cached = this.fresh.get(key);
    if (cached && cached.version === document.version && cached.analysis.text === text) return cached.analysis;
    let analyzer = this.analyzers.get(key);
    if (!analyzer) this.analyzers.set(key, (analyzer = new Analyzer()));
    const analysis = analyzer.analyze(text);
    this.fresh.set(key, { version: document.version, analysis });
    return analysis;
  }

  dispose(): void {
    this.listener.dispose();
    this.analyzers.clear();
    this.fresh.clear();
  }
}

/** A core range (0-based UTF-16 offsets) as a VS Code range of the document. */
export function toRange(document: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(document.positionAt(start), document.positionAt(end));
}
