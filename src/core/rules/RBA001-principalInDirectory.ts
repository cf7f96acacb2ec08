import type { Finding, Rule } from './rule';
import { azureAssignments } from './azureAssignments';
import { namesAnAccount } from '../principals';
import type { FixData } from '../problems';

/** What its findings carry for the quick fixes. */
export interface PrincipalInDirectoryData extends FixData {
  fix?: 'inviteGuest';
  principal?: string;
  directoryId?: string;
}

export const principalInDirectory: Rule<PrincipalInDirectoryData> = {
  id: 'RBA001',
  name: 'PrincipalInDirectory',
  defaultSeverity: 'error',
  title: "A role assignment's principal is a member or guest of the subscription's directory",
  sources: ['ASSOC', 'ROLES'],
  check({ index, messages: m, name }) {
    const findings: Array<Finding<PrincipalInDirectoryData>> = [];
    for (const [subscription, assignment] of azureAssignments(index)) {
      const principal = assignment.principal;
      if (!principal || !namesAnAccount(principal.value)) continue; // groups and service principals: their own rules
      const directory = index.directoryOf(subscription);
      if (index.isMemberOf(principal.value, directory) || index.guestIn(principal.value, directory)) continue;
      const home = index.homeDirectory(principal.value);
      const names = { principal: principal.value, subscription: name.subscription(subscription), directory: name.directory(directory), home: home && name.directory(home) };
      findings.push({
        message: m.RBA001(names),
        start: principal.start,
        end: principal.end,
        explain: [
          m.factRoleAssignmentOn({ ...names, role: assignment.role?.value }),
          m.factTrusts(names),
          names.home ? m.factPrincipalUserOf({ ...names, directory: names.home }) : m.factPrincipalUndeclared(names),
          m.factNeitherUserNorGuest(names),
        ],
        data: { fix: 'inviteGuest', principal: principal.value, directoryId: directory.id?.value },
      });
    }
    return findings;
  },
  fixes(data, { messages: m, directoryLabel }) {
    const principal = data.text('principal');
    const directoryId = data.text('directoryId');
    if (!principal || !directoryId) return [];
    return [{ title: m.fixInvite({ principal, directory: directoryLabel(directoryId) }), preferred: true, call: { planner: 'inviteGuest', args: { directoryId, upn: principal } } }];
  },
};
