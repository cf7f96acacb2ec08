/**
 * Core offsets as editor ranges. An analysis of an open document's current version reads positions
 * from the document itself (VS Code keeps its line starts up to date through each edit); any other
 * analysis through one line index of its text, built on first use: a 5 MB file's line index is worth
 * building once, and not at all after a keystroke.
 */
import * as vscode from 'vscode';
import type { Analysis } from '../core/analyze';
import type { Span } from '../core/model';
import { LineIndex } from '../core/text/lineIndex';

const lineIndexes = new WeakMap<Analysis, LineIndex>();
/** The document and version each analysis of an open document's text was made from. */
const sources = new WeakMap<Analysis, { uri: string; version: number }>();

/** Records that `analysis` is of the text of version `version` of the open document at `uri`. */
export function analysedFrom(analysis: Analysis, uri: vscode.Uri, version: number): void {
  sources.set(analysis, { uri: uri.toString(), version });
}

/** A converter of the analysis's offsets to editor ranges: resolve it once, convert many. */
export function rangesOf(analysis: Analysis): (start: number, end: number) => vscode.Range {
  const source = sources.get(analysis);
  const document = source && vscode.workspace.textDocuments.find((d) => d.uri.toString() === source.uri);
  if (document && document.version === source.version) {
    return (start, end) => new vscode.Range(document.positionAt(start), document.positionAt(end));
  }
  let lines = lineIndexes.get(analysis);
  if (!lines) lineIndexes.set(analysis, (lines = new LineIndex(analysis.text)));
  const index = lines;
  return (start, end) => {
    const a = index.position(start);
    const b = index.position(end);
    return new vscode.Range(a.line, a.column, b.line, b.column);
  };
}

export function spanToRange(analysis: Analysis, span: Span): vscode.Range {
  return rangesOf(analysis)(span.start, span.end);
}
