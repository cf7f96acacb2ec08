/**
 * Quick fixes for Tenancy's diagnostics, chosen by the core from each problem's code and typed data
 * (never from its message): the catalog's fixes (the preferred one marked), "fix all of this kind in
 * the file" where the core says it is safe, and "suppress for this line". Transfers open the transfer
 * command, which shows Azure's consequences before anything moves. Fixes are listed from the
 * problems' data; their edits are planned only for the fix the user picks (`resolveCodeAction`).
 * In an estate (the workspace files of one folder) a fix's edits may belong in another file — the
 * user added to the home directory kept in the provider's file — and are one workspace edit over the
 * files they touch, undone at once.
 */
import * as vscode from 'vscode';
import { readableText } from '../core/analyze';
import type { Analysis } from '../core/analyze';
import type { EstateAnalysis } from '../core/estate/estate';
import type { FileEdits } from '../core/estate/language';
import type { EstateFixOffer } from '../core/estate/quickFixes';
import type { QuickFixOffer, TextEdit } from '../core/edits';
import type { Refusable } from '../core/refusal';
import { localeOf } from '../core/i18n';
import { fold } from '../core/model';
import type { Problem } from '../core/problems';
import { planSuppression } from '../core/suppressions';
import type { AnalysisStore } from './analysisStore';
import { editing } from './chunks';
import { COMMANDS } from './commands/ids';
import { codeOf } from './diagnosticCache';
import { spanToRange } from './ranges';
import { timedProvider } from './timings';

/** Every YAML file: files added by `tenancy.files.include` have no fixed name; others carry no Tenancy diagnostics. */
const SELECTOR: vscode.DocumentSelector = { language: 'yaml' };

class FixAllAction extends vscode.CodeAction {
  constructor(readonly document: vscode.TextDocument, readonly version: number, readonly code: string, count: number, readonly inEstate: boolean) {
    super(vscode.l10n.t('Fix all {0} {1} problems in this file', count, code), vscode.CodeActionKind.QuickFix);
  }
}

/** One fix of the catalog: listed from the problem's data, its edits planned only when the user picks it. */
class OfferedFix extends vscode.CodeAction {
  constructor(readonly document: vscode.TextDocument, readonly version: number, readonly offer: EstateFixOffer, readonly estate?: EstateAnalysis) {
    super(offer.title, vscode.CodeActionKind.QuickFix);
    this.isPreferred = offer.isPreferred;
  }
}

/** How many problems of each code an analysis holds ("fix all N"), counted once per analysis. */
const codeCounts = new WeakMap<Analysis, Map<string, number>>();

function countOf(analysis: Analysis, code: string): number {
  let counts = codeCounts.get(analysis);
  if (!counts) {
    counts = new Map();
    for (const p of analysis.problems) counts.set(p.code, (counts.get(p.code) ?? 0) + 1);
    codeCounts.set(analysis, counts);
  }
  return counts.get(code) ?? 0;
}

