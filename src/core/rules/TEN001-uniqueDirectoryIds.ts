import { fold } from '../model';
import type { Rule } from './rule';
import { relatedAt } from './naming';

export const uniqueDirectoryIds: Rule = {
  id: 'TEN001',
  name: 'UniqueDirectoryIds',
  defaultSeverity: 'error',
  title: 'Directory ids are unique',
  sources: ['ASSOC'],
  check({ workspace, index, messages: m, name }) {
    const findings = [];
    // Each repeat of an id is reported where it is, pointing at the first.
    for (const directory of workspace.directories) {
      if (!directory.id) continue;
      const first = index.directoriesById.get(fold(directory.id.value))![0];
      if (first !== directory) {
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
