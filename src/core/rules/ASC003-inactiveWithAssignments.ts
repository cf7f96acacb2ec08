import type { Finding, Rule } from './rule';
import { subscriptionName } from './naming';

export const inactiveWithAssignments: Rule = {
  id: 'ASC003',
  name: 'InactiveWithAssignments',
  defaultSeverity: 'info',
  title: 'A disabled, expired or deleted subscription still holds role assignments',
  sources: ['ASSOC'],
  check({ index }) {
    const findings: Finding[] = [];
    for (const subscription of index.subscriptions) {
      const key = subscription.keys.roleAssignments;
      if (subscription.state === 'active' || !key || subscription.roleAssignments.length === 0) continue;
      findings.push({
        message:
          `${subscriptionName(subscription)} is ${subscription.state} but still lists ${subscription.roleAssignments.length} role assignment(s). ` +
          'A subscription that is not active grants no access to its resources, so these entries no longer describe real access. ' +
          'Remove them once the subscription is gone for good, or reactivate it.',
        start: key.start,
        end: key.end,
        data: { subscriptionId: subscription.id?.value, state: subscription.state },
      });
    }
    return findings;
  },
};
