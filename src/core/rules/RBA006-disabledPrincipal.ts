import type { Finding, Rule } from './rule';
import { azureAssignments } from './azureAssignments';
import { directoryName, subscriptionName } from './naming';

export const disabledPrincipal: Rule = {
  id: 'RBA006',
  name: 'DisabledPrincipal',
  defaultSeverity: 'info',
  title: 'A disabled user holding a role assignment',
  sources: ['ROLES'],
  check({ index }) {
    const findings: Finding[] = [];
    for (const [subscription, assignment] of azureAssignments(index)) {
      const principal = assignment.principal;
      const user = principal && index.member(principal.value);
      if (!principal || !user || user.enabled) continue;
      findings.push({
        message:
          `${principal.value} is disabled in ${directoryName(index.directoryOf(user))} but still holds ${assignment.role?.value ?? 'a role'} on ${subscriptionName(subscription)}. ` +
          'A disabled account cannot sign in, so the assignment only keeps stale access on record. Remove the assignment.',
        start: principal.start,
        end: principal.end,
        explain: [
          `role assignment ${assignment.role?.value ?? '(no role)'} on ${subscriptionName(subscription)}`,
          `principal ${principal.value}`,
          `user of ${directoryName(index.directoryOf(user))} with enabled: false`,
        ],
        data: { fix: 'removeAssignment', principal: principal.value, subscriptionId: subscription.id?.value, assignmentIndex: subscription.roleAssignments.indexOf(assignment) },
      });
    }
    return findings;
  },
};
