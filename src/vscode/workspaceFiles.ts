/**
 * Which files are Tenancy workspace files: every `*.tenancy.yaml` / `*.tenancy.yml`, plus the
 * globs a workspace folder adds in `tenancy.files.include`. Watches them all on disk.
 */
import * as vscode from 'vscode';

export const WORKSPACE_GLOB = '**/*.tenancy.{yaml,yml}';
const EXCLUDE_GLOB = '**/node_modules/**';

export interface FileEvents {
  created(uri: vscode.Uri): void;
  changed(uri: vscode.Uri): void;
  /** A file or a folder was deleted (for a folder, the files inside are not reported one by one). */
  deleted(uri: vscode.Uri): void;
}

export class WorkspaceFiles implements vscode.Disposable {
  private patterns: vscode.GlobPattern[] = [];
  private watchers: vscode.Disposable[] = [];
  /** Files matched only by an extra glob (the default glob is checked by name). */
  private readonly extra = new Set<string>();
  /** Bumped when the globs change, so a search still running for the old globs adds nothing. */
  private generation = 0;

  constructor(private readonly events: FileEvents) {
    this.watch();
  }

  /** Whether a file is a workspace file (by name, or found through an extra glob). */
  includes(uri: vscode.Uri): boolean {
    return /\.tenancy\.ya?ml$/i.test(uri.path) || this.extra.has(uri.toString());
  }

  /** Like `includes`, but also matches an open document against the extra globs directly. */
  includesDocument(document: vscode.TextDocument): boolean {
    if (this.includes(document.uri)) return true;
    const extras = this.patterns.slice(1);
    if (extras.length === 0 || vscode.languages.match(extras.map((pattern) => ({ pattern })), document) === 0) return false;
    this.extra.add(document.uri.toString());
    return true;
  }

  /** Every workspace file on disk. */
  async find(): Promise<vscode.Uri[]> {
    const found = new Map<string, vscode.Uri>();
    const generation = this.generation;
    for (const [i, pattern] of this.patterns.entries()) {
      for (const uri of await vscode.workspace.findFiles(pattern, EXCLUDE_GLOB)) {
        if (generation !== this.generation) return [];
        found.set(uri.toString(), uri);
        if (i > 0) this.extra.add(uri.toString());
      }
    }
    return [...found.values()];
  }

  /** Re-reads `tenancy.files.include` (after a settings change) and watches the new globs. */
  async reload(): Promise<void> {
    this.extra.clear();
    this.watch();
    await this.find();
  }

  private watch(): void {
    for (const w of this.watchers) w.dispose();
    this.generation++;
    this.patterns = [WORKSPACE_GLOB, ...extraPatterns()];
    // A deleted folder is reported once, for the folder: watch every deletion to catch the files inside.
    const deletions = vscode.workspace.createFileSystemWatcher('**/*', true, true, false);
    this.watchers = [deletions, deletions.onDidDelete((uri) => this.events.deleted(uri))];
    this.watchers.push(...this.patterns.flatMap((pattern, i) => {
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      const note = (uri: vscode.Uri) => { if (i > 0) this.extra.add(uri.toString()); };
      return [
        watcher,
        watcher.onDidCreate((uri) => { note(uri); this.events.created(uri); }),
        watcher.onDidChange((uri) => { note(uri); this.events.changed(uri); }),
        watcher.onDidDelete((uri) => { this.extra.delete(uri.toString()); this.events.deleted(uri); }),
      ];
    }));
  }

  dispose(): void {
    for (const w of this.watchers) w.dispose();
  }
}

/** The `tenancy.files.include` globs of every workspace folder, relative to that folder. */
function extraPatterns(): vscode.RelativePattern[] {
  return (vscode.workspace.workspaceFolders ?? []).flatMap((folder) => {
    const globs = vscode.workspace.getConfiguration('tenancy', folder.uri).get<string[]>('files.include', []);
    return globs.filter((glob) => typeof glob === 'string' && glob.trim()).map((glob) => new vscode.RelativePattern(folder, glob));
  });
}
