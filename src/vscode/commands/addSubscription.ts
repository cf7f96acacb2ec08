import * as vscode from 'vscode';
import { addSubscription } from '../../core/edits';
import { localeOf } from '../../core/i18n';
import type { AnalysisStore } from '../analysisStore';
import { applyPlan, ask, cancelled, pickAccount, pickDirectory, resolveTarget } from './context';
import { askNewGuid } from './inputs';
import type { CommandArgs, CommandResult } from './context';

export interface AddSubscriptionCommandArgs extends CommandArgs {
  directoryId?: string;
  id?: string;
  name?: string;
  type?: 'azure' | 'office365';
  /** Azure only: the Account Administrator. */
  owner?: string;
  offer?: string;
  plan?: string;
}

export async function addSubscriptionCommand(store: AnalysisStore, args: AddSubscriptionCommandArgs = {}): Promise<CommandResult> {
  const target = await resolveTarget(store, args);
  if (!target) return cancelled;
  const directory = args.directoryId ? undefined : await pickDirectory(target, vscode.l10n.t('Directory the subscription trusts'));
  const directoryId = args.directoryId ?? directory?.id?.value;
  if (!directoryId) return cancelled;
  const type = args.type ?? (await vscode.window.showQuickPick([
    { label: 'Azure', type: 'azure' as const },
    { label: 'Office 365 / Microsoft 365', type: 'office365' as const },
  ], { placeHolder: vscode.l10n.t('Kind of subscription') }))?.type;
  if (!type) return cancelled;
  const id = args.id ?? await askNewGuid(target, vscode.l10n.t('Subscription ID'));
  if (!id) return cancelled;
  const name = args.name ?? await ask(vscode.l10n.t('Subscription name'));
  if (!name) return cancelled;
  if (type === 'office365') return applyPlan(target, addSubscription(target.text, { directoryId, id, name, type, plan: args.plan }, { locale: localeOf(vscode.env.language) }));
  const members = directory?.users.map((u) => u.upn?.value).filter((u): u is string => !!u);
  const owner = args.owner ?? await pickAccount(target, vscode.l10n.t('Owner (Account Administrator): a user of the directory'), members);
  if (!owner) return cancelled;
  return applyPlan(target, addSubscription(target.text, { directoryId, id, name, type, owner, offer: args.offer }, { locale: localeOf(vscode.env.language) }));
}
