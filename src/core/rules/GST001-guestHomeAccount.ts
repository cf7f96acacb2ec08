import { fold } from '../model';
import type { Finding, Rule } from './rule';
import { directoryName } from './naming';

export const guestHomeAccount: Rule = {
  id: 'GST001',
  name: 'GuestHomeAccount',
  defaultSeverity: 'warning',
  title: "A guest's home account is a user of another directory in the file, or marked external",
  sources: ['GUESTS'],
  check({ workspace, index }) {
    const findings: Finding[] = [];
    for (const directory of workspace.directories) {
      for (const guest of directory.guests) {
        if (!guest.upn || guest.external) continue;
        const members = index.members.get(fold(guest.upn.value));
        if (members) continue; // a member somewhere: either a proper guest, or GST002 when it is this directory
        const domain = guest.upn.value.slice(guest.upn.value.lastIndexOf('@') + 1);
        const home = index.domainOwners.get(fold(domain))?.find((d) => d !== directory);
        const fix = home
          ? `Add ${guest.upn.value} as a user of ${directoryName(home)}, which owns ${domain}, or mark the guest \`external: true\`.`
          : 'If the account lives outside the directories of this file, mark the guest `external: true`; otherwise add its home directory.';
        findings.push({
          message:
            `Guest ${guest.upn.value} of ${directoryName(directory)} has no home account in this file. ` +
            'A guest (B2B) user signs in with an account that lives in its own home directory. ' + fix,
          start: guest.upn.start,
          end: guest.upn.end,
          explain: [
            `guest ${guest.upn.value} of ${directoryName(directory)}`,
            'not a user of any directory in the file, and not marked external',
            ...(home ? [`domain ${domain} belongs to ${directoryName(home)}`] : []),
          ],
          data: { fix: 'markExternal', upn: guest.upn.value, homeDirectoryId: home?.id?.value, directoryId: directory.id?.value },
        });
      }
    }
    return findings;
  },
};
