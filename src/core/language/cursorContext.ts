/**
 * Where the cursor is in the YAML structure, found from the text's lines and indentation alone: the
 * line being typed rarely parses (`        ow`, `role: Contr`, `- { principal: al`), so completion
 * cannot rely on the parsed model at the cursor. Block maps and sequences are followed by column;
 * flow collections (`{ … }`, `[ … ]`) on the cursor's line by a small scanner.
 *
 * Offsets are 0-based UTF-16 offsets into the whole text; columns are UTF-16 code units from the
 * start of the line.
 */
import type { TextLike } from '../text/textLike';

/** One step of a path: a map key, or `[]` for "an item of this sequence". */
export type PathStep = string;

export interface CursorContext {
  /**
   * Path from the root to the map the cursor is in (key context) or to the map holding the key
   * whose value is being typed (value context), e.g. `['directories', '[]', 'users', '[]']`.
   */
  path: PathStep[];
  /** `key`: a key of the map at `path` is being typed; `value`: the value of `key`. */
  kind: 'key' | 'value';
  /** Value context: the key whose value is at the cursor. */
  key?: string;
  /** Value context: the cursor is on an item of a list held by `key` (`roles: [A, |]`, `- |`). */
  inList?: boolean;
  /** List context: the other items of the list, as written (to avoid proposing them twice). */
  listed?: string[];
  /** The word being typed: from `start` to the cursor. */
  prefix: string;
  /** Range of the token at the cursor (it may extend past the cursor), to be replaced. */
  start: number;
  end: number;
  /** Inside a flow collection (`{ }` or `[ ]`): inserted text must avoid `,` `[` `]` `{` `}` unquoted. */
  inFlow: boolean;
  /** Key context: the key at the cursor is already followed by its `:` (replace the name only). */
  hasColon?: boolean;
  /** Keys already present in the map at `path`, with their scalar values when written on one line. */
  siblings: Map<string, string>;
}

interface Opener {
  column: number;
  /** A `- ` sequence item marker, or a `key:`. */
  kind: 'item' | 'key';
  key?: string;
  /** For keys: the rest of the line after `key:` (comment removed), trimmed. */
  value?: string;
}

