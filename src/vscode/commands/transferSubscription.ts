import * as vscode from 'vscode';
import { transferSubscription } from '../../core/edits';
import { localeOf } from '../../core/i18n';
import { fold } from '../../core/model';
import type { Directory, Subscription } from '../../core/model';
import type { ModelIndex } from '../../core/modelIndex';
import { isRefused, refuse } from '../../core/refusal';
import { previewTransfer } from '../../core/transfer';
import type { TransferPreview } from '../../core/transfer';
import type { AnalysisStore } from '../analysisStore';
import { COMMANDS } from './ids';
import { applyPlan, cancelled, directoryLabel, resolveTarget } from './context';
import type { CommandArgs, CommandResult, Target } from './context';
import { pickSubscriptionFromCursor } from './cursor';
import { showTransferPreview } from './transferPreviewDocument';

export interface TransferCommandArgs extends CommandArgs {
  subscriptionId?: string;
  targetDirectoryId?: string;
  /** Skip the confirmation (the preview is still computed, and its blockers still stop the command). */
  confirm?: boolean;
  /** Only open the preview (beside the editor) and edit nothing. */
  previewOnly?: boolean;
}

export interface TransferResult extends CommandResult {
  /** After a transfer with assignments to recreate: the follow-up offered to the user. */
  offered?: 'recreateRoleAssignments';
}

/**
 * Shows what Azure does when the subscription changes directory — a read-only preview beside the
 * file — then asks, with Cancel first (Enter cancels), and moves it. Afterwards the moved
 * subscription is selected in the editor and the tree, and the recreate step is offered.
 */
export async function transferSubscriptionCommand(store: AnalysisStore, args: TransferCommandArgs = {}): Promise<TransferResult> {
  const target = await resolveTarget(store, args);
  if (!target) return cancelled;
  const { index } = target.analysis;
  const subscription = args.subscriptionId
    ? index.subscriptionsById.get(fold(args.subscriptionId))?.[0]
    : await pickSubscriptionFromCursor(target, vscode.l10n.t('Azure subscription to transfer'), (s) => s.type?.value === 'azure');
  const subscriptionId = args.subscriptionId ?? subscription?.id?.value;
  if (!subscriptionId) return cancelled;
  const targetDirectoryId = args.targetDirectoryId ?? (subscription && (await pickTargetDirectory(target, subscription))?.id?.value);
  if (!targetDirectoryId) return cancelled;

  const locale = localeOf(vscode.env.language);
  const preview = previewTransfer(target.analysis.workspace, subscriptionId, targetDirectoryId, { locale });
  if (isRefused(preview)) return applyPlan(target, preview);
  const markdown = preview.toMarkdown();
  const title = vscode.l10n.t('Transfer {0} to {1}', preview.subscription.name, preview.to.name);
  if (args.previewOnly) {
    await showTransferPreview(preview.subscription.id, targetDirectoryId, title, markdown, true);
    return { applied: false, reason: 'preview', preview: markdown };
  }
  if (preview.blockers.length) return applyPlan(target, refuse(preview.blockers.join(' ')));
  if (!args.confirm) {
    await showTransferPreview(preview.subscription.id, targetDirectoryId, title, markdown);
    if (!(await confirmTransfer(preview))) return { ...cancelled, preview: markdown };
  }
  const result: TransferResult = await applyPlan(target, transferSubscription(target.text, { subscriptionId, targetDirectoryId }, { locale }));
  if (!result.applied) return result;
  await revealMoved(store, target, subscriptionId);
  const pending = preview.deletedAssignments.length + preview.carriedPending;
  if (pending > 0) {
    result.offered = 'recreateRoleAssignments';
    // Not awaited: the notification waits for the user, the command's result does not.
    offerRecreate(target, subscriptionId, preview).catch((error: unknown) => void vscode.window.showErrorMessage(error instanceof Error ? error.message : String(error)));
  }
  return result;
}

