import type { Finding, Rule } from './rule';
import { directoryName, subscriptionName } from './naming';

export const azureHasOwner: Rule = {
  id: 'OWN001',
  name: 'AzureHasOwner',
  defaultSeverity: 'error',
  title: 'An Azure subscription has an owner',
  sources: ['BUO'],
  check({ index }) {
    const findings: Finding[] = [];
    for (const subscription of index.subscriptions) {
      if (subscription.type?.value !== 'azure' || subscription.keys.owner) continue;
      const directory = index.directoryOf(subscription);
      const creator = subscription.createdBy && index.isMemberOf(subscription.createdBy.value, directory) ? subscription.createdBy.value : undefined;
      findings.push({
        message:
          `Azure subscription ${subscriptionName(subscription)} has no owner. ` +
          'Azure subscriptions are owned by individual users of their directory (the Account Administrator). ' +
          (creator ? `Set \`owner\` to its creator, ${creator}.` : `Set \`owner\` to a user of ${directoryName(directory)}.`),
        start: subscription.head.start,
        end: subscription.head.end,
        data: { suggestedOwner: creator, subscriptionId: subscription.id?.value },
      });
    }
    return findings;
  },
};
