import { fold } from '../model';
import type { ManagementGroup, Str } from '../model';
import { mgLabel } from './managementGroupTree';
import { relatedAt } from './naming';
import type { Finding, Rule } from './rule';

export const oneManagementGroup: Rule = {
  id: 'MGT004',
  name: 'OneManagementGroup',
  defaultSeverity: 'error',
  scope: 'directory',
  title: 'A subscription is placed in at most one management group',
  sources: ['MANAGEMENT_GROUPS'],
  check({ workspace, messages: m, name }) {
    const findings: Finding[] = [];
    for (const directory of workspace.directories) {
      const first = new Map<string, { group: ManagementGroup; entry: Str }>();
      for (const group of directory.managementGroups) {
        for (const entry of group.subscriptions) {
          const key = fold(entry.value.trim());
          const earlier = first.get(key);
          if (!earlier) {
            first.set(key, { group, entry });
            continue;
          }
          const subscription = directory.subscriptions.find((s) => s.id && fold(s.id.value) === key);
          findings.push({
            message: m.MGT004({ subscription: subscription ? name.subscription(subscription) : entry.value, group: mgLabel(group, m), other: mgLabel(earlier.group, m) }),
            start: entry.start,
            end: entry.end,
            related: relatedAt(earlier.entry, m.relatedFirstPlaced()),
          });
        }
      }
    }
    return findings;
  },
};
