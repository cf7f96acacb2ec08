import type { Directory } from '../model';
import type { Finding, Rule } from './rule';
import { directoryName, subscriptionName } from './naming';

export const orphanedSubscription: Rule = {
  id: 'ASC002',
  name: 'OrphanedSubscription',
  defaultSeverity: 'warning',
  title: 'An active subscription belongs to a directory with at least one enabled member',
  sources: ['ASSOC'],
  check({ index }) {
    const findings: Finding[] = [];
    const staffed = new Map<Directory, boolean>();
    for (const subscription of index.subscriptions) {
      if (subscription.state !== 'active') continue;
      const directory = index.directoryOf(subscription);
      if (!staffed.has(directory)) staffed.set(directory, directory.users.some((u) => u.enabled));
      if (staffed.get(directory)) continue;
      findings.push({
        message:
          `${subscriptionName(subscription)} is active, but directory ${directoryName(directory)} has no enabled user. ` +
          'Users of the directory a subscription trusts are the only ones who can own and manage it. ' +
          'Add or re-enable a user of the directory, or transfer the subscription to a directory that has one.',
        start: subscription.head.start,
        end: subscription.head.end,
        explain: [
          `active subscription ${subscriptionName(subscription)} in ${directoryName(directory)}`,
          directory.users.length === 0 ? `${directoryName(directory)} has no users` : directory.users.length === 1 ? `the only user of ${directoryName(directory)} is disabled` : `all ${directory.users.length} users of ${directoryName(directory)} are disabled`,
        ],
        data: { subscriptionId: subscription.id?.value },
      });
    }
    return findings;
  },
};
