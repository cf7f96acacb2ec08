import type { Finding, Rule } from './rule';
import { relatedAt } from './naming';
import { nameKey } from '../model';

export const subscriptionNamesAcrossDirectories: Rule = {
  id: 'SUB002',
  name: 'SubscriptionNamesAcrossDirectories',
  defaultSeverity: 'warning',
  title: 'Subscriptions of different directories do not share a name',
  sources: ['ASSOC'],
  check({ index, messages: m, name }) {
    const findings: Finding[] = [];
    // Each later subscription of a name, in another directory than the first, is reported where it is.
    for (const subscription of index.subscriptions) {
      if (!subscription.name) continue;
      const first = index.subscriptionsByName.get(nameKey(subscription.name.value))![0];
      if (first === subscription) continue;
      if (first.directoryIndex === subscription.directoryIndex) continue;
      const names = {
        subscription: name.subscription(subscription), directory: name.directory(index.directoryOf(subscription)),
        other: name.subscription(first), otherDirectory: name.directory(index.directoryOf(first)),
        bothAliased: Boolean(subscription.alias && first.alias),
      };
      findings.push({
        message: m.SUB002(names),
        start: subscription.name.start,
        end: subscription.name.end,
        related: relatedAt(first.name!, m.relatedSameSubscriptionName()),
        explain: [
          m.factSubscriptionIn(names),
          m.factSubscriptionIn({ subscription: names.other, directory: names.otherDirectory }),
          m.factSameNameTwoDirectories({ name: subscription.name.value.trim() }),
        ],
        data: { name: subscription.name.value, subscriptionId: subscription.id?.value, otherSubscriptionId: first.id?.value },
      });
    }
    return findings;
  },
};
