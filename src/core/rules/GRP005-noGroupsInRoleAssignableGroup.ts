import type { Finding, Rule } from './rule';

export const noGroupsInRoleAssignableGroup: Rule = {
  id: 'GRP005',
  name: 'NoGroupsInRoleAssignableGroup',
  defaultSeverity: 'error',
  scope: 'directory',
  title: 'A role-assignable group has no groups among its members',
  sources: ['GROUP_ROLES'],
  check({ workspace, index, messages: m }) {
    const findings: Finding[] = [];
    for (const directory of workspace.directories) {
      if (directory.groups.length === 0) continue;
      const principals = index.principalsOf(directory);
      for (const group of directory.groups) {
        if (!group.isAssignableToRole) continue;
        for (const member of group.members) {
          const found = principals.candidates(member.value);
          if (found.length !== 1 || found[0].kind !== 'group') continue;
          findings.push({
            message: m.GRP005({ group: m.quoted({ name: group.name?.value ?? group.id?.value ?? '' }), member: m.quoted({ name: found[0].name?.value ?? member.value }) }),
            start: member.start,
            end: member.end,
          });
        }
      }
    }
    return findings;
  },
};
