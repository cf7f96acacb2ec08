/**
 * Text surgery on a YAML file located through the `yaml` package's node ranges. The planners never
 * re-serialise the document: they cut and insert whole lines (or flow items) so everything they do
 * not touch — comments, key order, quoting, blank lines, indentation, line endings — stays byte for
 * byte. All offsets are 0-based UTF-16 offsets into the file's text.
 */
import { isCollection, isMap, isPair, isScalar, isSeq, parse, parseDocument } from 'yaml';
import type { Document, Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { messagesFor } from '../i18n';
import type { Messages } from '../i18n';
import type { TextEdit } from './types';
import { lineBreakOf, loneCrAsLf } from '../text/lineBreaks';

export interface Source {
  text: string;
  doc: Document.Parsed;
  /** The file's line ending: new lines use it, so CRLF files stay CRLF. */
  eol: string;
  /** Extra indentation of a block sequence under its key (2, or 0 for "indentless" sequences). */
  seqIndent: number;
}

/** Parses the text for planning, or returns why it can't be edited safely. */
/**
 * The last text parsed for editing, and its document. Planners only read the document, so several
 * planners called in one go on the same text (a "fix all") parse a large file once. It is let go as
 * soon as the current task ends: a parsed copy of a large file is tens of megabytes, and the
 * analysis already holds what the editor needs between edits.
 */
let lastParsed: { text: string; doc: Document.Parsed } | undefined;

function parseForEditing(text: string): Document.Parsed {
  if (lastParsed?.text !== text) {
    if (!lastParsed) queueMicrotask(() => { lastParsed = undefined; });
    lastParsed = { text, doc: parseDocument(loneCrAsLf(text), { prettyErrors: false, uniqueKeys: true, logLevel: 'silent' }) };
  }
  return lastParsed.doc;
}

export function openSource(text: string, m: Messages = messagesFor('en')): Source | string {
  const doc = parseForEditing(text);
  if (doc.errors.length) {
    return m.editYamlErrors({ detail: doc.errors[0].message.split('\n')[0] });
  }
  if (!isMap(doc.contents)) return m.editNotWorkspace();
  const eol = lineBreakOf(text);
  // Planners find lines by LF; a lone-CR file is read as LF, same length, so their offsets fit the file.
  const source: Source = { text: loneCrAsLf(text), doc, eol, seqIndent: 2 };
  const directories = pairOf(doc.contents, 'directories');
  if (directories && isSeq(directories.value) && !directories.value.flow && directories.value.items.length) {
    const first = directories.value.items[0] as Node;
    const dash = dashBefore(text, first);
    if (dash !== undefined) source.seqIndent = Math.max(0, column(text, dash) - column(text, (directories.key as Node).range![0]));
  }
  return source;
}

// ── lines ────────────────────────────────────────────────────────────────────────────────────────

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
function atLineStart(source: Source, at: number, newText: string): TextEdit {
  if (at > 0 && source.text[at - 1] !== '\n') return { start: at, end: at, newText: source.eol + newText };
  return { start: at, end: at, newText };
}

// ── nodes ────────────────────────────────────────────────────────────────────────────────────────

export function pairOf(map: unknown, key: string): Pair<Scalar, Node | null> | undefined {
  if (!isMap(map)) return undefined;
  return (map as YAMLMap<Scalar, Node | null>).items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
}

export function scalarText(map: unknown, key: string): string | undefined {
  const value = pairOf(map, key)?.value;
  if (!isScalar(value)) return undefined;
  return value.value === null || value.value === undefined ? undefined : String(value.value);
}

export function itemsOf(map: unknown, key: string): Node[] {
  const value = pairOf(map, key)?.value;
  return isSeq(value) ? (value.items as Node[]) : [];
}

/** The end of a node's own text, trailing whitespace and comments excluded. */
export function contentEnd(text: string, node: Node): number {
  return trimBack(text, node.range![1]);
}

/** The `-` introducing a block sequence item. */
export function dashBefore(text: string, item: Node): number | undefined {
  let i = item.range![0] - 1;
  while (i >= 0 && /[ \t\r\n]/.test(text[i])) i--;
  return i >= 0 && text[i] === '-' ? i : undefined;
}

export interface LineBlock {
  /** Start of the first line (the `-` line of an item, the key line of a pair). */
  start: number;
  /** Just after the last line (its line break included). */
  end: number;
  /** Column of the `-` (item) or the key (pair). */
  indent: number;
}

/** The whole lines of a block sequence item: its `-` line to its last line, with its deeper trailing comments. */
export function itemLines(text: string, item: Node): LineBlock | undefined {
  const dash = dashBefore(text, item);
  if (dash === undefined) return undefined;
  const indent = column(text, dash);
  return { start: lineStart(text, dash), end: endOfBlock(text, contentEnd(text, item), indent), indent };
}

/** The whole lines of a `key: value` pair of a block map, nested block value included. */
export function pairLines(text: string, pair: Pair<Scalar, Node | null>): LineBlock {
  const keyStart = pair.key.range![0];
  const indent = column(text, keyStart);
  const last = pair.value && pair.value.range ? Math.max(contentEnd(text, pair.value), pair.key.range![1]) : pair.key.range![1];
  return { start: lineStart(text, keyStart), end: endOfBlock(text, last, indent), indent };
}

/** Full-line comments directly above a line block (no blank line between), indented at least as deep. */
export function leadingComments(text: string, start: number, indent: number): number {
  let at = start;
  while (at > 0) {
    const previous = lineStart(text, at - 1);
    const line = lineAt(text, previous);
    if (!isCommentLine(line) || indentOf(line) < indent) break;
    at = previous;
  }
  return at;
}

// ── scalars ──────────────────────────────────────────────────────────────────────────────────────

/** A scalar, a flow list of scalars, or a list of maps (written one flow map per item). */
export type FieldValue = string | number | boolean | string[] | Fields[];
export type Fields = Array<[string, FieldValue | undefined]>;

/**
 * Characters never written raw: YAML's non-printable set (C0 and C1 controls, DEL, U+FFFE/U+FFFF,
 * lone surrogates), the characters YAML 1.1 or editors take for line breaks (NEL, U+2028, U+2029),
 * bidirectional controls and the byte-order mark. A value holding one is double-quoted with escapes.
 */
const NOT_WRITTEN_RAW = /[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const NOT_WRITTEN_RAW_ALL = new RegExp(NOT_WRITTEN_RAW.source, 'g');

/** A double-quoted YAML scalar that reads back as `value`, with every character of NOT_WRITTEN_RAW escaped. */
export function doubleQuoted(value: string): string {
  // JSON's escapes are YAML's (`\n`, `\t`, `\"`, `\\`, `\uXXXX`); JSON leaves DEL, C1 and the others raw.
  return JSON.stringify(value).replace(NOT_WRITTEN_RAW_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function isMapList(value: FieldValue): value is Fields[] {
  return Array.isArray(value) && value.length > 0 && Array.isArray(value[0]);
}

/** A scalar as YAML text: plain when it reads back as the same string, double-quoted otherwise. */
export function formatScalar(value: string | number | boolean, flow = false): string {
  if (typeof value !== 'string') return String(value);
  if (value !== '' && !/[\r\n\t]/.test(value) && !NOT_WRITTEN_RAW.test(value) && value.trim() === value) {
    try {
      const back = flow ? parse(`[${value}]`) : parse(`k: ${value}`);
      if (flow ? Array.isArray(back) && back.length === 1 && back[0] === value : back?.k === value) return value;
    } catch {
      // not plain-safe: quote it
    }
  }
  return doubleQuoted(value);
}

function formatValue(value: FieldValue, flow: boolean): string {
  if (isMapList(value)) return `[${value.map(flowMap).join(', ')}]`;
  if (Array.isArray(value)) return `[${(value as string[]).map((v) => formatScalar(v, true)).join(', ')}]`;
  return formatScalar(value, flow);
}

/** `{ key: value, … }` */
export function flowMap(fields: Fields): string {
  return `{ ${fields.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}: ${formatValue(v!, true)}`).join(', ')} }`;
}

/**
 * Block map lines for a sequence item: `- k: v` then `  k: v`, each ending with `eol`. A list of
 * maps is written as a block list of flow maps, its `-` `seqIndent` columns right of its key.
 */
export function blockItem(fields: Fields, dashIndent: number, eol: string, seqIndent = 2): string {
  const pad = ' '.repeat(dashIndent);
  return fields
    .filter(([, v]) => v !== undefined)
    .map(([k, v], i) => {
      const head = `${pad}${i === 0 ? '- ' : '  '}${k}:`;
      if (!isMapList(v!)) return `${head} ${formatValue(v!, false)}${eol}`;
      return `${head}${eol}${v.map((item) => `${pad}  ${' '.repeat(seqIndent)}- ${flowMap(item)}${eol}`).join('')}`;
    })
    .join('');
}

/** Replacement text for a scalar node keeping its quoting style where the new value allows it. */
export function replaceScalar(source: Source, node: Scalar, value: string): TextEdit {
  const [start, end] = node.range!;
  let newText: string;
  if (node.type === 'QUOTE_DOUBLE') newText = doubleQuoted(value);
  // Single quotes have no escapes, and fold line breaks: only for values that need neither.
  else if (node.type === 'QUOTE_SINGLE' && !/[\r\n\t]/.test(value) && !NOT_WRITTEN_RAW.test(value)) newText = `'${value.replace(/'/g, "''")}'`;
  else if (node.type === 'QUOTE_SINGLE') newText = doubleQuoted(value);
  else newText = formatScalar(value, insideFlow(source, node));
  return { start, end, newText };
}

