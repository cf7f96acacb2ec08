import * as vscode from 'vscode';
import { transferSubscription } from '../../core/edits';
import { localeOf } from '../../core/i18n';
import { previewTransfer } from '../../core/transfer';
import type { AnalysisStore } from '../analysisStore';
import { applyPlan, cancelled, pickDirectory, pickSubscription, resolveTarget } from './context';
import type { CommandArgs, CommandResult } from './context';

export interface TransferCommandArgs extends CommandArgs {
  subscriptionId?: string;
  targetDirectoryId?: string;
  /** Skip the confirmation (the preview is still computed, and its blockers still stop the command). */
  confirm?: boolean;
  /** Only open the preview (Markdown, beside the editor) and edit nothing. */
  previewOnly?: boolean;
}

/** Shows what Azure does when the subscription changes directory, then moves it after confirmation. */
export async function transferSubscriptionCommand(store: AnalysisStore, args: TransferCommandArgs = {}): Promise<CommandResult> {
  const target = await resolveTarget(store, args);
  if (!target) return cancelled;
  const subscription = args.subscriptionId ? undefined : await pickSubscription(target, vscode.l10n.t('Azure subscription to transfer'), (s) => s.type?.value === 'azure');
  const subscriptionId = args.subscriptionId ?? subscription?.id?.value;
  if (!subscriptionId) return cancelled;
  const from = subscription && target.analysis.index.directoryOf(subscription);
  const targetDirectoryId = args.targetDirectoryId ?? (await pickDirectory(target, vscode.l10n.t('Directory to transfer it to'), from))?.id?.value;
  if (!targetDirectoryId) return cancelled;

  const preview = previewTransfer(target.analysis.workspace, subscriptionId, targetDirectoryId, { locale: localeOf(vscode.env.language) });
  if ('refused' in preview) return applyPlan(target, preview);
  if (args.previewOnly) return showPreview(preview.toMarkdown());
  if (preview.blockers.length) return applyPlan(target, { refused: preview.blockers.join(' ') });
  if (!args.confirm) {
    const lost = preview.deletedAssignments.filter((a) => a.principalInTarget === 'no').length;
    const detail = [
      vscode.l10n.t('Azure deletes the {0} role assignment(s) of the subscription; they are kept under pendingRoleAssignments. {1} of them name principals that do not exist in {2}.', preview.deletedAssignments.length, lost, preview.to.name),
      preview.customRoles.length ? vscode.l10n.t('Custom roles not carried over: {0}.', preview.customRoles.join(', ')) : '',
      preview.owner && preview.owner.inTarget !== 'member' ? vscode.l10n.t('The owner {0} is not a member of {1}.', preview.owner.upn, preview.to.name) : '',
      vscode.l10n.t('Managed identities, Key Vault tenant ids and access policies, classic administrators and other directory-bound resources need attention: see the checklist.'),
    ].filter(Boolean).join('\n\n');
    const transfer = vscode.l10n.t('Transfer');
    const checklist = vscode.l10n.t('Open checklist');
    const answer = await vscode.window.showWarningMessage(
      vscode.l10n.t('Transfer {0} from {1} to {2}?', preview.subscription.name, preview.from.name, preview.to.name), { modal: true, detail }, transfer, checklist);
    if (answer === checklist) return showPreview(preview.toMarkdown());
    if (answer !== transfer) return cancelled;
  }
  return applyPlan(target, transferSubscription(target.text, { subscriptionId, targetDirectoryId }, { locale: localeOf(vscode.env.language) }));
}

/** Opens the transfer's consequences as an untitled Markdown document beside the editor. */
async function showPreview(markdown: string): Promise<CommandResult> {
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
  await vscode.window.showTextDocument(doc, { preview: true, viewColumn: vscode.ViewColumn.Beside });
  return { applied: false, reason: 'preview', preview: markdown };
}
