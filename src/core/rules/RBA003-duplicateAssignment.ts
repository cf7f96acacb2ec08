import { accountKey } from '../identity';
import { parseScope } from '../scope';
import type { RoleAssignment, Subscription } from '../model';
import { roleKey } from '../roleReference';
import type { Finding, Rule } from './rule';
import { azureAssignments } from './azureAssignments';
import { relatedAt } from './naming';
import type { FixData } from '../problems';


/** What its findings carry for the quick fixes. */
export interface DuplicateAssignmentData extends FixData {
  fix?: 'removeAssignment';
  subscriptionId?: string;
  /** Position of the assignment in `roleAssignments`. */
  assignmentIndex?: number;
}

export const duplicateAssignment: Rule<DuplicateAssignmentData> = {
  id: 'RBA003',
  name: 'DuplicateAssignment',
  defaultSeverity: 'warning',
  scope: 'directory',
  title: 'No duplicate role assignment (same principal, role and scope)',
  sources: ['ROLES'],
  check({ index, messages: m, name }) {
    const findings: Array<Finding<DuplicateAssignmentData>> = [];
    const seen = new Map<Subscription, Map<string, RoleAssignment>>();
    for (const [subscription, assignment] of azureAssignments(index)) {
      if (!assignment.principal || !assignment.role) continue;
      // One account however written, one role by name or by id: Azure compares role-definition ids.
      const key = `${accountKey(assignment.principal.value)}\u0000${roleKey(assignment.role.value)}\u0000${parseScope(assignment.scope?.value, subscription.id?.value).key}`;
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
  fixes(data, { messages: m }) {
    const subscriptionId = data.text('subscriptionId');
    const index = data.count('assignmentIndex');
    if (!subscriptionId || index === undefined) return [];
    return [{ title: m.fixRemoveDuplicate(), preferred: true, call: { planner: 'removeEntity', args: { kind: 'roleAssignment', subscriptionId, index } } }];
  },
};
