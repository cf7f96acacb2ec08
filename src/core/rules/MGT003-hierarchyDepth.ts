import type { ManagementGroup } from '../model';
import { isRoot, mgLabel, parentOf, treeOf } from './managementGroupTree';
import type { Finding, Rule } from './rule';

/** Levels a management-group tree supports below the tenant root group (the subscriptions not counted). */
export const MAX_DEPTH = 6;

export const hierarchyDepth: Rule = {
  id: 'MGT003',
  name: 'HierarchyDepth',
  defaultSeverity: 'error',
  scope: 'directory',
  title: 'At most six levels of management groups below the tenant root group',
  sources: ['MANAGEMENT_GROUPS'],
  check({ workspace, messages: m }) {
    const findings: Finding[] = [];
    for (const directory of workspace.directories) {
      const tree = treeOf(directory);
      const depths = new Map<ManagementGroup, number>();
      /** Levels below the root: 1 for a child of the root; undefined on a cycle or an unknown parent (MGT001, MGT002). */
      const depth = (group: ManagementGroup, seen: Set<ManagementGroup>): number | undefined => {
        if (depths.has(group)) return depths.get(group);
        if (seen.has(group)) return undefined;
        seen.add(group);
        const parent = parentOf(tree, group);
        const found = parent === 'root' ? 1 : parent === 'unknown' ? undefined : (depth(parent, seen) ?? NaN) + 1;
        const result = found === undefined || Number.isNaN(found) ? undefined : found;
        if (result !== undefined) depths.set(group, result);
        return result;
      };
      for (const group of directory.managementGroups) {
        if (isRoot(tree, group)) continue;
        const levels = depth(group, new Set());
        // Reported where the limit is first passed: the deeper groups move with it.
        if (levels !== MAX_DEPTH + 1) continue;
        const at = group.parent ?? group.id ?? group.head;
        findings.push({ message: m.MGT003({ group: mgLabel(group, m), depth: levels }), start: at.start, end: at.end });
      }
    }
    return findings;
  },
};
