import { accountKey } from '../identity';
import { fold } from '../model';
import type { Finding, Rule } from './rule';

export const guestHomeAccount: Rule = {
  id: 'GST001',
  name: 'GuestHomeAccount',
  defaultSeverity: 'warning',
  title: "A guest's home account is a user of another directory in the file, or marked external",
  sources: ['GUESTS'],
  check({ workspace, index, messages: m, name }) {
    const findings: Finding[] = [];
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
};
