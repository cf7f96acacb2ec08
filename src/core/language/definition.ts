/**
 * Go to definition for the names the file uses: an account's UPN leads to its member entry (or its
 * guest entry when it is an outside account), a tenant or subscription id to the entity's `id`, a
 * principal or group member naming a group or service principal to its `name` (whichever of its
 * names it is written with), a management group's `parent` to that group's `id`.
 */
import type { Analysis } from '../analyze';
import type { SymbolReference } from '../references';
import { referenceIndexOf } from './lookup';

export interface TextRange {
  start: number;
  end: number;
}

/** Range of the definition of the name at `offset` (0-based UTF-16), if it has one in the file. */
export function definitionAt(analysis: Analysis, offset: number): TextRange | undefined {
  const index = referenceIndexOf(analysis);
  const reference = index.at(offset);
  if (!reference) return undefined;
  const definition: SymbolReference | undefined = index.definitionFor(reference);
  return definition && { start: definition.start, end: definition.end };
}
