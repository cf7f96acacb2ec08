/**
 * Tabs in indentation. YAML forbids them, and the parser's recovery from one goes wrong for the
 * rest of the block (a whole directory vanished behind a single tab, with a score of follow-on
 * errors). So a line indented with a tab is masked — replaced by as many spaces, which keeps every
 * offset of the file — before parsing, and reported once: one mistake, one problem, the rest of the
 * file analysed as if the line were blank. Lines inside a block scalar (`|`, `>`) are text, where
 * tabs are allowed: they are left alone.
 */

export interface TabMask {
  /** The text with each tab-indented line blanked; same length as the original. */
  text: string;
  /** Range of each masked line's content (its indentation through its last character). */
  lines: Array<{ start: number; end: number }>;
}

const TAB_INDENT = /^[ ]*\t/m;
/** A line ending in a block-scalar header: `key: |`, `- >-`, `key: |2`, with an optional comment. */
const BLOCK_SCALAR = /(?:^|[\s:-])[|>][0-9+-]*$/;

export function maskTabIndentation(text: string): TabMask | undefined {
  if (!TAB_INDENT.test(text)) return undefined;
  const lines: TabMask['lines'] = [];
  let out = '';
  let scalarIndent = -1; // inside a block scalar: lines indented more than this are its text
  let pos = 0;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = text.length;
    const contentEnd = end > pos && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    const line = text.slice(pos, contentEnd);
    const indent = /^[ \t]*/.exec(line)![0];
    const blank = indent.length === line.length;
    if (scalarIndent >= 0 && (blank || indent.replace(/\t/g, ' ').length > scalarIndent)) {
      out += text.slice(pos, end);
    } else {
      scalarIndent = -1;
      if (indent.includes('\t') && !blank) {
        lines.push({ start: pos, end: contentEnd });
        out += ' '.repeat(contentEnd - pos) + text.slice(contentEnd, end);
      } else {
        out += text.slice(pos, end);
        if (BLOCK_SCALAR.test(line.replace(/\s#.*$/, '').trimEnd())) scalarIndent = indent.length;
      }
    }
    if (end < text.length) out += '\n';
    pos = end + 1;
  }
  return lines.length ? { text: out, lines } : undefined;
}
