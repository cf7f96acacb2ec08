import { accountKey } from '../identity';
import { fold } from '../model';
import type { Finding, Rule } from './rule';
import type { FixData } from '../problems';
import type { FixOffer } from './fixes';

/** What its findings carry for the quick fixes. */
export interface GuestHomeAccountData extends FixData {
  fix?: 'markExternal';
  upn?: string;
  homeDirectoryId?: string;
  directoryId?: string;
}

export const guestHomeAccount: Rule<GuestHomeAccountData> = {
  id: 'GST001',
  name: 'GuestHomeAccount',
  defaultSeverity: 'warning',
  title: "A guest's home account is a user of another directory in the estate, or marked external",
  sources: ['GUESTS'],
  check({ workspace, index, messages: m, name }) {
    const findings: Array<Finding<GuestHomeAccountData>> = [];
    for (const directory of workspace.directories) {
      for (const guest of directory.guests) {
        if (!guest.upn || guest.external) continue;
        const members = index.members.get(accountKey(guest.upn.value));
        if (members) continue; // a member somewhere: either a proper guest, or GST002 when it is this directory
        const homeAddress = accountKey(guest.upn.value);
        const domain = homeAddress.slice(homeAddress.lastIndexOf('@') + 1);
        const home = index.domainOwners.get(fold(domain))?.find((d) => d !== directory);
        const names = { upn: guest.upn.value, directory: name.directory(directory), home: home && name.directory(home), domain };
        findings.push({
          message: m.GST001(names),
          start: guest.upn.start,
          end: guest.upn.end,
          explain: [
            m.factGuestOf(names),
            m.factNotAnywhere(),
            ...(names.home ? [m.factDomainBelongsTo({ domain, directory: names.home })] : []),
          ],
          data: { fix: 'markExternal', upn: guest.upn.value, homeDirectoryId: home?.id?.value, directoryId: directory.id?.value },
        });
      }
    }
    return findings;
  },
  fixes(data, { messages: m, directoryLabel }) {
    const upn = data.text('upn');
    const directoryId = data.text('directoryId');
    const home = data.text('homeDirectoryId');
    const offers: FixOffer[] = [];
    if (upn && home) offers.push({ title: m.fixAddUser({ upn, directory: directoryLabel(home) }), preferred: true, call: { planner: 'addUser', args: { directoryId: home, upn } } });
    if (upn && directoryId) offers.push({ title: m.fixMarkExternal({ upn }), preferred: !home, call: { planner: 'markGuestExternal', args: { directoryId, upn } } });
    return offers;
  },
};
