/**
 * Anchors (`&admins`) and the aliases that reuse them (`*admins`): removing the lines that define an
 * anchor while an alias elsewhere still uses it would leave a file that no longer parses.
 */
import { isAlias, isNode, visit } from 'yaml';
import type { Document } from 'yaml';
import { LineIndex } from '../text/lineIndex';
import type { TextEdit } from './types';

export interface CutAnchor {
  anchor: string;
  /** 1-based lines of the aliases that would be left without it. */
  aliasLines: number[];
}

/** Anchors that `edits` delete while an alias outside them still refers to them. */
export function anchorsCutOff(text: string, doc: Document.Parsed, edits: readonly TextEdit[]): CutAnchor[] {
  const deleted = (offset: number) => edits.some((e) => offset >= e.start && offset < e.end);
  const defined = new Map<string, number>(); // anchor → where its latest definition starts
  const cut = new Map<string, number[]>();
  let lines: LineIndex | undefined;
  visit(doc, (_, node) => {
    if (isAlias(node)) {
      const at = defined.get(node.source);
      if (at !== undefined && deleted(at) && node.range && !deleted(node.range[0])) {
        lines ??= new LineIndex(text);
        const list = cut.get(node.source) ?? [];
        list.push(lines.position(node.range[0]).line + 1);
        cut.set(node.source, list);
      }
    } else if (isNode(node) && node.anchor && node.range) {
      defined.set(node.anchor, node.range[0]);
    }
  });
  return [...cut].map(([anchor, aliasLines]) => ({ anchor, aliasLines }));
}
