import type { Finding, Rule } from './rule';

export const roleAssignableGroup: Rule = {
  id: 'GRP004',
  name: 'RoleAssignableGroup',
  defaultSeverity: 'error',
  scope: 'directory',
  title: 'Only a role-assignable group (isAssignableToRole: true) holds Microsoft Entra roles',
  sources: ['GROUP_ROLES'],
  check({ workspace, messages: m }) {
    const findings: Finding[] = [];
    for (const directory of workspace.directories) {
      for (const group of directory.groups) {
        if (group.isAssignableToRole || group.roles.length === 0) continue;
        const at = group.keys.roles ?? group.head;
        findings.push({
          message: m.GRP004({ group: m.quoted({ name: group.name?.value ?? group.id?.value ?? '' }), roles: m.list({ items: group.roles.map((r) => r.value) }) }),
          start: at.start,
          end: at.end,
        });
      }
    }
    return findings;
  },
};
