import * as vscode from 'vscode';
import type { EstateAnalysis } from '../../core/estate/estate';
import { fileLabel } from '../../core/estate/fileLabel';
import { estateDirectories, planEstateTransfer, previewEstateTransfer, subscriptionOfFile, transferTarget } from '../../core/estate/transfer';
import { localeOf } from '../../core/i18n';
import { fold } from '../../core/model';
import type { Directory, Subscription } from '../../core/model';
import type { ModelIndex } from '../../core/modelIndex';
import { isRefused, refuse } from '../../core/refusal';
import type { TransferPreview } from '../../core/transfer';
import type { AnalysisStore } from '../analysisStore';
import { COMMANDS } from './ids';
import { applyPlan, cancelled, directoryLabel, resolveTarget } from './context';
import type { CommandArgs, CommandResult } from './context';
import { pickSubscriptionFromCursor } from './cursor';
import { applyFileEdits, documentOf, estateOf } from './estateEdits';
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
 * file — then asks, with Cancel first (Enter cancels), and moves it. The target may be a directory of
 * any file of the estate: the entry then leaves this file for that one, both edited as one change
 * (one Undo restores both). Afterwards the moved subscription is selected in the editor of the file
 * it is now in, and in the tree, and the recreate step is offered.
 */
export async function transferSubscriptionCommand(store: AnalysisStore, args: TransferCommandArgs = {}): Promise<TransferResult> {
  const target = await resolveTarget(store, args);
  if (!target) return cancelled;
  const { index } = target.analysis;
  const file = target.document.uri.toString();
  const subscription = args.subscriptionId
    ? index.subscriptionsById.get(fold(args.subscriptionId))?.[0]
    : await pickSubscriptionFromCursor(target, vscode.l10n.t('Azure subscription to transfer'), (s) => s.type?.value === 'azure');
  const subscriptionId = args.subscriptionId ?? subscription?.id?.value;
  if (!subscriptionId) return cancelled;
  const estate = estateOf(store, target);
  const targetDirectoryId = args.targetDirectoryId ?? (await pickTargetDirectory(estate, file, subscriptionId))?.id?.value;
  if (!targetDirectoryId) return cancelled;

  const locale = localeOf(vscode.env.language);
  const preview = previewEstateTransfer(estate, file, subscriptionId, targetDirectoryId, { locale });
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
  // Planned on the estate as it is now, with the target's file open (its text is what gets edited).
  const landing = transferTarget(estate, file, targetDirectoryId, locale);
  const into = isRefused(landing) ? target.document : await documentOf(target, landing.file);
  const current = estateOf(store, target);
  const result: TransferResult = await applyFileEdits(target, current, planEstateTransfer(current, file, { subscriptionId, targetDirectoryId }, { locale }));
  if (!result.applied) return result;
  await revealMoved(store, into, subscriptionId, target.document);
  const pending = preview.deletedAssignments.length + preview.carriedPending;
  if (pending > 0) {
    result.offered = 'recreateRoleAssignments';
    // Not awaited: the notification waits for the user, the command's result does not.
    offerRecreate(into, subscriptionId, preview).catch((error: unknown) => void vscode.window.showErrorMessage(error instanceof Error ? error.message : String(error)));
  }
  return result;
}

/**
 * The directories of the estate to transfer to, the likeliest first: where the owner and most
 * principals of the assignments already exist. A directory of another file says which file.
 */
async function pickTargetDirectory(estate: EstateAnalysis, file: string, subscriptionId: string): Promise<Directory | undefined> {
  const found = subscriptionOfFile(estate, file, subscriptionId);
  if (!found) return undefined;
  const { index } = found.estate;
  const from = index.directoryOf(found.subscription);
  const scored = estateDirectories(estate, file).filter(({ directory: d }) => d.id && d !== from).map((d) => ({ ...d, ...suitability(index, found.subscription, d.directory) }));
  scored.sort((a, b) => b.score - a.score);
  const items = scored.map(({ directory, file: at, score, reason }, i) => ({
    label: directoryLabel(directory),
    description: [i === 0 && score > 0 ? `$(star-full) ${vscode.l10n.t('suggested: {0}', reason)}` : reason, at === file ? '' : `$(file) ${vscode.l10n.t('in {0}', fileLabel(at))}`].filter(Boolean).join(' · '),
    detail: directory.id!.value, directory,
  }));
  const name = found.subscription.name?.value ?? subscriptionId;
  return (await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Directory to transfer {0} to', name) }))?.directory;
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

/** Selects the moved subscription in the editor of the file it is in now (in the column of the file it left), then in the tree. */
async function revealMoved(store: AnalysisStore, document: vscode.TextDocument, subscriptionId: string, from: vscode.TextDocument): Promise<void> {
  const column = vscode.window.visibleTextEditors.find((e) => e.document === document)?.viewColumn
    ?? vscode.window.visibleTextEditors.find((e) => e.document === from)?.viewColumn;
  const editor = await vscode.window.showTextDocument(document, { preserveFocus: false, viewColumn: column });
  const analysis = store.analyzeNow(document);
  const moved = analysis?.index.subscriptionsById.get(fold(subscriptionId))?.[0];
  if (!moved) return;
  const range = new vscode.Range(document.positionAt(moved.head.start), document.positionAt(moved.head.end));
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
  await vscode.window.showTextDocument(document, { preserveFocus: false, viewColumn: editor.viewColumn });
}

/** Offers the next step on the file the subscription is now in. */
async function offerRecreate(document: vscode.TextDocument, subscriptionId: string, preview: TransferPreview): Promise<void> {
  const recreatable = preview.deletedAssignments.filter((a) => a.recreatable).length;
  const recreate = vscode.l10n.t('Recreate Role Assignments');
  const answer = await vscode.window.showInformationMessage(
    vscode.l10n.t('{0} now trusts {1}. Role assignments waiting under pendingRoleAssignments: {2}, of which {3} name principals that exist in {1} and can be recreated now.',
      preview.subscription.name, preview.to.name, preview.deletedAssignments.length + preview.carriedPending, recreatable),
    recreate);
  if (answer === recreate) await vscode.commands.executeCommand(COMMANDS.recreateRoleAssignments, { uri: document.uri, subscriptionId });
}
