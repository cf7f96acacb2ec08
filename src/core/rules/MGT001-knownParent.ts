import { nearest } from '../text/didYouMean';
import { isRoot, mgLabel, parentOf, treeOf } from './managementGroupTree';
import type { Finding, Rule } from './rule';

export const knownParent: Rule = {
  id: 'MGT001',
  name: 'KnownParent',
  defaultSeverity: 'error',
  scope: 'directory',
  title: "A management group's parent is a management group of its directory, or the tenant root group",
  sources: ['MANAGEMENT_GROUPS'],
  check({ workspace, messages: m, name }) {
    const findings: Finding[] = [];
    for (const directory of workspace.directories) {
      const tree = treeOf(directory);
      for (const group of directory.managementGroups) {
        if (!group.parent || isRoot(tree, group) || parentOf(tree, group) !== 'unknown') continue;
        const ids = directory.managementGroups.filter((g) => g !== group && g.id).map((g) => g.id!.value);
        const suggestion = nearest(group.parent.value, ids)?.name;
        findings.push({
          message: m.MGT001({ group: mgLabel(group, m), parent: group.parent.value, directory: name.directory(directory), suggestion }),
          start: group.parent.start,
          end: group.parent.end,
          data: { suggestion },
        });
      }
    }
    return findings;
  },
};
