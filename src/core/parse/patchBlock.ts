/**
 * Typing inside one entry of a directory's list (a user, a guest, a group, a service principal, a
 * subscription with its role assignments, a management group) re-reads only the entries around the
 * edit, not the whole directory: on a 250-user directory the
 * `yaml` parse of the block is most of a keystroke. The lines of the entries the edit touched — from
 * the dash of the entry it starts in to the dash of the first entry after it — are parsed on their
 * own as a list, checked against the schema entry by entry, and put in place of the old entries in a
 * copy of the directory; the entries after them move by the change in length.
 *
 * Only when that reads exactly as parsing the whole block would: the block is one directory that
 * parsed without a YAML problem, the entries before and after the lines are unchanged items of the
 * same block list, the lines stay items of that list (nothing less indented, no anchor or alias,
 * which could reach outside them) and parse cleanly, old and new, and — for subscriptions and
 * management groups, which are numbered by position — as many entries as before. Otherwise there is
 * no result and the caller parses the block.
 */
import { isAlias, isMap, isNode, isSeq, parseDocument, visit } from 'yaml';
import type { Document, Node, YAMLSeq } from 'yaml';
import type { ParsedBlock } from './parsedBlock';
import type { Messages } from '../i18n';
import type { Directory, Span } from '../model';
import type { Problem } from '../problems';
import type { EditWindow } from '../ruleCache';
import { ENTRY_KINDS, checkEntry, type EntryList } from '../schema/schemaCheck';
import { buildEntries } from './buildModel';
import { reconcileEntries } from './keepUnchanged';
import { PARSE_OPTIONS } from './parseOptions';
import { spansOf } from './shift';
import { ownCopy } from '../text/ownCopy';
import type { TextLike } from '../text/textLike';

const LISTS = Object.keys(ENTRY_KINDS) as readonly EntryList[];
/** Lists whose entries are numbered by position (`subscriptionIndex`, `managementGroupIndex`): re-read only while as many. */
const NUMBERED: ReadonlySet<EntryList> = new Set(['subscriptions', 'managementGroups']);

type Entry = Directory[EntryList][number];

export interface PatchInput {
  /** The block of the previous version, at `start` in `previousText`, ending at `end`. */
  before: ParsedBlock;
  previousText: TextLike;
  start: number;
  end: number;
  /** The new version of the file: the block starts at `start` too, the edit lies inside it. */
  text: TextLike;
  window: EditWindow;
  messages: Messages;
}

/** The entries an edit replaces in a block, read: what `patchBlock` puts in place. */
export interface Patch {
  input: PatchInput;
  directory: Directory;
  list: EntryList;
  /** The entries `first` (inclusive) to `last` (exclusive) of `list`, the lines `[from, to)` of the previous text… */
  first: number;
  last: number;
  from: number;
  to: number;
  /** …become these entries, with these problems. */
  read: Entry[];
  problems: Problem[];
}

/**
 * The block of the new version, or undefined when the edit cannot be read entry by entry. The
 * previous block's entries and problems are moved in place (its analysis is over, see `placeBlock`):
 * the caller must not place it again.
 */
export function patchBlock(input: PatchInput): ParsedBlock | undefined {
  const patch = planPatch(input);
  return patch && applyPatch(patch);
}

/** The entries the edit replaces, read, or undefined when the block must be parsed: the previous block is left as it is. */
export function planPatch(input: PatchInput): Patch | undefined {
  const { before, previousText, start, end, window } = input;
  if (before.directories.length !== 1 || window.start <= start || window.oldEnd >= end) return undefined;
  if (before.problems.some((p) => p.code === 'YAML')) return undefined;
  const directory = before.directories[0];
  const lineOf = (entry: Entry) => previousText.lastIndexOf('\n', entry.start - 1) + 1;
  for (const list of LISTS) {
    const entries: readonly Entry[] = directory[list];
    if (entries.length < 2 || lineOf(entries[0]) >= window.start || lineOf(entries[entries.length - 1]) < window.oldEnd) continue;
    // The last entry whose line starts before the edit, and the first after it whose line starts at or after its end.
    let low = 0;
    let high = entries.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (lineOf(entries[mid]) < window.start) low = mid;
      else high = mid - 1;
    }
    let after = low + 1;
    while (after < entries.length && lineOf(entries[after]) < window.oldEnd) after++;
    if (after === entries.length) return undefined;
    return readEntries(input, directory, list, low, after, lineOf(entries[low]), lineOf(entries[after]));
  }
  return undefined;
}

