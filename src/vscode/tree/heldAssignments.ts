/**
 * The role assignments each principal of a directory holds, as written: on the directory's
 * subscriptions and on its management groups, resolved once per analysis and directory (a name, an
 * object id or a UPN all lead to the same principal).
 */
import type { Analysis } from '../../core/analyze';
import type { Directory, ManagementGroup, RoleAssignment, Subscription } from '../../core/model';
import type { Principal } from '../../core/principals';

export interface Held {
  assignment: RoleAssignment;
  subscription?: Subscription;
  managementGroup?: ManagementGroup;
}

const cache = new WeakMap<Analysis, Map<Directory, Map<Principal, Held[]>>>();

export function heldBy(analysis: Analysis, directory: Directory, principal: Principal): Held[] {
  let perAnalysis = cache.get(analysis);
  if (!perAnalysis) cache.set(analysis, (perAnalysis = new Map()));
  let byPrincipal = perAnalysis.get(directory);
  if (!byPrincipal) {
    byPrincipal = new Map();
    const add = (held: Held) => {
      const text = held.assignment.principal?.value;
      if (!text) return;
      const resolved = analysis.index.resolvePrincipal(directory, text, held.assignment.principalType?.value);
      if (resolved.status !== 'found') return;
      const list = byPrincipal!.get(resolved.principal);
      if (list) list.push(held);
      else byPrincipal!.set(resolved.principal, [held]);
    };
    for (const subscription of directory.subscriptions) for (const assignment of subscription.roleAssignments) add({ assignment, subscription });
    for (const managementGroup of directory.managementGroups) for (const assignment of managementGroup.roleAssignments) add({ assignment, managementGroup });
    perAnalysis.set(directory, byPrincipal);
  }
  return byPrincipal.get(principal) ?? [];
}

/** What a principal reference names, in words for a tree row: "group", "application", … (undefined for an account). */
export function principalOf(analysis: Analysis, directory: Directory, assignment: RoleAssignment): Principal | undefined {
  const text = assignment.principal?.value;
  if (!text) return undefined;
  const resolved = analysis.index.resolvePrincipal(directory, text, assignment.principalType?.value);
  return resolved.status === 'found' ? resolved.principal : undefined;
}
