import type { Directory } from '../model';
import type { Finding, Rule } from './rule';

export const orphanedSubscription: Rule = {
  id: 'ASC002',
  name: 'OrphanedSubscription',
  defaultSeverity: 'warning',
  title: 'An active subscription belongs to a directory with at least one enabled member',
  sources: ['ASSOC'],
  check({ index, messages: m, name }) {
    const findings: Finding[] = [];
    const staffed = new Map<Directory, boolean>();
    for (const subscription of index.subscriptions) {
      if (subscription.state !== 'active') continue;
      const directory = index.directoryOf(subscription);
      if (!staffed.has(directory)) staffed.set(directory, directory.users.some((u) => u.enabled));
      if (staffed.get(directory)) continue;
      const names = { subscription: name.subscription(subscription), directory: name.directory(directory) };
      if (directory.unknown.some((fact) => fact.value === 'users')) {
        findings.push({ message: m.ASC002ToFillIn(names), start: subscription.head.start, end: subscription.head.end, data: { subscriptionId: subscription.id?.value }, severity: 'info' });
        continue;
      }
      const count = directory.users.length;
      findings.push({
        message: m.ASC002(names),
        start: subscription.head.start,
        end: subscription.head.end,
        explain: [
          m.factActiveSubscriptionIn(names),
          count === 0 ? m.factNoUsers(names) : count === 1 ? m.factOnlyUserDisabled(names) : m.factAllUsersDisabled({ ...names, count }),
        ],
        data: { subscriptionId: subscription.id?.value },
      });
    }
    return findings;
  },
};
