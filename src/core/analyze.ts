/**
 * The analysis pipeline: text → parts → model → problems. One `Analyzer` per document keeps the
 * parsed directory blocks of the previous version, so after an edit only the blocks whose text changed
 * are parsed again; the cross-reference rules then run on the merged model.
 */
import { isAlias, isMap, isNode, isPair, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { Document, Node } from 'yaml';
import type { Directory, Span, Workspace } from './model';
import { ModelIndex } from './modelIndex';
import { RuleCache } from './ruleCache';
import type { EditWindow, RuleRun } from './ruleCache';
import { buildDirectory } from './parse/buildModel';
import { keepUnchanged } from './parse/keepUnchanged';
import { recut } from './parse/recut';
import type { Recut } from './parse/recut';
import { parseDocumentInSteps } from './parse/parseInSteps';
import { PARSE_OPTIONS } from './parse/parseOptions';
import { applyPatch, patchBlock, planPatch } from './parse/patchBlock';
import type { Patch, PatchInput } from './parse/patchBlock';
import type { ParsedBlock } from './parse/parsedBlock';
import { placeBlock, shiftDirectory, shiftProblem } from './parse/shift';
import { splitBlocks } from './parse/splitBlocks';
import { loneCrAsLf } from './text/lineBreaks';
import type { BlockSplit } from './parse/splitBlocks';
import { hasTabIndentation, maskLines, type MaskedLine } from './parse/maskLines';
import { yamlProblems } from './parse/yamlProblems';
import { messagesFor } from './i18n';
import type { Locale, Messages } from './i18n';
import { compareProblems } from './problems';
import type { Problem, SeverityOverride } from './problems';
import { RULES } from './rules';
import { naming } from './rules/naming';
import { DEFAULT_RULE_OPTIONS } from './rules/rule';
import type { Finding, Rule, RuleContext, RuleOptions } from './rules/rule';
import { checkDirectory, checkTopLevel } from './schema/schemaCheck';
import { applySuppressions, SUPPRESSION_CODE } from './suppressions';
import { runSteps } from './steps';
import { ownCopy } from './text/ownCopy';
import { Rope } from './text/rope';
import type { TextLike } from './text/textLike';
import type { Steps } from './steps';

export interface AnalyzeOptions {
  /** Per-code severity overrides, e.g. `{ ASC001: 'off', RBA003: 'error' }`. */
  severities?: Readonly<Record<string, SeverityOverride>>;
  rules?: Partial<RuleOptions>;
  /** Texts longer than this (UTF-16 code units) are not parsed; one problem says why. */
  maxLength?: number;
  /** `false` parses the file at once, never per directory: the reference behaviour the block cut must match. */
  split?: boolean;
  /** The language of messages, related-location texts and chains of facts; codes, offsets and `data` do not change. Default `en`. */
  locale?: Locale;
}

export interface Analysis {
  /**
   * The text analysed. Of a text given as a `Rope`, a string V8 keeps as a chain of its pieces until
   * its characters are read, which copies it whole then: read `source` (`readableText`) instead.
   */
  text: string;
  /** The same text as given, when it was given as a `Rope`: readable in pieces, without a copy of it whole. */
  source?: Rope;
  workspace: Workspace;
  index: ModelIndex;
  /**
   * Every problem, sorted by position, with configured severities; `off` codes and problems silenced
   * by `# tenancy-disable…` comments removed (see suppressions.ts).
   */
  problems: Problem[];
  stats: AnalysisStats;
}

/** The text of an analysis, to read without copying it whole (`Analysis.source` when it has one). */
export function readableText(analysis: Analysis): TextLike {
  return analysis.source ?? analysis.text;
}

/**
 * A document's text as an `Analyzer` takes it: a string, or a `Rope` the editor's changes made from
 * the previous version's (only the changed pieces copied), which the analysis reads without ever
 * copying it whole — unless it takes a path that reads it as one string (a lone CR, a tab in the
 * indentation, a cut of the whole file).
 */
export type DocumentText = string | Rope;

/** Marks an analysis of the file alone, for an estate (`Analyzer.analyzeLocalSteps`). */
const LOCAL = Symbol('local');
type InternalOptions = AnalyzeOptions & { [LOCAL]?: true };

export interface AnalysisStats {
  /** `blocks` when the file was cut per directory, `whole` when it had to be parsed at once, `not-parsed` for binary or oversized input. */
  mode: 'blocks' | 'whole' | 'not-parsed';
  blocks: number;
  /** Blocks parsed in this run (the others came from the previous version). */
  parsedBlocks: number;
  /** Blocks of `parsedBlocks` re-read only in the entries the edit touched (parse/patchBlock.ts). */
  patchedBlocks?: number;
  /** Blocks of this version that a worker parsed for it (`Analyzer.blocksToParse`, `importParsed`), not counted in `parsedBlocks`. */
  parsedOffThread?: number;
}

/**
 * 32 Mi UTF-16 units: room for 250,000 users (about 25 MB), while a 50 MB file, which would take half
 * a minute to parse, gets a clear problem instead.
 */
export const DEFAULT_MAX_LENGTH = 32 * 1024 * 1024;

/** Aliases expand when a value is converted for the schema check; more than this is an alias bomb. */
const MAX_ALIAS_COUNT = 100;

export type { ParsedBlock } from './parse/parsedBlock';

/**
 * The parsed blocks of an analysis, keyed by their text: plain data, so a worker thread can parse a
 * large file and hand its blocks to the `Analyzer` of the main thread.
 */
export type BlockCache = Array<[string, ParsedBlock]>;

/** The previous version an `Analyzer` saw: its text, how it was cut, and the block at each place. */
interface Previous {
  text: TextLike;
  split: BlockSplit;
  placed: ParsedBlock[];
  index: ModelIndex;
}

/**
 * What `blocksToParse` found for a text: the analysis of that same text after the same version, which
 * follows it in the editor, takes it over instead of comparing the texts and re-reading the entries again.
 */
interface Prepared {
  previous: Previous;
  text: DocumentText;
  locale: string;
  edit: Recut;
  /** The entries re-read for the blocks an edit inside their entries patches, by the block replaced. */
  plans: Map<ParsedBlock, Patch>;
}

/**
 * Analyses successive versions of one document. It keeps the parsed blocks of the previous version:
 * the next text is compared with the previous one, only the directories the change touched are cut
 * and parsed again, and the blocks after it are moved in place. An analysis is valid until the same
 * `Analyzer` analyses another text (its entities' offsets then move with the new version).
 */
export class Analyzer {
  private blocks = new Map<string, ParsedBlock>();
  private previous?: Previous;
  private readonly rules = new RuleCache();
  /** Blocks a worker parsed for the next analysis, with their text: taken as if parsed by it, dropped after it. */
  private readonly parsedElsewhere = new Map<ParsedBlock, string>();
  /** What the last `blocksToParse` found, for the next analysis if it is of the same text. */
  private prepared?: Prepared;

  /**
   * The previous version's `k`th block with the edit read into it entry by entry (parse/patchBlock.ts),
   * when the edit lies inside it and it stands at the same place; it leaves the cache, its objects
   * being the new block's now.
   */
  private patch(previous: Previous, k: number, before: ParsedBlock, text: TextLike, window: EditWindow, m: Messages, plan?: Patch): ParsedBlock | undefined {
    const old = previous.split.blocks[k];
    const patched = plan ? applyPatch(plan) : patchBlock(patchInput(previous, k, before, text, window, m));
    if (!patched) return undefined;
    const key = previous.text.slice(old.start, old.end);
    if (this.blocks.get(key) === before) this.blocks.delete(key);
    return patched;
  }

  /** The blocks the last analysis parsed or reused. */
  exportBlocks(): BlockCache {
    return [...this.blocks];
  }

  /** Adopts blocks parsed elsewhere: the next analysis of a text holding them does not parse them again. */
  importBlocks(blocks: BlockCache): void {
    for (const [text, block] of blocks) this.blocks.set(text, block);
  }

  /**
   * The texts of the directory blocks an analysis of `text` would parse, as the next version after
   * the last one analysed (the blocks around the edit, unless cached or re-read only in the entries
   * the edit touched, parse/patchBlock.ts): for a worker to parse
   * (`parseBlockTexts`) and this `Analyzer` to take over (`importParsed`). Empty when the whole file
   * would be cut or parsed again, when the text has lines YAML cannot read (they are masked first),
   * or while an analysis is under way.
   */
  blocksToParse(given: DocumentText, options: AnalyzeOptions = {}): string[] {
    this.prepared = undefined;
    const previous = this.previous;
    const lf = withLoneCrsAsLf(given);
    if (!previous || options.split === false || lf.length > (options.maxLength ?? DEFAULT_MAX_LENGTH) || indentedWithTabs(lf)) return [];
    const edit = recut(previous, lf);
    if (!edit) return [];
    const locale = options.locale ?? 'en';
    const plans = new Map<ParsedBlock, Patch>();
    this.prepared = { previous, text: lf, locale, edit, plans };
    const sameCount = edit.count === edit.to - edit.from;
    const texts: string[] = [];
    for (let k = edit.from; k < edit.from + edit.count; k++) {
      const { start, end } = edit.split.blocks[k];
      const blockText = lf.slice(start, end);
      if (this.blocks.get(blockText)?.locale === locale) continue;
      // An edit inside a block's entries re-reads only them, here, in less time than a round trip to the worker.
      const before = sameCount ? previous.placed[k] : undefined;
      const plan = before?.locale === locale ? planPatch(patchInput(previous, k, before, lf, edit.window, messagesFor(locale))) : undefined;
      if (plan) plans.set(before!, plan);
      else texts.push(blockText);
    }
    return texts;
  }

  /** What `blocksToParse` found, if it was for this text after this previous version (then forgotten either way). */
  private takePrepared(previous: Previous | undefined, text: DocumentText, locale: string): Prepared | undefined {
    const prepared = this.prepared;
    this.prepared = undefined;
    // The same string object compares at once; another with the same content, in one pass.
    return prepared && prepared.previous === previous && prepared.locale === locale && prepared.text === text ? prepared : undefined;
  }

  /**
   * Takes over blocks a worker parsed for the next analysis (`blocksToParse`): it places them where
   * their text is, as blocks it parsed itself (the entries that did not change are taken over from
   * the block replaced). Those the next analysis to start does not place are dropped after it.
   */
  importParsed(blocks: BlockCache): void {
    for (const [text, block] of blocks) {
      if (this.blocks.has(text)) continue; // parsed here meanwhile
      this.blocks.set(text, block);
      this.parsedElsewhere.set(block, text);
    }
  }

  /**
   * What depends on this file alone, for an estate (src/core/estate): parse, schema and the rules of
   * `scope: 'directory'`. The rules that read the whole file are left to the estate, and the problems
   * are not settled yet (`settleProblems`: configured severities of YAML and SCHEMA, suppressions, order).
   * In steps, as `analyzeSteps`.
   */
  analyzeLocalSteps(text: DocumentText, options: AnalyzeOptions = {}): Steps<Analysis> {
    return this.analyzeSteps(text, { ...options, [LOCAL]: true } as InternalOptions);
  }

  analyze(text: DocumentText, options: AnalyzeOptions = {}): Analysis {
    return runSteps(this.analyzeSteps(text, options));
  }

  /**
   * `analyze` in steps (steps.ts), pausing between directory blocks and between phases, so that the
   * editor can hand the thread to other work between them. Until the last step, this `Analyzer` is
   * in the middle of moving its blocks: its previous analysis must not be read, and it must not be
   * asked to analyse anything else before the steps are run to the end.
   */
  *analyzeSteps(given: DocumentText, options: AnalyzeOptions = {}): Steps<Analysis> {
    // Blocks a worker parsed for this analysis; those it does not place are dropped after it (not those given meanwhile, for the next).
    const offered = [...this.parsedElsewhere];
    try {
      // Lone CRs end lines, as in the editor: the parser and the block cut read them as LF (same offsets).
      const lf = withLoneCrsAsLf(given);
      yield;
      const analysis = yield* this.analyzeMasking(lf, options);
      for (const [block, key] of offered) if (this.parsedElsewhere.delete(block) && this.blocks.get(key) === block) this.blocks.delete(key);
      return lf === given ? analysis : { ...analysis, text: given.toString() };
    } catch (error) {
      // A last resort: no input may crash the extension or the CLI. Nothing known reaches here.
      this.blocks = new Map();
      this.parsedElsewhere.clear();
      this.previous = undefined;
      this.prepared = undefined;
      this.rules.clear();
      return runSteps(finish(given.toString(), unreadable(error, messagesFor(options.locale ?? 'en')), options));
    }
  }

  /** Lines YAML cannot recover from are masked, each reported once, and the rest analysed. */
  private *analyzeMasking(given: DocumentText, options: AnalyzeOptions): Steps<Analysis> {
    // Lines YAML cannot recover from are masked: tab-indented ones always (cheap to find), over-indented
    // ones only when the file has syntax errors, so a clean file pays nothing.
    const tabs = indentedWithTabs(given);
    const first = tabs ? undefined : yield* this.analyzeText(given, options);
    if (first && !first.problems.some((p) => p.code === 'YAML')) return first;
    const text = given.toString();
    const mask = text.length <= (options.maxLength ?? DEFAULT_MAX_LENGTH) ? maskLines(text) : undefined;
    if (!mask) return first ?? (yield* this.analyzeText(text, options));
    // One problem per masked line (tab-indented, over-indented, dedented); the rest is analysed with those lines blanked (same offsets).
    yield;
    const analysis = yield* this.analyzeText(mask.text, options);
    const m = messagesFor(options.locale ?? 'en');
    const message = (line: MaskedLine) =>
      line.kind === 'tab' ? m.yamlTabLine() : line.dedent ? m.yamlDedented({ key: line.dedent.key, spaces: line.dedent.spaces }) : m.yamlOverIndented();
    const masked: Problem[] = mask.lines.map((line) => ({ code: 'YAML', severity: 'error', message: message(line), start: line.start, end: line.end }));
    // The item a dedented key belongs to lacks that key only because of the dedent: the same mistake, already reported.
    const dedents = mask.lines.flatMap((line) => (line.dedent ? [{ ...line.dedent, end: line.start }] : []));
    const echo = (p: Problem) => p.code === 'SCHEMA' && dedents.some((d) => p.data?.missing === d.key && p.start >= d.itemStart && p.start < d.end);
    return { ...analysis, text, problems: [...analysis.problems.filter((p) => !echo(p)), ...masked].sort(compareProblems) };
  }

  private *analyzeText(text: DocumentText, options: AnalyzeOptions): Steps<Analysis> {
    const locale = options.locale ?? 'en';
    const m = messagesFor(locale);
    const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
    const previous = this.previous;
    this.previous = undefined;
    const prepared = this.takePrepared(previous, text, locale);
    if (text.length > maxLength) return yield* finish(text, tooLarge(text.toString(), maxLength, m), options);
    const nul = typeof text === 'string' || text.hasNul ? text.indexOf('\0') : -1;
    if (nul !== -1) return yield* finish(text, binary(nul, m), options);
    const edit = options.split === false || !previous ? undefined : prepared?.edit ?? recut(previous, text);
    // A cut of the whole file reads it as one string (a copy of a rope: the first version, or an edit of the header).
    const split = edit?.split ?? (options.split === false ? undefined : splitBlocks(text.toString()));
    if (!split) {
      this.blocks = new Map();
      return yield* finish(text, parseWhole(text.toString(), m), options);
    }
    yield;

    const toFile = (offset: number) => (offset >= split.cutStart ? offset + split.cutEnd - split.cutStart : offset);
    const headerDoc = parseDocument(split.headerText, PARSE_OPTIONS);
    const header = readHeader(headerDoc, toFile, true, m);
    const problems = [...yamlProblems(headerDoc, toFile, m), ...header.problems];
    const directories: Directory[] = [];
    const placed: ParsedBlock[] = [];
    /** Blocks placed in this version: one found again at a second place is copied there. */
    const used = new Set<ParsedBlock>();
    const fresh = new Set<ParsedBlock>();
    let parsedBlocks = 0;
    let parsedOffThread = 0;
    /** Whether a kept block moved to another position in `directories`: rules name directories by position. */
    let renumbered = false;
    /**
     * Blocks of the previous version placed where the edit window does not carry them (a repeated
     * block found by its text in another place, or one the window cuts through): the file-wide rules'
     * findings, which follow the window, are found again for them.
     */
    const displaced = new Set<ParsedBlock>();
    const wasPlaced = edit ? new Set(previous!.placed) : undefined;
    /** Whether the re-cut blocks are as many as those they replace: each then stands where the one it replaces stood. */
    const sameCount = edit !== undefined && edit.count === edit.to - edit.from;
    /** Blocks parsed again that took over entries of the block they replace: they stand in its place in the index. */
    const heirs = new Map<ParsedBlock, ParsedBlock>();
    let patchedBlocks = 0;
    for (let k = 0; k < split.blocks.length; k++) {
      const { start, end } = split.blocks[k];
      // Outside the re-cut range, the block at the same place (shifted by the edit) is the one of the previous version.
      const kept = edit && (k < edit.from ? previous!.placed[k] : k >= edit.from + edit.count ? previous!.placed[k - edit.count + edit.to - edit.from] : undefined);
      const blockText = kept ? undefined : ownCopy(text.slice(start, end));
      const cached = kept ?? this.blocks.get(blockText!);
      let block = cached?.locale === locale ? cached : undefined;
      if (!block) {
        const before = sameCount && k >= edit!.from && k < edit!.from + edit!.count ? previous!.placed[k] : undefined;
        const patched = before && !used.has(before) && before.locale === locale ? this.patch(previous!, k, before, text, edit!.window, m, prepared?.plans.get(before)) : undefined;
        if (patched) {
          block = patched;
          placeBlock(block, start, directories.length);
          heirs.set(block, before!);
          patchedBlocks++;
        } else {
          block = yield* parseBlock(blockText ?? ownCopy(text.slice(start, end)), start, directories.length, locale);
        }
        fresh.add(block);
        parsedBlocks++;
      } else if (this.parsedElsewhere.delete(block)) {
        placeBlock(block, start, directories.length);
        fresh.add(block);
        parsedOffThread++;
      } else if (used.has(block)) {
        block = copyBlock(block, start, directories.length);
      } else {
        if (block.firstIndex !== directories.length) renumbered = true;
        if (wasPlaced?.has(block) && !carried(block.base, end - start, start, edit!.window)) displaced.add(block);
        placeBlock(block, start, directories.length);
      }
      used.add(block);
      if (blockText !== undefined) this.blocks.set(blockText, block);
      placed.push(block);
      for (const directory of block.directories) directories.push(directory);
      for (const problem of block.problems) problems.push(problem);
      yield;
    }
    if (sameCount) {
      // A directory parsed again takes over the entries that did not change from the one it replaces.
      for (let j = 0; j < edit.count; j++) {
        const before = previous!.placed[edit.from + j];
        const after = placed[edit.from + j];
        if (heirs.has(after) || !fresh.has(after) || used.has(before) || before.directories.length !== after.directories.length) continue;
        for (let i = 0; i < before.directories.length; i++) yield* keepUnchanged(before.directories[i], after.directories[i]);
        after.spans = undefined; // it now holds entries of the previous version: gathered again when it moves
        heirs.set(after, before);
      }
    }
    if (edit) {
      // The re-cut blocks of the previous version that were not reused leave the cache.
      for (let k = edit.from; k < edit.to; k++) {
        if (used.has(previous!.placed[k])) continue;
        const old = previous!.split.blocks[k];
        const key = previous!.text.slice(old.start, old.end);
        if (this.blocks.get(key) === previous!.placed[k]) this.blocks.delete(key);
      }
    } else {
      // A full cut: only this version's blocks stay cached.
      for (const [key, block] of this.blocks) if (!used.has(block)) this.blocks.delete(key);
    }
    const workspace: Workspace = { version: header.version, directoriesKey: header.directoriesKey, standalone: header.standalone, directories };
    const stats: AnalysisStats = {
      mode: 'blocks', blocks: split.blocks.length, parsedBlocks,
      ...(patchedBlocks > 0 ? { patchedBlocks } : {}), ...(parsedOffThread > 0 ? { parsedOffThread } : {}),
    };
    yield;
    const { index, changed } = nextIndex(workspace, placed, previous, heirs);
    yield;
    const blocks = { placed, index, changed: renumbered ? undefined : changed, window: edit?.window, displaced, cache: this.rules };
    const analysis = yield* finish(text, { workspace, problems, stats }, options, blocks);
    this.previous = { text, split, placed, index };
    return analysis;
  }
}

/** What re-reading the edited entries of the previous version's `k`th block takes (parse/patchBlock.ts). */
function patchInput(previous: Previous, k: number, before: ParsedBlock, text: TextLike, window: EditWindow, messages: Messages): PatchInput {
  const { start, end } = previous.split.blocks[k];
  return { before, previousText: previous.text, start, end, text, window, messages };
}

/**
 * The index of this version: the previous version's, updated for the blocks that were replaced (and
 * what look-ups that changed), or a new one when there is none or the kept blocks changed order.
 */
function nextIndex(
  workspace: Workspace, placed: ParsedBlock[], previous: Previous | undefined, heirs: ReadonlyMap<ParsedBlock, ParsedBlock>,
): { index: ModelIndex; changed?: Set<string> } {
  if (!previous) return { index: new ModelIndex(workspace) };
  const before = new Map(previous.placed.map((block, k) => [block, k]));
  const now = new Set(placed);
  // The index keeps its lists in file order only if the blocks it keeps (and the entries heirs took over) kept their order.
  let last = -1;
  for (const block of placed) {
    const k = before.get(block) ?? before.get(heirs.get(block)!);
    if (k === undefined) continue;
    if (k < last) return { index: new ModelIndex(workspace) }; // blocks swapped places
    last = k;
  }
  const removed = previous.placed.filter((block) => !now.has(block)).flatMap((block) => block.directories);
  const added = placed.filter((block) => !before.has(block)).flatMap((block) => block.directories);
  return { index: previous.index, changed: previous.index.update(workspace, removed, added) };
}

/** Whether the edit window carries a block of `length` characters from `before` to `after`: it lies wholly before the window, or wholly after it. */
function carried(before: number, length: number, after: number, window: EditWindow): boolean {
  if (before + length <= window.start) return after === before;
  return before >= window.oldEnd && after === before + window.delta;
}

/** A copy of a block placed at `base`, its first directory at `firstIndex`. */
function copyBlock(block: ParsedBlock, base: number, firstIndex: number): ParsedBlock {
  const delta = base - block.base;
  return {
    base, firstIndex, locale: block.locale, // the rules' findings are not copied: they are found again
    directories: block.directories.map((d, i) => shiftDirectory(d, delta, firstIndex + i)),
    problems: block.problems.map((p) => shiftProblem(p, delta)),
  };
}

/** Parses directory blocks on their own (a worker's part of an edit: `Analyzer.blocksToParse`), each as if it began the file. */
export function parseBlockTexts(texts: readonly string[], options: AnalyzeOptions = {}): BlockCache {
  return texts.map((text) => [text, runSteps(parseBlock(text, 0, 0, options.locale ?? 'en'))]);
}

/** The text with each lone CR read as LF (`loneCrAsLf`): a rope as it is when none of its pieces holds one. */
function withLoneCrsAsLf(text: DocumentText): DocumentText {
  return text instanceof Rope && !text.hasLoneCr ? text : loneCrAsLf(text.toString());
}

/** Whether a line of the text is indented with a tab (`hasTabIndentation`; each piece of a rope recorded it when made). */
function indentedWithTabs(text: DocumentText): boolean {
  return text instanceof Rope ? text.hasTabIndentation : hasTabIndentation(text);
}

/** Analyses a text once, with no memory of earlier versions (the CLI's way). */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return new Analyzer().analyze(text, options);
}

