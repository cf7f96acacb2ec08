/** Publishes each file's problems as diagnostics: source `tenancy`, code linked to the rule's page. */
import * as vscode from 'vscode';
import type { Analysis } from '../core/analyze';
import type { Problem, RelatedLocation } from '../core/problems';
import { ruleDocPath } from '../core/ruleDocs';
import type { AnalysisStore } from './analysisStore';
import { spanToRange } from './ranges';
import { timed } from './timings';

const SEVERITY = { error: vscode.DiagnosticSeverity.Error, warning: vscode.DiagnosticSeverity.Warning, info: vscode.DiagnosticSeverity.Information };

export function registerDiagnostics(context: vscode.ExtensionContext, store: AnalysisStore): void {
  const collection = vscode.languages.createDiagnosticCollection('tenancy');
  context.subscriptions.push(
    collection,
    store.onDidChange((uri) => timed('diagnostics', () => collection.set(uri, toDiagnostics(uri, store.get(uri)!, context.extensionUri, (file) => store.get(vscode.Uri.parse(file)))))),
    store.onDidRemove((uri) => collection.delete(uri)),
  );
}

/** @param analysisOf the analysis of another file of the estate, for related information there (`RelatedLocation.file`: its URI). */
export function toDiagnostics(
  uri: vscode.Uri, analysis: Analysis, extensionUri: vscode.Uri, analysisOf: (file: string) => Analysis | undefined = () => undefined,
): vscode.Diagnostic[] {
  const range = (start: number, end: number) => spanToRange(analysis, { start, end });
  const location = (r: RelatedLocation) => {
    const other = r.file === undefined ? undefined : analysisOf(r.file);
    return other ? new vscode.Location(vscode.Uri.parse(r.file!), spanToRange(other, r)) : new vscode.Location(uri, range(r.start, r.end));
  };
  return analysis.problems.map((problem) => {
    const diagnostic = new vscode.Diagnostic(range(problem.start, problem.end), messageOf(problem), SEVERITY[problem.severity]);
    diagnostic.source = 'tenancy';
    diagnostic.code = { value: problem.code, target: vscode.Uri.joinPath(extensionUri, ruleDocPath(problem.code)) };
    diagnostic.relatedInformation = problem.related?.map((r) => new vscode.DiagnosticRelatedInformation(location(r), r.message));
    return diagnostic;
  });
}

/** The message, then the chain of facts that made the rule fire ("Why: A → B → C"), shown in the hover. */
function messageOf(problem: Problem): string {
  return problem.explain?.length ? `${problem.message}\n${vscode.l10n.t('Why: {0}', problem.explain.join(' → '))}` : problem.message;
}
