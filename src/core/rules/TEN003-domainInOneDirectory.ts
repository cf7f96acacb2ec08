import { fold } from '../model';
import type { Finding, Rule } from './rule';
import { relatedAt } from './naming';

export const domainInOneDirectory: Rule = {
  id: 'TEN003',
  name: 'DomainInOneDirectory',
  defaultSeverity: 'error',
  title: 'A domain is verified in one directory only',
  sources: ['DOMAINS'],
  check({ workspace, index, messages: m, name }) {
    const findings: Finding[] = [];
    for (const directory of workspace.directories) {
      for (const domain of directory.domains) {
        const owners = index.domainOwners.get(fold(domain.value))!;
        const first = owners[0];
        if (first === directory) continue;
        const firstSpan = first.domains.find((d) => fold(d.value) === fold(domain.value))!;
        findings.push({
          message: m.TEN003({ domain: domain.value, directory: name.directory(first) }),
          start: domain.start,
          end: domain.end,
          related: relatedAt(firstSpan, m.relatedFirstDefined()),
          data: { domain: domain.value, otherDirectoryId: first.id?.value },
        });
      }
    }
    return findings;
  },
};
