import type { Subscription } from '../model';
import type { Finding, Rule } from './rule';
import { directoryName, firstDefinedHere, subscriptionName } from './naming';
import { nameKey } from './TEN004-uniqueDirectoryNames';

export const subscriptionNamesAcrossDirectories: Rule = {
  id: 'SUB002',
  name: 'SubscriptionNamesAcrossDirectories',
  defaultSeverity: 'warning',
  title: 'Subscriptions of different directories do not share a name',
  sources: ['ASSOC'],
  check({ index }) {
    const findings: Finding[] = [];
    const byName = new Map<string, Subscription>();
    for (const subscription of index.subscriptions) {
      if (!subscription.name) continue;
      const key = nameKey(subscription.name.value);
      const first = byName.get(key);
      if (!first) {
        byName.set(key, subscription);
        continue;
      }
      if (first.directoryIndex === subscription.directoryIndex) continue;
      const directory = index.directoryOf(subscription);
      const otherDirectory = index.directoryOf(first);
      findings.push({
        message:
          `Subscription ${subscriptionName(subscription)} of ${directoryName(directory)} has the same name as subscription ${subscriptionName(first)} of ${directoryName(otherDirectory)}. ` +
          'Someone with access to both directories sees both names in the portal\'s subscription filter, in cost reports and in role-assignment pickers, and can act on the wrong one. ' +
          'Rename one of the subscriptions (Subscriptions › Overview › Rename)' +
          (subscription.alias && first.alias ? '.' : ', or give each an `alias` in this file.'),
        start: subscription.name.start,
        end: subscription.name.end,
        related: firstDefinedHere(first.name!, 'subscription with the same name'),
        explain: [
          `subscription ${subscriptionName(subscription)} in ${directoryName(directory)}`,
          `subscription ${subscriptionName(first)} in ${directoryName(otherDirectory)}`,
          `same name '${subscription.name.value.trim()}' in two directories`,
        ],
        data: { name: subscription.name.value, subscriptionId: subscription.id?.value, otherSubscriptionId: first.id?.value },
      });
    }
    return findings;
  },
};
