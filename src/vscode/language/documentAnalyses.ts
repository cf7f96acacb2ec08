/**
 * The analysis the language features work on: the store's analysis of the document's current text.
 * A request that arrives within the store's debounce delay, right after a keystroke, makes the store
 * analyse now (only the edited directory is parsed again), so features and diagnostics share one
 * analysis and one block cache per document. A YAML file the store does not track (or whose first
 * parse is still in the worker thread) is analysed on its own.
 */
import * as vscode from 'vscode';
import { analyze } from '../../core/analyze';
import type { Analysis } from '../../core/analyze';
import type { AnalysisStore } from '../analysisStore';

export class DocumentAnalyses implements vscode.Disposable {
  private untracked?: { document: vscode.TextDocument; version: number; analysis: Analysis };

  constructor(private readonly store: AnalysisStore) {}

  /** The analysis of the document's current text. */
  of(document: vscode.TextDocument): Analysis {
    const tracked = this.store.analyzeNow(document);
    if (tracked) return tracked;
    const last = this.untracked;
    if (last && last.document === document && last.version === document.version) return last.analysis;
    const analysis = analyze(document.getText());
    this.untracked = { document, version: document.version, analysis };
    return analysis;
  }

  dispose(): void {
    this.untracked = undefined;
  }
}

/** A core offset range as an editor range. */
export function toRange(document: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(document.positionAt(start), document.positionAt(end));
}
