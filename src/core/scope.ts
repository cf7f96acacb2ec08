/**
 * Azure RBAC scopes as the file writes them, below the subscription that lists the assignment:
 *
 *   (none) | /                                           the whole subscription
 *   /resourceGroups/{group}                              a resource group
 *   /resourceGroups/{group}/providers/{Namespace}/{type}/{name}[/{type}/{name}]…   a resource
 *   /providers/{Namespace}/{type}/{name}[/{type}/{name}]…                          a subscription-level resource
 *
 * each optionally prefixed by `/subscriptions/{subscription id}` — the full form the Azure portal and
 * `az role assignment list` show — which must then be the subscription's own id. Keywords
 * (`resourceGroups`, `providers`, `subscriptions`) are compared without regard to case, as Azure
 * Resource Manager does. A management-group scope
 * (`/providers/Microsoft.Management/managementGroups/{id}`) is above every subscription, so it cannot
 * be listed under one.
 */
import { GUID } from './formats';

export type ScopeProblem =
  /** A segment that is not where the grammar allows it; `at` is its offset in the scope text. */
  | { kind: 'syntax'; at: number; segment: string; suggestion?: string }
  /** `/subscriptions/{id}` naming another subscription. */
  | { kind: 'otherSubscription'; subscriptionId: string; at: number; length: number }
  /** `/subscriptions/{text}` where the text is no GUID. */
  | { kind: 'badSubscriptionId'; value: string; at: number; length: number }
  | { kind: 'managementGroup' };

export interface ParsedScope {
  /** The scope below the subscription, folded, without a trailing `/`: '' for the whole subscription. */
  key: string;
  problem?: ScopeProblem;
}

const KEYWORDS = ['subscriptions', 'resourceGroups', 'providers'];

/** Splits `/a/b/` into segments with their offsets (empty segments are kept: `//` is an error). */
function segments(scope: string): Array<{ text: string; at: number }> {
  const result: Array<{ text: string; at: number }> = [];
  let at = 1;
  for (const text of scope.slice(1).split('/')) {
    result.push({ text, at });
    at += text.length + 1;
  }
  if (result.length && result[result.length - 1].text === '') result.pop(); // one trailing '/'
  return result;
}

/** A misspelt keyword (`resourcegroup`, `resourceGroup`, `provider`), corrected. */
function keywordFor(segment: string): string | undefined {
  const folded = segment.toLowerCase();
  if (folded === 'resourcegroup' || folded === 'resource-groups' || folded === 'rg' || folded === 'resourcegroupes') return 'resourceGroups';
  if (folded === 'provider') return 'providers';
  if (folded === 'subscription') return 'subscriptions';
  return undefined;
}

/** Parses a scope written under the subscription `subscriptionId` (undefined when the file gives none). */
export function parseScope(scope: string | undefined, subscriptionId: string | undefined): ParsedScope {
  if (scope === undefined) return { key: '' };
  const parts = segments(scope);
  let i = 0;
  const problem = (p: ScopeProblem): ParsedScope => ({ key: scope.toLowerCase().replace(/\/+$/, ''), problem: p });
  const syntax = (index: number, suggestion?: (segment: string) => string | undefined): ParsedScope => {
    const part = parts[index];
    const fix = suggestion?.(part.text);
    const corrected = fix !== undefined ? `/${parts.map((p, j) => (j === index ? fix : p.text)).join('/')}` : undefined;
    return problem({ kind: 'syntax', at: part.at, segment: part.text, suggestion: corrected });
  };
  if (parts.length >= 1 && parts[0].text.toLowerCase() === 'subscriptions') {
    const id = parts[1];
    if (!id || id.text === '') return syntax(Math.min(1, parts.length - 1));
    if (!GUID.test(id.text)) return problem({ kind: 'badSubscriptionId', value: id.text, at: id.at, length: id.text.length });
    if (subscriptionId && id.text.toLowerCase() !== subscriptionId.toLowerCase()) {
      return problem({ kind: 'otherSubscription', subscriptionId: id.text, at: id.at, length: id.text.length });
    }
    i = 2;
  }
  const start = i;
  if (i < parts.length && parts[i].text.toLowerCase() === 'resourcegroups') {
    if (i + 1 >= parts.length || parts[i + 1].text === '') return syntax(Math.min(i + 1, parts.length - 1));
    i += 2;
  } else if (i < parts.length && parts[i].text.toLowerCase() !== 'providers') {
    return syntax(i, keywordFor);
  }
  if (i < parts.length) {
    if (parts[i].text.toLowerCase() !== 'providers') return syntax(i, keywordFor);
    const namespace = parts[i + 1];
    if (!namespace || !/^[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)+$/.test(namespace.text)) return syntax(Math.min(i + 1, parts.length - 1));
    if (i === start && namespace.text.toLowerCase() === 'microsoft.management') return problem({ kind: 'managementGroup' });
    const rest = parts.slice(i + 2);
    // A resource: type/name pairs, at least one, none empty.
    if (rest.length === 0 || rest.length % 2 !== 0) return syntax(Math.min(i + 2 + rest.length, parts.length - 1));
    const empty = rest.findIndex((p) => p.text === '' || KEYWORDS.some((k) => k.toLowerCase() === p.text.toLowerCase() && k !== 'providers'));
    if (empty >= 0) return syntax(i + 2 + empty);
  }
  const below = parts.slice(start).map((p) => p.text).join('/');
  return { key: below === '' ? '' : `/${below}`.toLowerCase() };
}
