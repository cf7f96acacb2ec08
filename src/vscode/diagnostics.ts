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
 *
 * VS Code's host serialises a collection's whole list for a file on every `set` (about 30 µs per
 * diagnostic: 30 ms for a thousand, per keystroke). The diagnostics are therefore spread over a few
 * collections by line (`SHARDS`, buckets of `BUCKET_LINES` lines dealt round-robin), and an edit hands
 * VS Code again only the collections whose diagnostics changed: typing on a line re-sends about an
 * eighth of the list; a line added or removed re-sends those whose lines moved.
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

/** The collections the diagnostics of a file are spread over, and the lines of each bucket dealt to them in turn. */
const SHARDS = 8;
const BUCKET_LINES = 64;

export function registerDiagnostics(context: vscode.ExtensionContext, store: AnalysisStore): void {
  const collections = Array.from({ length: SHARDS }, (_, k) => vscode.languages.createDiagnosticCollection(k === 0 ? 'tenancy' : `tenancy.${k}`));
  const focus = new EditorFocus((uri) => store.has(uri));
  const publisher = new DiagnosticPublisher(collections, new DiagnosticCache(context.extensionUri), store, focus);
  context.subscriptions.push(
    ...collections,
    focus,
    store.onDidChange((uri) => timed('diagnostics', () => publisher.publish(uri))),
    store.onDidRemove((uri) => publisher.remove(uri)),
    focus.onDidMove((uri) => timed('diagnostics in view', () => publisher.moved(uri))),
  );
}

interface Published {
  diagnostics: vscode.Diagnostic[];
  /** The same diagnostics by collection. */
  shards: vscode.Diagnostic[][];
  /** The problems published, when not all of them were. */
  shown?: ReadonlySet<Problem>;
}

class DiagnosticPublisher {
  private readonly published = new Map<string, Published>();

  constructor(
    private readonly collections: readonly vscode.DiagnosticCollection[],
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
    const shards = byShard(diagnostics);
    this.published.set(key, { diagnostics, shards, shown: shown === all ? undefined : new Set(shown) });
    shards.forEach((shard, k) => {
      const before = last?.shards[k];
      if (before ? sameDiagnostics(before, shard) : shard.length === 0) return;
      this.collections[k].set(uri, shard);
    });
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
    for (const collection of this.collections) collection.delete(uri);
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

/** The diagnostics of each collection, in the order given: buckets of lines dealt to the collections in turn. */
function byShard(diagnostics: readonly vscode.Diagnostic[]): vscode.Diagnostic[][] {
  const shards: vscode.Diagnostic[][] = Array.from({ length: SHARDS }, () => []);
  for (const diagnostic of diagnostics) shards[Math.floor(diagnostic.range.start.line / BUCKET_LINES) % SHARDS].push(diagnostic);
  return shards;
}

function sameDiagnostics(a: readonly vscode.Diagnostic[], b: readonly vscode.Diagnostic[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}
