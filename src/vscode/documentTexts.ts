/**
 * The text of each open workspace file, kept up to date from the editor's change events: reading a
 * document's whole text (`getText`) joins every line of it, which for a 5 MB file costs more than the
 * re-analysis of a keystroke, and so would any new flat copy of it. The text is a `Rope`: a change
 * event only records its changes; when the text is read (`textOf`) they are made on the pieces they
 * touch, once for all the changes since the last read (keystrokes during the debounce delay), and the
 * other pieces are shared with the version before. A version whose changes do not follow the last one
 * known is read whole.
 */
import * as vscode from 'vscode';
import { MAX_FOLLOWED_CHANGES, Rope } from '../core/text/rope';
import type { ContentChange } from '../core/text/rope';

interface Known {
  /** The version `text` is of. */
  version: number;
  text: Rope;
  /** The version the changes lead to (`version` when there are none). */
  latest: number;
  /** The changes from `version` to `latest`, in order. */
  changes: ContentChange[];
}

export class DocumentTexts {
  private readonly known = new Map<string, Known>();

  /** Follows a change of a document whose text is known; cheap: the changes are made when the text is read. */
  changed(event: vscode.TextDocumentChangeEvent): void {
    const key = event.document.uri.toString();
    const last = this.known.get(key);
    if (!last || last.latest === event.document.version) return;
    const follows = last.latest + 1 === event.document.version && event.contentChanges.length > 0
      && last.changes.length + event.contentChanges.length <= MAX_FOLLOWED_CHANGES;
    if (!follows) return void this.known.delete(key);
    for (const c of event.contentChanges) last.changes.push({ offset: c.rangeOffset, length: c.rangeLength, text: c.text });
    last.latest = event.document.version;
  }

  /** The document's current text, in pieces (no copy of it whole but the first time it is read). */
  textOf(document: vscode.TextDocument): Rope {
    const key = document.uri.toString();
    const last = this.known.get(key);
    if (last && last.changes.length > 0 && last.latest === document.version) {
      const text = last.text.edit(last.changes);
      if (text === undefined) this.known.delete(key);
      else Object.assign(last, { version: last.latest, text, changes: [] });
    }
    // The length is the editor's (from its line index, no text joined): a last check that the changes were followed.
    if (last?.version === document.version && last.changes.length === 0 && last.text.length === document.offsetAt(new vscode.Position(document.lineCount, 0))) return last.text;
    const text = Rope.of(document.getText());
    this.known.set(key, { version: document.version, text, latest: document.version, changes: [] });
    return text;
  }

  forget(uri: vscode.Uri): void {
    this.known.delete(uri.toString());
  }
}
