import { fold } from '../model';
import type { Finding, Rule } from './rule';
import type { FixData } from '../problems';
import type { FixOffer } from './fixes';

/** What its findings carry for the quick fixes. */
export interface UpnDomainData extends FixData {
  upn?: string;
  domain?: string;
  directoryId?: string;
  suggestedUpn?: string;
}

export const upnDomain: Rule<UpnDomainData> = {
  id: 'USR002',
  name: 'UpnDomain',
  defaultSeverity: 'error',
  scope: 'directory',
  title: "A user's UPN domain is one of its directory's domains",
  sources: ['DOMAINS'],
  check({ workspace, messages: m, name }) {
    const findings: Array<Finding<UpnDomainData>> = [];
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
        const names = {
          upn: user.upn.value, domain, directory: name.directory(directory),
          domains: m.list({ items: directory.domains.map((d) => d.value) }), suggestedUpn: `${user.upn.value.slice(0, at)}@${initial}`,
        };
        findings.push({
          message: m.USR002(names),
          start: user.upn.start,
          end: user.upn.end,
          explain: [m.factUserOf(names), m.factUpnDomain(names), m.factDomainsOf(names)],
          data: { upn: user.upn.value, domain, directoryId: directory.id?.value, suggestedUpn: `${user.upn.value.slice(0, at)}@${initial}` },
        });
      }
    }
    return findings;
  },
  fixes(data, { messages: m, directoryLabel }) {
    const upn = data.text('upn');
    const suggested = data.text('suggestedUpn');
    const domain = data.text('domain');
    const directoryId = data.text('directoryId');
    const offers: FixOffer[] = [];
    if (upn && suggested) offers.push({ title: m.fixRenameEverywhere({ upn: suggested }), preferred: true, call: { planner: 'renameUpn', args: { from: upn, to: suggested } } });
    if (domain && directoryId) offers.push({ title: m.fixAddDomain({ domain, directory: directoryLabel(directoryId) }), call: { planner: 'addDomain', args: { directoryId, domain } } });
    return offers;
  },
};
