import { fold } from '../model';
import type { Finding, Rule } from './rule';
import { relatedAt } from './naming';

export const uniqueSubscriptionIds: Rule = {
  id: 'SUB001',
  name: 'UniqueSubscriptionIds',
  defaultSeverity: 'error',
  title: 'Subscription ids are unique across the estate',
  sources: ['ASSOC'],
  check({ index, messages: m, name }) {
    const findings: Finding[] = [];
    // Each repeat of an id is reported where it is, pointing at the first.
    for (const subscription of index.subscriptions) {
      if (!subscription.id) continue;
      const first = index.subscriptionsById.get(fold(subscription.id.value))![0];
      if (first !== subscription) {
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
