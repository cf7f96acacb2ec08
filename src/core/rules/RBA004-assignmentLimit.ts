import type { Finding, Rule } from './rule';

export const assignmentLimit: Rule = {
  id: 'RBA004',
  name: 'AssignmentLimit',
  defaultSeverity: 'error',
  scope: 'directory',
  title: 'At most 4,000 role assignments per subscription',
  sources: ['LIMITS'],
  check({ index, options, messages: m, name }) {
    const findings: Finding[] = [];
    const limit = options.roleAssignmentLimit;
    for (const subscription of index.subscriptions) {
      const count = subscription.roleAssignments.length;
      const key = subscription.keys.roleAssignments;
      if (count <= limit || !key || subscription.type?.value !== 'azure') continue;
      findings.push({
        message: m.RBA004({ subscription: name.subscription(subscription), count, limit }),
        start: key.start,
        end: key.end,
        data: { count, limit },
      });
    }
    return findings;
  },
};
