/**
 * Where the user looks and types in each document: the lines of its editors' visible ranges and the
 * lines of its last edit. A file with more problems than VS Code shows gets those lines' problems
 * shown first (diagnostics.ts); a scroll that brings other lines into view is reported, after a pause.
 */
import * as vscode from 'vscode';

/** A range of 0-based lines, both included. */
export interface LineRange {
  first: number;
  last: number;
}

/** How long the view must rest before a scroll counts: scrolling fires an event per frame. */
const SCROLL_PAUSE_MS = 150;

export class EditorFocus implements vscode.Disposable {
  /** The lines of each document's last edit, by URI, in the document's lines after that edit. */
  private readonly edited = new Map<string, LineRange[]>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly moved = new vscode.EventEmitter<vscode.Uri>();
  /** A document's visible lines changed (scrolled, opened in an editor), after a pause. */
  readonly onDidMove = this.moved.event;
  private readonly subscriptions: vscode.Disposable[];

  /** @param follows whether a document is one whose focus matters (a workspace file). */
  constructor(private readonly follows: (uri: vscode.Uri) => boolean) {
    const moved = (uri: vscode.Uri) => {
      if (!this.follows(uri)) return;
      const key = uri.toString();
      clearTimeout(this.timers.get(key));
      this.timers.set(key, setTimeout(() => { this.timers.delete(key); this.moved.fire(uri); }, SCROLL_PAUSE_MS));
    };
    this.subscriptions = [
      this.moved,
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0 || !this.follows(e.document.uri)) return;
        this.edited.set(e.document.uri.toString(), e.contentChanges.map((c) => ({ first: c.range.start.line, last: c.range.start.line + lineBreaks(c.text) })));
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.edited.delete(d.uri.toString())),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => moved(e.textEditor.document.uri)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => { for (const editor of editors) moved(editor.document.uri); }),
    ];
  }

  /** The lines in view in the document's editors, then those of its last edit. */
  linesOf(uri: vscode.Uri): LineRange[] {
    const key = uri.toString();
    const lines: LineRange[] = [];
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document.uri.toString() !== key) continue;
      for (const range of editor.visibleRanges) lines.push({ first: range.start.line, last: range.end.line });
    }
    lines.push(...(this.edited.get(key) ?? []));
    return lines;
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const s of this.subscriptions) s.dispose();
  }
}

function lineBreaks(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
