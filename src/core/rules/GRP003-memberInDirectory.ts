import { isAccountReference, memberReferences, objectElsewhere, resolveLocally } from './principalReferences';
import type { Finding, Rule } from './rule';
import type { FixData } from '../problems';

/** What its findings carry for the quick fixes: an account to invite as a guest of the group's directory. */
export interface MemberInDirectoryData extends FixData {
  principal?: string;
  directoryId?: string;
  /** The account is a member of a directory of the estate (maybe in another file): the guest is not external. */
  member?: boolean;
}

export const memberInDirectory: Rule<MemberInDirectoryData> = {
  id: 'GRP003',
  name: 'MemberInDirectory',
  defaultSeverity: 'error',
  title: "A group's members are users, guests, groups or service principals of the group's directory",
  sources: ['GROUPS', 'GUESTS'],
  check({ workspace, index, messages: m, name }) {
    const findings: Array<Finding<MemberInDirectoryData>> = [];
    for (const reference of memberReferences(workspace.directories)) {
      if (resolveLocally(index, reference).status !== 'absent') continue;
      const member = reference.text;
      const group = m.quoted({ name: reference.group!.name?.value ?? reference.group!.id?.value ?? '' });
      const directory = name.directory(reference.directory);
      if (isAccountReference(reference)) {
        if (!index.isKnownAccount(member.value)) continue; // CRT002
        const home = index.homeDirectory(member.value);
        findings.push({
          message: m.GRP003({ member: member.value, group, directory, home: home && name.directory(home), kind: 'account' }),
          start: member.start,
          end: member.end,
          data: { principal: member.value, directoryId: reference.directory.id?.value, ...(home ? { member: true } : {}) },
        });
        continue;
      }
      const other = objectElsewhere(index, reference);
      if (!other) continue;
      findings.push({
        message: m.GRP003({ member: m.quoted({ name: member.value }), group, directory, home: name.directory(index.directoryOf(other)), kind: other.kind }),
        start: member.start,
        end: member.end,
      });
    }
    return findings;
  },
  fixes(data, { messages: m, directoryLabel }) {
    const principal = data.text('principal');
    const directoryId = data.text('directoryId');
    if (!principal || !directoryId) return [];
    return [{ title: m.fixInvite({ principal, directory: directoryLabel(directoryId) }), preferred: true, call: { planner: 'inviteGuest', args: { directoryId, upn: principal, ...(data.flag('member') ? { external: false } : {}) } } }];
  },
};
