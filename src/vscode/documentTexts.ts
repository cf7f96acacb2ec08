/**
 * The text of each open workspace file, kept up to date from the editor's change events: reading a
 * document's whole text (`getText`) joins every line of it, which for a 5 MB file costs more than the
 * re-analysis of a keystroke. A version whose changes do not follow the last one known is read whole.
 */
import * as vscode from 'vscode';
import { applyChanges } from '../core/text/applyChanges';

export class DocumentTexts {
  private readonly known = new Map<string, { version: number; text: string }>();

  /** Follows a change of a document whose text is known; call it before reading the new text. */
  changed(event: vscode.TextDocumentChangeEvent): void {
    const key = event.document.uri.toString();
    const last = this.known.get(key);
    if (!last || last.version === event.document.version) return;
    const changes = event.contentChanges.map((c) => ({ offset: c.rangeOffset, length: c.rangeLength, text: c.text }));
    const text = last.version + 1 === event.document.version && changes.length > 0 ? applyChanges(last.text, changes) : undefined;
    if (text === undefined) this.known.delete(key);
    else this.known.set(key, { version: event.document.version, text });
  }

  /** The document's current text. */
  textOf(document: vscode.TextDocument): string {
    const key = document.uri.toString();
    const last = this.known.get(key);
    // The length is the editor's (from its line index, no text joined): a last check that the changes were followed.
    if (last?.version === document.version && last.text.length === document.offsetAt(new vscode.Position(document.lineCount, 0))) return last.text;
    const text = document.getText();
    this.known.set(key, { version: document.version, text });
    return text;
  }

  forget(uri: vscode.Uri): void {
    this.known.delete(uri.toString());
  }
}
