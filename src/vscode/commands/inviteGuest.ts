import * as vscode from 'vscode';
import { inviteGuest } from '../../core/edits';
import { localeOf } from '../../core/i18n';
import type { AnalysisStore } from '../analysisStore';
import { applyPlan, ask, cancelled, isUpn, pickDirectory, resolveTarget } from './context';
import type { CommandArgs, CommandResult } from './context';

export interface InviteGuestCommandArgs extends CommandArgs {
  directoryId?: string;
  upn?: string;
  external?: boolean;
}

export async function inviteGuestCommand(store: AnalysisStore, args: InviteGuestCommandArgs = {}): Promise<CommandResult> {
  const target = await resolveTarget(store, args);
  if (!target) return cancelled;
  const directoryId = args.directoryId ?? (await pickDirectory(target, vscode.l10n.t('Directory to invite the guest into')))?.id?.value;
  if (!directoryId) return cancelled;
  const upn = args.upn ?? await ask(vscode.l10n.t("The guest's home account"), isUpn);
  if (!upn) return cancelled;
  return applyPlan(target, inviteGuest(target.text, { directoryId, upn, external: args.external }, { locale: localeOf(vscode.env.language) }));
}
