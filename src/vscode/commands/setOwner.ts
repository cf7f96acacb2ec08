import * as vscode from 'vscode';
import { setOwner } from '../../core/edits';
import { localeOf } from '../../core/i18n';
import type { AnalysisStore } from '../analysisStore';
import { applyPlan, cancelled, pickAccount, pickSubscription, resolveTarget } from './context';
import type { CommandArgs, CommandResult } from './context';

export interface SetOwnerCommandArgs extends CommandArgs {
  subscriptionId?: string;
  /** `null` removes the owner. */
  owner?: string | null;
}

export async function setOwnerCommand(store: AnalysisStore, args: SetOwnerCommandArgs = {}): Promise<CommandResult> {
  const target = await resolveTarget(store, args);
  if (!target) return cancelled;
  const subscription = args.subscriptionId ? undefined : await pickSubscription(target, vscode.l10n.t('Azure subscription'), (s) => s.type?.value === 'azure');
  const subscriptionId = args.subscriptionId ?? subscription?.id?.value;
  if (!subscriptionId) return cancelled;
  // The members of the subscription's directory who can sign in (also when the subscription came as an argument).
  const chosen = subscription ?? target.analysis.index.subscriptions.find((s) => s.id?.value.toLowerCase() === subscriptionId.toLowerCase());
  const members = chosen && target.analysis.index.directoryOf(chosen).users.filter((u) => u.enabled).map((u) => u.upn?.value).filter((u): u is string => !!u);
  const owner = args.owner !== undefined ? args.owner : await pickAccount(target, vscode.l10n.t('Owner: a user of the directory'), members);
  if (owner === undefined) return cancelled;
  return applyPlan(target, setOwner(target.text, { subscriptionId, owner }, { locale: localeOf(vscode.env.language) }));
}
