/**
 * Quick fixes for Tenancy's diagnostics, chosen by the core from each problem's code and typed data
 * (never from its message): the catalog's fixes (the preferred one marked), "fix all of this kind in
 * the file" where the core says it is safe, and "suppress for this line". Transfers open the transfer
 * command, which shows Azure's consequences before anything moves.
 */
import * as vscode from 'vscode';
import type { Analysis } from '../core/analyze';
import type { TextEdit } from '../core/edits';
import { localeOf } from '../core/i18n';
import type { Problem } from '../core/problems';
import { planSuppression } from '../core/suppressions';
import type { AnalysisStore } from './analysisStore';
import { editing } from './chunks';
import { COMMANDS } from './commands/ids';

/** Every YAML file: files added by `tenancy.files.include` have no fixed name; others carry no Tenancy diagnostics. */
const SELECTOR: vscode.DocumentSelector = { language: 'yaml' };

class FixAllAction extends vscode.CodeAction {
  constructor(readonly document: vscode.TextDocument, readonly version: number, readonly code: string, count: number) {
    super(vscode.l10n.t('Fix all {0} {1} problems in this file', count, code), vscode.CodeActionKind.QuickFix);
  }
}

export class TenancyCodeActions implements vscode.CodeActionProvider<vscode.CodeAction> {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly store: AnalysisStore) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const ours = context.diagnostics.filter((d) => d.source === 'tenancy');
    if (ours.length === 0) return [];
    const analysis = this.analysisOf(document);
    if (!analysis) return [];
    const actions: vscode.CodeAction[] = [];
    const fixAllOffered = new Set<string>();
    for (const diagnostic of ours) {
      const problem = problemOf(analysis, document, diagnostic);
      if (!problem) continue;
      const fixes = editing().quickFixesFor(analysis.text, problem, { locale: localeOf(vscode.env.language) });
      for (const fix of fixes) {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.isPreferred = fix.isPreferred;
        if (fix.preview) {
          // A transfer deletes the subscription's role assignments in Azure: show the preview first.
          action.command = {
            command: COMMANDS.transferSubscription, title: fix.title,
            arguments: [{ uri: document.uri, subscriptionId: fix.preview.subscription.id, targetDirectoryId: fix.preview.to.id }],
          };
        } else {
          action.edit = toWorkspaceEdit(document, fix.plan.edits);
        }
        actions.push(action);
      }
      const sameKind = analysis.problems.filter((p) => p.code === problem.code).length;
      if (fixes.length > 0 && sameKind > 1 && !fixAllOffered.has(problem.code)) {
        fixAllOffered.add(problem.code);
        const all = new FixAllAction(document, document.version, problem.code, sameKind);
        all.diagnostics = [diagnostic];
        actions.push(all);
      }
      const suppression = planSuppression(analysis.text, problem);
      if (suppression) {
        const action = new vscode.CodeAction(vscode.l10n.t('Suppress {0} for this line', problem.code), vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.edit = toWorkspaceEdit(document, [suppression]);
        actions.push(action);
      }
    }
    return actions;
  }

  /** "Fix all" plans every edit of a kind: computed only when the user picks it. */
  resolveCodeAction(action: vscode.CodeAction): vscode.CodeAction {
    if (!(action instanceof FixAllAction)) return action;
    if (action.document.version !== action.version) return action;
    const analysis = this.analysisOf(action.document);
    if (!analysis) return action;
    const plan = editing().fixAllInFile(analysis.text, analysis.problems, action.code, { locale: localeOf(vscode.env.language) });
    if (editing().isRefused(plan)) void vscode.window.showWarningMessage(plan.refused);
    else action.edit = toWorkspaceEdit(action.document, plan.edits);
    return action;
  }

  private analysisOf(document: vscode.TextDocument): Analysis | undefined {
    const analysis = this.store.get(document.uri);
    return analysis && analysis.text === document.getText() ? analysis : undefined;
  }
}

/** The core problem behind a diagnostic: same code, same start. */
function problemOf(analysis: Analysis, document: vscode.TextDocument, diagnostic: vscode.Diagnostic): Problem | undefined {
  const code = typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code);
  const start = document.offsetAt(diagnostic.range.start);
  return analysis.problems.find((p) => p.code === code && p.start === start);
}

function toWorkspaceEdit(document: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(document.uri, new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)), e.newText);
  return edit;
}

export function registerCodeActions(store: AnalysisStore): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(SELECTOR, new TenancyCodeActions(store), TenancyCodeActions.metadata);
}
