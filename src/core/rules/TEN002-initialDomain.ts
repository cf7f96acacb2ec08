import type { Finding, Rule } from './rule';
import { relatedAt } from './naming';
import type { FixData } from '../problems';

const INITIAL = /\.onmicrosoft\.com$/i;

/** `<name>.onmicrosoft.com` as Entra proposes it: the directory name in lower case, letters and digits only. */
export function suggestedInitialDomain(name: string | undefined): string {
  const label = (name ?? 'contoso').normalize('NFD').replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  return `${label || 'contoso'}.onmicrosoft.com`;
}

/** What its findings carry for the quick fixes. */
export interface InitialDomainData extends FixData {
  suggestedDomain?: string;
  directoryId?: string;
  domain?: string;
}

export const initialDomain: Rule<InitialDomainData> = {
  id: 'TEN002',
  name: 'InitialDomain',
  defaultSeverity: 'error',
  scope: 'directory',
  title: 'A directory has exactly one initial *.onmicrosoft.com domain',
  sources: ['DOMAINS'],
  check({ workspace, messages: m, name }) {
    const findings: Array<Finding<InitialDomainData>> = [];
    for (const directory of workspace.directories) {
      if (directory.domains.length === 0) continue; // absent or empty `domains` is a schema error already
      const initial = directory.domains.filter((d) => INITIAL.test(d.value));
      if (initial.length === 0) {
        const suggestedDomain = suggestedInitialDomain(directory.name?.value);
        const key = directory.keys.domains ?? directory.head;
        findings.push({
          message: m.TEN002NoInitial({ directory: name.directory(directory), suggestedDomain }),
          start: key.start,
          end: key.end,
          data: { suggestedDomain, directoryId: directory.id?.value },
        });
      }
      for (const extra of initial.slice(1)) {
        findings.push({
          message: m.TEN002Second({ directory: name.directory(directory), extra: extra.value, initial: initial[0].value }),
          start: extra.start,
          end: extra.end,
          related: relatedAt(initial[0], m.relatedInitialDomain()),
          data: { domain: extra.value },
        });
      }
    }
    return findings;
  },
  fixes(data, { messages: m }) {
    const domain = data.text('suggestedDomain');
    const directoryId = data.text('directoryId');
    if (!domain || !directoryId) return [];
    return [{ title: m.fixAddInitialDomain({ domain }), preferred: true, call: { planner: 'addDomain', args: { directoryId, domain } } }];
  },
};
