import { fold } from '../model';
import type { RoleAssignment, Subscription } from '../model';
import type { Finding, Rule } from './rule';
import { azureAssignments } from './azureAssignments';
import { relatedAt } from './naming';

/** Missing scope, `/` and the subscription itself are the same scope; case and a trailing `/` do not matter. */
function normalScope(scope: string | undefined): string {
  return fold(scope ?? '/').replace(/\/+$/, '') || '';
}

export const duplicateAssignment: Rule = {
  id: 'RBA003',
  name: 'DuplicateAssignment',
  defaultSeverity: 'warning',
  scope: 'directory',
  title: 'No duplicate role assignment (same principal, role and scope)',
  sources: ['ROLES'],
  check({ index, messages: m, name }) {
    const findings: Finding[] = [];
    const seen = new Map<Subscription, Map<string, RoleAssignment>>();
    for (const [subscription, assignment] of azureAssignments(index)) {
      if (!assignment.principal || !assignment.role) continue;
      const key = `${fold(assignment.principal.value)}\u0000${fold(assignment.role.value)}\u0000${normalScope(assignment.scope?.value)}`;
      const inSubscription = seen.get(subscription) ?? new Map<string, RoleAssignment>();
      seen.set(subscription, inSubscription);
      const first = inSubscription.get(key);
      if (!first) {
        inSubscription.set(key, assignment);
        continue;
      }
      findings.push({
        message: m.RBA003({ principal: assignment.principal.value, role: assignment.role.value, subscription: name.subscription(subscription) }),
        start: assignment.head.start,
        end: assignment.head.end,
        related: relatedAt(first.head, m.relatedFirstAssigned()),
        data: { fix: 'removeAssignment', subscriptionId: subscription.id?.value, assignmentIndex: subscription.roleAssignments.indexOf(assignment) },
      });
    }
    return findings;
  },
};
