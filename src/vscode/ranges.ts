/**
 * Core offsets as editor ranges, through one line index per analysis, built on first use: the
 * diagnostics, the outline and the tree convert ranges of the same analysis. The index of an
 * analysis that followed another of the same file is made from that one's (`LineIndex.after`): after
 * a keystroke in a 5 MB file, only the changed lines are scanned.
 */
import * as vscode from 'vscode';
import { readableText } from '../core/analyze';
import type { Analysis } from '../core/analyze';
import type { Span } from '../core/model';
import { LineIndex } from '../core/text/lineIndex';

const lineIndexes = new WeakMap<Analysis, LineIndex>();
/** The line index of an earlier version of the same file, for an analysis whose own is not made yet. */
const earlier = new WeakMap<Analysis, LineIndex>();

/** Records that `analysis` is a later version of the same file as `previous`. */
export function follows(analysis: Analysis, previous: Analysis | undefined): void {
  const lines = previous && (lineIndexes.get(previous) ?? earlier.get(previous));
  if (lines && previous !== analysis) earlier.set(analysis, lines);
}

/** A converter of the analysis's offsets to editor ranges: resolve it once, convert many. */
export function rangesOf(analysis: Analysis): (start: number, end: number) => vscode.Range {
  let lines = lineIndexes.get(analysis);
  if (!lines) {
    const previous = earlier.get(analysis);
    lines = previous ? LineIndex.after(previous, readableText(analysis)) : new LineIndex(readableText(analysis));
    lineIndexes.set(analysis, lines);
    earlier.delete(analysis);
  }
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
