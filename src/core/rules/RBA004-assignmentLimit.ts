import type { Finding, Rule } from './rule';
import { subscriptionName } from './naming';

export const assignmentLimit: Rule = {
  id: 'RBA004',
  name: 'AssignmentLimit',
  defaultSeverity: 'error',
  title: 'At most 4,000 role assignments per subscription',
  sources: ['LIMITS'],
  check({ index, options }) {
    const findings: Finding[] = [];
    const limit = options.roleAssignmentLimit;
    for (const subscription of index.subscriptions) {
      const count = subscription.roleAssignments.length;
      const key = subscription.keys.roleAssignments;
      if (count <= limit || !key || subscription.type?.value !== 'azure') continue;
      findings.push({
        message:
          `${subscriptionName(subscription)} has ${count.toLocaleString('en-US')} role assignments; Azure allows ${limit.toLocaleString('en-US')} per subscription. ` +
          'Beyond the limit, new assignments fail. Assign roles to groups instead of individual users, or at a broader scope.',
        start: key.start,
        end: key.end,
        data: { count, limit },
      });
    }
    return findings;
  },
};
