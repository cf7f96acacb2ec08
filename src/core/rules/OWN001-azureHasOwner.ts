import type { Finding, Rule } from './rule';

export const azureHasOwner: Rule = {
  id: 'OWN001',
  name: 'AzureHasOwner',
  defaultSeverity: 'error',
  scope: 'directory',
  title: 'An Azure subscription has an owner',
  sources: ['BUO'],
  check({ index, messages: m, name }) {
    const findings: Finding[] = [];
    for (const subscription of index.subscriptions) {
      if (subscription.type?.value !== 'azure' || subscription.keys.owner) continue;
      const directory = index.directoryOf(subscription);
      const creator = subscription.createdBy && index.isMemberOf(subscription.createdBy.value, directory) ? subscription.createdBy.value : undefined;
      findings.push({
        message: m.OWN001({ subscription: name.subscription(subscription), creator, directory: name.directory(directory) }),
        start: subscription.head.start,
        end: subscription.head.end,
        data: { suggestedOwner: creator, subscriptionId: subscription.id?.value },
      });
    }
    return findings;
  },
};
