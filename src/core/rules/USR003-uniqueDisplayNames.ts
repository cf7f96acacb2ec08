import type { User } from '../model';
import type { Finding, Rule } from './rule';
import { directoryName, firstDefinedHere } from './naming';
import { nameKey } from './TEN004-uniqueDirectoryNames';

export const uniqueDisplayNames: Rule = {
  id: 'USR003',
  name: 'UniqueDisplayNames',
  defaultSeverity: 'info',
  title: 'Two users of one directory do not share a display name',
  sources: ['ROLES'],
  check({ workspace }) {
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
        const upns = [first, user].map((u) => u.upn?.value ?? '(no upn)');
        findings.push({
          message:
            `${upns[1]} and ${upns[0]} are both called '${user.displayName.value.trim()}' in ${directoryName(directory)}. ` +
            'People pickers (role assignments, group members, owners) list users by display name, so the wrong account is easily chosen. ' +
            'Make the display names distinct, for example with a department or a middle initial.',
          start: user.displayName.start,
          end: user.displayName.end,
          related: firstDefinedHere(first.displayName!, 'user with the same display name'),
          explain: [
            `user ${upns[1]} of ${directoryName(directory)}`,
            `user ${upns[0]} of ${directoryName(directory)}`,
            `same display name '${user.displayName.value.trim()}'`,
          ],
          data: { displayName: user.displayName.value, upn: upns[1], otherUpn: upns[0] },
        });
      }
    }
    return findings;
  },
};
