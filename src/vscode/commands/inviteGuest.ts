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
  // The planner reads this file only: a user of a directory in another file of the estate is no external account.
  const external = args.external ?? (userOfEstate(store, target.document, upn) ? false : undefined);
  return applyPlan(target, inviteGuest(target.text, { directoryId, upn, external }, { locale: localeOf(vscode.env.language) }));
}

/** Whether an account is a user of a directory of the document's estate (the workspace files of its folder). */
function userOfEstate(store: AnalysisStore, document: vscode.TextDocument, upn: string): boolean {
  const estate = store.estateNow(document)?.estates.find((e) => e.files.includes(document.uri.toString()));
  return estate?.index.member(upn) !== undefined;
}
