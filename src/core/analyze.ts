/**
 * The analysis pipeline: text → parts → model → problems. One `Analyzer` per document keeps the
 * parsed directory blocks of the previous version, so after an edit only the blocks whose text changed
 * are parsed again; the cross-reference rules then run on the merged model.
 */
import { isAlias, isMap, isNode, isPair, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { Document, Node, ParseOptions, DocumentOptions } from 'yaml';
import type { Directory, Span, Workspace } from './model';
import { ModelIndex } from './modelIndex';
import { buildDirectory } from './parse/buildModel';
import { shiftDirectory, shiftProblem } from './parse/shift';
import { splitBlocks } from './parse/splitBlocks';
import { loneCrAsLf } from './text/lineBreaks';
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
  text: string;
  workspace: Workspace;
  index: ModelIndex;
  /**
   * Every problem, sorted by position, with configured severities; `off` codes and problems silenced
   * by `# tenancy-disable…` comments removed (see suppressions.ts).
   */
  problems: Problem[];
  stats: AnalysisStats;
}

export interface AnalysisStats {
  /** `blocks` when the file was cut per directory, `whole` when it had to be parsed at once, `not-parsed` for binary or oversized input. */
  mode: 'blocks' | 'whole' | 'not-parsed';
  blocks: number;
  /** Blocks parsed in this run (the others came from the previous version). */
  parsedBlocks: number;
}

/**
 * 32 Mi UTF-16 units: room for 250,000 users (about 25 MB), while a 50 MB file, which would take half
 * a minute to parse, gets a clear problem instead.
 */
export const DEFAULT_MAX_LENGTH = 32 * 1024 * 1024;

const PARSE_OPTIONS: ParseOptions & DocumentOptions = { prettyErrors: false, uniqueKeys: true, logLevel: 'error' };
/** Aliases expand when a value is converted for the schema check; more than this is an alias bomb. */
const MAX_ALIAS_COUNT = 100;

/** One parsed directory block, as it was when first parsed at `base`. */
export interface ParsedBlock {
  base: number;
  /** The language of its problems' messages: a block is only reused for an analysis in the same locale. */
  locale: Locale;
  directories: Directory[];
  problems: Problem[];
}

/**
 * The parsed blocks of an analysis, keyed by their text: plain data, so a worker thread can parse a
 * large file and hand its blocks to the `Analyzer` of the main thread.
 */
export type BlockCache = Array<[string, ParsedBlock]>;

export class Analyzer {
  private blocks = new Map<string, ParsedBlock>();

  /** The blocks the last analysis parsed or reused. */
  exportBlocks(): BlockCache {
    return [...this.blocks];
  }

  /** Adopts blocks parsed elsewhere: the next analysis of a text holding them does not parse them again. */
  importBlocks(blocks: BlockCache): void {
    for (const [text, block] of blocks) this.blocks.set(text, block);
  }

  analyze(text: string, options: AnalyzeOptions = {}): Analysis {
    try {
      // Lone CRs end lines, as in the editor: the parser and the block cut read them as LF (same offsets).
      const lf = loneCrAsLf(text);
      const analysis = this.analyzeText(lf, options);
      return lf === text ? analysis : { ...analysis, text };
    } catch (error) {
      // A last resort: no input may crash the extension or the CLI. Nothing known reaches here.
      this.blocks = new Map();
      return finish(text, unreadable(error, messagesFor(options.locale ?? 'en')), options);
    }
  }

