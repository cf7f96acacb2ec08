/** Finding things through the `yaml` AST: pairs, items, and the lines an item or a pair covers. (Part of the text surgery of the edit planners: see source.ts.) */
import { isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Node, Pair, Scalar, YAMLMap } from 'yaml';
import { column, endOfBlock, indentOf, isCommentLine, lineAt, lineStart, trimBack } from './lines';

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