/** The directories to transfer to, the likeliest first: where the owner and most principals of the assignments already exist. */
async function pickTargetDirectory(target: Target, subscription: Subscription): Promise<Directory | undefined> {
  const { index } = target.analysis;
  const from = index.directoryOf(subscription);
  const scored = index.directories.filter((d) => d.id && d !== from).map((d) => ({ directory: d, ...suitability(index, subscription, d) }));
  scored.sort((a, b) => b.score - a.score);
  const items = scored.map(({ directory, score, reason }, i) => ({
    label: directoryLabel(directory),
    description: i === 0 && score > 0 ? `$(star-full) ${vscode.l10n.t('suggested: {0}', reason)}` : reason,
    detail: directory.id!.value, directory,
  }));
  return (await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Directory to transfer {0} to', subscription.name?.value ?? subscription.id?.value ?? '') }))?.directory;
}

/** How well a directory fits: the owner is a member there (the Account Administrator must sign in to it), and how many assignment principals exist there. */
function suitability(index: ModelIndex, subscription: Subscription, directory: Directory): { score: number; reason: string } {
  const owner = subscription.owner?.value;
  const ownerHere = owner !== undefined && index.isMemberOf(owner, directory);
  const accounts = subscription.roleAssignments.map((a) => a.principal?.value).filter((p): p is string => p !== undefined && p.includes('@'));
  const present = accounts.filter((p) => index.isMemberOf(p, directory) || index.guestIn(p, directory)).length;
  const reasons = [ownerHere ? vscode.l10n.t('the owner is a member') : '', accounts.length ? vscode.l10n.t('assigned accounts there: {0} of {1}', present, accounts.length) : ''];
  return { score: (ownerHere ? accounts.length + 1 : 0) + present, reason: reasons.filter(Boolean).join(' · ') };
}

/** A quick pick whose first item, Cancel, is the default: Enter or Escape changes nothing. */
async function confirmTransfer(preview: TransferPreview): Promise<boolean> {
  const lost = [
    vscode.l10n.t('role assignments deleted: {0}', preview.deletedAssignments.length),
    preview.managedIdentities.length ? vscode.l10n.t('managed identities broken: {0}', preview.managedIdentities.length) : '',
    preview.inheritedAccess.length ? vscode.l10n.t('inherited assignments lost: {0}', preview.inheritedAccess.length) : '',
    preview.customRoles.length ? vscode.l10n.t('custom roles to recreate: {0}', preview.customRoles.length) : '',
  ].filter(Boolean).join(' · ');
  const cancel = { label: `$(close) ${vscode.l10n.t('Cancel')}`, detail: vscode.l10n.t('Change nothing; the preview stays open beside the file.'), go: false };
  const transfer = {
    label: `$(arrow-swap) ${vscode.l10n.t('Transfer {0} to {1}', preview.subscription.name, preview.to.name)}`,
    detail: vscode.l10n.t('Azure deletes what the preview lists ({0}); the file keeps the assignments under pendingRoleAssignments.', lost), go: true,
  };
  const pick = vscode.window.createQuickPick<typeof cancel>();
  pick.title = vscode.l10n.t('Transfer {0} from {1} to {2}?', preview.subscription.name, preview.from.name, preview.to.name);
  pick.placeholder = vscode.l10n.t('Read the consequences in the preview beside; Enter cancels.');
  pick.items = [cancel, transfer];
  pick.activeItems = [cancel];
  pick.ignoreFocusOut = true;
  return new Promise((resolve) => {
    let chosen = false;
    pick.onDidAccept(() => {
      chosen = pick.selectedItems[0]?.go ?? pick.activeItems[0]?.go ?? false;
      pick.hide();
    });
    pick.onDidHide(() => {
      pick.dispose();
      resolve(chosen);
    });
    pick.show();
  });
}

/** Selects the moved subscription in the editor, then in the tree. */
async function revealMoved(store: AnalysisStore, target: Target, subscriptionId: string): Promise<void> {
  const editor = await vscode.window.showTextDocument(target.document, { preserveFocus: false, viewColumn: vscode.window.visibleTextEditors.find((e) => e.document === target.document)?.viewColumn });
  const analysis = store.analyzeNow(target.document);
  const moved = analysis?.index.subscriptionsById.get(fold(subscriptionId))?.[0];
  if (!moved) return;
  const range = new vscode.Range(target.document.positionAt(moved.head.start), target.document.positionAt(moved.head.end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  // The tree refreshes for the new analysis meanwhile; a reveal that races the refresh is tried again once.
  // Revealing is a courtesy: the transfer is done whatever happens here.
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await new Promise((resolve) => setTimeout(resolve, attempt * 200));
      await vscode.commands.executeCommand('tenancy.revealInTree');
      break;
    } catch {
      // the node went away under the refresh: try once more
    }
  }
  await vscode.window.showTextDocument(target.document, { preserveFocus: false, viewColumn: editor.viewColumn });
}

async function offerRecreate(target: Target, subscriptionId: string, preview: TransferPreview): Promise<void> {
  const recreatable = preview.deletedAssignments.filter((a) => a.recreatable).length;
  const recreate = vscode.l10n.t('Recreate Role Assignments');
  const answer = await vscode.window.showInformationMessage(
    vscode.l10n.t('{0} now trusts {1}. Role assignments waiting under pendingRoleAssignments: {2}, of which {3} name principals that exist in {1} and can be recreated now.',
      preview.subscription.name, preview.to.name, preview.deletedAssignments.length + preview.carriedPending, recreatable),
    recreate);
  if (answer === recreate) await vscode.commands.executeCommand(COMMANDS.recreateRoleAssignments, { uri: target.document.uri, subscriptionId });
}
