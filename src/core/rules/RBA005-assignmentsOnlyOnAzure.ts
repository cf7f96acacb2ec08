import type { Finding, Rule } from './rule';

export const assignmentsOnlyOnAzure: Rule = {
  id: 'RBA005',
  name: 'AssignmentsOnlyOnAzure',
  defaultSeverity: 'error',
  scope: 'directory',
  title: 'Role assignments only on Azure subscriptions',
  sources: ['ADMIN_ROLES'],
  check({ index, messages: m, name }) {
    const findings: Finding[] = [];
    for (const subscription of index.subscriptions) {
      const key = subscription.keys.roleAssignments;
      if (!key || subscription.type?.value !== 'office365') continue;
      findings.push({
        message: m.RBA005({ subscription: name.subscription(subscription) }),
        start: key.start,
        end: key.end,
        data: { fix: 'removeRoleAssignments', subscriptionId: subscription.id?.value },
      });
    }
    return findings;
  },
};
