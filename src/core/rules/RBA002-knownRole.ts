import { fold } from '../model';
import { AZURE_BUILT_IN_ROLES, findAzureRole, findEntraRole } from '../reference';
import { didYouMean } from '../text/didYouMean';
import type { Finding, Rule } from './rule';
import { azureAssignments } from './azureAssignments';
import { directoryName } from './naming';

export const knownRole: Rule = {
  id: 'RBA002',
  name: 'KnownRole',
  defaultSeverity: 'error',
  title: 'A role assignment names an Azure built-in role or a custom role of the directory',
  sources: ['ROLES', 'ADMIN_ROLES'],
  check({ index }) {
    const findings: Finding[] = [];
    for (const [subscription, assignment] of azureAssignments(index)) {
      const role = assignment.role;
      if (!role || findAzureRole(role.value)) continue;
      const directory = index.directoryOf(subscription);
      const custom = directory.customRoles.map((r) => r.value);
      if (custom.some((r) => fold(r) === fold(role.value))) continue;
      const entra = findEntraRole(role.value);
      const suggestion = entra ? undefined : didYouMean(role.value, [...custom, ...AZURE_BUILT_IN_ROLES.map((r) => r.name)]);
      const what = entra
        ? `'${role.value}' is a Microsoft Entra directory role, not an Azure role. Microsoft Entra roles manage the directory; Azure roles grant access to Azure resources, and neither spans the other.`
        : `'${role.value}' is not an Azure built-in role nor a custom role of ${directoryName(directory)}. A role assignment grants a role definition that exists in the directory.`;
      const fix = entra
        ? ` Give '${role.value}' through the user's \`roles\`, and pick an Azure role (Owner, Contributor, Reader…) here.`
        : suggestion
          ? ` Did you mean '${suggestion}'?`
          : ' Use a built-in role name (Owner, Contributor, Reader…) or declare the custom role in the directory\'s `customRoles`.';
      findings.push({
        message: what + fix,
        start: role.start,
        end: role.end,
        data: { role: role.value, suggestion, entraRole: entra ? true : undefined },
      });
    }
    return findings;
  },
};