const KEY = /^((?:[^\s:#'"{}[\],][^:#]*?)|"[^"]*"|'[^']*'):(?=\s|$)/;

/** The block structure of one line: its `- ` markers and its `key:`, by column. */
function openers(line: string): Opener[] {
  const result: Opener[] = [];
  let i = 0;
  while (i < line.length && line[i] === ' ') i++;
  for (;;) {
    if (line[i] === '-' && (i + 1 === line.length || line[i + 1] === ' ')) {
      result.push({ column: i, kind: 'item' });
      i++;
      while (i < line.length && line[i] === ' ') i++;
      continue;
    }
    break;
  }
  const match = KEY.exec(line.slice(i));
  if (match) {
    const key = unquote(match[1].trim());
    const value = stripComment(line.slice(i + match[0].length)).trim();
    result.push({ column: i, kind: 'key', key, value });
  }
  return result;
}

function unquote(text: string): string {
  return /^(["']).*\1$/.test(text) ? text.slice(1, -1) : text;
}

function stripComment(text: string): string {
  const hash = text.search(/(^|\s)#/);
  return hash === -1 ? text : text.slice(0, hash);
}

function isBlank(line: string): boolean {
  return /^\s*(#.*)?$/.test(line);
}

/** Start and end (before its line break) of the line containing `offset`. */
function lineAt(text: TextLike, offset: number): { start: number; end: number } {
  // lastIndexOf clamps a negative position to 0, which would find a line break at offset 0.
  const start = offset <= 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
  let end = text.indexOf('\n', offset);
  if (end === -1) end = text.length;
  return { start, end };
}

function lineText(text: TextLike, start: number, end: number): string {
  const line = text.slice(start, end);
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

/** Iterates lines above a line start, nearest first: [start, text]. */
function* linesAbove(text: TextLike, lineStart: number): Iterable<[number, string]> {
  let end = lineStart - 1;
  while (end >= 0) {
    const start = end === 0 ? 0 : text.lastIndexOf('\n', end - 1) + 1;
    yield [start, lineText(text, start, end)];
    end = start - 1;
  }
}

/** Iterates lines below a line end, nearest first: [start, text]. */
function* linesBelow(text: TextLike, lineEnd: number): Iterable<[number, string]> {
  let start = lineEnd + 1;
  while (start <= text.length && lineEnd < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    yield [start, lineText(text, start, end)];
    if (end >= text.length) return;
    start = end + 1;
  }
}

/**
 * Ancestors of a node that starts at `column` on the line starting at `lineStart`, root first, from
 * the lines above it. A key at a column left of the node is its parent map's key; a `- ` marker left
 * of it, its sequence item. A sequence written at the same column as its key (`users:` then `- upn:`
 * below it, unindented) is handled too.
 */
function ancestors(text: TextLike, lineStart: number, column: number, isItem: boolean): PathStep[] {
  const steps: PathStep[] = [];
  let limit = column;
  let lastWasItem = isItem;
  for (const [, line] of linesAbove(text, lineStart)) {
    if (limit <= 0 && !lastWasItem) break;
    if (isBlank(line)) continue;
    const found = openers(line);
    if (found.length === 0) {
      // A continuation line (a long flow list or a folded scalar): it opens nothing.
      continue;
    }
    for (let i = found.length - 1; i >= 0; i--) {
      const opener = found[i];
      if (opener.column < limit) {
        steps.push(opener.kind === 'item' ? '[]' : opener.key!);
        lastWasItem = opener.kind === 'item';
        limit = opener.column;
      } else if (lastWasItem && opener.kind === 'key' && opener.column === limit && opener.value === '') {
        steps.push(opener.key!);
        lastWasItem = false;
      }
    }
  }
  return steps.reverse();
}

/** Keys of the block map whose keys sit at `column`, around the line starting at `lineStart`. */
function blockSiblings(text: TextLike, lineStart: number, lineEnd: number, column: number, startsItem = false): Map<string, string> {
  const siblings = new Map<string, string>();
  const take = (line: string, below: boolean): boolean => {
    if (isBlank(line)) return true;
    const found = openers(line);
    if (found.length === 0) return true;
    const first = found[0];
    if (below && first.column < column) return false;
    for (const opener of found) {
      if (opener.kind === 'key' && opener.column === column && !siblings.has(opener.key!)) siblings.set(opener.key!, opener.value ?? '');
    }
    return !found.some((o) => o.column < column);
  };
  // A line opening a new item (`- `) starts the map: the keys above belong to the previous item.
  if (!startsItem) for (const [, line] of linesAbove(text, lineStart)) if (!take(line, false)) break;
  for (const [, line] of linesBelow(text, lineEnd)) if (!take(line, true)) break;
  return siblings;
}

interface FlowLevel {
  kind: 'map' | 'seq';
  /** The key this collection is the value of (`roles: [`), if any. */
  key?: string;
  /** Keys already written in this flow map, with their values. */
  keys: Map<string, string>;
  /** Items already written in this flow sequence, before the cursor. */
  items: string[];
}

/**
 * Scans the flow part of a line (from `from` to the cursor) and returns the open collections, the
 * key being given a value (if the current segment has `key:`), and where the current segment starts.
 */
function scanFlow(line: string, from: number, cursor: number, outerKey: string | undefined) {
  const stack: FlowLevel[] = [];
  let segmentStart = from;
  let currentKey: string | undefined;
  let pendingKey = outerKey;
  let quote: string | undefined;
  for (let i = from; i < cursor; i++) {
    const ch = line[i];
    if (quote) {
      if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '{' || ch === '[') {
      stack.push({ kind: ch === '{' ? 'map' : 'seq', key: pendingKey, keys: new Map(), items: [] });
      pendingKey = undefined;
      currentKey = undefined;
      segmentStart = i + 1;
    } else if (ch === '}' || ch === ']') {
      stack.pop();
      currentKey = undefined;
      segmentStart = i + 1;
    } else if (ch === ',') {
      const top = stack[stack.length - 1];
      if (top?.kind === 'map' && currentKey !== undefined) top.keys.set(currentKey, line.slice(segmentStart, i).trim());
      if (top?.kind === 'seq') top.items.push(unquote(line.slice(segmentStart, i).trim()));
      currentKey = undefined;
      pendingKey = undefined;
      segmentStart = i + 1;
    } else if (ch === ':' && (i + 1 >= line.length || /[\s,}\]]/.test(line[i + 1])) && stack.length > 0 && stack[stack.length - 1].kind === 'map') {
      currentKey = unquote(line.slice(segmentStart, i).trim());
      pendingKey = currentKey;
      segmentStart = i + 1;
    }
  }
  return { stack, currentKey, segmentStart };
}

/** The rest of a flow map after the cursor: its remaining keys (to avoid proposing them again). */
function flowKeysAfter(line: string, cursor: number, keys: Map<string, string>): void {
  let depth = 0;
  let segmentStart = cursor;
  // The segment under the cursor is the one being typed: its key does not count.
  let currentKey: string | undefined = '';
  for (let i = cursor; i < line.length; i++) {
    const ch = line[i];
    if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && ch === ',') {
      segmentStart = i + 1;
      currentKey = undefined;
    } else if (depth === 0 && ch === ':' && currentKey === undefined) {
      currentKey = unquote(line.slice(segmentStart, i).trim());
      if (currentKey && !keys.has(currentKey)) keys.set(currentKey, '');
    }
  }
}

/** The items of the flow sequence after the cursor's own item, up to its `]`. */
function flowItemsAfter(line: string, cursor: number): string[] {
  const items: string[] = [];
  let depth = 0;
  let segmentStart = -1; // the cursor's own item is skipped
  for (let i = cursor; i <= line.length; i++) {
    const ch = line[i];
    if (ch === '[' || ch === '{') depth++;
    else if (i === line.length || ((ch === ']' || ch === '}') && depth === 0) || (ch === ',' && depth === 0)) {
      if (segmentStart !== -1) items.push(unquote(line.slice(segmentStart, i).trim()));
      if (ch !== ',') break;
      segmentStart = i + 1;
    } else if (ch === ']' || ch === '}') depth--;
  }
  return items.filter((item) => item !== '');
}

/** The other scalar items of the block sequence whose `- ` markers sit at `dashColumn`. */
function blockItems(text: TextLike, lineStart: number, lineEnd: number, dashColumn: number): string[] {
  const items: string[] = [];
  const take = (line: string): boolean => {
    if (isBlank(line)) return true;
    const indent = line.length - line.trimStart().length;
    if (indent < dashColumn) return false;
    if (indent === dashColumn && line[indent] === '-') items.push(unquote(stripComment(line.slice(indent + 1)).trim()));
    return indent >= dashColumn;
  };
  for (const [, line] of linesAbove(text, lineStart)) if (!take(line)) break;
  for (const [, line] of linesBelow(text, lineEnd)) if (!take(line)) break;
  return items;
}

/** End of the scalar token starting at `from` on a line: before `,` `]` `}` (in flow), ` #`, or the line end. */
function tokenEnd(line: string, from: number, inFlow: boolean): number {
  let i = from;
  for (; i < line.length; i++) {
    const ch = line[i];
    if (inFlow && /[,\]}]/.test(ch)) break;
    if (ch === '#' && i > 0 && /\s/.test(line[i - 1])) break;
  }
  while (i > from && /\s/.test(line[i - 1])) i--;
  return i;
}

/** The structural context of the cursor at `offset` in `text`. */
export function cursorContext(text: TextLike, offset: number): CursorContext {
  const { start: lineStart, end: lineEnd } = lineAt(text, offset);
  const line = lineText(text, lineStart, lineEnd);
  const cursor = Math.min(offset - lineStart, line.length);
  const before = line.slice(0, cursor);

  // Leading `- ` markers of the cursor line: each one is a sequence item opened here.
  let i = 0;
  while (i < before.length && before[i] === ' ') i++;
  const ownSteps: PathStep[] = [];
  let nodeColumn = i;
  // A `- ` counts once the cursor is past it; spaces are skipped up to the cursor only.
  while (line[i] === '-' && (i + 1 === line.length || line[i + 1] === ' ') && i + 1 <= cursor && (i + 1 === cursor ? i + 1 === line.length : true)) {
    ownSteps.push('[]');
    i++;
    while (i < cursor && line[i] === ' ') i++;
    nodeColumn = i;
  }
  const path = ancestors(text, lineStart, ownSteps.length ? lineIndentOfFirstDash(line) : nodeColumn, ownSteps.length > 0);
  path.push(...ownSteps);

  const rest = line.slice(i);
  const keyMatch = KEY.exec(rest);
  const keyEnd = keyMatch ? i + keyMatch[0].length : -1;
  if (keyMatch && keyEnd <= cursor) {
    // `key: value…` with the cursor in the value part.
    const key = unquote(keyMatch[1].trim());
    let valueStart = keyEnd;
    while (valueStart < cursor && line[valueStart] === ' ') valueStart++;
    if (line[valueStart] === '{' || line[valueStart] === '[') {
      return flowContext(line, lineStart, valueStart, cursor, path, key);
    }
    const end = tokenEnd(line, valueStart, false);
    return {
      path, kind: 'value', key, prefix: line.slice(valueStart, cursor), start: lineStart + valueStart,
      end: lineStart + Math.max(end, cursor), inFlow: false, siblings: blockSiblings(text, lineStart, lineEnd, i, ownSteps.length > 0),
    };
  }
  if (line[i] === '{' || line[i] === '[') {
    return flowContext(line, lineStart, i, cursor, path, undefined);
  }
  // A list item scalar (`- Billing Adm`): the value of the key holding the list.
  if (ownSteps.length > 0 && !keyMatch && path.length >= 2 && isScalarListKey(path.slice(0, -1))) {
    const end = tokenEnd(line, i, false);
    return {
      path: path.slice(0, -2), kind: 'value', key: path[path.length - 2], inList: true, listed: blockItems(text, lineStart, lineEnd, i - 2), prefix: line.slice(i, cursor),
      start: lineStart + i, end: lineStart + Math.max(end, cursor), inFlow: false, siblings: new Map(),
    };
  }
  // A key being typed (or an empty line / fresh item: any key of the map at this column).
  const wordEnd = keyMatch ? i + keyMatch[1].length : tokenEnd(line, i, false);
  return {
    path, kind: 'key', hasColon: !!keyMatch, prefix: line.slice(i, cursor), start: lineStart + i, end: lineStart + Math.max(wordEnd, cursor),
    inFlow: false, siblings: blockSiblings(text, lineStart, lineEnd, nodeColumn, ownSteps.length > 0),
  };
}

/** Column of the first `- ` of a line: the sequence the line's items belong to. */
function lineIndentOfFirstDash(line: string): number {
  return line.length - line.trimStart().length;
}

/** Keys whose value is a list of scalars (completion of their items). */
const SCALAR_LISTS = new Set(['roles', 'domains', 'customRoles', 'members']);

/** Whether the path (ending with a key) leads to a list of scalars: a management group's `subscriptions` is one, a directory's is not. */
function isScalarListKey(path: readonly PathStep[]): boolean {
  const key = path[path.length - 1];
  return SCALAR_LISTS.has(key) || (key === 'subscriptions' && path[path.length - 3] === 'managementGroups');
}

/**
 * Context inside flow collections starting at column `from` of the line (`{ principal: al`,
 * `roles: [Global Administrator, Bil`); `outerKey` is the block key whose value they are.
 */
function flowContext(line: string, lineStart: number, from: number, cursor: number, basePath: PathStep[], outerKey: string | undefined): CursorContext {
  const { stack, currentKey, segmentStart } = scanFlow(line, from, cursor, outerKey);
  // Path through the open flow collections: `key: [` adds the key and an item step, `[{` a map item.
  const path = [...basePath];
  for (const level of stack) {
    if (level.key !== undefined) path.push(level.key);
    if (level.kind === 'seq') path.push('[]');
  }
  let valueStart = segmentStart;
  while (valueStart < cursor && line[valueStart] === ' ') valueStart++;
  const top = stack[stack.length - 1];
  const inFlow = stack.length > 0;
  const end = lineStart + Math.max(tokenEnd(line, valueStart, inFlow), cursor);
  if (top?.kind === 'map') {
    const siblings = new Map(top.keys);
    flowKeysAfter(line, cursor, siblings);
    if (currentKey !== undefined) {
      return { path, kind: 'value', key: currentKey, prefix: line.slice(valueStart, cursor), start: lineStart + valueStart, end, inFlow, siblings };
    }
    // A key being typed ends at its `:` when it has one already.
    const colon = line.indexOf(':', cursor);
    const keyEnd = colon !== -1 && lineStart + colon < end ? lineStart + colon : end;
    return { path, kind: 'key', hasColon: keyEnd !== end, prefix: line.slice(valueStart, cursor), start: lineStart + valueStart, end: keyEnd, inFlow, siblings };
  }
  if (top?.kind === 'seq' && path.length >= 2) {
    // An item of a flow list of scalars: the value of the key holding the list.
    return {
      path: path.slice(0, -2), kind: 'value', key: path[path.length - 2], inList: true, listed: [...top.items, ...flowItemsAfter(line, cursor)], prefix: line.slice(valueStart, cursor),
      start: lineStart + valueStart, end, inFlow, siblings: new Map(),
    };
  }
  return { path, kind: 'key', prefix: line.slice(valueStart, cursor), start: lineStart + valueStart, end, inFlow, siblings: new Map() };
}

