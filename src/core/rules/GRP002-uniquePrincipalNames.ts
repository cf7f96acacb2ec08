import { fold } from '../model';
import type { Group, ServicePrincipal } from '../model';
import { describePrincipal } from './PRN001-principalUnambiguous';
import { relatedAt } from './naming';
import type { Finding, Rule } from './rule';

export const uniquePrincipalNames: Rule = {
  id: 'GRP002',
  name: 'UniquePrincipalNames',
  defaultSeverity: 'warning',
  scope: 'directory',
  title: 'Groups and service principals of one directory do not share a name',
  sources: ['GROUPS'],
  check({ workspace, messages: m, name }) {
    const findings: Finding[] = [];
    for (const directory of workspace.directories) {
      const first = new Map<string, Group | ServicePrincipal>();
      for (const principal of [...directory.groups, ...directory.servicePrincipals]) {
        if (!principal.name) continue;
        const key = fold(principal.name.value.trim());
        const other = first.get(key);
        if (!other) {
          first.set(key, principal);
          continue;
        }
        findings.push({
          message: m.GRP002({ principal: describePrincipal(principal, m), other: describePrincipal(other, m), directory: name.directory(directory) }),
          start: principal.name.start,
          end: principal.name.end,
          related: relatedAt(other.name!, m.relatedSameName()),
        });
      }
    }
    return findings;
  },
};
