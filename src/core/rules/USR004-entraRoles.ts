import { entraRoleNames, findEntraRole } from '../reference';
import { builtInRole } from '../roleReference';
import { didYouMean } from '../text/didYouMean';
import type { Finding, Rule } from './rule';

export const entraRoles: Rule = {
  id: 'USR004',
  name: 'EntraRoles',
  defaultSeverity: 'warning',
  title: "A user's or guest's roles are Microsoft Entra directory roles",
  sources: ['ENTRA_ROLES', 'ADMIN_ROLES'],
  check({ workspace, messages: m, name }) {
    const findings: Finding[] = [];
    for (const directory of workspace.directories) {
      for (const account of [...directory.users, ...directory.guests]) {
        for (const role of account.roles) {
          if (findEntraRole(role.value)) continue;
          const azure = builtInRole(role.value);
          const suggestion = azure ? undefined : didYouMean(role.value, entraRoleNames());
          const names = { role: role.value, upn: account.upn?.value ?? '?', directory: name.directory(directory), suggestion };
          findings.push({
            message: azure ? m.USR004AzureRole(names) : m.USR004(names),
            start: role.start,
            end: role.end,
            data: { role: role.value, suggestion, azureRole: azure ? true : undefined, directoryId: directory.id?.value },
          });
        }
      }
    }
    return findings;
  },
};
