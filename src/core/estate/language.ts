/**
 * Go to definition, references and rename across the files of an estate: the reference index is built
 * on the estate's joined model (estate.ts), so a guest's UPN in one file finds the user in another,
 * and its joined offsets are turned back into (file, offset) with `locate`.
 */
import type { Analysis } from '../analyze';
import { definitionAt, referencesAt, renameAt } from '../language';
import type { LanguageOptions, ReferenceLocation, Refusable, TextEdit } from '../language';
import { isRefused } from '../refusal';
import type { EstateAnalysis, JoinedEstate } from './estate';
import { locate } from './estate';
import { SLOT } from './slots';

/** A range in one file of an estate. */
export interface FileRange {
  file: string;
  start: number;
  end: number;
}

/** The edits of one file of an estate. */
export interface FileEdits {
  file: string;
  edits: TextEdit[];
}

/** The joined estate a file belongs to, and the joined offset of an offset of it. */
function joinedAt(analysis: EstateAnalysis, file: string, offset: number): { estate: JoinedEstate; at: number } | undefined {
  const estate = analysis.estates.find((e) => e.files.includes(file));
  return estate && { estate, at: estate.files.indexOf(file) * SLOT + offset };
}

/** The joined model as an analysis the language features read (one per joined estate, so its reference index is built once). */
const models = new WeakMap<JoinedEstate, Analysis>();

function modelOf(estate: JoinedEstate): Analysis {
  let model = models.get(estate);
  if (!model) {
    models.set(estate, (model = {
      text: '', workspace: estate.workspace, index: estate.index, problems: [],
      stats: { mode: 'blocks', blocks: 0, parsedBlocks: 0 },
    }));
  }
  return model;
}

function inFile(estate: JoinedEstate, start: number, end: number): FileRange {
  const { file, offset } = locate(estate, start);
  return { file, start: offset, end: offset + (end - start) };
}

/** Where the name at `offset` of `file` is defined, in whichever file of its estate. */
export function estateDefinitionAt(analysis: EstateAnalysis, file: string, offset: number): FileRange | undefined {
  const joined = joinedAt(analysis, file, offset);
  const definition = joined && definitionAt(modelOf(joined.estate), joined.at);
  return definition && inFile(joined.estate, definition.start, definition.end);
}

/** Every place of the estate naming what is at `offset` of `file`, file by file in the estate's order. */
export function estateReferencesAt(analysis: EstateAnalysis, file: string, offset: number, includeDeclaration = true): Array<FileRange & Omit<ReferenceLocation, 'start' | 'end'>> {
  const joined = joinedAt(analysis, file, offset);
  if (!joined) return [];
  return referencesAt(modelOf(joined.estate), joined.at, includeDeclaration)
    .map((r) => ({ ...r, ...inFile(joined.estate, r.start, r.end) }));
}

/**
 * The edits renaming what is at `offset` of `file` in every file of its estate that names it, or why
 * not: a new name already used in any file of the estate is refused, as within one file.
 */
export function estateRenameAt(analysis: EstateAnalysis, file: string, offset: number, newName: string, options: LanguageOptions = {}): Refusable<FileEdits[]> {
  const joined = joinedAt(analysis, file, offset);
  if (!joined) return [];
  const textAt = (start: number, end: number) => {
    const range = inFile(joined.estate, start, end);
    return analysis.files.get(range.file)!.text.slice(range.start, range.end);
  };
  const edits = renameAt(modelOf(joined.estate), joined.at, newName, options, textAt);
  if (isRefused(edits)) return edits;
  const byFile = new Map<string, TextEdit[]>();
  for (const edit of edits) {
    const range = inFile(joined.estate, edit.start, edit.end);
    const list = byFile.get(range.file) ?? [];
    list.push({ start: range.start, end: range.end, newText: edit.newText });
    byFile.set(range.file, list);
  }
  return [...byFile].map(([name, list]) => ({ file: name, edits: list }));
}
