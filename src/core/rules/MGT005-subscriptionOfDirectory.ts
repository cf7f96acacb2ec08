import { fold } from '../model';
import { mgLabel } from './managementGroupTree';
import type { Finding, Rule } from './rule';

export const subscriptionOfDirectory: Rule = {
  id: 'MGT005',
  name: 'SubscriptionOfDirectory',
  defaultSeverity: 'error',
  title: "A management group's subscriptions are subscriptions of its directory",
  sources: ['MANAGEMENT_GROUPS', 'XFER'],
  check({ workspace, index, messages: m, name }) {
    const findings: Finding[] = [];
    for (const directory of workspace.directories) {
      const own = new Set(directory.subscriptions.filter((s) => s.id).map((s) => fold(s.id!.value)));
      for (const group of directory.managementGroups) {
        for (const entry of group.subscriptions) {
          if (own.has(fold(entry.value.trim()))) continue;
          const elsewhere = index.subscriptionsById.get(fold(entry.value.trim()))?.[0];
          const other = elsewhere && index.directoryOf(elsewhere);
          findings.push({
            message: m.MGT005({ id: elsewhere ? name.subscription(elsewhere) : entry.value, group: mgLabel(group, m), directory: name.directory(directory), other: other && name.directory(other) }),
            start: entry.start,
            end: entry.end,
          });
        }
      }
    }
    return findings;
  },
};
