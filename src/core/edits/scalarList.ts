/**
 * Lists of plain values (`members`, a management group's `subscriptions`): appending one value in the
 * list's own style (flow `[a, b]` or block `- a`), creating the key when missing.
 */
import { isSeq } from 'yaml';
import type { Node, YAMLMap } from 'yaml';
import type { TextEdit } from './types';
import { endOfBlock, trimBack } from './yaml/lines';
import { contentEnd, itemLines, pairLines, pairOf } from './yaml/nodes';
import { formatScalar } from './yaml/scalars';
import { keyColumn, keyLineFor } from './yaml/sequences';
import type { Source } from './yaml/source';

/** Appends `value` to the list under `key` of `map`; a missing or empty key gets a flow list `[value]`. */
export function appendScalar(source: Source, map: YAMLMap, key: string, value: string): TextEdit {
  const { text, eol } = source;
  const pair = pairOf(map, key);
  const seq = pair?.value;
  if (isSeq(seq) && seq.flow) {
    if (seq.items.length === 0) return keepCommentColumn(text, { start: seq.range![0], end: trimBack(text, seq.range![1]), newText: `[${formatScalar(value, true)}]` });
    const after = contentEnd(text, seq.items[seq.items.length - 1] as Node);
    return keepCommentColumn(text, { start: after, end: after, newText: `, ${formatScalar(value, true)}` });
  }
  if (isSeq(seq) && seq.items.length > 0) {
    const last = itemLines(text, seq.items[seq.items.length - 1] as Node)!;
    return { start: last.end, end: last.end, newText: `${text[last.end - 1] === '\n' || last.end === 0 ? '' : eol}${' '.repeat(last.indent)}- ${formatScalar(value)}${eol}` };
  }
  if (map.flow) {
    const close = trimBack(text, map.range![1]) - 1;
    const before = trimBack(text, close);
    const sep = text[before - 1] === '{' ? ' ' : ', ';
    return { start: before, end: before, newText: `${sep}${key}: [${formatScalar(value, true)}]` };
  }
  if (pair) {
    // `key:` with no value (null): the list goes on the key's line, keeping its comment.
    const lines = pairLines(text, pair);
    return { start: lines.start, end: lines.end, newText: keyLineFor(source, pair).replace(/^([^#]*?):/, `$1: [${formatScalar(value, true)}]`) };
  }
  const indent = keyColumn(source, map);
  const end = endOfBlock(text, contentEnd(text, map), indent - 1);
  const lead = end > 0 && text[end - 1] !== '\n' ? eol : '';
  return { start: end, end, newText: `${lead}${' '.repeat(indent)}${key}: [${formatScalar(value, true)}]${eol}` };
}

/** A longer line keeps its end-of-line comment where it was, eating spaces before it (one stays). */
function keepCommentColumn(text: string, edit: TextEdit): TextEdit {
  const grown = edit.newText.length - (edit.end - edit.start);
  // After an insertion inside `[a, b]`, the `]` comes first and moves along.
  const bracket = text[edit.end] === ']' ? ']' : '';
  const from = edit.end + bracket.length;
  const gap = /^[ ]*/.exec(text.slice(from))![0].length;
  const eat = Math.min(grown, gap - 1);
  if (eat <= 0 || text[from + gap] !== '#') return edit;
  return { start: edit.start, end: from + eat, newText: edit.newText + bracket };
}
