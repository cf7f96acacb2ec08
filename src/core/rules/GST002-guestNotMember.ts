import { sameAccount } from '../identity';
import type { Finding, Rule } from './rule';
import { relatedAt } from './naming';
import type { FixData } from '../problems';

/** What its findings carry for the quick fixes. */
export interface GuestNotMemberData extends FixData {
  fix?: 'removeGuest';
  upn?: string;
  directoryId?: string;
  /** Position of the guest entry in `guests`. */
  guestIndex?: number;
}

export const guestNotMember: Rule<GuestNotMemberData> = {
  id: 'GST002',
  name: 'GuestNotMember',
  defaultSeverity: 'error',
  title: 'A guest is not a member of the same directory',
  sources: ['GUESTS'],
  check({ workspace, index, messages: m, name }) {
    const findings: Array<Finding<GuestNotMemberData>> = [];
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
  fixes(data, { messages: m }) {
    const upn = data.text('upn');
    const directoryId = data.text('directoryId');
    if (data.text('fix') !== 'removeGuest' || !upn || !directoryId) return [];
    return [{ title: m.fixRemoveGuest({ upn }), preferred: true, call: { planner: 'removeEntity', args: { kind: 'guest', directoryId, upn, index: data.count('guestIndex') } } }];
  },
};
