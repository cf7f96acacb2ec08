/**
 * Text from the file for a Markdown tooltip or hover: every character Markdown (or a `$(icon)`)
 * would read as syntax is escaped with a backslash, and spaces stay ordinary spaces, so the
 * tooltip wraps between words. (`MarkdownString.appendText` turns spaces into non-breaking ones.)
 * HTML is not rendered in these strings either way.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|<>~$&]/g, '\\$&')
    // A line break in a value would start a new Markdown block: keep it on one line.
    .replace(/\r\n|\r|\n/g, ' ');
}
