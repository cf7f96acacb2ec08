import type { Rule } from './rule';
import { directoryName, firstDefinedHere } from './naming';

export const uniqueDirectoryIds: Rule = {
  id: 'TEN001',
  name: 'UniqueDirectoryIds',
  defaultSeverity: 'error',
  title: 'Directory ids are unique',
  sources: ['ASSOC'],
  check({ index }) {
    const findings = [];
    for (const directories of index.directoriesById.values()) {
      const [first, ...repeats] = directories;
      for (const directory of repeats) {
        findings.push({
          message:
            `Tenant ID ${directory.id!.value} is already used by directory ${directoryName(first)}. ` +
            'A tenant ID identifies exactly one Microsoft Entra directory. ' +
            'Correct the ID (Microsoft Entra admin center › Overview › Tenant ID) or merge the two entries.',
          start: directory.id!.start,
          end: directory.id!.end,
          related: firstDefinedHere(first.id!),
          data: { id: directory.id!.value },
        });
      }
    }
    return findings;
  },
};
