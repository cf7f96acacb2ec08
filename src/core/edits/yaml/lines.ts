/** Line arithmetic on the file's text: starts, ends, indentation, comments, blocks. (Part of the text surgery of the edit planners: see source.ts.) */
import type { TextEdit } from '../types';
import type { Source } from './source';

export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset just after the line break ending the line that contains `offset` (or the text's end). */
export function nextLine(text: string, offset: number): number {
  const i = text.indexOf('\n', offset);
  return i === -1 ? text.length : i + 1;
}

export function column(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** The line starting at `start`, without its line break. */
export function lineAt(text: string, start: number): string {
  const end = nextLine(text, start);
  return text.slice(start, end).replace(/\r?\n$/, '');
}

export function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

export function isCommentLine(line: string): boolean {
  return line.trimStart().startsWith('#');
}

export function isBlankLine(line: string): boolean {
  return line.trim() === '';
}

/** The position just after the last non-whitespace character before `offset`. */
export function trimBack(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  return i;
}

/** After the last content line ending before `end`: the end of that line, then full-line comments indented deeper than `minIndent`. */
export function endOfBlock(text: string, contentEnd: number, minIndent: number): number {
  let at = nextLine(text, Math.max(0, contentEnd - 1));
  while (at < text.length) {
    const line = lineAt(text, at);
    if (!isCommentLine(line) || indentOf(line) <= minIndent) break;
    at = nextLine(text, at);
  }
  return at;
}

/** Makes sure inserted text at `at` starts on a fresh line (a file without a final line break). */
export function atLineStart(source: Source, at: number, newText: string): TextEdit {
  if (at > 0 && source.text[at - 1] !== '\n') return { start: at, end: at, newText: source.eol + newText };
  return { start: at, end: at, newText };
}
