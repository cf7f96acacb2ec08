import type { Finding, Rule } from './rule';
import { azureAssignments } from './azureAssignments';
import type { FixData } from '../problems';

/** What its findings carry for the quick fixes. */
export interface DisabledPrincipalData extends FixData {
  fix?: 'removeAssignment';
  principal?: string;
  subscriptionId?: string;
  /** Position of the assignment in `roleAssignments`. */
  assignmentIndex?: number;
}

export const disabledPrincipal: Rule<DisabledPrincipalData> = {
  id: 'RBA006',
  name: 'DisabledPrincipal',
  defaultSeverity: 'info',
  title: 'A disabled user or blocked guest holding a role assignment',
  sources: ['ROLES'],
  check({ index, messages: m, name }) {
    const findings: Array<Finding<DisabledPrincipalData>> = [];
    for (const [subscription, assignment] of azureAssignments(index)) {
      const principal = assignment.principal;
      if (!principal) continue;
      // Disabled at home (cannot sign in anywhere), or blocked as a guest of the subscription's directory.
      const user = index.member(principal.value);
      const guest = index.guestIn(principal.value, index.directoryOf(subscription));
      const off = user && !user.enabled ? { directory: index.directoryOf(user), guest: false } : guest && !guest.enabled ? { directory: index.directoryOf(guest), guest: true } : undefined;
      if (!off) continue;
      const names = { principal: principal.value, role: assignment.role?.value, subscription: name.subscription(subscription), directory: name.directory(off.directory) };
      findings.push({
        message: m.RBA006(names),
        start: principal.start,
        end: principal.end,
        explain: [m.factRoleAssignmentOn(names), m.factPrincipal(names), off.guest ? m.factBlockedGuestOf(names) : m.factDisabledUserOf(names)],
        data: { fix: 'removeAssignment', principal: principal.value, subscriptionId: subscription.id?.value, assignmentIndex: subscription.roleAssignments.indexOf(assignment) },
      });
    }
    return findings;
  },
  fixes(data, { messages: m }) {
    const subscriptionId = data.text('subscriptionId');
    const index = data.count('assignmentIndex');
    if (!subscriptionId || index === undefined) return [];
    return [{ title: m.fixRemoveDisabledAssignment({ principal: data.text('principal') }), preferred: true, call: { planner: 'removeEntity', args: { kind: 'roleAssignment', subscriptionId, index } } }];
  },
};
