import type { ManagementGroup } from '../model';
import { mgLabel, parentOf, treeOf } from './managementGroupTree';
import type { Finding, Rule } from './rule';

export const noParentCycle: Rule = {
  id: 'MGT002',
  name: 'NoParentCycle',
  defaultSeverity: 'error',
  scope: 'directory',
  title: 'Management groups form a tree: no group is its own ancestor',
  sources: ['MANAGEMENT_GROUPS'],
  check({ workspace, messages: m, name }) {
    const findings: Finding[] = [];
    for (const directory of workspace.directories) {
      const tree = treeOf(directory);
      const settled = new Set<ManagementGroup>();
      for (const start of directory.managementGroups) {
        const path: ManagementGroup[] = [];
        let current: ManagementGroup | 'root' | 'unknown' = start;
        while (typeof current === 'object' && !settled.has(current) && !path.includes(current)) {
          path.push(current);
          current = parentOf(tree, current);
        }
        if (typeof current === 'object' && path.includes(current)) {
          // A cycle, reported once, on the parent of its first group in file order.
          const cycle = path.slice(path.indexOf(current));
          const first = directory.managementGroups.find((g) => cycle.includes(g))!;
          findings.push({
            message: m.MGT002({ cycle: [...cycle, cycle[0]].map((g) => mgLabel(g, m)).join(' → '), directory: name.directory(directory) }),
            start: first.parent!.start,
            end: first.parent!.end,
          });
        }
        for (const group of path) settled.add(group);
      }
    }
    return findings;
  },
};
