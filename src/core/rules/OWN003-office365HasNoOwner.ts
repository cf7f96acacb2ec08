import type { Finding, Rule } from './rule';

export const office365HasNoOwner: Rule = {
  id: 'OWN003',
  name: 'Office365HasNoOwner',
  defaultSeverity: 'error',
  scope: 'directory',
  title: 'An Office 365 subscription has no individual owner',
  sources: ['BUO'],
  check({ index, messages: m, name }) {
    const findings: Finding[] = [];
    for (const subscription of index.subscriptions) {
      const key = subscription.keys.owner;
      if (subscription.type?.value !== 'office365' || !key) continue;
      findings.push({
        message: m.OWN003({ subscription: name.subscription(subscription), directory: name.directory(index.directoryOf(subscription)) }),
        start: key.start,
        end: subscription.owner?.end ?? key.end,
        data: { fix: 'removeOwner', subscriptionId: subscription.id?.value },
      });
    }
    return findings;
  },
};
