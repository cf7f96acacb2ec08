/**
 * Publishes each file's problems as diagnostics: source `tenancy`, code linked to the rule's page.
 *
 * VS Code shows at most 1,000 diagnostics of a file (its extension host hands the rest to nobody but
 * `languages.getDiagnostics`). A file with more problems is published as VS Code would show it, but
 * with the problems of the lines in view and being edited first (`chooseShown`), and one information
 * diagnostic saying how many are left out and where to see them all: the rest would never be shown,
 * and converting 13,000 problems per keystroke cost more than the rest of the keystroke. A scroll that
 * brings problems into view that are not shown publishes the file again. A publication equal to the
 * last one (an edit that changed no problem) is not handed to VS Code again.
 */
import * as vscode from 'vscode';
import type { Analysis } from '../core/analyze';
import type { Problem } from '../core/problems';
import { chooseShown, problemsOnLines } from '../core/shownProblems';
import type { AnalysisStore } from './analysisStore';
import { DiagnosticCache } from './diagnosticCache';
import { EditorFocus } from './editorFocus';
import { rangesOf } from './ranges';
import { timed } from './timings';

/** The most diagnostics VS Code shows for one file (`ExtHostDiagnostics._maxDiagnosticsPerFile`). */
export const SHOWN_PER_FILE = 1000;

export function registerDiagnostics(context: vscode.ExtensionContext, store: AnalysisStore): void {
  const collection = vscode.languages.createDiagnosticCollection('tenancy');
  const focus = new EditorFocus((uri) => store.get(uri) !== undefined);
  const publisher = new DiagnosticPublisher(collection, new DiagnosticCache(context.extensionUri), store, focus);
  context.subscriptions.push(
    collection,
    focus,
    store.onDidChange((uri) => timed('diagnostics', () => publisher.publish(uri))),
    store.onDidRemove((uri) => publisher.remove(uri)),
    focus.onDidMove((uri) => timed('diagnostics in view', () => publisher.moved(uri))),
  );
}

interface Published {
  diagnostics: vscode.Diagnostic[];
  /** The problems published, when not all of them were. */
  shown?: ReadonlySet<Problem>;
}

class DiagnosticPublisher {
  private readonly published = new Map<string, Published>();

  constructor(
    private readonly collection: vscode.DiagnosticCollection,
    private readonly cache: DiagnosticCache,
    private readonly store: AnalysisStore,
    private readonly focus: EditorFocus,
  ) {}

  publish(uri: vscode.Uri): void {
    const analysis = this.store.get(uri);
    if (!analysis) return;
    const key = uri.toString();
    const last = this.published.get(key);
    const all = analysis.problems;
    const shown = all.length > SHOWN_PER_FILE ? chooseShown(all, SHOWN_PER_FILE - 1, this.inFocus(uri, analysis)) : all;
    const diagnostics = this.cache.of(uri, analysis, shown, (file) => this.store.get(vscode.Uri.parse(file)), last?.diagnostics);
    if (shown !== all) diagnostics.push(this.summary(shown.length, all.length, last?.diagnostics.at(-1)));
    this.published.set(key, { diagnostics, shown: shown === all ? undefined : new Set(shown) });
    if (last && last.diagnostics.length === diagnostics.length && diagnostics.every((d, i) => d === last.diagnostics[i])) return;
    this.collection.set(uri, diagnostics);
  }

  /** The lines in view of a file changed: published again if problems there are left out. */
  moved(uri: vscode.Uri): void {
    const shown = this.published.get(uri.toString())?.shown;
    const analysis = this.store.get(uri);
    if (!shown || !analysis) return;
    for (const range of this.inFocus(uri, analysis)) {
      for (let i = range.from; i < range.to; i++) {
        if (!shown.has(analysis.problems[i])) return this.publish(uri);
      }
    }
  }

  remove(uri: vscode.Uri): void {
    this.published.delete(uri.toString());
    this.collection.delete(uri);
  }

  /** The problems on the lines in view and of the last edit, as ranges of the analysis's problems. */
  private inFocus(uri: vscode.Uri, analysis: Analysis) {
    const range = rangesOf(analysis);
    const lineOf = (offset: number) => range(offset, offset).start.line;
    return this.focus.linesOf(uri).map((lines) => problemsOnLines(analysis.problems, lineOf, lines.first, lines.last));
  }

  /** The information diagnostic on the first line saying how many problems are left out (kept while the counts are the same). */
  private summary(shown: number, all: number, last: vscode.Diagnostic | undefined): vscode.Diagnostic {
    const message = vscode.l10n.t(
      'Tenancy shows {0} of the {1} problems of this file: those on the lines in view and being edited, then errors, then warnings. The Tenancy view marks every entry with problems, and the command `tenancy check` lists them all.',
      shown.toLocaleString(vscode.env.language), all.toLocaleString(vscode.env.language),
    );
    if (last?.message === message && last.code === undefined) return last;
    const diagnostic = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), message, vscode.DiagnosticSeverity.Information);
    diagnostic.source = 'tenancy';
    return diagnostic;
  }
}
