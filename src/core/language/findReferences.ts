/**
 * Find all references of the name at a cursor (an account, a tenant id, a subscription id), from the
 * reference index: every place that names it, whatever its letter case.
 */
import type { Analysis } from '../analyze';
import type { ReferenceRole } from '../references';
import { referenceIndexOf } from './lookup';

export interface ReferenceLocation {
  start: number;
  end: number;
  /** How the name is used there (`member`, `owner`, `principal`, `id`…). */
  role: ReferenceRole;
  /** The place defines the name (a member's `upn`, an entity's `id`). */
  isDefinition: boolean;
}

/**
 * Every place naming what is at `offset` (0-based UTF-16), in file order; the definition is left
 * out unless `includeDeclaration`. Empty when the cursor is on no name.
 */
export function referencesAt(analysis: Analysis, offset: number, includeDeclaration = true): ReferenceLocation[] {
  const index = referenceIndexOf(analysis);
  const reference = index.at(offset);
  if (!reference) return [];
  const definition = index.definitionOf(reference.kind, reference.text);
  return index.referencesTo(reference.kind, reference.text)
    .map((r) => ({ start: r.start, end: r.end, role: r.role, isDefinition: r === definition }))
    .filter((r) => includeDeclaration || !r.isDefinition);
}
