/** Adding and removing list items, in block or flow style, keeping everything else byte for byte. (Part of the text surgery of the edit planners: see source.ts.) */
import { isMap, isScalar, isSeq } from 'yaml';
import type { Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { TextEdit } from '../types';
import { atLineStart, column, endOfBlock, isBlankLine, lineAt, lineStart, nextLine, trimBack } from './lines';
import { contentEnd, itemLines, leadingComments, pairLines, pairOf } from './nodes';
import { blockItem, flowMap } from './scalars';
import type { Fields } from './scalars';
import type { Source } from './source';

/**
 * Appends items to the sequence under `key` of a block or flow map, creating the key when missing.
 * New block items take the indentation of their siblings, and their style: flow maps when the last
 * sibling is one (`- { principal: …, role: … }`), block maps otherwise, unless `preferFlow`.
 */
export function appendItems(source: Source, map: YAMLMap, key: string, items: Fields[], options: { preferFlow?: boolean; blankLineBefore?: boolean } = {}): TextEdit[] {
  const { text, eol } = source;
  if (!items.length) return [];
  const pair = pairOf(map, key);
  const seq = pair?.value;
  if (map.flow) {
    // `{ …, key: [ … ] }` maps are rare in this format: add a flow key or a flow item.
    if (isSeq(seq) && seq.flow) return [appendFlowItems(source, seq, items)];
    if (pair) return [];
    const close = trimBack(text, map.range![1]) - 1;
    const before = trimBack(text, close);
    const sep = text[before - 1] === '{' ? ' ' : ', ';
    return [{ start: before, end: before, newText: `${sep}${key}: [${items.map(flowMap).join(', ')}]` }];
  }
  if (isSeq(seq) && seq.flow) {
    if (seq.items.length || !pair) return [appendFlowItems(source, seq, items)];
  }
  if (isSeq(seq) && !seq.flow && seq.items.length) {
    const last = seq.items[seq.items.length - 1] as Node;
    const lines = itemLines(text, last)!;
    const asFlow = options.preferFlow ?? (isMap(last) && Boolean(last.flow));
    const blank = options.blankLineBefore ? eol : '';
    const body = items.map((fields) => (asFlow ? `${' '.repeat(lines.indent)}- ${flowMap(fields)}${eol}` : blockItem(fields, lines.indent, eol, source.seqIndent))).join('');
    return [atLineStart(source, lines.end, blank + body)];
  }
  // No list yet (or an empty / null value): write `key:` and the items under it.
  const keyIndent = keyColumn(source, map);
  const dashIndent = keyIndent + source.seqIndent;
  const body = items.map((fields) => (options.preferFlow ? `${' '.repeat(dashIndent)}- ${flowMap(fields)}${eol}` : blockItem(fields, dashIndent, eol, source.seqIndent))).join('');
  if (pair) {
    const lines = pairLines(text, pair);
    return [{ start: lines.start, end: lines.end, newText: keyLineFor(source, pair) + body }];
  }
  const end = endOfBlock(text, contentEnd(text, map), keyIndent - 1);
  return [atLineStart(source, end, `${' '.repeat(keyIndent)}${key}:${eol}${body}`)];
}

function appendFlowItems(source: Source, seq: YAMLSeq, items: Fields[]): TextEdit {
  const { text } = source;
  const close = trimBack(text, seq.range![1]) - 1; // the `]`
  const inner = items.map(flowMap).join(', ');
  if (!seq.items.length) {
    const open = seq.range![0];
    return { start: open, end: close + 1, newText: `[${inner}]` };
  }
  const after = contentEnd(text, seq.items[seq.items.length - 1] as Node);
  return { start: after, end: after, newText: `, ${inner}` };
}

/** Column of a map's keys. */
export function keyColumn(source: Source, map: YAMLMap): number {
  const first = map.items[0];
  return first && isScalar(first.key) ? column(source.text, (first.key as Scalar).range![0]) : column(source.text, map.range![0]);
}

/**
 * Removes items of the sequence that is the value of `pair`. When every item goes, the pair goes
 * too (an empty `key:` would be null, not a list). Flow items are cut with their comma.
 */
export function removeItems(
  source: Source, pair: Pair<Scalar, Node | null>, indices: number[], parentFlow = false, withLeadingComments = false, keepEmptyKey = false,
): TextEdit[] {
  const { text } = source;
  const seq = pair.value;
  if (!isSeq(seq)) return [];
  const remove = new Set(indices);
  if (seq.items.every((_, i) => remove.has(i))) {
    if (parentFlow || seq.flow) {
      if (parentFlow) return [removeFlowPair(source, pair)];
      return [{ start: seq.range![0], end: trimBack(text, seq.range![1]), newText: '[]' }];
    }
    const lines = pairLines(text, pair);
    if (keepEmptyKey) {
      // A required list (`directories`) stays, empty: `key: []`, keeping the key line's comment.
      return [{ start: lines.start, end: lines.end, newText: keyLineFor(source, pair).replace(/^([^#]*?):/, '$1: []') }];
    }
    return [collapseBlank(text, { start: lines.start, end: lines.end, newText: '' })];
  }
  const edits: TextEdit[] = [];
  if (seq.flow) {
    // Cut each removed item with the separator after it, or before it for the last one.
    const items = seq.items as Node[];
    for (const i of [...remove].sort((a, b) => a - b)) {
      const item = items[i];
      if (!item) continue;
      const next = items.slice(i + 1).find((_, k) => !remove.has(i + 1 + k));
      if (next) edits.push({ start: item.range![0], end: next.range![0], newText: '' });
      else {
        const previous = items.slice(0, i).reverse().find((_, k) => !remove.has(i - 1 - k))!;
        edits.push({ start: contentEnd(text, previous), end: contentEnd(text, item), newText: '' });
      }
    }
    return mergeOverlaps(edits);
  }
  const lastKept = Math.max(...seq.items.map((_, i) => (remove.has(i) ? -1 : i)));
  for (const i of indices) {
    const item = seq.items[i] as Node | undefined;
    const lines = item && itemLines(text, item);
    if (!lines) continue;
    const start = withLeadingComments ? leadingComments(text, lines.start, lines.indent) : lines.start;
    const edit = collapseBlank(text, { start, end: lines.end, newText: '' });
    // The blank line that set a removed last item apart from the one before goes with it: it would
    // otherwise be left between the list and whatever follows.
    edits.push(i > lastKept && edit.start === start && edit.end === lines.end ? withBlankBefore(text, edit) : edit);
  }
  return mergeOverlaps(edits);
}

/** A deletion of whole lines that follow a blank line takes that blank line along. */
function withBlankBefore(text: string, edit: TextEdit): TextEdit {
  if (edit.start === 0 || !isBlankLine(lineAt(text, lineStart(text, edit.start - 1)))) return edit;
  return { ...edit, start: lineStart(text, edit.start - 1) };
}

/** A deletion of whole lines between two blank lines takes one of them along, so no double blank line is left. */
export function collapseBlank(text: string, edit: TextEdit): TextEdit {
  if (edit.start === 0 || edit.newText !== '') return edit;
  const before = lineAt(text, lineStart(text, edit.start - 1));
  if (!isBlankLine(before)) return edit;
  if (edit.end >= text.length) return { ...edit, start: lineStart(text, edit.start - 1) };
  if (isBlankLine(lineAt(text, edit.end)) && nextLine(text, edit.end) <= text.length) return { ...edit, end: nextLine(text, edit.end) };
  return edit;
}

function mergeOverlaps(edits: TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const out: TextEdit[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && e.start <= last.end) last.end = Math.max(last.end, e.end);
    else out.push({ ...e });
  }
  return out;
}

/** Removes a `key: value` pair from a flow map, with its comma. */
export function removeFlowPair(source: Source, pair: Pair<Scalar, Node | null>): TextEdit {
  const { text } = source;
  const start = pair.key.range![0];
  const end = pair.value?.range ? contentEnd(text, pair.value) : pair.key.range![1];
  let after = end;
  while (after < text.length && /[ \t]/.test(text[after])) after++;
  if (text[after] === ',') {
    after++;
    while (after < text.length && /[ \t]/.test(text[after])) after++;
    return { start, end: after, newText: '' };
  }
  let before = start;
  while (before > 0 && /[ \t]/.test(text[before - 1])) before--;
  if (text[before - 1] === ',') before--;
  return { start: before, end, newText: '' };
}

/**
 * The key line of a pair whose (empty or null) value is being replaced by a block list: the key as
 * written, a colon, and the comment the line had.
 */
export function keyLineFor(source: Source, pair: Pair<Scalar, Node | null>): string {
  const { text } = source;
  const keyEnd = pair.key.range![1];
  const rest = text.slice(keyEnd, nextLine(text, keyEnd)).replace(/\r?\n$/, '');
  const comment = /\s+#.*$/.exec(rest)?.[0] ?? '';
  return `${text.slice(lineStart(text, pair.key.range![0]), keyEnd)}:${comment}${source.eol}`;
}