interface Parsed {
  workspace: Workspace;
  problems: Problem[];
  stats: AnalysisStats;
}

function parseWhole(text: string, m: Messages): Parsed {
  const doc = parseDocument(text, PARSE_OPTIONS);
  const identity = (offset: number) => offset;
  const header = readHeader(doc, identity, false, m);
  const problems = [...yamlProblems(doc, identity, m), ...header.problems];
  const directories: Directory[] = [];
  if (isSeq(header.directoriesNode)) {
    for (const item of header.directoriesNode.items) {
      runSteps(readDirectory(doc, item as Node, 0, directories, problems, m));
    }
  }
  const workspace: Workspace = { version: header.version, directoriesKey: header.directoriesKey, standalone: header.standalone, directories };
  return { workspace, problems, stats: { mode: 'whole', blocks: 1, parsedBlocks: 1 } };
}

/** Parses one directory block: pauses inside the `yaml` parse and after it, and between the phases of each directory. */
function* parseBlock(text: string, base: number, firstIndex: number, locale: Locale): Steps<ParsedBlock> {
  const m = messagesFor(locale);
  const doc = yield* parseDocumentInSteps(text, PARSE_OPTIONS);
  yield;
  const problems = yamlProblems(doc, (offset) => offset + base, m);
  const directories: Directory[] = [];
  const spans: Span[] = [];
  if (isSeq(doc.contents)) {
    for (const item of doc.contents.items) {
      yield* readDirectory(doc, item as Node, base, directories, problems, m, firstIndex + directories.length, spans);
    }
  }
  return { base, firstIndex, locale, directories, problems, spans };
}