/** Whether a node sits inside a flow collection (where `,` `[` `]` `{` `}` need quoting). */
function insideFlow(source: Source, node: Node): boolean {
  let flow = false;
  const visit = (n: unknown, inFlow: boolean): boolean => {
    if (n === node) {
      flow = inFlow;
      return true;
    }
    if (isPair(n)) return visit(n.key, inFlow) || visit(n.value, inFlow);
    if (isCollection(n)) {
      const f = inFlow || Boolean((n as YAMLMap | YAMLSeq).flow);
      return (n.items as unknown[]).some((item) => visit(item, f));
    }
    return false;
  };
  visit(source.doc.contents, false);
  return flow;
}

/** The scalar whose range contains `offset` (its start through its end), anywhere in the document. */
export function scalarAt(source: Source, offset: number): Scalar | undefined {
  let found: Scalar | undefined;
  const visit = (n: unknown): void => {
    if (found) return;
    if (isScalar(n) && n.range && n.range[0] <= offset && offset <= n.range[1]) found = n;
    else if (isPair(n)) {
      visit(n.key);
      visit(n.value);
    } else if (isCollection(n)) for (const item of n.items as unknown[]) visit(item);
  };
  visit(source.doc.contents);
  return found;
}

// ── sequences ────────────────────────────────────────────────────────────────────────────────────

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
  for (const i of indices) {
    const item = seq.items[i] as Node | undefined;
    const lines = item && itemLines(text, item);
    if (!lines) continue;
    const start = withLeadingComments ? leadingComments(text, lines.start, lines.indent) : lines.start;
    edits.push(collapseBlank(text, { start, end: lines.end, newText: '' }));
  }
  return mergeOverlaps(edits);
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
function removeFlowPair(source: Source, pair: Pair<Scalar, Node | null>): TextEdit {
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

// ── map keys ─────────────────────────────────────────────────────────────────────────────────────

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
