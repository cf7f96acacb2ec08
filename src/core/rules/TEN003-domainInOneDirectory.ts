import { fold } from '../model';
import type { Finding, Rule } from './rule';
import { directoryName, firstDefinedHere } from './naming';

export const domainInOneDirectory: Rule = {
  id: 'TEN003',
  name: 'DomainInOneDirectory',
  defaultSeverity: 'error',
  title: 'A domain is verified in one directory only',
  sources: ['DOMAINS'],
  check({ workspace, index }) {
    const findings: Finding[] = [];
    for (const directory of workspace.directories) {
      for (const domain of directory.domains) {
        const owners = index.domainOwners.get(fold(domain.value))!;
        const first = owners[0];
        if (first === directory) continue;
        const firstSpan = first.domains.find((d) => fold(d.value) === fold(domain.value))!;
        findings.push({
          message:
            `Domain ${domain.value} is already listed in directory ${directoryName(first)}. ` +
            'A domain name can be verified in only one Microsoft Entra directory at a time. ' +
            'Remove it from one of the two directories.',
          start: domain.start,
          end: domain.end,
          related: firstDefinedHere(firstSpan),
          data: { domain: domain.value, otherDirectoryId: first.id?.value },
        });
      }
    }
    return findings;
  },
};
