import type { Rule } from './rule';
import { relatedAt } from './naming';

export const uniqueDirectoryIds: Rule = {
  id: 'TEN001',
  name: 'UniqueDirectoryIds',
  defaultSeverity: 'error',
  title: 'Directory ids are unique',
  sources: ['ASSOC'],
  check({ index, messages: m, name }) {
    const findings = [];
    for (const directories of index.directoriesById.values()) {
      const [first, ...repeats] = directories;
      for (const directory of repeats) {
        findings.push({
          message: m.TEN001({ id: directory.id!.value, directory: name.directory(first) }),
          start: directory.id!.start,
          end: directory.id!.end,
          related: relatedAt(first.id!, m.relatedFirstDefined()),
          data: { id: directory.id!.value },
        });
      }
    }
    return findings;
  },
};
