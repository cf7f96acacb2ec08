import { fold } from '../model';
import type { Finding, Rule } from './rule';
import { directoryName } from './naming';

export const upnDomain: Rule = {
  id: 'USR002',
  name: 'UpnDomain',
  defaultSeverity: 'error',
  title: "A user's UPN domain is one of its directory's domains",
  sources: ['DOMAINS'],
  check({ workspace }) {
    const findings: Finding[] = [];
    for (const directory of workspace.directories) {
      if (directory.domains.length === 0) continue;
      const domains = new Set(directory.domains.map((d) => fold(d.value)));
      for (const user of directory.users) {
        if (!user.upn) continue;
        const at = user.upn.value.lastIndexOf('@');
        if (at < 0) continue; // not a UPN at all: the schema says so
        const domain = user.upn.value.slice(at + 1);
        if (domains.has(fold(domain))) continue;
        const initial = directory.domains.find((d) => /\.onmicrosoft\.com$/i.test(d.value))?.value ?? directory.domains[0].value;
        findings.push({
          message:
            `${user.upn.value} uses the domain ${domain}, which is not a domain of directory ${directoryName(directory)} (${directory.domains.map((d) => d.value).join(', ')}). ` +
            "A user's UPN must end with one of the directory's verified domains. " +
            `Add ${domain} to the directory's \`domains\` (after verifying it), or change the UPN to ${user.upn.value.slice(0, at)}@${initial}.`,
          start: user.upn.start,
          end: user.upn.end,
          explain: [
            `user ${user.upn.value} of ${directoryName(directory)}`,
            `UPN domain ${domain}`,
            `domains of ${directoryName(directory)}: ${directory.domains.map((d) => d.value).join(', ')}`,
          ],
          data: { upn: user.upn.value, domain, directoryId: directory.id?.value, suggestedUpn: `${user.upn.value.slice(0, at)}@${initial}` },
        });
      }
    }
    return findings;
  },
};
