import type { Finding, Rule } from './rule';
import { relatedAt } from './naming';

export const uniqueSubscriptionIds: Rule = {
  id: 'SUB001',
  name: 'UniqueSubscriptionIds',
  defaultSeverity: 'error',
  title: 'Subscription ids are unique across the file',
  sources: ['ASSOC'],
  check({ index, messages: m, name }) {
    const findings: Finding[] = [];
    for (const subscriptions of index.subscriptionsById.values()) {
      const [first, ...repeats] = subscriptions;
      for (const subscription of repeats) {
        findings.push({
          message: m.SUB001({ id: subscription.id!.value, subscription: name.subscription(first), directory: name.directory(index.directoryOf(first)) }),
          start: subscription.id!.start,
          end: subscription.id!.end,
          related: relatedAt(first.id!, m.relatedFirstDefined()),
          data: { id: subscription.id!.value },
        });
      }
    }
    return findings;
  },
};
