import { accountKey, isExtForm } from '../identity';
import type { Finding, Rule } from './rule';
import { relatedAt } from './naming';
import type { FixData } from '../problems';

/** What its findings carry for the quick fixes. */
export interface UniqueUpnsData extends FixData {
  fix?: 'removeGuest';
  upn?: string;
  directoryId?: string;
  /** Position of the guest entry in `guests`. */
  guestIndex?: number;
}

export const uniqueUpns: Rule<UniqueUpnsData> = {
  id: 'USR001',
  name: 'UniqueUpns',
  defaultSeverity: 'error',
  title: 'User principal names are unique across the estate',
  sources: ['ASSOC'],
  check({ workspace, index, messages: m, name }) {
    const findings: Array<Finding<UniqueUpnsData>> = [];
    // Each repeat of a member's UPN is reported where it is, pointing at the first.
    for (const user of workspace.directories.flatMap((d) => d.users)) {
      if (!user.upn || isExtForm(user.upn.value)) continue;
      const first = index.members.get(accountKey(user.upn.value))![0];
      if (first !== user) {
        findings.push({
          message: m.USR001({ upn: user.upn!.value, directory: name.directory(index.directoryOf(first)) }),
          start: user.upn!.start,
          end: user.upn!.end,
          related: relatedAt(first.upn!, m.relatedFirstDefined()),
          data: { upn: user.upn!.value },
        });
      }
    }
    for (const directory of workspace.directories) {
      const seen = new Map<string, { start: number; end: number }>();
      for (const guest of directory.guests) {
        if (!guest.upn) continue;
        const earlier = seen.get(accountKey(guest.upn.value));
        if (!earlier) {
          seen.set(accountKey(guest.upn.value), guest.upn);
          continue;
        }
        findings.push({
          message: m.USR001Guest({ upn: guest.upn.value, directory: name.directory(directory) }),
          start: guest.upn.start,
          end: guest.upn.end,
          related: relatedAt(earlier, m.relatedFirstDefined()),
          data: { upn: guest.upn.value, fix: 'removeGuest', directoryId: directory.id?.value, guestIndex: directory.guests.indexOf(guest) },
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
