/**
 * A text after an editor's content changes, each replacing `length` UTF-16 units at `offset` of the
 * text as the changes before it left it (the order VS Code reports them in one change event): the new
 * version without asking the editor for its whole text again, which joins every line of the document.
 */
export interface ContentChange {
  readonly offset: number;
  readonly length: number;
  readonly text: string;
}

/** The text after the changes, or undefined when one does not fit the text (then ask the editor for the text). */
export function applyChanges(text: string, changes: readonly ContentChange[]): string | undefined {
  for (const { offset, length, text: inserted } of changes) {
    if (offset < 0 || length < 0 || offset + length > text.length) return undefined;
    text = text.slice(0, offset) + inserted + text.slice(offset + length);
  }
  return text;
}
