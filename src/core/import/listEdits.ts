/** Edits of lists of scalars in a map (`domains`, `customRoles`, a management group's `subscriptions`). */
import { isSeq } from 'yaml';
import type { Node, YAMLMap } from 'yaml';
import type { TextEdit } from '../edits/types';
import { setKey } from '../edits/yaml/keys';
import { contentEnd, itemLines, pairLines, pairOf } from '../edits/yaml/nodes';
import { formatScalar } from '../edits/yaml/scalars';
import type { Source } from '../edits/yaml/source';

/** Appends scalars to a flow or block list of scalars (created when missing or empty). */
export function appendList(source: Source, map: YAMLMap, key: string, values: string[], after: string[]): TextEdit[] {
  const { text, eol } = source;
  const seq = pairOf(map, key)?.value;
  if (!isSeq(seq) || !seq.items.length) return [setList(source, map, key, values, after)];
  const last = seq.items[seq.items.length - 1] as Node;
  if (seq.flow) {
    const at = contentEnd(text, last);
    return [{ start: at, end: at, newText: values.map((d) => `, ${formatScalar(d, true)}`).join('') }];
  }
  const lines = itemLines(text, last)!;
  return [{ start: lines.end, end: lines.end, newText: values.map((d) => `${' '.repeat(lines.indent)}- ${formatScalar(d)}${eol}`).join('') }];
}

/** `key: [a, b]` in a map: replaces the key's value, or adds the key after the first of `after`. */
export function setList(source: Source, map: YAMLMap, key: string, values: string[], after: string[]): TextEdit {
  const pair = pairOf(map, key);
  const flow = `[${values.map((d) => formatScalar(d, true)).join(', ')}]`;
  if (pair && isSeq(pair.value) && pair.value.range) {
    if (pair.value.flow || !pair.value.items.length) return { start: pair.value.range[0], end: contentEnd(source.text, pair.value), newText: flow };
    const lines = pairLines(source.text, pair);
    return { start: lines.start, end: lines.end, newText: `${' '.repeat(lines.indent)}${key}: ${flow}${source.eol}` };
  }
  const edit = setKey(source, map, key, 'PLACEHOLDER', after);
  return { ...edit, newText: edit.newText.replace('PLACEHOLDER', flow) };
}
