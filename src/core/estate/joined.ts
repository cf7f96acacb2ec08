/**
 * An estate's files seen as one analysis, at the joined offsets of their slots (slots.ts): for what
 * reads a whole estate at once, such as the report, where access and guests resolve across files.
 */
import type { Analysis } from '../analyze';
import type { Problem } from '../problems';
import type { EstateAnalysis, JoinedEstate } from './estate';
import { locate } from './estate';
import { SLOT } from './slots';

/**
 * The estate's directories (only those of `file`, when given) with the problems of their files, at
 * joined offsets; `locate` (estate.ts) turns an offset back into a file and an offset in it.
 */
export function joinedAnalysis(analysis: EstateAnalysis, estate: JoinedEstate, file?: string): Analysis {
  const slotOfFile = new Map(estate.files.map((name, slot) => [name, slot]));
  const problems: Problem[] = [];
  estate.files.forEach((name, slot) => {
    if (file !== undefined && name !== file) return;
    const base = slot * SLOT;
    for (const p of analysis.files.get(name)!.problems) {
      problems.push({
        ...p, start: p.start + base, end: p.end + base,
        ...(p.related ? {
          related: p.related.map((r) => {
            const at = (r.file === undefined ? slot : slotOfFile.get(r.file) ?? slot) * SLOT;
            return { message: r.message, start: r.start + at, end: r.end + at };
          }),
        } : {}),
      });
    }
  });
  const directories = file === undefined ? estate.workspace.directories
    : estate.workspace.directories.filter((d) => locate(estate, d.start).file === file);
  return {
    text: '', workspace: { directories }, index: estate.index, problems,
    stats: { mode: 'blocks', blocks: 0, parsedBlocks: 0 },
  };
}
