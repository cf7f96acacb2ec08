/**
 * Cheap line scan that cuts a workspace file into its top-level parts: the header (everything but
 * the `directories` list) and one block of text per directory item, so that an edit re-parses only
 * the directory it touches. When the file uses anything that makes such a cut unsafe (anchors and
 * aliases that may cross blocks, flow style at the top, several documents, directives, tabs in
 * indentation) the scan gives up and the caller parses the whole file at once.
 */
import { ownCopy } from '../text/ownCopy';

export interface DirectoryBlock {
  /** Offset of the block's first character (the start of the line holding its `-`). */
  start: number;
  /** Offset just past the block (the start of the next block or of what follows the list). */
  end: number;
}

export interface BlockSplit {
  /** The file with the directory items cut out: version, `directories:` key, other top keys. */
  headerText: string;
  /** Where the cut-out items began and ended; header offsets at or after `cutStart` move by `cutEnd - cutStart`. */
  cutStart: number;
  cutEnd: number;
  blocks: DirectoryBlock[];
}

const UNSAFE = [
  /^(?:---|\.\.\.)(?:[ \t]|$)/m, // document markers: several documents, or an explicit one
  /^%/m, // directives
  /(?:^|[\s,[{])[&*][^\s,[\]{}]/m, // anchors and aliases (may also match inside text: only costs a whole parse)
  /^[ ]*\t/m, // tabs in indentation: let the parser report them in context
];

const DIRECTORIES_KEY = /^directories[ ]*:[ ]*(?:#.*)?\r?$/;

/** Splits the text, or returns undefined when only a whole-file parse is safe. */
export function splitBlocks(text: string): BlockSplit | undefined {
  for (const pattern of UNSAFE) if (pattern.test(text)) return undefined;
  const endOfLine = text.includes('\r') ? endOfLineAnyBreak : endOfLineLf;

  let keyLineEnd = -1;
  for (let lineStart = 0; lineStart < text.length; ) {
    const lineEnd = endOfLine(text, lineStart);
    if (text.startsWith('directories', lineStart)) {
      if (!DIRECTORIES_KEY.test(text.slice(lineStart, lineEnd))) return undefined; // inline value or odd key
      if (keyLineEnd !== -1) return undefined; // duplicate key: the parser reports it
      keyLineEnd = lineEnd;
    } else if (text.charCodeAt(lineStart) === 0x7b /* { */ || text.charCodeAt(lineStart) === 0x5b /* [ */) {
      return undefined; // flow collection at the top level
    }
    lineStart = nextLine(lineEnd);
  }
  if (keyLineEnd === -1) return undefined;

  const blocks: DirectoryBlock[] = [];
  let itemIndent = -1;
  let cutStart = -1;
  let cutEnd = text.length;
  for (let lineStart = nextLine(keyLineEnd); lineStart < text.length; ) {
    const lineEnd = endOfLine(text, lineStart);
    const indent = countSpaces(text, lineStart, lineEnd);
    const first = text.charCodeAt(lineStart + indent);
    const blank = lineStart + indent >= lineEnd || first === 0x0d /* \r */ || first === 0x23; /* # */
    if (!blank) {
      const isItem = first === 0x2d /* - */ && isSpaceOrEnd(text, lineStart + indent + 1, lineEnd);
      if (itemIndent === -1) {
        if (!isItem) return undefined; // `directories:` holds a map, a scalar or nothing: rare, parse whole
        itemIndent = indent;
      }
      if (isItem && indent === itemIndent) {
        if (blocks.length > 0) blocks[blocks.length - 1].end = lineStart;
        else cutStart = lineStart;
        blocks.push({ start: lineStart, end: text.length });
      } else if (indent <= itemIndent) {
        cutEnd = lineStart; // a top-level key after the list
        blocks[blocks.length - 1].end = lineStart;
        break;
      }
    }
    lineStart = nextLine(lineEnd);
  }
  if (blocks.length === 0) return undefined;

  // The header is kept across versions (parse/recut.ts): its own copy, not a view into this version's text.
  return { headerText: ownCopy(text.slice(0, cutStart) + text.slice(cutEnd)), cutStart, cutEnd, blocks };
}

/** Where the line starting at `from` breaks: at its LF (a CRLF's CR stays in the line), or its lone CR. */
function endOfLineLf(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline === -1 ? text.length : newline;
}

/** As endOfLineLf, for text holding CRs: a lone CR ends a line too, as in the editor. */
function endOfLineAnyBreak(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) return i;
  }
  return text.length;
}

/** The start of the next line: every break ends with one character (LF, or a lone CR). */
function nextLine(lineEnd: number): number {
  return lineEnd + 1;
}

function countSpaces(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && text.charCodeAt(i) === 0x20) i++;
  return i - from;
}

function isSpaceOrEnd(text: string, at: number, lineEnd: number): boolean {
  if (at >= lineEnd) return true;
  const c = text.charCodeAt(at);
  return c === 0x20 || c === 0x0d;
}
