import { azureBuiltInRoles, findEntraRole } from '../reference';
import { builtInRole, sameRole } from '../roleReference';
import { didYouMean } from '../text/didYouMean';
import type { Finding, Rule } from './rule';
import { azureAssignments } from './azureAssignments';

export const knownRole: Rule = {
  id: 'RBA002',
  name: 'KnownRole',
  defaultSeverity: 'error',
  scope: 'directory',
  title: 'A role assignment names an Azure built-in role or a custom role of the directory',
  sources: ['ROLES', 'ADMIN_ROLES'],
  check({ index, messages: m, name }) {
    const findings: Finding[] = [];
    for (const [subscription, assignment] of azureAssignments(index)) {
      const role = assignment.role;
      if (!role || builtInRole(role.value)) continue;
      const directory = index.directoryOf(subscription);
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
};
