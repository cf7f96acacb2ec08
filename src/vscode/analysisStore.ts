/**
 * One analysis per document version, shared by diagnostics, tree, status bar and language features.
 * The workspace files of one folder are one estate (docs/format.md#estates): each folder has a core
 * `Estate`, in which each file keeps its own `Analyzer`, so typing re-parses only the directory being
 * edited; a change of one file publishes a new analysis of every file of its estate whose problems
 * changed (fixing a user in one file clears the RBA001 it caused in another, before saving). Open
 * documents are analysed from the editor's text (debounced); other workspace files from disk. The
 * first parse of a large file runs in a worker thread, so opening it never freezes the editor.
 *
 * A keystroke is a chain of short tasks, so that the extension host handles other work between them
 * (docs/performance.md, "Typing in the real editor"): the change event only records the change; after
 * the debounce delay one task makes the new text (flat: V8 copies it once, there); the analysis then
 * runs a few steps per task (`AnalysisRuns`); then each listener (diagnostics, tree, status bar,
 * diagram…) receives the new analysis in a task of its own (`AnalysisEvents`). While a file's
 * analysis runs, its former analysis is not delivered, and a reader of the store (`get`, `all`,
 * `analyzeNow`…) runs it to the end first: the former analysis's blocks are being moved.
 */
import * as vscode from 'vscode';
import { analyzeTooLarge, readableText } from '../core/analyze';
import { Estate } from '../core/estate/estate';
import type { EstateAnalysis } from '../core/estate/estate';
import { estateView } from '../core/estate/estateView';
import type { EstateView } from '../core/estate/estateView';
import type { Analysis, AnalyzeOptions, DocumentText } from '../core/analyze';
import type { Problem } from '../core/problems';
import { runSteps } from '../core/steps';
import type { Steps } from '../core/steps';
import { AnalysisEvents } from './analysisEvents';
import { AnalysisRuns } from './analysisRuns';
import type { BlockParser } from './blockParser';
import { DocumentTexts } from './documentTexts';
import { follows } from './ranges';
import { Settings } from './settings';
import type { AnalysisSettings } from './settings';
import { inTask } from './tasks';
import type { Scheduled } from './tasks';
import { timed } from './timings';
import { WorkspaceFiles } from './workspaceFiles';

/** First parses of texts longer than this (UTF-16 units, about 1 MB) run in the worker thread. */
export const OFF_THREAD_LENGTH = 1_000_000;
/**
 * The directories an edit changed are parsed in the worker thread when their text is longer than
 * this (UTF-16 units): a directory of about 150 users, whose parse costs the host several
 * milliseconds. Smaller ones are parsed in the analysis itself, which saves the round trip (and a
 * worker for files that never need one).
 */
export const OFF_THREAD_EDIT_LENGTH = 16_000;

interface Entry {
  analysis?: Analysis;
  /** The document version analysed, or `undefined` for a file read from disk. */
  version?: number;
  /** The next task of an edit's analysis (the debounce, the text, the analysis), while one is due. */
  timer?: Scheduled;
  /** Set while the worker parses this file's first version; edits meanwhile wait for it. */
  warming?: Promise<void>;
  /** Set while the worker parses the directories an edit changed; readers meanwhile get the analysis before the edit. */
  offThread?: Promise<void>;
}

