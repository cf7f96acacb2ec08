/**
 * Publishes each file's problems as diagnostics: source `tenancy`, code linked to the rule's page.
 *
 * The editor draws squiggles for the first 500 markers of a file only (VS Code's marker decorations
 * read at most 500, collection by collection in the order they first held markers for the file), and
 * its extension host passes on at most 1,000 per collection. A file with more problems is published
 * as 500 diagnostics, so that every one published is drawn: the problems of the lines in view and
 * being edited first (`chooseShown`), and one information diagnostic saying how many are left out and
 * where to see them all. With 1,000 spread over the collections, the editor drew an arbitrary half of
 * them, the problems in view among those left out as often as not; and converting 13,000 problems per
 * keystroke cost more than the rest of the keystroke. A scroll that brings problems into view that
 * are not shown publishes the file again.
 *
 * The listener's task only chooses the problems shown and deals them to the collections by line;
 * the collections' diagnostics are then made and those that changed handed to VS Code together, in
 * a task of their own (a few for a line that moves them all), those of the lines in view and being
 * edited first (`ShardedCollections`). The
 * listener's delivery lasts until they are all handed over, so `AnalysisStore.settled()` waits for them.
 */
import * as vscode from 'vscode';
import type { Analysis } from '../core/analyze';
import type { Problem } from '../core/problems';
import { chooseShown, problemsOnLines } from '../core/shownProblems';
import type { AnalysisStore } from './analysisStore';
import { DiagnosticCache } from './diagnosticCache';
import { SHARDS, ShardedCollections, shardOf, shardsOfLines } from './diagnosticShards';
import { EditorFocus } from './editorFocus';
import type { LineRange } from './editorFocus';
import { rangesOf } from './ranges';
import { timed } from './timings';

/** The most markers of one file the editor draws (`MarkerDecorationsService`: "the first 500 errors/warnings"). */
export const SHOWN_PER_FILE = 500;

export function registerDiagnostics(context: vscode.ExtensionContext, store: AnalysisStore): void {
  const collections = new ShardedCollections('tenancy');
  const focus = new EditorFocus((uri) => store.has(uri));
  const publisher = new DiagnosticPublisher(collections, new DiagnosticCache(context.extensionUri), store, focus);
  context.subscriptions.push(
    collections,
    focus,
    // The delivery lasts until the collections are handed over: `settled()` waits for that, and the
    // other listeners (tree, status bar…) too, so that the squiggles come first.
    store.onDidChangeNamed('diagnostics', (uri) => {
      publisher.publish(uri);
      return collections.whenIdle();
    }, { first: true }),
    store.onDidRemove((uri) => publisher.remove(uri)),
    focus.onDidMove((uri) => timed('diagnostics in view', () => publisher.moved(uri))),
  );
}

class DiagnosticPublisher {
  /** The problems published of each file, when not all of them were. */
  private readonly shown = new Map<string, ReadonlySet<Problem>>();

  constructor(
    private readonly collections: ShardedCollections,
    private readonly cache: DiagnosticCache,
    private readonly store: AnalysisStore,
    private readonly focus: EditorFocus,
  ) {}

  /** Chooses the problems shown and deals them to the collections; each collection's diagnostics are made in its own task. */
  publish(uri: vscode.Uri): void {
    const analysis = this.store.get(uri);
    if (!analysis) return;
    const key = uri.toString();
    const all = analysis.problems;
    const lines = this.focus.linesOf(uri);
    // The analysis's line index is made here, on its first use (taken over from the previous version's).
    const lineOf = timed('diagnostics: line index', () => lineOfOffset(analysis));
    const shown = all.length > SHOWN_PER_FILE ? timed('diagnostics: choose', () => chooseShown(all, SHOWN_PER_FILE - 1, problemsOn(analysis, lines, lineOf))) : all;
    if (shown === all) this.shown.delete(key);
    else this.shown.set(key, new Set(shown));
    const dealt: Problem[][] = Array.from({ length: SHARDS }, () => []);
    timed('diagnostics: deal', () => { for (const problem of shown) dealt[shardOf(lineOf(problem.start))].push(problem); });
    const analysisOf = (file: string) => this.store.get(vscode.Uri.parse(file));
    this.collections.publish(uri, {
      first: lines.flatMap((l) => shardsOfLines(l.first, l.last)),
      current: () => !this.store.analysing(uri) && this.store.get(uri) === analysis,
      make: (shard, held) => {
        const diagnostics = this.cache.of(uri, analysis, dealt[shard], analysisOf, held);
        // The note is on the first line, which collection 0 holds.
        if (shard === 0 && shown !== all) diagnostics.push(this.summary(shown.length, all.length, held.at(-1)));
        return diagnostics;
      },
    });
  }

  /** The lines in view of a file changed: published again if problems there are left out. */
  moved(uri: vscode.Uri): void {
    const shown = this.shown.get(uri.toString());
    // A newer analysis under way is published with the lines in view then: reading the store now would run it to the end at once.
    if (!shown || this.store.analysing(uri)) return;
    const analysis = this.store.get(uri);
    if (!analysis) return;
    for (const range of problemsOn(analysis, this.focus.linesOf(uri), lineOfOffset(analysis))) {
      for (let i = range.from; i < range.to; i++) {
        if (!shown.has(analysis.problems[i])) return this.publish(uri);
      }
    }
  }

  remove(uri: vscode.Uri): void {
    this.shown.delete(uri.toString());
    this.collections.delete(uri);
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

/** The 0-based line of an offset of the analysis's text. */
function lineOfOffset(analysis: Analysis): (offset: number) => number {
  const range = rangesOf(analysis);
  return (offset) => range(offset, offset).start.line;
}

/** The problems on `lines` (those in view and of the last edit), as ranges of the analysis's problems. */
function problemsOn(analysis: Analysis, lines: readonly LineRange[], lineOf: (offset: number) => number) {
  return lines.map((l) => problemsOnLines(analysis.problems, lineOf, l.first, l.last));
}
