import { nearest } from '../text/didYouMean';
import { isRoot, mgLabel, parentOf, treeOf } from './managementGroupTree';
import type { Finding, Rule } from './rule';
import type { FixData } from '../problems';
import { replaceOffer } from './fixes';

/** What its findings carry for the quick fixes. */
export interface KnownParentData extends FixData {
  parent?: string;
  suggestion?: string;
}

export const knownParent: Rule<KnownParentData> = {
  id: 'MGT001',
  name: 'KnownParent',
  defaultSeverity: 'error',
  scope: 'directory',
  title: "A management group's parent is a management group of its directory, or the tenant root group",
  sources: ['MANAGEMENT_GROUPS'],
  check({ workspace, messages: m, name }) {
    const findings: Array<Finding<KnownParentData>> = [];
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
          data: { parent: group.parent.value, suggestion },
        });
      }
    }
    return findings;
  },
  fixes(data, context) {
    const suggestion = data.text('suggestion');
    return suggestion ? replaceOffer(context, context.messages.fixUse({ value: suggestion }), data.text('parent'), suggestion) : [];
  },
};
