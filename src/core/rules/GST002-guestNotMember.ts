import type { Finding, Rule } from './rule';
import { directoryName } from './naming';

export const guestNotMember: Rule = {
  id: 'GST002',
  name: 'GuestNotMember',
  defaultSeverity: 'error',
  title: 'A guest is not a member of the same directory',
  sources: ['GUESTS'],
  check({ workspace, index }) {
    const findings: Finding[] = [];
    for (const directory of workspace.directories) {
      for (const guest of directory.guests) {
        if (!guest.upn || !index.isMemberOf(guest.upn.value, directory)) continue;
        const member = directory.users.find((u) => u.upn && u.upn.value.toLowerCase() === guest.upn!.value.toLowerCase())!;
        findings.push({
          message:
            `${guest.upn.value} is both a user and a guest of ${directoryName(directory)}. ` +
            'An account has a single home directory; it is a guest only in other directories. ' +
            'Remove the guest entry.',
          start: guest.upn.start,
          end: guest.upn.end,
          related: [{ message: 'member entry', start: member.upn!.start, end: member.upn!.end }],
          explain: [`guest ${guest.upn.value} of ${directoryName(directory)}`, `also a user of ${directoryName(directory)}`],
          data: { fix: 'removeGuest', upn: guest.upn.value, directoryId: directory.id?.value, guestIndex: directory.guests.indexOf(guest) },
        });
      }
    }
    return findings;
  },
};