export class AnalysisStore implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  /** One estate per folder, by the folder's URI. */
  private readonly estates = new Map<string, Estate>();
  /** The last analysis of each folder's estate, by the folder's URI: what reads across files (definition, references, rename). */
  private readonly lastEstates = new Map<string, EstateAnalysis>();
  /**
   * Files deleted on disk whose document VS Code may still hold: events of such a document are
   * ignored unless the user edits it again (it becomes dirty), so a deleted file does not come back.
   */
  private readonly deletedOnDisk = new Set<string>();
  /**
   * The number of the latest read from disk started for each file: reads may end in any order, and
   * only the latest one's text (or its "not found") counts.
   */
  private readonly reads = new Map<string, number>();
  private readCount = 0;
  private readonly changed: AnalysisEvents;
  private readonly removed = new vscode.EventEmitter<vscode.Uri>();
  /** A file has a new analysis: each listener receives it in a task of its own, never an outdated one. */
  readonly onDidChange: vscode.Event<vscode.Uri>;
  readonly onDidRemove = this.removed.event;
  readonly files: WorkspaceFiles;
  private readonly disposables: vscode.Disposable[] = [this.removed];
  /** The open documents' texts, followed through their changes instead of read whole after each. */
  private readonly texts = new DocumentTexts();
  /** The `tenancy.*` settings the analysis reads, per folder, read again when the configuration changes. */
  private readonly settings = new Settings();
  /** The analyses under way, a few steps per task, one estate (folder) at a time. */
  private readonly runs: AnalysisRuns;

  constructor(private readonly log: vscode.LogOutputChannel, private readonly blockParser?: BlockParser) {
    this.changed = new AnalysisEvents(log);
    this.onDidChange = this.changed.event;
    this.runs = new AnalysisRuns((file, error) => this.log.error(`analysing ${file} failed: ${describeError(error)}`));
    this.disposables.push(this.changed, this.runs);
    this.files = new WorkspaceFiles({
      created: (uri) => this.onDisk(uri),
      // A change on disk says the file is there again, even when its re-creation was reported as a change.
      changed: (uri) => this.onDisk(uri),
      deleted: (uri) => this.forgetUnder(uri),
      found: (uri) => {
        if (!this.entries.has(uri.toString())) this.onDisk(uri); // else its own event came
      },
    });
    this.disposables.push(
      this.files,
      vscode.workspace.onDidOpenTextDocument((d) => {
        // A newly opened document counts its versions from 1 again: older versions no longer outrank it.
        const entry = this.entries.get(d.uri.toString());
        if (entry) entry.version = undefined;
        this.analyzeDocument(d, 0);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => timed('change event', () => {
        this.texts.changed(e);
        this.analyzeDocument(e.document, this.settings.of(e.document.uri).debounceMs);
      })),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.texts.forget(d.uri);
        if (this.files.includes(d.uri)) this.background(this.analyzeFromDisk(d.uri), `reading ${d.uri.toString()}`);
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.settings.clear()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('tenancy')) this.settings.clear();
        if (e.affectsConfiguration('tenancy.files')) this.background(this.rescan(), 'searching the workspace files');
        else if (e.affectsConfiguration('tenancy')) this.reanalyzeAll();
      }),
    );
  }

  /**
   * Subscribes a listener of new analyses whose tasks are timed under `name` (`onDidChange`'s are
   * "listener of a new analysis"); a promise it returns is work it goes on with, which `settled()`
   * waits for — and with `first`, the other listeners' deliveries too (AnalysisEvents).
   */
  onDidChangeNamed(name: string, listener: (uri: vscode.Uri) => void | PromiseLike<void>, options: { first?: boolean } = {}): vscode.Disposable {
    return this.changed.subscribe(name, listener, options);
  }

  /** The `tenancy.*` settings that apply to a file, read once per folder until the configuration changes. */
  settingsOf(uri: vscode.Uri): AnalysisSettings {
    return this.settings.of(uri);
  }

  /** Analyses the open documents and every workspace file; call once listeners are subscribed. */
  async start(): Promise<void> {
    for (const document of vscode.workspace.textDocuments) this.analyzeDocument(document, 0);
    await this.scanWorkspace();
  }

  /** A file's analysis; one under way in its estate is run to the end first. */
  get(uri: vscode.Uri): Analysis | undefined {
    this.runs.finish(folderOf(uri));
    return this.entries.get(uri.toString())?.analysis;
  }

  /** Whether a newer analysis of a file is waiting or under way: it will be delivered when done. */
  analysing(uri: vscode.Uri): boolean {
    return this.runs.pending(folderOf(uri), uri.toString());
  }

  /** Whether the store has an analysis of any file (none under way is run for this). */
  hasAny(): boolean {
    for (const entry of this.entries.values()) if (entry.analysis) return true;
    return false;
  }

  /** Whether the store has an analysis of a file (none under way is run for this). */
  has(uri: vscode.Uri): boolean {
    return this.entries.get(uri.toString())?.analysis !== undefined;
  }

  /** Whether the store keeps an analysis of this document's file (language features then use it). */
  tracks(document: vscode.TextDocument): boolean {
    return this.entries.has(document.uri.toString());
  }

  /** The analysis of an open document, only if it is of the document's current version. */
  current(document: vscode.TextDocument): Analysis | undefined {
    this.runs.finish(folderOf(document.uri));
    const entry = this.entries.get(document.uri.toString());
    return entry?.version === document.version ? entry.analysis : undefined;
  }

  /**
   * The analysis of an open document's current text, for requests that cannot wait for the debounce
   * (language features, quick fixes): a pending analysis runs now and is published like any other,
   * so every reader shares one analysis per version. Undefined for a document the store does not
   * track (it is not started tracking here: a closed or deleted file's lingering copy stays
   * forgotten) and while the file's first parse is still in the worker.
   */
  analyzeNow(document: vscode.TextDocument): Analysis | undefined {
    this.runs.finish(folderOf(document.uri));
    const entry = this.entries.get(document.uri.toString());
    if (!entry || entry.warming) return undefined;
    if (entry.version === document.version && entry.analysis) return entry.analysis;
    // A closed document (a revert may close it and open a new one) is never analysed into the entry:
    // its version would outrank the new document's, whose versions start again.
    if (document.isClosed || !this.isOpen(document.uri)) return entry.analysis?.text === document.getText() ? entry.analysis : undefined;
    entry.timer?.cancel();
    entry.timer = undefined;
    // Published once the request that asked has returned (as every analysis): listeners never run inside a provider call.
    return timed('analyse now', () => this.analyzeEstate(document.uri, entry, this.texts.textOf(document), document.version));
  }

  /**
   * The analysis of the estate of an open document, with every open document of its folder at its
   * current text (pending analyses run now): for features reading across files, whose edits must fit
   * every file they touch. Undefined when the store does not track the document or a file is still in
   * the worker.
   */
  estateNow(document: vscode.TextDocument): EstateAnalysis | undefined {
    const folder = folderOf(document.uri);
    for (const other of vscode.workspace.textDocuments) {
      if (other !== document && folderOf(other.uri) === folder && this.tracks(other) && !this.analyzeNow(other)) return undefined;
    }
    const analysis = this.analyzeNow(document);
    const estate = this.lastEstates.get(folder);
    // A file whose problems did not change keeps its former analysis object: compare texts.
    return analysis && estate?.files.get(document.uri.toString())?.text === analysis.text ? estate : undefined;
  }

  /** The folder (estate key) of a file, as a URI string: the tree groups files by it. */
  estateKeyOf(uri: vscode.Uri): string {
    return folderOf(uri);
  }

  /**
   * A file's estate as one analysis, with the way back to each file (what the diagram draws): every
   * file of its folder, or the file alone when it is checked alone. Undefined for a file not analysed.
   */
  estateViewOf(uri: vscode.Uri): EstateView | undefined {
    const own = this.get(uri); // runs the folder's analysis under way to the end first
    return own && estateView(uri.toString(), own, this.lastEstates.get(folderOf(uri)));
  }

  all(): Array<[vscode.Uri, Analysis]> {
    this.runs.finishAll();
    return [...this.entries].filter(([, e]) => e.analysis).map(([key, e]) => [vscode.Uri.parse(key), e.analysis!]);
  }

  /**
   * Resolves once every pending analysis (debounced, in its tasks or in the worker) has been published
   * and every listener has received it.
   */
  async settled(): Promise<void> {
    for (;;) {
      const busy = [...this.entries.values()].filter((e) => e.timer !== undefined || e.warming !== undefined || e.offThread !== undefined);
      if (busy.length === 0 && !this.runs.busy() && !this.changed.busy) return;
      if (busy.length === 0 && this.runs.busy()) await this.runs.whenIdle();
      else if (busy.length === 0) await this.changed.whenIdle();
      else await Promise.all(busy.map((e) => e.warming ?? e.offThread ?? new Promise((resolve) => setTimeout(resolve, 20))));
    }
  }

  async scanWorkspace(): Promise<void> {
    for (const uri of await this.files.find()) {
      if (!this.isOpen(uri)) await this.analyzeFromDisk(uri);
    }
  }

  private async rescan(): Promise<void> {
    await this.files.reload();
    for (const key of [...this.entries.keys()]) {
      const uri = vscode.Uri.parse(key);
      if (!this.files.includes(uri)) this.forget(uri);
    }
    this.reanalyzeAll();
  }

  private isOpen(uri: vscode.Uri): boolean {
    return this.documentOf(uri) !== undefined;
  }

  /** The document VS Code holds for a file, if any (an editor's, or one left over after its editor closed). */
  private documentOf(uri: vscode.Uri): vscode.TextDocument | undefined {
    const key = uri.toString();
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
  }

  private entry(uri: vscode.Uri): Entry {
    const key = uri.toString();
    let entry = this.entries.get(key);
    if (!entry) this.entries.set(key, (entry = {}));
    return entry;
  }

  /** The estate of a file: the workspace files of its folder. */
  private estateOf(uri: vscode.Uri): Estate {
    const key = folderOf(uri);
    let estate = this.estates.get(key);
    if (!estate) this.estates.set(key, (estate = new Estate()));
    return estate;
  }

  /**
   * Analyses a file's new text with the rest of its estate: its analysis is stored, and so is the
   * new analysis of each other file of the estate whose problems changed (the others keep theirs).
   */
  private analyzeEstate(uri: vscode.Uri, entry: Entry, text: DocumentText, version: number | undefined): Analysis {
    return runSteps(this.estateSteps(uri, entry, text, version));
  }

  /** `analyzeEstate` in steps; nothing else may use the estate until they have all run (`AnalysisRuns`). */
  private *estateSteps(uri: vscode.Uri, entry: Entry, text: DocumentText, version: number | undefined): Steps<Analysis> {
    const estate = this.estateOf(uri);
    estate.set(uri.toString(), text);
    const result = yield* estate.analyzeSteps(this.settings.of(uri).options);
    this.lastEstates.set(folderOf(uri), result);
    const analysis = result.files.get(uri.toString())!;
    this.store(uri, entry, analysis, version);
    this.storeOthers(result.files, uri.toString());
    return analysis;
  }

  /**
   * Stores the analyses of the other files of an estate whose problems changed: only they are
   * published again (diagnostics, tree, status bar). The estate gives a file the edit changed nothing
   * for the same analysis object as before, so typing in one file of fifty looks at one or two.
   */
  private storeOthers(files: ReadonlyMap<string, Analysis>, except: string | undefined): void {
    for (const [key, analysis] of files) {
      const other = this.entries.get(key);
      if (key === except || !other?.analysis || other.analysis === analysis || readableText(other.analysis) !== readableText(analysis)) continue;
      if (sameProblems(other.analysis.problems, analysis.problems)) continue;
      this.store(vscode.Uri.parse(key), other, analysis, other.version);
    }
  }

  private analyzeDocument(document: vscode.TextDocument, delay: number): void {
    if (document.uri.scheme === 'git' || !this.files.includesDocument(document)) return;
    if (this.deletedOnDisk.has(document.uri.toString()) && !document.isDirty) return;
    const entry = this.entry(document.uri);
    entry.timer?.cancel();
    // After the delay, one task makes the text (V8 copies a 5 MB text once there), the next analyses it.
    entry.timer = inTask(() => timed('text of an edit', () => {
      entry.timer = undefined;
      if (!this.isOpen(document.uri) && !document.isUntitled) return;
      const text = this.texts.textOf(document);
      this.background(this.publish(document.uri, entry, text, document.version), `analysing ${document.uri.toString()}`);
    }), delay);
  }

  /**
   * Reads a file and analyses its text. An open document's text wins over the disk's — with
   * `heldCopy`, only an edited one or one shown in an editor: a clean document left over after its
   * editor closed may keep a former text of its file (see `onDisk`).
   */
  private async analyzeFromDisk(uri: vscode.Uri, heldCopy = false): Promise<void> {
    const key = uri.toString();
    const read = ++this.readCount;
    this.reads.set(key, read);
    // A later read started meanwhile (the file changed again while this one was read): it decides.
    const superseded = () => this.reads.get(key) !== read;
    try {
      const { maxLength: maxBytes, options } = this.settings.of(uri);
      const { size, type } = await vscode.workspace.fs.stat(uri);
      if (superseded()) return;
      if (!(type & vscode.FileType.File)) {
        // A FIFO, a device or a folder named like a workspace file: reading it could block forever.
        this.log.warn(`not reading ${key}: it is not a regular file`);
        return this.forget(uri);
      }
      const text = size > maxBytes ? undefined : new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
      // While the file was read, it may have been read again, opened (the editor's text wins), deleted,
      // or stopped being a workspace file.
      const editorWins = heldCopy ? this.editorHolds(uri) : this.isOpen(uri);
      if (superseded() || editorWins || !this.files.includes(uri) || this.deletedOnDisk.has(key)) return;
      const entry = this.entry(uri);
      if (text === undefined) {
        // Too large to read: it takes no part in its estate.
        this.leaveEstate(uri);
        this.store(uri, entry, analyzeTooLarge(size, maxBytes, options), undefined);
      } else await this.publish(uri, entry, text, undefined);
    } catch (error) {
      if (superseded()) return;
      // A file gone between the event and the read is simply forgotten; anything else is also logged.
      if (!(error instanceof vscode.FileSystemError && error.code === 'FileNotFound')) this.log.error(`cannot read ${key}: ${describeError(error)}`);
      this.forget(uri);
    } finally {
      if (!superseded()) this.reads.delete(key);
    }
  }

  /** Runs work nobody awaits; a failure reaches the Tenancy output channel instead of vanishing. */
  private background(task: Promise<unknown>, what: string): void {
    task.catch((error: unknown) => this.log.error(`${what} failed: ${describeError(error)}`));
  }

  private async publish(uri: vscode.Uri, entry: Entry, text: DocumentText, version: number | undefined): Promise<void> {
    const { options } = this.settings.of(uri);
    if (entry.warming) {
      // The worker is parsing this file's first version: analyse whatever is newest once it is done.
      await entry.warming;
    } else if (!entry.analysis && this.blockParser && text.length > OFF_THREAD_LENGTH && text.length <= (options.maxLength ?? Infinity)) {
      const started = Date.now();
      entry.warming = this.blockParser.parse(text.toString(), options).then((blocks) => {
        this.runs.finish(folderOf(uri)); // the analyser must not be in the middle of a run
        if (blocks) this.estateOf(uri).analyzerOf(uri.toString()).importBlocks(blocks);
        this.log.info(blocks ? `parsed ${uri.toString()} in the worker thread in ${Date.now() - started} ms` : `the worker thread could not parse ${uri.toString()}; parsing it here`);
      });
      try {
        await entry.warming;
      } finally {
        entry.warming = undefined;
      }
    } else if (entry.analysis && this.blockParser && text.length > OFF_THREAD_EDIT_LENGTH && !this.runs.busy(folderOf(uri))) {
      await this.parseEditOffThread(uri, entry, text, options);
    }
    this.runs.start(folderOf(uri), uri.toString(), this.publishSteps(uri, entry, text, version));
  }

  /**
   * The directories an edit changed, if large enough, are parsed in the worker, and the file's
   * `Analyzer` takes them over: the extension host's thread then only places them (a directory's
   * parse is the longest part of a keystroke's analysis). Nothing is lost if the worker cannot: the
   * analysis parses what it does not find.
   */
  private async parseEditOffThread(uri: vscode.Uri, entry: Entry, text: DocumentText, options: AnalyzeOptions): Promise<void> {
    const analyzer = this.estateOf(uri).analyzerOf(uri.toString());
    const blockTexts = timed('blocks of an edit', () => analyzer.blocksToParse(text, options));
    if (blockTexts.reduce((length, block) => length + block.length, 0) <= OFF_THREAD_EDIT_LENGTH) return;
    const started = Date.now();
    const parsing = this.blockParser!.parseBlocks(blockTexts, options).then((blocks) => {
      if (!blocks) return;
      timed('blocks from the worker', () => analyzer.importParsed(blocks));
      this.log.trace(`parsed ${blocks.length} block(s) of ${uri.toString()} in the worker thread in ${Date.now() - started} ms`);
    });
    entry.offThread = parsing;
    try {
      await parsing;
    } finally {
      if (entry.offThread === parsing) entry.offThread = undefined;
    }
  }

  /** Analyses a file's text in steps, once its turn in its estate comes, unless it is outdated by then. */
  private *publishSteps(uri: vscode.Uri, entry: Entry, text: DocumentText, version: number | undefined): Steps<void> {
    if (this.entries.get(uri.toString()) !== entry) return; // forgotten meanwhile
    if (version !== undefined && entry.version !== undefined && entry.version > version) return; // a newer version won
    const document = this.documentOf(uri);
    if (document && version !== undefined && document.version !== version) {
      // The text changed while the worker parsed or the estate's other run went on: analyse the newest text, reusing the blocks.
      text = this.texts.textOf(document);
      version = document.version;
      yield;
    }
    yield* this.estateSteps(uri, entry, text, version);
  }

  /** Keeps a file's new analysis and publishes it: each listener receives it in a task of its own, if it is still current then. */
  private store(uri: vscode.Uri, entry: Entry, analysis: Analysis, version: number | undefined): void {
    this.log.trace(`analysed ${uri.toString()} (version ${version ?? 'on disk'}, ${analysis.text.length} chars, ${analysis.stats.parsedBlocks}/${analysis.stats.blocks} blocks parsed, ${analysis.problems.length} problems)`);
    follows(analysis, entry.analysis);
    entry.analysis = analysis;
    entry.version = version;
    // Not delivered once a newer analysis of the file is under way: its blocks are being moved.
    this.changed.publish(uri, () => this.entries.get(uri.toString()) === entry && entry.analysis === analysis && !this.analysing(uri));
  }

  private reanalyzeAll(): void {
    // Documents VS Code still holds after their editor closed (or their file was deleted) come back
    // only if they are tracked already or shown.
    const shown = new Set(vscode.window.visibleTextEditors.map((e) => e.document.uri.toString()));
    for (const document of vscode.workspace.textDocuments) {
      const key = document.uri.toString();
      if (this.entries.has(key) || shown.has(key)) this.analyzeDocument(document, 0);
    }
    this.background(this.scanWorkspace(), 'searching the workspace files');
  }

  /**
   * A workspace file is on disk (created, changed, found): a deletion seen before no longer counts,
   * and the file is read — unless an editor holds its text: an edited document's text wins (it is
   * analysed if the store did not track it), and a document shown in an editor follows its file
   * through its own change events. A clean document left over after its editor closed does not:
   * VS Code raises no change for a file back with the very text the document holds, and none at all
   * for the files of a folder moved back in whole, whose documents keep their former text.
   */
  private onDisk(uri: vscode.Uri): void {
    const key = uri.toString();
    this.deletedOnDisk.delete(key);
    const document = this.documentOf(uri);
    if (document?.isDirty) {
      if (!this.entries.has(key)) this.analyzeDocument(document, 0);
    } else if (!this.entries.has(key) || !this.editorHolds(uri)) {
      this.background(this.analyzeFromDisk(uri, true), `reading ${key}`);
    }
  }

  /** Whether an editor holds a file's text: its document is edited, or shown in a tab (VS Code keeps such a document in step with its file). */
  private editorHolds(uri: vscode.Uri): boolean {
    const key = uri.toString();
    if (this.documentOf(uri)?.isDirty) return true;
    return vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === key)
      || vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === key));
  }

  /**
   * Forgets a deleted file, or every file of a deleted folder, and has the path looked at again: a
   * folder re-created at once may have had its new files reported before this deletion, or not at all.
   */
  private forgetUnder(uri: vscode.Uri): void {
    const folder = `${uri.toString()}/`;
    let forgot = false;
    for (const key of [...this.entries.keys()]) {
      if (key !== uri.toString() && !key.startsWith(folder)) continue;
      this.deletedOnDisk.add(key);
      this.forget(vscode.Uri.parse(key));
      forgot = true;
    }
    if (forgot) this.files.lookAgain(uri);
  }

  private forget(uri: vscode.Uri): void {
    const entry = this.entries.get(uri.toString());
    if (!entry) return;
    this.log.info(`forgot ${uri.toString()}`);
    entry.timer?.cancel();
    this.entries.delete(uri.toString());
    this.removed.fire(uri);
    this.leaveEstate(uri);
  }

  /** Takes a file out of its estate; the other files' problems it caused (a duplicate id…) go with it. */
  private leaveEstate(uri: vscode.Uri): void {
    this.runs.finish(folderOf(uri));
    const estate = this.estates.get(folderOf(uri));
    if (!estate || !estate.files.includes(uri.toString())) return;
    estate.delete(uri.toString());
    if (estate.files.length === 0) {
      this.lastEstates.delete(folderOf(uri));
      return void this.estates.delete(folderOf(uri));
    }
    const result = estate.analyze(this.settings.of(uri).options);
    this.lastEstates.set(folderOf(uri), result);
    this.storeOthers(result.files, undefined);
  }

  dispose(): void {
    for (const entry of this.entries.values()) entry.timer?.cancel();
    for (const d of this.disposables) d.dispose();
  }
}

/** The folder of a file, as a URI string: its estate's key. */
function folderOf(uri: vscode.Uri): string {
  const key = uri.toString();
  return key.slice(0, key.lastIndexOf('/'));
}

/** Whether two sorted problem lists say the same (an estate's other files are republished only when not). */
function sameProblems(a: readonly Problem[], b: readonly Problem[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((p, i) => {
    const q = b[i];
    return p.code === q.code && p.start === q.start && p.end === q.end && p.severity === q.severity && p.message === q.message
      && JSON.stringify(p.related) === JSON.stringify(q.related);
  });
}

function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
