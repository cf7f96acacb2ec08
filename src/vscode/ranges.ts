/**
 * Core offsets as editor ranges, through one line index per analysis: the diagnostics and the tree
 * convert ranges of the same analysis, and a 5 MB file's line index is worth building once.
 */
import * as vscode from 'vscode';
import type { Analysis } from '../core/analyze';
import type { Span } from '../core/model';
import { LineIndex } from '../core/text/lineIndex';

const lineIndexes = new WeakMap<Analysis, LineIndex>();

export function spanToRange(analysis: Analysis, span: Span): vscode.Range {
  let lines = lineIndexes.get(analysis);
  if (!lines) lineIndexes.set(analysis, (lines = new LineIndex(analysis.text)));
  const a = lines.position(span.start);
  const b = lines.position(span.end);
  return new vscode.Range(a.line, a.column, b.line, b.column);
}