export class TenancyCodeActions implements vscode.CodeActionProvider<vscode.CodeAction> {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly store: AnalysisStore) {}

  /**
   * Lists fixes without planning them: planning reads the whole file, and the light bulb asks after
   * every edit and cursor move. The edits are made in `resolveCodeAction`, for the fix picked.
   */
  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const ours = context.diagnostics.filter((d) => d.source === 'tenancy');
    if (ours.length === 0) return [];
    const analysis = this.store.analyzeNow(document);
    if (!analysis) return [];
    // The estate of the document's folder: fixes then read (and may write) its other files.
    const estate = this.store.estateNow(document);
    const file = document.uri.toString();
    const locale = localeOf(vscode.env.language);
    const directoryName = (id: string) => {
      const directory = analysis.index.directoriesById.get(fold(id))?.[0];
      return directory?.name?.value ?? directory?.id?.value;
    };
    const actions: vscode.CodeAction[] = [];
    const fixAllOffered = new Set<string>();
    for (const diagnostic of ours) {
      const problem = problemOf(analysis, document, diagnostic);
      if (!problem) continue;
      const offers: EstateFixOffer[] = estate
        ? editing().estateQuickFixOffers(estate, file, problem, { locale })
        : editing().quickFixOffers(analysis.text, problem, { locale, directoryName }).map((offer) => ({ ...offer, files: [file], plan: () => inOneFile(file, offer.plan()) }));
      for (const offer of offers) {
        const action = new OfferedFix(document, document.version, offer, estate);
        action.diagnostics = [diagnostic];
        if (offer.transfer) {
          // A transfer deletes the subscription's role assignments in Azure: the command shows the preview first.
          action.command = {
            command: COMMANDS.transferSubscription, title: offer.title,
            arguments: [{ uri: document.uri, subscriptionId: offer.transfer.subscriptionId, targetDirectoryId: offer.transfer.targetDirectoryId }],
          };
        }
        if (offer.pickOwner) {
          // The new owner is the user's choice: the command lists the directory's members.
          action.command = { command: COMMANDS.setOwner, title: offer.title, arguments: [{ uri: document.uri, subscriptionId: offer.pickOwner.subscriptionId }] };
        }
        actions.push(action);
      }
      if (offers.length > 0 && countOf(analysis, problem.code) > 1 && !fixAllOffered.has(problem.code)) {
        fixAllOffered.add(problem.code);
        // In an estate, only the problems whose fix stays in this file are fixed together.
        const sameKind = estate ? editing().estateFixableInFile(estate, file, problem.code, { locale }).length : countOf(analysis, problem.code);
        if (sameKind > 1) {
          const all = new FixAllAction(document, document.version, problem.code, sameKind, estate !== undefined);
          all.diagnostics = [diagnostic];
          actions.push(all);
        }
      }
      const suppression = planSuppression(readableText(analysis), problem);
      if (suppression) {
        const action = new vscode.CodeAction(vscode.l10n.t('Suppress {0} for this line', problem.code), vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.edit = toWorkspaceEdit(document, [suppression]);
        actions.push(action);
      }
    }
    return actions;
  }

  /** Plans the picked fix ("fix all" plans every edit of a kind); a refusal is shown, and nothing changes. */
  resolveCodeAction(action: vscode.CodeAction): vscode.CodeAction {
    if (action instanceof OfferedFix) {
      if (action.offer.transfer || action.offer.pickOwner || action.document.version !== action.version) return action;
      const plan = action.offer.plan();
      const edit = editing().isRefused(plan) ? plan : toEstateEdit(action.document, action.estate, plan);
      if (editing().isRefused(edit)) void vscode.window.showWarningMessage(edit.refused);
      else action.edit = edit;
      return action;
    }
    if (!(action instanceof FixAllAction)) return action;
    if (action.document.version !== action.version) return action;
    const locale = localeOf(vscode.env.language);
    const estate = action.inEstate ? this.store.estateNow(action.document) : undefined;
    const analysis = this.store.analyzeNow(action.document);
    if (!analysis || (action.inEstate && !estate)) return action;
    const plan = estate
      ? editing().estateFixAllInFile(estate, action.document.uri.toString(), action.code, { locale })
      : editing().fixAllInFile(analysis.text, analysis.problems, action.code, { locale });
    if (editing().isRefused(plan)) void vscode.window.showWarningMessage(plan.refused);
    else action.edit = toWorkspaceEdit(action.document, plan.edits);
    return action;
  }
}

function inOneFile(file: string, plan: ReturnType<QuickFixOffer['plan']>): Refusable<FileEdits[]> {
  return editing().isRefused(plan) ? plan : [{ file, edits: plan.edits }];
}

/**
 * One workspace edit over the files a fix writes (one undo). The document's edits are placed in it;
 * another file's by the text the estate analysed, refused when its editor holds another text now.
 */
function toEstateEdit(document: vscode.TextDocument, estate: EstateAnalysis | undefined, plan: readonly FileEdits[]): Refusable<vscode.WorkspaceEdit> {
  const edit = new vscode.WorkspaceEdit();
  for (const { file, edits } of plan) {
    if (file === document.uri.toString()) {
      for (const e of edits) edit.replace(document.uri, new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)), e.newText);
      continue;
    }
    const analysed = estate?.files.get(file);
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === file);
    const uri = vscode.Uri.parse(file);
    if (!analysed || (open && open.getText() !== analysed.text)) {
      return { refused: vscode.l10n.t('{0} changed since the fix was offered: try the fix again.', vscode.workspace.asRelativePath(uri)) };
    }
    for (const e of edits) edit.replace(uri, spanToRange(analysed, e), e.newText);
  }
  return edit;
}

/** The core problem behind a diagnostic: same code, same start. */
function problemOf(analysis: Analysis, document: vscode.TextDocument, diagnostic: vscode.Diagnostic): Problem | undefined {
  const code = String(codeOf(diagnostic));
  const start = document.offsetAt(diagnostic.range.start);
  return analysis.problems.find((p) => p.code === code && p.start === start);
}

function toWorkspaceEdit(document: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(document.uri, new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)), e.newText);
  return edit;
}

export function registerCodeActions(store: AnalysisStore): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(SELECTOR, timedProvider('code actions', new TenancyCodeActions(store)), TenancyCodeActions.metadata);
}
