import type { Finding, Rule } from './rule';
import { relatedAt } from './naming';

const INITIAL = /\.onmicrosoft\.com$/i;

/** `<name>.onmicrosoft.com` as Entra proposes it: the directory name in lower case, letters and digits only. */
export function suggestedInitialDomain(name: string | undefined): string {
  const label = (name ?? 'contoso').normalize('NFD').replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  return `${label || 'contoso'}.onmicrosoft.com`;
}

export const initialDomain: Rule = {
  id: 'TEN002',
  name: 'InitialDomain',
  defaultSeverity: 'error',
  scope: 'directory',
  title: 'A directory has exactly one initial *.onmicrosoft.com domain',
  sources: ['DOMAINS'],
  check({ workspace, messages: m, name }) {
    const findings: Finding[] = [];
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
};
