import { entraRoleNames, findEntraRole } from '../catalog';
import { builtInRole } from '../roleReference';
import { didYouMean } from '../text/didYouMean';
import type { Finding, Rule } from './rule';
import type { FixData } from '../problems';
import { replaceOffer } from './fixes';

/** What its findings carry for the quick fixes. */
export interface EntraRolesData extends FixData {
  role?: string;
  suggestion?: string;
  azureRole?: boolean;
  directoryId?: string;
}

export const entraRoles: Rule<EntraRolesData> = {
  id: 'USR004',
  name: 'EntraRoles',
  defaultSeverity: 'warning',
  title: "A user's, guest's or group's roles are Microsoft Entra directory roles",
  sources: ['ENTRA_ROLES', 'ADMIN_ROLES'],
  check({ workspace, messages: m, name }) {
    const findings: Array<Finding<EntraRolesData>> = [];
    for (const directory of workspace.directories) {
      // Role-assignable groups hold Entra roles too (GRP004 says which groups may).
      const holders = [...directory.users, ...directory.guests, ...directory.groups];
      for (const holder of holders) {
        const who = holder.kind === 'group' ? m.quoted({ name: holder.name?.value ?? holder.id?.value ?? '?' }) : holder.upn?.value ?? '?';
        for (const role of holder.roles) {
          if (findEntraRole(role.value)) continue;
          const azure = builtInRole(role.value);
          const suggestion = azure ? undefined : didYouMean(role.value, entraRoleNames());
          const names = { role: role.value, upn: who, directory: name.directory(directory), suggestion };
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
  fixes(data, context) {
    const suggestion = data.text('suggestion');
    return suggestion ? replaceOffer(context, context.messages.fixUseRole({ role: suggestion }), data.text('role'), suggestion) : [];
  },
};
