import type { Directory } from '../model';
import type { Finding, Rule } from './rule';
import { directoryName, firstDefinedHere } from './naming';

/** Display names compare as people read them: case and surrounding spaces do not tell two apart. */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

export const uniqueDirectoryNames: Rule = {
  id: 'TEN004',
  name: 'UniqueDirectoryNames',
  defaultSeverity: 'warning',
  title: 'Two directories do not share a display name',
  sources: ['ASSOC'],
  check({ workspace }) {
    const findings: Finding[] = [];
    const byName = new Map<string, Directory>();
    for (const directory of workspace.directories) {
      if (!directory.name) continue;
      const key = nameKey(directory.name.value);
      const first = byName.get(key);
      if (!first) {
        byName.set(key, directory);
        continue;
      }
      const ids = [directory, first].map((d) => d.id?.value ?? 'no id').join(' and ');
      findings.push({
        message:
          `Directory ${directoryName(directory)} has the same name as directory ${directoryName(first)} (tenant IDs ${ids}). ` +
          'The Azure portal, the directory switcher and transfer dialogs show directories by name, so two directories with one name are easily mistaken for each other. ' +
          'Rename one of them in the Microsoft Entra admin center (Overview › Properties › Name)' +
          (directory.alias && first.alias ? '.' : ', and give each an `alias` in this file.'),
        start: directory.name.start,
        end: directory.name.end,
        related: firstDefinedHere(first.name!, 'directory with the same name'),
        explain: [
          `directory ${directoryName(directory)}, tenant ${directory.id?.value ?? '(no id)'}`,
          `directory ${directoryName(first)}, tenant ${first.id?.value ?? '(no id)'}`,
          `same display name '${directory.name.value.trim()}'`,
        ],
        data: { name: directory.name.value, otherDirectoryId: first.id?.value },
      });
    }
    return findings;
  },
};