/** Builds and schema-checks one `directories` item, appending to `directories` and `problems`; a pause between the phases. */
function* readDirectory(
  doc: Document.Parsed, item: Node, base: number, directories: Directory[], problems: Problem[], m: Messages,
  index = directories.length, spans: Span[] = [],
): Steps<void> {
  const toFile = (offset: number) => offset + base;
  const tracked = spans.length;
  try {
    const value = toJS(item, doc, toFile, problems, m);
    yield;
    if (value !== ALIAS_BOMB) problems.push(...checkDirectory(value, item, toFile, m));
    yield;
    const directory = buildDirectory(doc, item, base, index, spans);
    if (directory) directories.push(directory);
  } catch (error) {
    spans.length = tracked; // the spans of a directory left out
    // Whatever this item holds (nesting deep enough to exhaust the stack…), the other directories are still read.
    const range = item?.range ?? [0, 0, 0];
    problems.push({
      code: 'YAML',
      severity: 'error',
      message: error instanceof RangeError ? m.tooDeep() : m.directoryUnreadable({ detail: (error as Error).message }),
      start: toFile(range[0]),
      end: toFile(range[1]),
    });
  }
}

interface Header {
  problems: Problem[];
  version?: Workspace['version'];
  directoriesKey?: Span;
  directoriesNode?: unknown;
  standalone?: Span;
}

