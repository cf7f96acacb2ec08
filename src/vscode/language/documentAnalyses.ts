/**
 * The analysis the language features work on: the store's analysis of the document's current text.
 * A request that arrives within the store's debounce delay, right after a keystroke, makes the store
 * analyse now (only what the edit touched is analysed again), so features, diagnostics, the tree and
 * quick fixes share one analysis and one `Analyzer` per document. A YAML file the store does not
 * track is analysed on its own, once per version, and nothing of it is kept once it closes.
 */
import * as vscode from 'vscode';
import { analyze } from '../../core/analyze';
import type { Analysis } from '../../core/analyze';
import type { EstateAnalysis } from '../../core/estate/estate';
import type { AnalysisStore } from '../analysisStore';
import type { AnalysisSettings } from '../settings';

export class DocumentAnalyses implements vscode.Disposable {
  private untracked?: { document: vscode.TextDocument; version: number; analysis: Analysis };
  private readonly listener: vscode.Disposable;

  constructor(private readonly store: AnalysisStore) {
    this.listener = vscode.workspace.onDidCloseTextDocument((document) => {
      if (this.untracked?.document === document) this.untracked = undefined;
    });
  }

  /** The analysis of the document's current text; undefined while its first parse runs in the worker thread. */
  of(document: vscode.TextDocument): Analysis | undefined {
    if (this.store.tracks(document)) return this.store.analyzeNow(document);
    const last = this.untracked;
    if (last && last.document === document && last.version === document.version) return last.analysis;
    const analysis = analyze(document.getText());
    this.untracked = { document, version: document.version, analysis };
    return analysis;
  }

  /**
   * The analysis of the document's estate (the workspace files of its folder), every open file of it
   * at its current text; undefined for a file the store does not track (it stands alone then).
   */
  estateOf(document: vscode.TextDocument): EstateAnalysis | undefined {
    return this.store.tracks(document) ? this.store.estateNow(document) : undefined;
  }

  /** The `tenancy.*` settings that apply to the document (read once per folder: requests come after each keystroke). */
  settingsOf(document: vscode.TextDocument): AnalysisSettings {
    return this.store.settingsOf(document.uri);
  }

  dispose(): void {
    this.listener.dispose();
    this.untracked = undefined;
  }
}

/** A core range (0-based UTF-16 offsets) as a VS Code range of the document. */
export function toRange(document: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(document.positionAt(start), document.positionAt(end));
}
