/** Publishes each file's problems as diagnostics: source `tenancy`, code linked to the rule's page. */
import * as vscode from 'vscode';
import type { Analysis } from '../core/analyze';
import type { Problem, RelatedLocation } from '../core/problems';
import { ruleDocPath } from '../core/ruleDocs';
import type { AnalysisStore } from './analysisStore';
import { rangesOf, spanToRange } from './ranges';
import { timed } from './timings';

const SEVERITY = { error: vscode.DiagnosticSeverity.Error, warning: vscode.DiagnosticSeverity.Warning, info: vscode.DiagnosticSeverity.Information };

export function registerDiagnostics(context: vscode.ExtensionContext, store: AnalysisStore): void {
  const collection = vscode.languages.createDiagnosticCollection('tenancy');
  const diagnostics = new DiagnosticCache(context.extensionUri);
  context.subscriptions.push(
    collection,
    store.onDidChange((uri) => timed('diagnostics', () => collection.set(uri, diagnostics.of(uri, store.get(uri)!, (file) => store.get(vscode.Uri.parse(file)))))),
    store.onDidRemove((uri) => collection.delete(uri)),
  );
}

/**
 * The diagnostics of each analysis, made from the previous analysis's where a problem is the same
 * object with the same message on the same lines and columns (moved blocks keep theirs when no line
 * was added or removed before them): typing in a 50,000-user file changes a few of its
 * 13,000 problems, and the others keep their `Diagnostic` (the core keeps the problems of the blocks
 * it did not parse again).
 */
export class DiagnosticCache {
  private readonly made = new WeakMap<Problem, { message: string; explain?: readonly string[]; severity: string; diagnostic: vscode.Diagnostic }>();
  /** The link to each rule's page, by code. */
  private readonly targets = new Map<string, vscode.Uri>();

  constructor(private readonly extensionUri: vscode.Uri) {}

  /** @param analysisOf the analysis of another file of the estate, for related information there (`RelatedLocation.file`: its URI). */
  of(uri: vscode.Uri, analysis: Analysis, analysisOf: (file: string) => Analysis | undefined = () => undefined): vscode.Diagnostic[] {
    const range = rangesOf(analysis);
    const location = (r: RelatedLocation) => {
      const other = r.file === undefined ? undefined : analysisOf(r.file);
      return other ? new vscode.Location(vscode.Uri.parse(r.file!), spanToRange(other, r)) : new vscode.Location(uri, range(r.start, r.end));
    };
    return analysis.problems.map((problem) => {
      const at = range(problem.start, problem.end);
      const kept = this.made.get(problem);
      // Related information points elsewhere, which may have moved: only problems without it are kept.
      if (kept && !problem.related && kept.message === problem.message && kept.explain === problem.explain
        && kept.severity === problem.severity && kept.diagnostic.range.isEqual(at)) return kept.diagnostic;
      const diagnostic = new vscode.Diagnostic(at, messageOf(problem), SEVERITY[problem.severity]);
      diagnostic.source = 'tenancy';
      diagnostic.code = { value: problem.code, target: this.targetOf(problem.code) };
      diagnostic.relatedInformation = problem.related?.map((r) => new vscode.DiagnosticRelatedInformation(location(r), r.message));
      this.made.set(problem, { message: problem.message, explain: problem.explain, severity: problem.severity, diagnostic });
      return diagnostic;
    });
  }

  private targetOf(code: string): vscode.Uri {
    let target = this.targets.get(code);
    if (!target) this.targets.set(code, (target = vscode.Uri.joinPath(this.extensionUri, ruleDocPath(code))));
    return target;
  }
}

/** The message, then the chain of facts that made the rule fire ("Why: A → B → C"), shown in the hover. */
function messageOf(problem: Problem): string {
  return problem.explain?.length ? `${problem.message}\n${vscode.l10n.t('Why: {0}', problem.explain.join(' → '))}` : problem.message;
}
