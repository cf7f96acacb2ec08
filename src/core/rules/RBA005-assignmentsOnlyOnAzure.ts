import type { Finding, Rule } from './rule';
import type { FixData } from '../problems';

/** What its findings carry for the quick fixes. */
export interface AssignmentsOnlyOnAzureData extends FixData {
  fix?: 'removeRoleAssignments';
  subscriptionId?: string;
}

export const assignmentsOnlyOnAzure: Rule<AssignmentsOnlyOnAzureData> = {
  id: 'RBA005',
  name: 'AssignmentsOnlyOnAzure',
  defaultSeverity: 'error',
  scope: 'directory',
  title: 'Role assignments only on Azure subscriptions',
  sources: ['ADMIN_ROLES'],
  check({ index, messages: m, name }) {
    const findings: Array<Finding<AssignmentsOnlyOnAzureData>> = [];
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
  fixes(data, { messages: m }) {
    const subscriptionId = data.text('subscriptionId');
    return subscriptionId ? [{ title: m.fixRemoveAssignments(), preferred: true, call: { planner: 'removeEntity', args: { kind: 'roleAssignments', subscriptionId } } }] : [];
  },
};
