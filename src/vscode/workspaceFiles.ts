/**
 * Which files are Tenancy workspace files: every `*.tenancy.yaml` / `*.tenancy.yml`, plus the
 * globs a workspace folder adds in `tenancy.files.include`. Watches them all on disk.
 *
 * A new folder is searched for workspace files: the file watcher (inotify on Linux) watches a folder
 * only once it has seen it created, so files written into it at once — `writeFile` of a path whose
 * folders do not exist yet, a busy machine — or a folder moved in whole (`mv`, an unzip, a checkout)
 * produce no event of their own.
 *
 * A deleted path whose files were forgotten is looked at again a moment later: a folder deleted and
 * re-created at once (a checkout, a stash popped, a script writing a folder anew) may have its new
 * files reported before its deletion (a busy machine), or not at all; what is there again is found.
 */
import * as vscode from 'vscode';

export const WORKSPACE_GLOB = '**/*.tenancy.{yaml,yml}';
const EXCLUDE_GLOB = '**/node_modules/**';

export interface FileEvents {
  created(uri: vscode.Uri): void;
  changed(uri: vscode.Uri): void;
  /** A file or a folder was deleted (for a folder, the files inside are not reported one by one). */
  deleted(uri: vscode.Uri): void;
  /** A workspace file found in a new folder, or on disk again after its deletion: its own creation may never be reported, or be reported before the deletion. */
  found(uri: vscode.Uri): void;
}

/** How long creations are gathered before new folders are searched: a burst of writes is one search. */
const NEW_FOLDER_DELAY_MS = 100;
/** More new top-level entries than this at once (a build, a checkout) are not looked at one by one: the workspace is searched again. */
const MAX_ENTRIES_LOOKED_AT = 20;

export class WorkspaceFiles implements vscode.Disposable {
  private patterns: vscode.GlobPattern[] = [];
  private watchers: vscode.Disposable[] = [];
  /** Files matched only by an extra glob (the default glob is checked by name). */
  private readonly extra = new Set<string>();
  /** Bumped when the globs change, so a search still running for the old globs adds nothing. */
  private generation = 0;
  /** Paths created, or deleted and to be looked at again, since the last look for new folders. */
  private readonly created = new Map<string, vscode.Uri>();
  /** Those of `created` that were deleted: a file among them that is there again is found too. */
  private readonly deleted = new Set<string>();
  private createdTimer?: NodeJS.Timeout;

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
    // Every creation too: a new folder is searched (see the top of this file).
    const everything = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
    this.watchers = [
      everything,
      everything.onDidDelete((uri) => this.events.deleted(uri)),
      everything.onDidCreate((uri) => this.noteCreated(uri)),
    ];
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

  /**
   * Looks again, a moment later, at a deleted file or folder whose workspace files were forgotten:
   * the files there again by then are reported as found (see the top of this file).
   */
  lookAgain(uri: vscode.Uri): void {
    this.deleted.add(uri.toString());
    this.lookAt(uri);
  }

  private noteCreated(uri: vscode.Uri): void {
    if (/\.tenancy\.ya?ml$/i.test(uri.path)) return; // a workspace file's own event
    this.lookAt(uri);
  }

  private lookAt(uri: vscode.Uri): void {
    this.created.set(uri.toString(), uri);
    this.createdTimer ??= setTimeout(() => {
      this.createdTimer = undefined;
      this.searchNewFolders().catch(() => undefined); // a folder gone meanwhile has nothing to find
    }, NEW_FOLDER_DELAY_MS);
  }

  /** Reports the workspace files inside the folders created since the last look, and the deleted ones there again. */
  private async searchNewFolders(): Promise<void> {
    const entries = [...this.created.values()];
    const deleted = new Set(this.deleted);
    this.created.clear();
    this.deleted.clear();
    // What lies inside another new entry is found by searching that one.
    const paths = new Set(entries.map((uri) => uri.toString()));
    const top = entries.filter((uri) => !hasAncestorIn(uri, paths));
    const generation = this.generation;
    let found: vscode.Uri[];
    if (top.length > MAX_ENTRIES_LOOKED_AT) {
      found = await this.find();
    } else {
      const stats = await Promise.allSettled(top.map((uri) => vscode.workspace.fs.stat(uri)));
      const ofType = (type: vscode.FileType) => top.filter((_, i) => {
        const stat = stats[i];
        return stat.status === 'fulfilled' && (stat.value.type & type) !== 0;
      });
      const folders = ofType(vscode.FileType.Directory);
      // A created file brings its own event; a deleted one that is there again may not.
      const files = ofType(vscode.FileType.File).filter((uri) => deleted.has(uri.toString()));
      if (folders.length === 0 && files.length === 0) return;
      found = this.patterns.length > 1
        ? (await this.find()).filter((uri) => files.some((file) => file.toString() === uri.toString()) || folders.some((folder) => uri.toString().startsWith(`${folder.toString()}/`)))
        : [
          ...files.filter((file) => this.includes(file)),
          ...(await Promise.all(folders.map((folder) => vscode.workspace.findFiles(new vscode.RelativePattern(folder, WORKSPACE_GLOB), EXCLUDE_GLOB)))).flat(),
        ];
    }
    if (generation !== this.generation) return;
    for (const uri of found) this.events.found(uri);
  }

  dispose(): void {
    clearTimeout(this.createdTimer);
    this.created.clear();
    this.deleted.clear();
    for (const w of this.watchers) w.dispose();
  }
}

/** Whether a folder above `uri` is among `paths` (URI strings). */
function hasAncestorIn(uri: vscode.Uri, paths: ReadonlySet<string>): boolean {
  const key = uri.toString();
  for (let at = key.lastIndexOf('/'); at > 0; at = key.lastIndexOf('/', at - 1)) {
    if (paths.has(key.slice(0, at))) return true;
  }
  return false;
}

/** The `tenancy.files.include` globs of every workspace folder, relative to that folder. */
function extraPatterns(): vscode.RelativePattern[] {
  return (vscode.workspace.workspaceFolders ?? []).flatMap((folder) => {
    const globs = vscode.workspace.getConfiguration('tenancy', folder.uri).get<string[]>('files.include', []);
    return globs.filter((glob) => typeof glob === 'string' && glob.trim()).map((glob) => new vscode.RelativePattern(folder, glob));
  });
}
