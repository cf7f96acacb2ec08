import type { Finding, Rule } from './rule';
import { directoryName, firstDefinedHere, subscriptionName } from './naming';

export const uniqueSubscriptionIds: Rule = {
  id: 'SUB001',
  name: 'UniqueSubscriptionIds',
  defaultSeverity: 'error',
  title: 'Subscription ids are unique across the file',
  sources: ['ASSOC'],
  check({ index }) {
    const findings: Finding[] = [];
    for (const subscriptions of index.subscriptionsById.values()) {
      const [first, ...repeats] = subscriptions;
      for (const subscription of repeats) {
        findings.push({
          message:
            `Subscription ID ${subscription.id!.value} is already used by ${subscriptionName(first)} in ${directoryName(index.directoryOf(first))}. ` +
            'A subscription trusts exactly one directory, so it appears once in the file. ' +
            'Correct the ID, or keep one entry (use "Transfer subscription" to move it).',
          start: subscription.id!.start,
          end: subscription.id!.end,
          related: firstDefinedHere(first.id!),
          data: { id: subscription.id!.value },
        });
      }
    }
    return findings;
  },
};
