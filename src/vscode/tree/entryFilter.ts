/**
 * The tree's filter: a text (matched against names, UPNs, ids, roles) and "only entries with
 * problems". An entry passes if it matches both; a directory or group is kept while any entry
 * under it passes, and a directory whose own name or id matches keeps all of its entries.
 */
import type { AnyEntity, Span } from '../../core/model';
import type { ProblemTally } from '../../core/problems';

export interface FilterSettings {
  text: string;
  problemsOnly: boolean;
}

export class EntryFilter {
  private readonly needle: string;

  constructor(readonly settings: FilterSettings, private readonly tally: ProblemTally) {
    this.needle = settings.text.trim().toLowerCase();
  }

  get active(): boolean {
    return this.needle !== '' || this.settings.problemsOnly;
  }

  /** Whether the entity's own text contains the filter text (always true with no text). */
  matchesText(entity: AnyEntity): boolean {
    return this.matchesStrings(searchText(entity));
  }

  matchesStrings(texts: readonly string[]): boolean {
    return this.needle === '' || texts.some((text) => text.toLowerCase().includes(this.needle));
  }

  hasProblems(span: Span): boolean {
    const { errors, warnings, infos } = this.tally.in(span);
    return errors + warnings + infos > 0;
  }

  /** Whether an entry is shown: it matches the text (or `textMatched` by an ancestor) and, if asked, has problems. */
  passes(entity: AnyEntity, textMatched = false, region: Span = entity): boolean {
    if (!textMatched && !this.matchesText(entity)) return false;
    return !this.settings.problemsOnly || this.hasProblems(region);
  }
}

/** The strings of an entity a user may search for. */
function searchText(entity: AnyEntity): string[] {
  const values = (...items: Array<{ value: unknown } | undefined>) => items.flatMap((item) => (item && typeof item.value === 'string' ? [item.value] : []));
  switch (entity.kind) {
    case 'directory':
      return values(entity.name, entity.id, entity.alias, ...entity.domains);
    case 'user':
      return values(entity.upn, entity.displayName, ...entity.roles);
    case 'guest':
      return values(entity.upn, entity.displayName, ...entity.roles);
    case 'subscription':
      return values(entity.name, entity.id, entity.alias, entity.owner, entity.offer, entity.plan);
    case 'roleAssignment':
      return values(entity.principal, entity.role, entity.scope);
    case 'group':
      return values(entity.name, entity.id, entity.description, ...entity.members, ...entity.roles);
    case 'servicePrincipal':
      return values(entity.name, entity.id, entity.appId, entity.resource);
    case 'managementGroup':
      return values(entity.id, entity.name, entity.parent, ...entity.subscriptions);
  }
}
