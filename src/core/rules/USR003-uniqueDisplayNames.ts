import type { User } from '../model';
import type { Finding, Rule } from './rule';
import { relatedAt } from './naming';
import { nameKey } from '../model';

export const uniqueDisplayNames: Rule = {
  id: 'USR003',
  name: 'UniqueDisplayNames',
  defaultSeverity: 'info',
  scope: 'directory',
  title: 'Two users of one directory do not share a display name',
  sources: ['ROLES'],
  check({ workspace, messages: m, name }) {
    const findings: Finding[] = [];
    for (const directory of workspace.directories) {
      const byName = new Map<string, User>();
      for (const user of directory.users) {
        if (!user.displayName) continue;
        const key = nameKey(user.displayName.value);
        const first = byName.get(key);
        if (!first) {
          byName.set(key, user);
          continue;
        }
        const upns = [first, user].map((u) => u.upn?.value ?? m.noUpn());
        const names = { upn: upns[1], other: upns[0], name: user.displayName.value.trim(), directory: name.directory(directory) };
        findings.push({
          message: m.USR003(names),
          start: user.displayName.start,
          end: user.displayName.end,
          related: relatedAt(first.displayName!, m.relatedSameUserName()),
          explain: [m.factUserOf(names), m.factUserOf({ ...names, upn: names.other }), m.factSameDisplayName(names)],
          data: { displayName: user.displayName.value, upn: upns[1], otherUpn: upns[0] },
        });
      }
    }
    return findings;
  },
};
