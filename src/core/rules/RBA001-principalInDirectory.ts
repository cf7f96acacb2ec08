import type { Finding, Rule } from './rule';
import { azureAssignments } from './azureAssignments';
import { directoryName, subscriptionName } from './naming';

export const principalInDirectory: Rule = {
  id: 'RBA001',
  name: 'PrincipalInDirectory',
  defaultSeverity: 'error',
  title: "A role assignment's principal is a member or guest of the subscription's directory",
  sources: ['ASSOC', 'ROLES'],
  check({ index }) {
    const findings: Finding[] = [];
    for (const [subscription, assignment] of azureAssignments(index)) {
      const principal = assignment.principal;
      if (!principal) continue;
      const directory = index.directoryOf(subscription);
      if (index.isMemberOf(principal.value, directory) || index.guestIn(principal.value, directory)) continue;
      const home = index.homeDirectory(principal.value);
      findings.push({
        message:
          `${principal.value} has a role on ${subscriptionName(subscription)} but is neither a user nor a guest of ${directoryName(directory)}` +
          `${home ? ` (it is a user of ${directoryName(home)})` : ''}. ` +
          'Azure RBAC only grants access to identities of the directory the subscription trusts. ' +
          `Invite ${principal.value} as a guest of ${directoryName(directory)}, or remove the assignment.`,
        start: principal.start,
        end: principal.end,
        explain: [
          `role assignment ${assignment.role?.value ?? '(no role)'} on ${subscriptionName(subscription)}`,
          `subscription trusts ${directoryName(directory)}`,
          `principal ${principal.value}: ${home ? `user of ${directoryName(home)}` : 'not declared in the file'}`,
          `neither user nor guest of ${directoryName(directory)}`,
        ],
        data: { fix: 'inviteGuest', principal: principal.value, directoryId: directory.id?.value },
      });
    }
    return findings;
  },
};
