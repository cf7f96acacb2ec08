import { isRoot, mgLabel, treeOf } from './managementGroupTree';
import type { Finding, Rule } from './rule';

export const rootHasNoParent: Rule = {
  id: 'MGT006',
  name: 'RootHasNoParent',
  defaultSeverity: 'error',
  scope: 'directory',
  title: 'The tenant root group has no parent',
  sources: ['MANAGEMENT_GROUPS'],
  check({ workspace, messages: m, name }) {
    const findings: Finding[] = [];
    for (const directory of workspace.directories) {
      const tree = treeOf(directory);
      for (const group of directory.managementGroups) {
        if (!group.parent || !isRoot(tree, group)) continue;
        findings.push({ message: m.MGT006({ group: mgLabel(group, m), directory: name.directory(directory) }), start: group.parent.start, end: group.parent.end });
      }
    }
    return findings;
  },
};
