import type { Finding, Rule } from './rule';
import type { FixData } from '../problems';

/** What its findings carry for the quick fixes. */
export interface Office365HasNoOwnerData extends FixData {
  fix?: 'removeOwner';
  subscriptionId?: string;
}

export const office365HasNoOwner: Rule<Office365HasNoOwnerData> = {
  id: 'OWN003',
  name: 'Office365HasNoOwner',
  defaultSeverity: 'error',
  scope: 'directory',
  title: 'An Office 365 subscription has no individual owner',
  sources: ['BUO'],
  check({ index, messages: m, name }) {
    const findings: Array<Finding<Office365HasNoOwnerData>> = [];
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
  fixes(data, { messages: m }) {
    const subscriptionId = data.text('subscriptionId');
    return subscriptionId ? [{ title: m.fixRemoveOwner(), preferred: true, call: { planner: 'setOwner', args: { subscriptionId, owner: null } } }] : [];
  },
};
