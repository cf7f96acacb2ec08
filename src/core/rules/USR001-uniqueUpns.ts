import { fold } from '../model';
import type { Finding, Rule } from './rule';
import { directoryName, firstDefinedHere } from './naming';

export const uniqueUpns: Rule = {
  id: 'USR001',
  name: 'UniqueUpns',
  defaultSeverity: 'error',
  title: 'User principal names are unique across the file',
  sources: ['ASSOC'],
  check({ workspace, index }) {
    const findings: Finding[] = [];
    for (const users of index.members.values()) {
      const [first, ...repeats] = users;
      for (const user of repeats) {
        findings.push({
          message:
            `${user.upn!.value} is already a user of ${directoryName(index.directoryOf(first))}. ` +
            'A user principal name is the sign-in name of one account, and each account has a single home directory. ' +
            'Remove the duplicate, or invite the account as a guest instead.',
          start: user.upn!.start,
          end: user.upn!.end,
          related: firstDefinedHere(first.upn!),
          data: { upn: user.upn!.value },
        });
      }
    }
    for (const directory of workspace.directories) {
      const seen = new Map<string, { start: number; end: number }>();
      for (const guest of directory.guests) {
        if (!guest.upn) continue;
        const earlier = seen.get(fold(guest.upn.value));
        if (!earlier) {
          seen.set(fold(guest.upn.value), guest.upn);
          continue;
        }
        findings.push({
          message:
            `Guest ${guest.upn.value} is listed twice in ${directoryName(directory)}. ` +
            'An account is invited into a directory once. Remove the duplicate entry.',
          start: guest.upn.start,
          end: guest.upn.end,
          related: firstDefinedHere(earlier),
          data: { upn: guest.upn.value, fix: 'removeGuest', directoryId: directory.id?.value, guestIndex: directory.guests.indexOf(guest) },
        });
      }
    }
    return findings;
  },
};
