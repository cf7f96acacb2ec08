/**
 * A workspace file's estate seen as one analysis (docs/format.md#estates), for what draws or lists
 * the whole estate from one of its files, such as the diagram: the directories of every file of the
 * estate at joined offsets (joined.ts), or the file alone when it is an estate of one. The view turns
 * offsets and directory positions back into a file and a place in it, so clicking an entry of the
 * diagram opens the right file at the right line.
 */
import type { Analysis } from '../analyze';
import { estateOfFile, locate } from './estate';
import type { EstateAnalysis } from './estate';
import { joinedAnalysis } from './joined';

export interface EstateView {
  analysis: Analysis;
  /** The files drawn, in the order their directories are drawn (one for a file alone). */
  files: readonly string[];
  /** The file holding an offset of `analysis`, and the offset in that file. */
  place(offset: number): { file: string; offset: number };
  /** The position in `analysis` of the `index`-th directory of `file`, if it has one. */
  directoryIndex(file: string, index: number): number | undefined;
  /** The file of the directory at a position of `analysis`, and its position in that file. */
  directoryAt(position: number): { file: string; index: number } | undefined;
}

/**
 * The view of `file`'s estate in `estate` (the analysis of its folder's files), or of `own` (the
 * file's own analysis) when the file is checked alone or is not part of the estate.
 */
export function estateView(file: string, own: Analysis, estate?: EstateAnalysis): EstateView {
  const joined = estate && estateOfFile(estate, file);
  if (!joined || joined.files.length < 2) {
    const count = own.workspace.directories.length;
    return {
      analysis: own, files: [file],
      place: (offset) => ({ file, offset }),
      directoryIndex: (f, index) => (f === file && index >= 0 && index < count ? index : undefined),
      directoryAt: (position) => (position >= 0 && position < count ? { file, index: position } : undefined),
    };
  }
  const analysis = joinedAnalysis(estate!, joined);
  // Each joined directory's file and position in it, in joined order.
  const where: Array<{ file: string; index: number }> = [];
  const seen = new Map<string, number>();
  for (const directory of analysis.workspace.directories) {
    const at = locate(joined, directory.start).file;
    const index = seen.get(at) ?? 0;
    seen.set(at, index + 1);
    where.push({ file: at, index });
  }
  return {
    analysis, files: joined.files,
    place: (offset) => locate(joined, offset),
    directoryIndex: (f, index) => {
      const position = where.findIndex((w) => w.file === f && w.index === index);
      return position < 0 ? undefined : position;
    },
    directoryAt: (position) => where[position],
  };
}
