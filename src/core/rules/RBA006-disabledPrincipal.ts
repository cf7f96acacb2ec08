import type { Finding, Rule } from './rule';
import { azureAssignments } from './azureAssignments';

export const disabledPrincipal: Rule = {
  id: 'RBA006',
  name: 'DisabledPrincipal',
  defaultSeverity: 'info',
  title: 'A disabled user holding a role assignment',
  sources: ['ROLES'],
  check({ index, messages: m, name }) {
    const findings: Finding[] = [];
    for (const [subscription, assignment] of azureAssignments(index)) {
      const principal = assignment.principal;
      const user = principal && index.member(principal.value);
      if (!principal || !user || user.enabled) continue;
      const names = { principal: principal.value, role: assignment.role?.value, subscription: name.subscription(subscription), directory: name.directory(index.directoryOf(user)) };
      findings.push({
        message: m.RBA006(names),
        start: principal.start,
        end: principal.end,
        explain: [m.factRoleAssignmentOn(names), m.factPrincipal(names), m.factDisabledUserOf(names)],
        data: { fix: 'removeAssignment', principal: principal.value, subscriptionId: subscription.id?.value, assignmentIndex: subscription.roleAssignments.indexOf(assignment) },
      });
    }
    return findings;
  },
};
