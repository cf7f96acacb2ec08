import type { Finding, Rule } from './rule';
import type { FixData } from '../problems';

/** What its findings carry for the quick fixes. */
export interface AzureHasOwnerData extends FixData {
  subscriptionId?: string;
  suggestedOwner?: string;
}

export const azureHasOwner: Rule<AzureHasOwnerData> = {
  id: 'OWN001',
  name: 'AzureHasOwner',
  defaultSeverity: 'error',
  scope: 'directory',
  title: 'An Azure subscription has an owner',
  sources: ['BUO'],
  check({ index, messages: m, name }) {
    const findings: Array<Finding<AzureHasOwnerData>> = [];
    for (const subscription of index.subscriptions) {
      if (subscription.type?.value !== 'azure' || subscription.keys.owner) continue;
      const directory = index.directoryOf(subscription);
      if (subscription.unknown.some((fact) => fact.value === 'owner')) {
        findings.push({
          message: m.OWN001ToFillIn({ subscription: name.subscription(subscription), directory: name.directory(directory) }),
          start: subscription.head.start,
          end: subscription.head.end,
          data: { subscriptionId: subscription.id?.value },
          severity: 'info',
        });
        continue;
      }
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
  fixes(data, { messages: m }) {
    const subscriptionId = data.text('subscriptionId');
    const owner = data.text('suggestedOwner');
    if (!subscriptionId || !owner) return [];
    return [{ title: m.fixSetOwner({ owner }), preferred: true, call: { planner: 'setOwner', args: { subscriptionId, owner } } }];
  },
};
