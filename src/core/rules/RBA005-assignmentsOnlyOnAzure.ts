import type { Finding, Rule } from './rule';
import { subscriptionName } from './naming';

export const assignmentsOnlyOnAzure: Rule = {
  id: 'RBA005',
  name: 'AssignmentsOnlyOnAzure',
  defaultSeverity: 'error',
  title: 'Role assignments only on Azure subscriptions',
  sources: ['ADMIN_ROLES'],
  check({ index }) {
    const findings: Finding[] = [];
    for (const subscription of index.subscriptions) {
      const key = subscription.keys.roleAssignments;
      if (!key || subscription.type?.value !== 'office365') continue;
      findings.push({
        message:
          `Office 365 subscription ${subscriptionName(subscription)} has role assignments. ` +
          'Azure RBAC role assignments grant access to Azure resources; Office 365 is managed through directory roles. ' +
          'Remove `roleAssignments`, and give directory roles (such as Billing Administrator) to the users instead.',
        start: key.start,
        end: key.end,
        data: { fix: 'removeRoleAssignments', subscriptionId: subscription.id?.value },
      });
    }
    return findings;
  },
};
