import type { Finding, Rule } from './rule';
import { directoryName, subscriptionName } from './naming';

export const office365HasNoOwner: Rule = {
  id: 'OWN003',
  name: 'Office365HasNoOwner',
  defaultSeverity: 'error',
  title: 'An Office 365 subscription has no individual owner',
  sources: ['BUO'],
  check({ index }) {
    const findings: Finding[] = [];
    for (const subscription of index.subscriptions) {
      const key = subscription.keys.owner;
      if (subscription.type?.value !== 'office365' || !key) continue;
      findings.push({
        message:
          `Office 365 subscription ${subscriptionName(subscription)} names an owner. ` +
          'Office 365 subscriptions are owned by the directory itself; users with the right directory roles manage them. ' +
          `Remove \`owner\`, and give Global Administrator or Billing Administrator to whoever manages it in ${directoryName(index.directoryOf(subscription))}.`,
        start: key.start,
        end: subscription.owner?.end ?? key.end,
        data: { fix: 'removeOwner', subscriptionId: subscription.id?.value },
      });
    }
    return findings;
  },
};
