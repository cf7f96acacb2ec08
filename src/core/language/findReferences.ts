/**
 * Find all references of the name at a cursor (an account, a tenant id, a subscription id, a group, a
 * service principal, a management group), from the reference index: every place that names it,
 * whatever its letter case — a group or service principal by any of its names (name, object id, app id).
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
  const definition = index.definitionFor(reference);
  return index.sameSymbol(reference)
    .map((r) => ({ start: r.start, end: r.end, role: r.role, isDefinition: r === definition }))
    .filter((r) => includeDeclaration || !r.isDefinition);
}
