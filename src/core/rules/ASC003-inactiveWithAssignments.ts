import type { Finding, Rule } from './rule';

export const inactiveWithAssignments: Rule = {
  id: 'ASC003',
  name: 'InactiveWithAssignments',
  defaultSeverity: 'info',
  title: 'A disabled, expired or deleted subscription still holds role assignments',
  sources: ['ASSOC'],
  check({ index, messages: m, name }) {
    const findings: Finding[] = [];
    for (const subscription of index.subscriptions) {
      const key = subscription.keys.roleAssignments;
      if (subscription.state === 'active' || !key || subscription.roleAssignments.length === 0) continue;
      findings.push({
        message: m.ASC003({ subscription: name.subscription(subscription), state: subscription.state, count: subscription.roleAssignments.length }),
        start: key.start,
        end: key.end,
        data: { subscriptionId: subscription.id?.value, state: subscription.state },
      });
    }
    return findings;
  },
};
