/** Setting and removing a key of a map, and moving blocks of lines. (Part of the text surgery of the edit planners: see source.ts.) */
import { isScalar, isSeq } from 'yaml';
import type { Node, YAMLMap } from 'yaml';
import type { TextEdit } from '../types';
import { atLineStart, endOfBlock, trimBack } from './lines';
import { contentEnd, itemLines, pairLines, pairOf } from './nodes';
import { formatScalar, replaceScalar } from './scalars';
import { keyColumn, keyLineFor, removeFlowPair } from './sequences';
import type { Source } from './source';

/**
 * Sets `key: value` in a map: replaces the scalar when the key exists, otherwise adds the key after
 * the first of `after` that exists (or at the end of the map).
 */
export function setKey(source: Source, map: YAMLMap, key: string, value: string | boolean | number, after: string[] = []): TextEdit {
  const { text, eol } = source;
  const pair = pairOf(map, key);
  if (pair) {
    const v = pair.value;
    if (isScalar(v) && v.range && v.range[1] > v.range[0]) {
      if (typeof value === 'string') return replaceScalar(source, v, value);
      return { start: v.range[0], end: v.range[1], newText: String(value) };
    }
    // An empty (or non-scalar) value: rewrite what follows the key's colon.
    const colon = text.indexOf(':', pair.key.range![1]);
    const end = v?.range ? Math.max(contentEnd(text, v), colon + 1) : colon + 1;
    return { start: colon + 1, end, newText: ` ${formatScalar(value, Boolean(map.flow))}` };
  }
  if (map.flow) {
    const close = trimBack(text, map.range![1]) - 1;
    const before = trimBack(text, close);
    const sep = text[before - 1] === '{' ? ' ' : ', ';
    return { start: before, end: before, newText: `${sep}${key}: ${formatScalar(value, true)}` };
  }
  const indent = keyColumn(source, map);
  const line = `${' '.repeat(indent)}${key}: ${formatScalar(value)}${eol}`;
  const anchor = after.map((k) => pairOf(map, k)).find((p) => p);
  const at = anchor ? pairLines(text, anchor).end : endOfBlock(text, contentEnd(text, map), indent - 1);
  return atLineStart(source, at, line);
}

/** Removes a key (and its value) from a map, block or flow. */
export function removeKey(source: Source, map: YAMLMap, key: string): TextEdit | undefined {
  const pair = pairOf(map, key);
  if (!pair) return undefined;
  if (map.flow) return removeFlowPair(source, pair);
  const lines = pairLines(source.text, pair);
  return { start: lines.start, end: lines.end, newText: '' };
}

/** Shifts every non-blank line by `delta` columns (removing at most the spaces a line has). */
export function reindent(block: string, delta: number): string {
  if (!delta) return block;
  return block.replace(/^([ ]*)(?=[^\r\n])/gm, (spaces: string) => (delta > 0 ? ' '.repeat(delta) + spaces : spaces.slice(Math.min(-delta, spaces.length))));
}

/**
 * Appends block-sequence items given as their own text (whole lines, written at `indent` for the
 * `-`) to the sequence under `key` of a block map, re-indented to the siblings; creates the key when
 * missing. Returns undefined when the target list is written in flow style.
 */
export function appendItemLines(source: Source, map: YAMLMap, key: string, items: Array<{ text: string; indent: number }>): TextEdit[] | undefined {
  const { text, eol } = source;
  const pair = pairOf(map, key);
  const seq = pair?.value;
  if (map.flow || (isSeq(seq) && seq.flow && seq.items.length)) return undefined;
  const body = (dash: number) => items.map((item) => {
    const lines = item.text.endsWith('\n') ? item.text : item.text + eol;
    return reindent(lines, dash - item.indent);
  }).join('');
  if (isSeq(seq) && seq.items.length) {
    const last = itemLines(text, seq.items[seq.items.length - 1] as Node)!;
    return [atLineStart(source, last.end, body(last.indent))];
  }
  const keyIndent = keyColumn(source, map);
  const head = `${' '.repeat(keyIndent)}${key}:${eol}`;
  if (pair) {
    const lines = pairLines(text, pair);
    return [{ start: lines.start, end: lines.end, newText: keyLineFor(source, pair) + body(keyIndent + source.seqIndent) }];
  }
  const end = endOfBlock(text, contentEnd(text, map), keyIndent - 1);
  return [atLineStart(source, end, head + body(keyIndent + source.seqIndent))];
}
