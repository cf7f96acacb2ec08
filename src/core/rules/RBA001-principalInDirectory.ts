import type { Finding, Rule } from './rule';
import { assignmentReferences, isAccountReference, objectElsewhere, resolveLocally } from './principalReferences';
import type { PrincipalReference } from './principalReferences';
import type { Messages } from '../i18n';
import type { Naming } from './naming';
import type { FixData } from '../problems';

/** What its findings carry for the quick fixes. */
export interface PrincipalInDirectoryData extends FixData {
  fix?: 'inviteGuest';
  principal?: string;
  directoryId?: string;
  /** The account is a member of a directory of the estate (maybe in another file): the guest is not external. */
  member?: boolean;
}

/** Where a role assignment is written, as messages say it: a subscription or a management group. */
export function assignmentPlace(reference: PrincipalReference, m: Messages, name: Naming): string {
  if (reference.subscription) return name.subscription(reference.subscription);
  const group = reference.managementGroup!;
  return m.managementGroupNamed({ name: m.quoted({ name: group.name?.value ?? group.id?.value ?? '' }) });
}

export const principalInDirectory: Rule<PrincipalInDirectoryData> = {
  id: 'RBA001',
  name: 'PrincipalInDirectory',
  defaultSeverity: 'error',
  title: "A role assignment's principal is a user, guest, group or service principal of the subscription's directory",
  sources: ['ASSOC', 'ROLES'],
  check({ workspace, index, messages: m, name }) {
    const findings: Array<Finding<PrincipalInDirectoryData>> = [];
    for (const reference of assignmentReferences(workspace.directories)) {
      if (resolveLocally(index, reference).status !== 'absent') continue; // found, or PRN001's
      const principal = reference.text;
      const directory = reference.directory;
      const where = assignmentPlace(reference, m, name);
      if (!isAccountReference(reference)) {
        // A group or service principal of another directory; unknown everywhere is CRT002's.
        const other = objectElsewhere(index, reference);
        if (!other) continue;
        const names = { principal: m.quoted({ name: principal.value }), kind: other.kind, where, directory: name.directory(directory), home: name.directory(index.directoryOf(other)) };
        findings.push({
          message: m.RBA001Elsewhere(names),
          start: principal.start,
          end: principal.end,
          explain: [m.factRoleAssignmentOn({ role: reference.assignment?.role?.value, subscription: where }), m.factTrusts(names), m.factObjectOf(names)],
        });
        continue;
      }
      const home = index.homeDirectory(principal.value);
      const names = { principal: principal.value, subscription: where, directory: name.directory(directory), home: home && name.directory(home) };
      findings.push({
        message: m.RBA001(names),
        start: principal.start,
        end: principal.end,
        explain: [
          m.factRoleAssignmentOn({ ...names, role: reference.assignment?.role?.value }),
          m.factTrusts(names),
          names.home ? m.factPrincipalUserOf({ ...names, directory: names.home }) : m.factPrincipalUndeclared(names),
          m.factNeitherUserNorGuest(names),
        ],
        data: { fix: 'inviteGuest', principal: principal.value, directoryId: directory.id?.value, ...(home ? { member: true } : {}) },
      });
    }
    return findings;
  },
  fixes(data, { messages: m, directoryLabel }) {
    const principal = data.text('principal');
    const directoryId = data.text('directoryId');
    if (!principal || !directoryId) return [];
    return [{ title: m.fixInvite({ principal, directory: directoryLabel(directoryId) }), preferred: true, call: { planner: 'inviteGuest', args: { directoryId, upn: principal, ...(data.flag('member') ? { external: false } : {}) } } }];
  },
};
