import { nameKey } from '../model';
import type { Finding, Rule } from './rule';
import { relatedAt } from './naming';

export const uniqueDirectoryNames: Rule = {
  id: 'TEN004',
  name: 'UniqueDirectoryNames',
  defaultSeverity: 'warning',
  title: 'Two directories do not share a display name',
  sources: ['ASSOC'],
  check({ workspace, index, messages: m, name }) {
    const findings: Finding[] = [];
    // Each later directory of a name is reported where it is, pointing at the first.
    for (const directory of workspace.directories) {
      if (!directory.name) continue;
      const first = index.directoriesByName.get(nameKey(directory.name.value))![0];
      if (first === directory) continue;
      const names = {
        directory: name.directory(directory), id: directory.id?.value, other: name.directory(first), otherId: first.id?.value,
        bothAliased: Boolean(directory.alias && first.alias),
      };
      findings.push({
        message: m.TEN004(names),
        start: directory.name.start,
        end: directory.name.end,
        related: relatedAt(first.name!, m.relatedSameDirectoryName()),
        explain: [
          m.factDirectoryTenant(names),
          m.factDirectoryTenant({ directory: names.other, id: names.otherId }),
          m.factSameDisplayName({ name: directory.name.value.trim() }),
        ],
        data: { name: directory.name.value, otherDirectoryId: first.id?.value },
      });
    }
    return findings;
  },
};
