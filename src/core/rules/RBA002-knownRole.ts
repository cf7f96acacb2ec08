import { azureBuiltInRoles, findEntraRole } from '../catalog';
import { builtInRole, sameRole } from '../roleReference';
import { didYouMean } from '../text/didYouMean';
import type { Finding, Rule } from './rule';
import { azureAssignments } from './azureAssignments';
import type { FixData } from '../problems';
import { replaceOffer } from './fixes';

/** What its findings carry for the quick fixes. */
export interface KnownRoleData extends FixData {
  role?: string;
  suggestion?: string;
  entraRole?: boolean;
}

export const knownRole: Rule<KnownRoleData> = {
  id: 'RBA002',
  name: 'KnownRole',
  defaultSeverity: 'error',
  scope: 'directory',
  title: 'A role assignment names an Azure built-in role or a custom role of the directory',
  sources: ['ROLES', 'ADMIN_ROLES'],
  check({ index, messages: m, name }) {
    const findings: Array<Finding<KnownRoleData>> = [];
    // Azure subscriptions' assignments, then management groups' (the same role definitions apply there).
    const assignments = [
      ...[...azureAssignments(index)].map(([subscription, assignment]) => ({ assignment, directory: index.directoryOf(subscription) })),
      ...index.directories.flatMap((directory) => directory.managementGroups.flatMap((group) => group.roleAssignments.map((assignment) => ({ assignment, directory })))),
    ];
    for (const { assignment, directory } of assignments) {
      const role = assignment.role;
      if (!role || builtInRole(role.value)) continue;
      const custom = directory.customRoles.map((r) => r.value);
      if (custom.some((r) => sameRole(r, role.value))) continue;
      const entra = findEntraRole(role.value);
      const suggestion = entra ? undefined : didYouMean(role.value, [...custom, ...azureBuiltInRoles().map((r) => r.name)]);
      findings.push({
        message: entra ? m.RBA002EntraRole({ role: role.value }) : m.RBA002({ role: role.value, directory: name.directory(directory), suggestion }),
        start: role.start,
        end: role.end,
        data: { role: role.value, suggestion, entraRole: entra ? true : undefined },
      });
    }
    return findings;
  },
  fixes(data, context) {
    const suggestion = data.text('suggestion');
    return suggestion ? replaceOffer(context, context.messages.fixUseRole({ role: suggestion }), data.text('role'), suggestion) : [];
  },
};
