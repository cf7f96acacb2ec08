/**
 * The `vscode.Diagnostic` of each problem, made once and kept while it says the same: typing in a
 * 50,000-user file changes a few of its problems, and the others keep their `Diagnostic`, related
 * information included, so an edit that changes no problem hands VS Code nothing new.
 */
import * as vscode from 'vscode';
import type { Analysis } from '../core/analyze';
import type { Problem, RelatedLocation } from '../core/problems';
import { ruleDocPath } from '../core/ruleDocs';
import { rangesOf, spanToRange } from './ranges';

const SEVERITY = { error: vscode.DiagnosticSeverity.Error, warning: vscode.DiagnosticSeverity.Warning, info: vscode.DiagnosticSeverity.Information };

/** What a kept diagnostic was made from (the problem object itself moves in place when its block moves). */
interface Made {
  message: string;
  explain?: readonly string[];
  severity: Problem['severity'];
  diagnostic: vscode.Diagnostic;
}

export class DiagnosticCache {
  private readonly made = new WeakMap<Problem, Made>();
  /** The link to each rule's page, by code. */
  private readonly targets = new Map<string, vscode.Uri>();

  constructor(private readonly extensionUri: vscode.Uri) {}

  /**
   * The diagnostics of `problems` (some or all of the analysis's), each kept from the last time when
   * the problem is the same object and still reads the same on the same lines and columns — its
   * related locations too — else taken from `previous` (the list the collection holds, by position) when
   * that one says exactly the same: a block parsed again makes new problem objects for the same problems.
   * @param analysisOf the analysis of another file of the estate, for related information there (`RelatedLocation.file`: its URI).
   */
  of(uri: vscode.Uri, analysis: Analysis, problems: readonly Problem[], analysisOf: (file: string) => Analysis | undefined, previous: readonly vscode.Diagnostic[] = []): vscode.Diagnostic[] {
    const range = rangesOf(analysis);
    const own = uri.toString();
    const locate = (r: RelatedLocation): { uri: string; range: vscode.Range } => {
      const other = r.file === undefined ? undefined : analysisOf(r.file);
      return other ? { uri: r.file!, range: spanToRange(other, r) } : { uri: own, range: range(r.start, r.end) };
    };
    const sameRelated = (diagnostic: vscode.Diagnostic, related: readonly RelatedLocation[] | undefined) => {
      const infos = diagnostic.relatedInformation;
      if (!related?.length) return !infos?.length;
      if (infos?.length !== related.length) return false;
      return related.every((r, i) => {
        const info = infos[i];
        if (info.message !== r.message) return false;
        const at = locate(r);
        return info.location.range.isEqual(at.range) && info.location.uri.toString() === at.uri;
      });
    };
    return problems.map((problem, i) => {
      const at = range(problem.start, problem.end);
      const kept = this.made.get(problem);
      if (kept && kept.message === problem.message && kept.explain === problem.explain && kept.severity === problem.severity
        && kept.diagnostic.range.isEqual(at) && sameRelated(kept.diagnostic, problem.related)) return kept.diagnostic;
      const message = messageOf(problem);
      const before = previous[i];
      const diagnostic = before && before.message === message && before.severity === SEVERITY[problem.severity] && codeOf(before) === problem.code
        && before.range.isEqual(at) && sameRelated(before, problem.related)
        ? before
        : this.make(uri, problem, message, at, locate);
      this.made.set(problem, { message: problem.message, explain: problem.explain, severity: problem.severity, diagnostic });
      return diagnostic;
    });
  }

  private make(uri: vscode.Uri, problem: Problem, message: string, at: vscode.Range, locate: (r: RelatedLocation) => { uri: string; range: vscode.Range }): vscode.Diagnostic {
    const diagnostic = new vscode.Diagnostic(at, message, SEVERITY[problem.severity]);
    diagnostic.source = 'tenancy';
    diagnostic.code = { value: problem.code, target: this.targetOf(problem.code) };
    diagnostic.relatedInformation = problem.related?.map((r) => {
      const where = locate(r);
      const file = where.uri === uri.toString() ? uri : vscode.Uri.parse(where.uri);
      return new vscode.DiagnosticRelatedInformation(new vscode.Location(file, where.range), r.message);
    });
    return diagnostic;
  }

  private targetOf(code: string): vscode.Uri {
    let target = this.targets.get(code);
    if (!target) this.targets.set(code, (target = vscode.Uri.joinPath(this.extensionUri, ruleDocPath(code))));
    return target;
  }
}

/** A diagnostic's code, whether given alone or with its rule page's link. */
export function codeOf(diagnostic: vscode.Diagnostic): string | number | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' ? code.value : code;
}

/** The message, then the chain of facts that made the rule fire ("Why: A → B → C"), shown in the hover. */
function messageOf(problem: Problem): string {
  return problem.explain?.length ? `${problem.message}\n${vscode.l10n.t('Why: {0}', problem.explain.join(' → '))}` : problem.message;
}
