/**
 * Lines the YAML parser cannot recover from gracefully, masked before parsing: each is replaced by as
 * many spaces (every offset of the file stays), reported once, and the rest of the file is analysed
 * as if the line were blank — one mistake, one problem.
 *
 * - `tab`: a line indented with a tab. YAML forbids it, and the parser's recovery loses the rest of
 *   the block (a whole directory vanished behind a single tab, with a score of follow-on errors).
 * - `overIndented`: a `key: value` line indented deeper than the keys of the `key: value` line above
 *   it. YAML reads it as a nested map inside that scalar, which it refuses — on the line above, whose
 *   value (a guest's `upn`, say) then vanishes and drags false findings after it.
 * - `dedented`: a `key:` line at the column of the `- ` of a block-map list item, in a list indented
 *   under its key (`role:` below `- principal: …`). YAML then loses the whole list, and every finding
 *   about its other items with it. (A list at its key's own column is valid YAML: a key at the dash's
 *   column is then the next key of the outer map, and is left alone.)
 *
 * Lines inside a block scalar (`|`, `>`) are text, where both are allowed: they are left alone.
 */

export type MaskedKind = 'tab' | 'overIndented' | 'dedented';

export interface LineMask {
  /** The text with each masked line blanked; same length as the original. */
  text: string;
  /** Range of each masked line's content (its indentation through its last character). */
  lines: MaskedLine[];
}

export interface MaskedLine {
  start: number;
  end: number;
  kind: MaskedKind;
  /** `dedented` only: the key, how many more spaces align it with the item's keys, and where the item starts. */
  dedent?: { key: string; spaces: number; itemStart: number };
}

/** A block list being read: its dash column, whether it is indented under its key, its current item. */
interface OpenList {
  dash: number;
  indented: boolean;
  /** Column of the current item's keys when it is a block map (`- key: …`), else -1. */
  content: number;
  itemStart: number;
}

const TAB_INDENT = /^[ ]*\t/m;

/** Whether a line is indented with a tab (one regular-expression scan: cheap enough for every analysis). */
export function hasTabIndentation(text: string): boolean {
  return text.includes('\t') && TAB_INDENT.test(text); // a native scan first: most files hold no tab at all
}
/** A line ending in a block-scalar header: `key: |`, `- >-`, `key: |2`. */
const BLOCK_SCALAR = /(?:^|[\s:-])[|>][0-9+-]*$/;
/** `key: value` (after an optional `- `) with a plain, single-line value: where a deeper key cannot follow. */
const KEY_SCALAR = /^((?:- +)?)[A-Za-z$][\w$-]*:[ ]+[^\s'"[{|>&*!#][^#]*$/;
/** A `key:` line. */
const KEY_LINE = /^[A-Za-z$][\w$-]*:(?:[ ]|$)/;
/** A list item: its dash and spaces, then its content. */
const ITEM = /^(-(?: +|$))(.*)$/;
/** A line that opens a block under a key: `key:` (after an optional `- `), nothing but a comment after. */
const OPEN_KEY = /^((?:- +)?)[A-Za-z$][\w$-]*:$/;

/** The masked text, or undefined when no line needs masking. Linear in the text's length. */
export function maskLines(text: string): LineMask | undefined {
  const lines: LineMask['lines'] = [];
  let out = '';
  let scalarIndent = -1; // inside a block scalar: lines indented more than this are its text
  let keyColumn = -1; // key column of the previous line when it is `key: plain value`, else -1
  let openKeyColumn = -1; // key column of the previous line when it is `key:` opening a block, else -1
  const lists: OpenList[] = []; // the block lists the current line is inside, innermost last
  let pos = 0;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = text.length;
    const contentEnd = end > pos && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    const line = text.slice(pos, contentEnd);
    const indent = /^[ \t]*/.exec(line)![0];
    const body = line.slice(indent.length);
    const blank = body === '' || body.startsWith('#');
    let kind: MaskedKind | undefined;
    let dedent: MaskedLine['dedent'];
    if (scalarIndent >= 0 && (blank || indent.replace(/\t/g, ' ').length > scalarIndent)) {
      // block scalar text
    } else if (!blank) {
      scalarIndent = -1;
      if (indent.includes('\t')) kind = 'tab';
      else if (keyColumn >= 0 && indent.length > keyColumn && KEY_LINE.test(body)) kind = 'overIndented';
      else {
        dedent = dedentedKey(lists, indent.length, body, openKeyColumn, pos);
        if (dedent) kind = 'dedented';
      }
      if (!kind) {
        const uncommented = line.replace(/\s#.*$/, '').trimEnd();
        const open = OPEN_KEY.exec(uncommented.slice(indent.length));
        openKeyColumn = open ? indent.length + open[1].length : -1;
        if (BLOCK_SCALAR.test(uncommented)) scalarIndent = indent.length;
        const keyScalar = KEY_SCALAR.exec(uncommented.slice(indent.length));
        keyColumn = keyScalar ? indent.length + keyScalar[1].length : -1;
      }
    }
    if (kind) {
      lines.push(dedent ? { start: pos, end: contentEnd, kind, dedent } : { start: pos, end: contentEnd, kind });
      out += ' '.repeat(contentEnd - pos) + text.slice(contentEnd, end);
    } else out += text.slice(pos, end);
    if (end < text.length) out += '\n';
    pos = end + 1;
  }
  return lines.length ? { text: out, lines } : undefined;
}

/**
 * Follows the block lists a line is inside, and returns what a dedented key line needs for its
 * problem (else undefined). A line left of a list's dash closes that list; a key at its dash's
 * column closes it too, unless the list is indented under its key, where no key can stand there.
 */
function dedentedKey(lists: OpenList[], column: number, body: string, openKeyColumn: number, start: number): MaskedLine['dedent'] {
  while (lists.length && lists[lists.length - 1].dash > column) lists.pop();
  const list = lists.length && lists[lists.length - 1].dash === column ? lists[lists.length - 1] : undefined;
  const item = ITEM.exec(body);
  if (item) {
    const content = KEY_LINE.test(item[2]) ? column + item[1].length : -1;
    if (list) Object.assign(list, { content, itemStart: start + column });
    else lists.push({ dash: column, indented: openKeyColumn >= 0 && openKeyColumn < column, content, itemStart: start + column });
    return undefined;
  }
  if (!list) return undefined;
  if (list.indented && list.content > column && KEY_LINE.test(body)) {
    return { key: body.slice(0, body.indexOf(':')), spaces: list.content - column, itemStart: list.itemStart };
  }
  lists.pop();
  return undefined;
}
