/** Writing values: quoting that reads back the same, flow maps, block items, replacing a scalar. (Part of the text surgery of the edit planners: see source.ts.) */
import { isCollection, isPair, isScalar, parse } from 'yaml';
import type { Node, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { TextEdit } from '../types';
import type { Source } from './source';

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
