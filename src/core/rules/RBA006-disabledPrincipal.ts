import type { Guest, User } from '../model';
import type { ModelIndex } from '../modelIndex';
import { accountsIn } from '../principals';
import { assignmentPlace } from './RBA001-principalInDirectory';
import { assignmentReferences, isAccountReference, resolveLocally } from './principalReferences';
import type { Finding, Rule } from './rule';
import type { FixData } from '../problems';

/** What its findings carry for the quick fixes. */
export interface DisabledPrincipalData extends FixData {
  fix?: 'removeAssignment';
  principal?: string;
  subscriptionId?: string;
  /** Position of the assignment in `roleAssignments`. */
  assignmentIndex?: number;
}

/** An account that cannot use access: disabled at home (no sign-in anywhere), or a guest blocked in this directory. */
function isOff(index: ModelIndex, account: User | Guest): boolean {
  if (!account.enabled) return true;
  return account.kind === 'guest' && account.upn ? index.member(account.upn.value)?.enabled === false : false;
}

export const disabledPrincipal: Rule<DisabledPrincipalData> = {
  id: 'RBA006',
  name: 'DisabledPrincipal',
  defaultSeverity: 'info',
  title: 'A disabled user or blocked guest holding a role assignment, directly or as the only kind of account a group reaches',
  sources: ['ROLES', 'GROUPS'],
  check({ workspace, index, messages: m, name }) {
    const findings: Array<Finding<DisabledPrincipalData>> = [];
    for (const reference of assignmentReferences(workspace.directories)) {
      const principal = reference.text;
      const assignment = reference.assignment!;
      const local = isAccountReference(reference) ? undefined : resolveLocally(index, reference);
      if (local?.status === 'found' && local.principal.kind === 'group') {
        // A group's assignment is stale only when nobody it reaches can sign in; one member on leave is ordinary.
        const accounts = accountsIn(index, local.principal);
        if (accounts.length === 0 || !accounts.every((a) => isOff(index, a))) continue;
        findings.push({
          message: m.RBA006Group({ group: m.quoted({ name: principal.value }), role: assignment.role?.value, where: assignmentPlace(reference, m, name), accounts: m.list({ items: accounts.map((a) => a.upn!.value) }) }),
          start: principal.start,
          end: principal.end,
        });
        continue;
      }
      // Disabled at home (cannot sign in anywhere), or blocked as a guest of the subscription's directory.
      const user = index.member(principal.value);
      const guest = index.guestIn(principal.value, reference.directory);
      const off = user && !user.enabled ? { directory: index.directoryOf(user), guest: false } : guest && !guest.enabled ? { directory: index.directoryOf(guest), guest: true } : undefined;
      if (!off) continue;
      const names = { principal: principal.value, role: assignment.role?.value, subscription: assignmentPlace(reference, m, name), directory: name.directory(off.directory) };
      const subscription = reference.subscription;
      findings.push({
        message: m.RBA006(names),
        start: principal.start,
        end: principal.end,
        explain: [m.factRoleAssignmentOn(names), m.factPrincipal(names), off.guest ? m.factBlockedGuestOf(names) : m.factDisabledUserOf(names)],
        data: subscription
          ? { fix: 'removeAssignment', principal: principal.value, subscriptionId: subscription.id?.value, assignmentIndex: subscription.roleAssignments.indexOf(assignment) }
          : undefined,
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