  private analyzeText(text: string, options: AnalyzeOptions): Analysis {
    const locale = options.locale ?? 'en';
    const m = messagesFor(locale);
    const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
    if (text.length > maxLength) return finish(text, tooLarge(text, maxLength, m), options);
    const nul = text.indexOf('\0');
    if (nul !== -1) return finish(text, binary(nul, m), options);
    const split = options.split === false ? undefined : splitBlocks(text);
    if (!split) {
      this.blocks = new Map();
      return finish(text, parseWhole(text, m), options);
    }

    const toFile = (offset: number) => (offset >= split.cutStart ? offset + split.cutEnd - split.cutStart : offset);
    const headerDoc = parseDocument(split.headerText, PARSE_OPTIONS);
    const header = readHeader(headerDoc, toFile, true, m);
    const problems = [...yamlProblems(headerDoc, toFile, m), ...header.problems];
    const directories: Directory[] = [];
    const nextBlocks = new Map<string, ParsedBlock>();
    let parsedBlocks = 0;
    for (const { start, end } of split.blocks) {
      const blockText = text.slice(start, end);
      const cached = nextBlocks.get(blockText) ?? this.blocks.get(blockText);
      let block = cached?.locale === locale ? cached : undefined;
      if (!block) {
        block = parseBlock(blockText, start, directories.length, locale);
        parsedBlocks++;
      }
      nextBlocks.set(blockText, block);
      const delta = start - block.base;
      for (const directory of block.directories) directories.push(shiftDirectory(directory, delta, directories.length));
      for (const problem of block.problems) problems.push(shiftProblem(problem, delta));
    }
    this.blocks = nextBlocks;
    const workspace: Workspace = { version: header.version, directoriesKey: header.directoriesKey, directories };
    return finish(text, { workspace, problems, stats: { mode: 'blocks', blocks: split.blocks.length, parsedBlocks } }, options);
  }
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
      readDirectory(doc, item as Node, 0, directories, problems, m);
    }
  }
  const workspace: Workspace = { version: header.version, directoriesKey: header.directoriesKey, directories };
  return { workspace, problems, stats: { mode: 'whole', blocks: 1, parsedBlocks: 1 } };
}

function parseBlock(text: string, base: number, firstIndex: number, locale: Locale): ParsedBlock {
  const m = messagesFor(locale);
  const doc = parseDocument(text, PARSE_OPTIONS);
  const problems = yamlProblems(doc, (offset) => offset + base, m);
  const directories: Directory[] = [];
  if (isSeq(doc.contents)) {
    for (const item of doc.contents.items) {
      readDirectory(doc, item as Node, base, directories, problems, m, firstIndex + directories.length);
    }
  }
  return { base, locale, directories, problems };
}

/** Builds and schema-checks one `directories` item, appending to `directories` and `problems`. */
function readDirectory(
  doc: Document.Parsed, item: Node, base: number, directories: Directory[], problems: Problem[], m: Messages,
  index = directories.length,
): void {
  const toFile = (offset: number) => offset + base;
  try {
    const value = toJS(item, doc, toFile, problems, m);
    if (value !== ALIAS_BOMB) problems.push(...checkDirectory(value, item, toFile, m));
    const directory = buildDirectory(doc, item, base, index);
    if (directory) directories.push(directory);
  } catch (error) {
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
  return finish('', tooLarge({ length: size }, maxLength, messagesFor(options.locale)), options);
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

function finish(text: string, parsed: Parsed, options: AnalyzeOptions): Analysis {
  const index = new ModelIndex(parsed.workspace);
  const messages = messagesFor(options.locale);
  const context: RuleContext = {
    workspace: parsed.workspace, index, options: { ...DEFAULT_RULE_OPTIONS, ...options.rules }, messages, name: naming(messages),
  };
  const problems = parsed.problems;
  for (const rule of RULES) {
    const severity = options.severities?.[rule.id] ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    for (const finding of runRule(rule, context)) problems.push({ code: rule.id, severity, ...finding });
  }
  const configured = problems.flatMap((problem) => {
    if (RULE_IDS.has(problem.code)) return [problem];
    const severity = options.severities?.[problem.code];
    if (severity === 'off') return [];
    return [severity ? { ...problem, severity } : problem];
  });
  const offCodes = new Set(RULES.filter((rule) => options.severities?.[rule.id] === 'off').map((rule) => rule.id));
  const kept = applySuppressions(text, configured, {
    knownCodes: RULE_IDS, offCodes, severity: options.severities?.[SUPPRESSION_CODE], messages,
  });
  const inside = kept.map((problem) => clampInto(problem, text.length));
  inside.sort(compareProblems);
  return { text, workspace: parsed.workspace, index, problems: inside, stats: parsed.stats };
}
