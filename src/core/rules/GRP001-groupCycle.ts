import type { Group } from '../model';
import type { Finding, Rule } from './rule';

export const groupCycle: Rule = {
  id: 'GRP001',
  name: 'GroupCycle',
  defaultSeverity: 'error',
  scope: 'directory',
  title: 'No group contains itself, directly or through nested groups',
  sources: ['GROUPS'],
  check({ workspace, index, messages: m, name }) {
    const findings: Finding[] = [];
    for (const directory of workspace.directories) {
      if (directory.groups.length === 0) continue;
      const principals = index.principalsOf(directory);
      /** The groups a group lists as members, with the member entry (a name that fits one group only). */
      const nested = (group: Group) => group.members.flatMap((member) => {
        const found = principals.candidates(member.value);
        return found.length === 1 && found[0].kind === 'group' ? [{ member, group: found[0] }] : [];
      });
      // Depth-first search: an edge back to a group on the current path closes a cycle, reported once, at that member entry.
      const state = new Map<Group, 'open' | 'done'>();
      const path: Group[] = [];
      const visit = (group: Group) => {
        state.set(group, 'open');
        path.push(group);
        for (const { member, group: inner } of nested(group)) {
          const seen = state.get(inner);
          if (seen === 'open') {
            const cycle = [...path.slice(path.indexOf(inner)), inner].map((g) => m.quoted({ name: g.name?.value ?? g.id?.value ?? '' }));
            findings.push({
              message: m.GRP001({ group: m.quoted({ name: inner.name?.value ?? '' }), cycle: cycle.join(' → '), directory: name.directory(directory) }),
              start: member.start,
              end: member.end,
            });
          } else if (!seen) visit(inner);
        }
        path.pop();
        state.set(group, 'done');
      };
      for (const group of directory.groups) if (!state.has(group)) visit(group);
    }
    return findings;
  },
};
