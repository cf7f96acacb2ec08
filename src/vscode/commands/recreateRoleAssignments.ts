import * as vscode from 'vscode';
import { recreateRoleAssignments } from '../../core/edits';
import { localeOf } from '../../core/i18n';
import type { AnalysisStore } from '../analysisStore';
import { applyPlan, cancelled, pickSubscription, resolveTarget } from './context';
import type { CommandArgs, CommandResult } from './context';

export interface RecreateCommandArgs extends CommandArgs {
  subscriptionId?: string;
}

export async function recreateRoleAssignmentsCommand(store: AnalysisStore, args: RecreateCommandArgs = {}): Promise<CommandResult> {
  const target = await resolveTarget(store, args);
  if (!target) return cancelled;
  const subscriptionId = args.subscriptionId ?? (await pickSubscription(target, vscode.l10n.t('Subscription with pending role assignments'), (s) => s.pendingRoleAssignments.length > 0))?.id?.value;
  if (!subscriptionId) return cancelled;
  return applyPlan(target, recreateRoleAssignments(target.text, { subscriptionId }, { locale: localeOf(vscode.env.language) }));
}