/**
 * Reads and schema-checks the top level. `itemsCut` says the directory items were cut out of this
 * text (block mode): an empty `directories:` then stands for a list checked elsewhere.
 */
function readHeader(doc: Document.Parsed, toFile: (offset: number) => number, itemsCut: boolean, m: Messages): Header {
  const problems: Problem[] = [];
  const root = doc.contents;
  const header: Header = { problems };
  const span = (node: Node) => ({ start: toFile(node.range![0]), end: toFile(node.range![1]) });
  if (!isMap(root)) {
    problems.push(...checkTopLevel(root ? toJS(root, doc, toFile, problems, m) : root ?? null, root, toFile, m));
    return header;
  }
  const value: Record<string, unknown> = Object.create(null); // user keys: `__proto__` must stay a key
  for (const pair of root.items) {
    if (!isPair(pair) || !isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    const node = pair.value as Node | null;
    if (key === 'directories') {
      header.directoriesKey = span(pair.key);
      header.directoriesNode = node;
      // A bare `directories:` parses as a null scalar: in block mode its items were cut out of this text.
      const emptied = node === null || (isScalar(node) && node.value === null);
      value[key] = isSeq(node) || (itemsCut && emptied) ? [] : node && toJS(node, doc, toFile, problems, m);
    } else {
      if (key === 'version' && isScalar(node)) header.version = { value: node.value, ...span(node), key: span(pair.key) };
      if (key === 'estate' && isScalar(node) && node.value === 'standalone') header.standalone = span(node);
      value[key] = node === null ? null : toJS(node, doc, toFile, problems, m);
    }
  }
  problems.push(...checkTopLevel(value, root, toFile, m));
  return header;
}

const ALIAS_BOMB = Symbol('alias bomb');

/** The JS value of a node for the schema check; an alias bomb becomes a problem instead of a hang. */
function toJS(node: Node, doc: Document.Parsed, toFile: (offset: number) => number, problems: Problem[], m: Messages): unknown {
  try {
    return node.toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (error instanceof ReferenceError && /unresolved alias/i.test(error.message)) {
      const dangling = danglingAliases(node, doc, toFile, m);
      if (dangling.length) {
        problems.push(...dangling);
        return ALIAS_BOMB;
      }
    }
    const range = node.range ?? [0, 0, 0];
    problems.push({
      code: 'YAML',
      severity: 'error',
      message: error instanceof RangeError ? m.tooDeep() : // the stack ran out: deep nesting, not aliases
        m.aliasBomb({ detail: (error as Error).message.replace(/\.$/, '') }),
      start: toFile(range[0]),
      end: toFile(range[1]),
    });
    return ALIAS_BOMB;
  }
}

/**
 * Each alias inside `node` that names no anchor defined before it, as a problem at the alias. One walk
 * of the document in order, remembering the anchors seen so far: linear, whatever the alias count.
 */
function danglingAliases(node: Node, doc: Document.Parsed, toFile: (offset: number) => number, m: Messages): Problem[] {
  const found: Problem[] = [];
  const anchors = new Set<string>();
  const [from, to] = node.range ?? [0, 0];
  visit(doc, (_, n) => {
    if (isAlias(n)) {
      if (!anchors.has(n.source) && n.range && n.range[0] >= from && n.range[1] <= to) {
        found.push({ code: 'YAML', severity: 'error', message: m.danglingAlias({ name: n.source }), start: toFile(n.range[0]), end: toFile(n.range[1]) });
      }
    } else if (isNode(n) && n.anchor) anchors.add(n.anchor);
  });
  return found;
}

/**
 * The analysis of a file too large to read at all: the editor checks the size on disk first, so a
 * 200 MB file is never loaded just to be refused.
 */
export function analyzeTooLarge(size: number, maxLength: number, options: AnalyzeOptions = {}): Analysis {
  return runSteps(finish('', tooLarge({ length: size }, maxLength, messagesFor(options.locale)), options));
}

function tooLarge(text: string | { length: number }, maxLength: number, m: Messages): Parsed {
  // Mebibytes, labelled MiB; one decimal, rounded down, so 32.9 MiB over a 32 MiB limit never reads "33 MiB".
  const megabytes = (n: number) => Math.floor((n / 1024 / 1024) * 10) / 10;
  return {
    workspace: { directories: [] },
    problems: [{
      code: 'YAML',
      severity: 'error',
      message: m.tooLarge({ size: megabytes(text.length), limit: megabytes(maxLength) }),
      start: 0,
      end: typeof text === 'string' ? firstLineEnd(text) : 0,
      data: { length: text.length, maxLength },
    }],
    stats: { mode: 'not-parsed', blocks: 0, parsedBlocks: 0 },
  };
}

function firstLineEnd(text: string): number {
  const newline = text.indexOf('\n');
  return newline === -1 ? text.length : newline;
}

function unreadable(error: unknown, m: Messages): Parsed {
  const detail = (error as Error)?.message ?? String(error);
  return {
    workspace: { directories: [] },
    problems: [{
      code: 'YAML',
      severity: 'error',
      message: error instanceof RangeError ? m.fileTooComplex({ detail }) : m.fileUnanalysable({ detail }),
      start: 0,
      end: 0,
    }],
    stats: { mode: 'not-parsed', blocks: 0, parsedBlocks: 0 },
  };
}

function binary(offset: number, m: Messages): Parsed {
  return {
    workspace: { directories: [] },
    problems: [{
      code: 'YAML',
      severity: 'error',
      message: m.binaryFile(),
      start: offset,
      end: offset + 1,
    }],
    stats: { mode: 'not-parsed', blocks: 0, parsedBlocks: 0 },
  };
}

/**
 * The parser may point one past the end of a truncated file; keep every range inside the text.
 * Copies when it must change anything: cached problems are shared with earlier analyses.
 */
function clampInto(problem: Problem, length: number): Problem {
  const start = Math.min(Math.max(0, problem.start), length);
  const end = Math.min(Math.max(start, problem.end), length);
  return start === problem.start && end === problem.end ? problem : { ...problem, start, end };
}

const RULE_IDS = new Set(RULES.map((rule) => rule.id));

/** A rule that throws must not take the other checks down with it: its failure becomes a problem. */
function runRule(rule: Rule, context: RuleContext): Finding[] {
  try {
    return rule.check(context);
  } catch (error) {
    return [{
      message: context.messages.ruleFailed({ id: rule.id, error: (error as Error).message }),
      start: 0,
      end: 0,
    }];
  }
}

const DIRECTORY_RULES = RULES.filter((rule) => rule.scope === 'directory');
const FILE_RULES = RULES.filter((rule) => rule.scope !== 'directory');

/** Block mode: this version's blocks, its index, and what changed since the previous version. */
interface Blocks {
  placed: ParsedBlock[];
  index: ModelIndex;
  /** The index look-ups that may answer differently than for the previous version; undefined: any. */
  changed?: Set<string>;
  /** Where the text changed since the previous version, when only the blocks around it were cut again. */
  window?: EditWindow;
  /** Blocks of the previous version that did not move as the window says (their findings are found again). */
  displaced?: ReadonlySet<ParsedBlock>;
  cache: RuleCache;
}

/**
 * Runs the rules: with `blocks` (block mode), the rules that check one directory at a time run per
 * block, and a block keeps their findings until it is parsed again or the options change; the others
 * run per block too, reading the whole file through the index, and run again only where a look-up
 * they made changed (ruleCache.ts). Without, every rule runs on the whole model (the reference behaviour).
 */
function* finish(given: DocumentText, parsed: Parsed, options: AnalyzeOptions, blocks?: Blocks): Steps<Analysis> {
  const text = given.toString();
  const source = given instanceof Rope ? { source: given } : {};
  const index = blocks?.index ?? new ModelIndex(parsed.workspace);
  const messages = messagesFor(options.locale);
  const ruleOptions = { ...DEFAULT_RULE_OPTIONS, ...options.rules };
  const context: RuleContext = { workspace: parsed.workspace, index, options: ruleOptions, messages, name: naming(messages) };
  const problems = parsed.problems;
  const severityOf = (rule: Rule) => options.severities?.[rule.id] ?? rule.defaultSeverity;
  const run = (rule: Rule, ruleContext: RuleContext, into: Problem[]) => runConfigured(rule, ruleContext, options, into);
  const local = (options as InternalOptions)[LOCAL] === true;
  if (blocks) {
    const optionsKey = JSON.stringify([options.locale ?? 'en', ruleOptions, DIRECTORY_RULES.map(severityOf)]);
    for (const block of blocks.placed) {
      const key = `${block.firstIndex}|${optionsKey}`;
      if (block.findings?.key !== key) {
        const found: Problem[] = [];
        for (const directory of block.directories) {
          const workspace: Workspace = { directories: [directory] };
          const local: RuleContext = { ...context, workspace, index: new ModelIndex(workspace) };
          for (const rule of DIRECTORY_RULES) {
            run(rule, local, found);
            yield;
          }
        }
        block.findings = { key, problems: found };
      }
      for (const problem of block.findings.problems) problems.push(problem);
    }
    // The rules that read the whole file are an estate's business in a local analysis.
    const found = local ? [] : yield* blocks.cache.runSteps({
      blocks: blocks.placed,
      index,
      changed: blocks.changed,
      window: blocks.window,
      displaced: blocks.displaced,
      ...fileRuleChecks(options),
    });
    for (const problem of found) problems.push(problem);
  } else {
    for (const rule of RULES) if (!local || rule.scope === 'directory') run(rule, context, problems);
  }
  if (local) return { text, ...source, workspace: parsed.workspace, index, problems, stats: parsed.stats };
  yield;
  return { text, ...source, workspace: parsed.workspace, index, problems: settleProblems(given, problems, options), stats: parsed.stats };
}

/**
 * The rules that read the whole file (no `scope`), as a `RuleCache` runs them one block at a time:
 * a file's blocks in `analyze`, an estate's joined model in src/core/estate. Severities are those
 * configured; `optionsKey` names everything else their findings depend on.
 */
export function fileRuleChecks(options: AnalyzeOptions = {}): Pick<RuleRun, 'optionsKey' | 'rules' | 'check'> {
  const messages = messagesFor(options.locale);
  const ruleOptions = { ...DEFAULT_RULE_OPTIONS, ...options.rules };
  const name = naming(messages);
  return {
    optionsKey: JSON.stringify([options.locale ?? 'en', ruleOptions, FILE_RULES.map((rule) => options.severities?.[rule.id] ?? rule.defaultSeverity)]),
    rules: FILE_RULES,
    check: (rule, directories, index) => {
      const out: Problem[] = [];
      runConfigured(rule, { workspace: { directories }, index, options: ruleOptions, messages, name }, options, out);
      return out;
    },
  };
}

/** Runs a rule with the severity the user configured for it (none when `off`). */
function runConfigured(rule: Rule, context: RuleContext, options: AnalyzeOptions, into: Problem[]): void {
  const chosen = options.severities?.[rule.id];
  if (chosen === 'off') return;
  // A finding may carry a softer default (a state the file records as expected); a configured severity still wins.
  for (const { severity: softer, ...finding } of runRule(rule, context)) {
    into.push({ code: rule.id, severity: chosen ?? softer ?? rule.defaultSeverity, ...finding });
  }
}

/**
 * A file's problems as the user sees them: configured severities of the codes that are not rules'
 * (YAML, SCHEMA), `off` codes and suppressed problems removed (SUP001 for comments that silence
 * nothing), ranges inside the text, sorted by position.
 */
export function settleProblems(text: TextLike, problems: readonly Problem[], options: AnalyzeOptions = {}): Problem[] {
  const messages = messagesFor(options.locale);
  // Severities configured for codes that are not rules' (YAML, SCHEMA): only then is every problem looked at.
  const otherCodes = Object.keys(options.severities ?? {}).some((code) => !RULE_IDS.has(code));
  const configured = !otherCodes ? problems : problems.flatMap((problem) => {
    if (RULE_IDS.has(problem.code)) return [problem];
    const severity = options.severities?.[problem.code];
    if (severity === 'off') return [];
    return [severity ? { ...problem, severity } : problem];
  });
  const offCodes = new Set(RULES.filter((rule) => options.severities?.[rule.id] === 'off').map((rule) => rule.id));
  const kept = applySuppressions(text, configured, {
    knownCodes: RULE_IDS, offCodes, severity: options.severities?.[SUPPRESSION_CODE], messages,
  });
  for (let i = 0; i < kept.length; i++) kept[i] = clampInto(kept[i], text.length);
  kept.sort(compareProblems);
  return kept;
}
