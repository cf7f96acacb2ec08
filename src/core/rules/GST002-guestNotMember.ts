import { sameAccount } from '../identity';
import type { Finding, Rule } from './rule';
import { relatedAt } from './naming';

export const guestNotMember: Rule = {
  id: 'GST002',
  name: 'GuestNotMember',
  defaultSeverity: 'error',
  title: 'A guest is not a member of the same directory',
  sources: ['GUESTS'],
  check({ workspace, index, messages: m, name }) {
    const findings: Finding[] = [];
    for (const directory of workspace.directories) {
      for (const guest of directory.guests) {
        if (!guest.upn || !index.isMemberOf(guest.upn.value, directory)) continue;
        const member = directory.users.find((u) => u.upn && sameAccount(u.upn.value, guest.upn!.value))!;
        const names = { upn: guest.upn.value, directory: name.directory(directory) };
        findings.push({
          message: m.GST002(names),
          start: guest.upn.start,
          end: guest.upn.end,
          related: relatedAt(member.upn!, m.relatedMemberEntry()),
          explain: [m.factGuestOf(names), m.factAlsoUserOf(names)],
          data: { fix: 'removeGuest', upn: guest.upn.value, directoryId: directory.id?.value, guestIndex: directory.guests.indexOf(guest) },
        });
      }
    }
    return findings;
  },
};
