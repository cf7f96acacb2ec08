/**
 * Completion, hover, go to definition, references and rename across the files of an estate: the
 * features read the estate's joined model (estate.ts), so a guest's UPN in one file finds the user in
 * another, and joined offsets are turned back into (file, offset) with `locate`.
 */
import { readableText } from '../analyze';
import type { Analysis } from '../analyze';
import { messagesFor } from '../i18n';
import { completionsAt, definitionAt, hoverAt, referencesAt, renameAt } from '../language';
import type { CompletionResult, HoverResult, LanguageOptions, ReferenceLocation, Refusable, TextEdit } from '../language';
import { referenceIndexOf } from '../language/lookup';
import { code } from '../language/markdown';
import type { ModelView } from '../language/modelView';
import { isRefused } from '../refusal';
import type { EstateAnalysis, JoinedEstate } from './estate';
import { estateOfFile, locate } from './estate';
import { fileLabel } from './fileLabel';
import { SLOT, slotOf } from './slots';

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
  const estate = estateOfFile(analysis, file);
  return estate && { estate, at: estate.files.indexOf(file) * SLOT + offset };
}

/** The joined model as an analysis the language features read (one per joined estate, so its reference index is built once). */
const models = new WeakMap<JoinedEstate, Analysis>();

export function modelOf(estate: JoinedEstate): Analysis {
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
  return joined ? renameInEstate(analysis, joined.estate, joined.at, newName, options) : [];
}

/**
 * The edits renaming the account `from` to `to` in every file of the estate of `file` that names it
 * (a quick fix's "rename everywhere"), or why not.
 */
export function estateRenameAccount(analysis: EstateAnalysis, file: string, from: string, to: string, options: LanguageOptions = {}): Refusable<FileEdits[]> {
  const estate = estateOfFile(analysis, file);
  const found = estate && referenceIndexOf(modelOf(estate)).referencesTo('account', from);
  if (!estate || !found?.length) return { refused: messagesFor(options.locale).editNoAccount({ upn: from }) };
  return renameInEstate(analysis, estate, found[0].start, to, options);
}

function renameInEstate(analysis: EstateAnalysis, estate: JoinedEstate, at: number, newName: string, options: LanguageOptions): Refusable<FileEdits[]> {
  const textAt = (start: number, end: number) => {
    const range = inFile(estate, start, end);
    return readableText(analysis.files.get(range.file)!).slice(range.start, range.end);
  };
  const edits = renameAt(modelOf(estate), at, newName, options, textAt);
  if (isRefused(edits)) return edits;
  const byFile = new Map<string, TextEdit[]>();
  for (const edit of edits) {
    const range = inFile(estate, edit.start, edit.end);
    const list = byFile.get(range.file) ?? [];
    list.push({ start: range.start, end: range.end, newText: edit.newText });
    byFile.set(range.file, list);
  }
  return [...byFile].map(([name, list]) => ({ file: name, edits: list }));
}

/** How a file of an estate sees the joined model: its offsets start at its slot; other files are named. */
function viewOf(estate: JoinedEstate, file: string): ModelView {
  const slot = estate.files.indexOf(file);
  return {
    model: modelOf(estate),
    base: slot * SLOT,
    otherFile: (entity) => {
      const other = slotOf(entity.start);
      return other === slot ? undefined : fileLabel(estate.files[other]);
    },
  };
}

/**
 * Completion at `offset` of `file` with the candidates of its whole estate: a guest's home account, a
 * principal, a creator or a tenant id of another file, each naming its file.
 */
export function estateCompletionsAt(analysis: EstateAnalysis, file: string, offset: number, options: LanguageOptions = {}): CompletionResult | undefined {
  const own = analysis.files.get(file);
  const estate = estateOfFile(analysis, file);
  if (!own || !estate) return undefined;
  return completionsAt(own, offset, options, viewOf(estate, file));
}

/**
 * Hover at `offset` of `file`, read in its estate: what is named there is described as the estate
 * knows it, and a name defined in another file says which.
 */
export function estateHoverAt(analysis: EstateAnalysis, file: string, offset: number, options: LanguageOptions = {}): HoverResult | undefined {
  const joined = joinedAt(analysis, file, offset);
  if (!joined) return undefined;
  const model = modelOf(joined.estate);
  const hover = hoverAt(model, joined.at, options);
  if (!hover) return undefined;
  const base = joined.at - offset;
  const references = referenceIndexOf(model);
  const reference = references.at(joined.at);
  const definition = reference && references.definitionFor(reference);
  const elsewhere = definition && slotOf(definition.start) !== slotOf(base) ? fileLabel(locate(joined.estate, definition.start).file) : undefined;
  const markdown = elsewhere ? `${hover.markdown}\n\n${messagesFor(options.locale).hoverDefinedInFile({ file: code(elsewhere) })}` : hover.markdown;
  return { markdown, start: hover.start - base, end: hover.end - base };
}
