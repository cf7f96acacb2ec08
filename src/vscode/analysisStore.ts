/**
 * One analysis per document version, shared by diagnostics, tree and status bar. Each file keeps its
 * own core `Analyzer`, so typing re-parses only the directory being edited. Open documents are
 * analysed from the editor's text (debounced); other workspace files from disk.
 */
import * as vscode from 'vscode';
import { Analyzer } from '../core/analyze';
import type { Analysis } from '../core/analyze';

export const WORKSPACE_GLOB = '**/*.tenancy.{yaml,yml}';

export function isWorkspaceFile(uri: vscode.Uri): boolean {
  return /\.tenancy\.ya?ml$/i.test(uri.path);
}

interface Entry {
  analyzer: Analyzer;
  analysis?: Analysis;
  timer?: NodeJS.Timeout;
}

export class AnalysisStore implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly removed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  readonly onDidRemove = this.removed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed, this.removed];

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(WORKSPACE_GLOB);
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => void this.analyzeFromDisk(uri)),
      watcher.onDidChange((uri) => { if (!this.isOpen(uri)) void this.analyzeFromDisk(uri); }),
      watcher.onDidDelete((uri) => this.forget(uri)),
      vscode.workspace.onDidOpenTextDocument((d) => this.analyzeDocument(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => this.analyzeDocument(e.document, debounceMs(e.document.uri))),
      vscode.workspace.onDidCloseTextDocument((d) => { if (isWorkspaceFile(d.uri)) void this.analyzeFromDisk(d.uri); }),
      vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('tenancy')) this.reanalyzeAll(); }),
    );
  }

  /** Analyses the open documents and every workspace file; call once listeners are subscribed. */
  async start(): Promise<void> {
    for (const document of vscode.workspace.textDocuments) this.analyzeDocument(document, 0);
    await this.scanWorkspace();
  }

  get(uri: vscode.Uri): Analysis | undefined {
    return this.entries.get(uri.toString())?.analysis;
  }

  all(): Array<[vscode.Uri, Analysis]> {
    return [...this.entries].filter(([, e]) => e.analysis).map(([key, e]) => [vscode.Uri.parse(key), e.analysis!]);
  }

  async scanWorkspace(): Promise<void> {
    for (const uri of await vscode.workspace.findFiles(WORKSPACE_GLOB, '**/node_modules/**')) {
      if (!this.isOpen(uri)) await this.analyzeFromDisk(uri);
    }
  }

  private isOpen(uri: vscode.Uri): boolean {
    return vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
  }

  private entry(uri: vscode.Uri): Entry {
    const key = uri.toString();
    let entry = this.entries.get(key);
    if (!entry) this.entries.set(key, (entry = { analyzer: new Analyzer() }));
    return entry;
  }

  private analyzeDocument(document: vscode.TextDocument, delay: number): void {
    if (!isWorkspaceFile(document.uri) || document.uri.scheme === 'git') return;
    const entry = this.entry(document.uri);
    clearTimeout(entry.timer);
    const run = () => this.publish(document.uri, entry, document.getText());
    if (delay <= 0) run();
    else entry.timer = setTimeout(run, delay);
  }

  private async analyzeFromDisk(uri: vscode.Uri): Promise<void> {
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      this.publish(uri, this.entry(uri), new TextDecoder('utf-8').decode(bytes));
    } catch {
      this.forget(uri);
    }
  }

  private publish(uri: vscode.Uri, entry: Entry, text: string): void {
    const config = vscode.workspace.getConfiguration('tenancy', uri);
    entry.analysis = entry.analyzer.analyze(text, {
      severities: config.get('rules.severity', {}),
      rules: { roleAssignmentLimit: config.get('rules.roleAssignmentLimit', 4000) },
    });
    this.changed.fire(uri);
  }

  private reanalyzeAll(): void {
    for (const document of vscode.workspace.textDocuments) this.analyzeDocument(document, 0);
    void this.scanWorkspace();
  }

  private forget(uri: vscode.Uri): void {
    const entry = this.entries.get(uri.toString());
    if (!entry) return;
    clearTimeout(entry.timer);
    this.entries.delete(uri.toString());
    this.removed.fire(uri);
  }

  dispose(): void {
    for (const entry of this.entries.values()) clearTimeout(entry.timer);
    for (const d of this.disposables) d.dispose();
  }
}

function debounceMs(uri: vscode.Uri): number {
  return vscode.workspace.getConfiguration('tenancy', uri).get('analysis.debounceMs', 150);
}