/** Reads the lines the entries `first` (inclusive) to `last` (exclusive) of `list` become, `[from, to)` in the previous text. */
function readEntries(input: PatchInput, directory: Directory, list: EntryList, first: number, last: number, from: number, to: number): Patch | undefined {
  const { before, previousText, text, window, messages } = input;
  const entries: readonly Entry[] = directory[list];
  const indent = dashIndent(previousText, from, entries[first].start);
  if (indent === undefined || dashIndent(previousText, to, entries[last].start) !== indent) return undefined;
  // An item of a list that is not a map (a SCHEMA problem on the item itself) would make positions differ from entry numbers.
  const item = new RegExp(`^/${list}/\\d+$`);
  if (before.problems.some((p) => p.data?.keyword === 'type' && item.test(String(p.data.pointer)))) return undefined;
  const delta = window.delta;
  const newTo = to + delta;
  if (newTo <= from || text.charCodeAt(newTo - 1) !== 0x0a) return undefined;
  const lines = text.slice(from, newTo);
  if (!itemsOnly(lines, indent)) return undefined;
  // The parse ends each entry where the next token begins (an empty value, a trailing comment): the
  // first line of the entry after them is parsed too, as in the block, and left out.
  const nextLineEnd = previousText.indexOf('\n', to);
  const following = previousText.slice(to, nextLineEnd === -1 ? previousText.length : nextLineEnd + 1);
  const old = parseItems(previousText.slice(from, to), following);
  const now = parseItems(lines, following);
  if (!old || !now || old.count !== last - first) return undefined;
  // A problem that starts before the lines and ends inside them is not an entry's: it cannot be moved.
  if (before.problems.some((p) => p.start < from && p.end > from && p.end < to)) return undefined;

  if (NUMBERED.has(list) && now.count !== last - first) return undefined;
  const read = buildEntries(now.doc, now.items, from, list, directory.index, first).slice(0, now.count);
  const problems: Problem[] = [];
  for (let k = 0; k < now.count; k++) {
    const node = now.items.items[k] as Node;
    problems.push(...checkEntry(list, first + k, node.toJS(now.doc), node, (offset) => offset + from, messages));
  }
  return { input, directory, list, first, last, from, to, read, problems };
}

/**
 * The new block: the read entries in place of those they replace, in a copy of the directory; what
 * follows them moved (in the block replaced, which must not be used again).
 */
export function applyPatch({ input, directory, list, first, last, from, to, read, problems }: Patch): ParsedBlock {
  const { before, window: { delta } } = input;
  const entries: readonly Entry[] = directory[list];
  // Everything after the lines moves by the change in length; what encloses them (the directory, the list) ends later.
  const replaced = entries.slice(first, last);
  for (const span of spansOf(directory, [], new Set<object>(replaced)) as Span[]) {
    if (span.start >= to) span.start += delta;
    if (span.end >= to) span.end += delta;
  }
  const renumber = read.length - replaced.length;
  const position = new RegExp(`^/${list}/(\\d+)(/.*)?$`);
  for (const problem of before.problems) {
    if (problem.start >= from && problem.start < to) continue; // a replaced entry's: found again above
    if (problem.start >= to) problem.start += delta;
    if (problem.end >= to) problem.end += delta;
    const pointer = renumber === 0 || problem.data?.pointer === undefined ? undefined : position.exec(String(problem.data.pointer));
    if (pointer && Number(pointer[1]) >= last) problem.data = { ...problem.data, pointer: `/${list}/${Number(pointer[1]) + renumber}${pointer[2] ?? ''}` };
    problems.push(problem);
  }
  const patched: Directory = { ...directory, [list]: [...entries.slice(0, first), ...reconcileEntries(replaced, read), ...entries.slice(last)] };
  return { base: before.base, firstIndex: before.firstIndex, locale: before.locale, directories: [patched], problems };
}

/** The indentation of the dash that opens an entry on the line at `lineStart` (its map starting at `entryStart` on the same line). */
function dashIndent(text: TextLike, lineStart: number, entryStart: number): number | undefined {
  const match = /^( *)- +$/.exec(text.slice(lineStart, entryStart));
  return match ? match[1].length : undefined;
}

/** Whether every line is blank, a comment, more indented than `indent`, or an item at `indent`: items of one list, nothing else. */
function itemsOnly(lines: string, indent: number): boolean {
  for (let at = 0; at < lines.length;) {
    const next = lines.indexOf('\n', at);
    const lineEnd = next === -1 ? lines.length : next;
    let i = at;
    while (i < lineEnd && lines.charCodeAt(i) === 0x20) i++;
    const c = lines[i];
    const blank = i === lineEnd || c === '\r' || c === '#';
    if (!blank) {
      if (i - at < indent) return false;
      if (i - at === indent && !(c === '-' && (i + 1 === lineEnd || lines[i + 1] === ' ' || lines[i + 1] === '\r'))) return false;
    }
    at = lineEnd + 1;
  }
  return true;
}

/**
 * The lines parsed as a list of their own, followed by the first line of the next item, when they
 * parse cleanly into maps without anchors or aliases; `count` items are the lines'.
 */
function parseItems(lines: string, following: string): { doc: Document.Parsed; items: YAMLSeq; count: number } | undefined {
  const doc = parseDocument(ownCopy(lines + following), PARSE_OPTIONS);
  if (doc.errors.length > 0 || doc.warnings.length > 0 || !isSeq(doc.contents)) return undefined;
  let plain = true;
  visit(doc, (_, node) => {
    if (isAlias(node) || (isNode(node) && node.anchor)) {
      plain = false;
      return visit.BREAK;
    }
    return undefined;
  });
  const count = doc.contents.items.length - 1;
  if (!plain || count < 0 || !doc.contents.items.slice(0, count).every((node) => isMap(node))) return undefined;
  return { doc, items: doc.contents, count };
}
