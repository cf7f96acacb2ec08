import * as vscode from 'vscode';
import { addRoleAssignment } from '../../core/edits';
import { localeOf } from '../../core/i18n';
import { azureBuiltInRoles } from '../../core/catalog';
import type { AnalysisStore } from '../analysisStore';
import { applyPlan, ask, cancelled, pickAccount, pickSubscription, resolveTarget } from './context';
import type { CommandArgs, CommandResult } from './context';

export interface AddRoleAssignmentCommandArgs extends CommandArgs {
  subscriptionId?: string;
  principal?: string;
  role?: string;
  scope?: string;
}

export async function addRoleAssignmentCommand(store: AnalysisStore, args: AddRoleAssignmentCommandArgs = {}): Promise<CommandResult> {
  const target = await resolveTarget(store, args);
  if (!target) return cancelled;
  const subscription = args.subscriptionId ? undefined : await pickSubscription(target, vscode.l10n.t('Azure subscription'), (s) => s.type?.value === 'azure');
  const subscriptionId = args.subscriptionId ?? subscription?.id?.value;
  if (!subscriptionId) return cancelled;
  let candidates: string[] | undefined;
  if (subscription) {
    const directory = target.analysis.index.directoryOf(subscription);
    candidates = [...directory.users, ...directory.guests].map((a) => a.upn?.value).filter((u): u is string => !!u);
  }
  const principal = args.principal ?? await pickAccount(target, vscode.l10n.t('Principal: a user or guest of the directory'), candidates);
  if (!principal) return cancelled;
  const custom = subscription ? target.analysis.index.directoryOf(subscription).customRoles.map((r) => r.value) : [];
  const role = args.role ?? await vscode.window.showQuickPick([...custom, ...azureBuiltInRoles().map((r) => r.name)], { placeHolder: vscode.l10n.t('Azure role') });
  if (!role) return cancelled;
  const scope = args.scope ?? (args.role ? undefined : await ask(vscode.l10n.t('Scope below the subscription, e.g. /resourceGroups/web (empty: the whole subscription)')));
  return applyPlan(target, addRoleAssignment(target.text, { subscriptionId, principal, role, scope }, { locale: localeOf(vscode.env.language) }));
}
