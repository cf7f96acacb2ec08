/**
 * Line breaks as VS Code sees them: LF, CRLF and a lone CR all end a line. The `yaml` parser only
 * knows LF and CRLF, so text with lone CRs is parsed as a copy where each becomes LF: the same
 * length, so every offset, line and column is the same in both.
 */

const LONE_CR = /\r(?!\n)/;

export function hasLoneCr(text: string): boolean {
  return text.includes('\r') && LONE_CR.test(text);
}

/** The text with each lone CR turned into LF (the text itself when it has none). */
export function loneCrAsLf(text: string): string {
  return hasLoneCr(text) ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/** The line break new lines get: CRLF when the file has any, else CR when it has lone CRs, else LF. */
export function lineBreakOf(text: string): string {
  if (text.includes('\r\n')) return '\r\n';
  return hasLoneCr(text) ? '\r' : '\n';
}
