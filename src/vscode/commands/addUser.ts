import * as vscode from 'vscode';
import { addUser } from '../../core/edits';
import { localeOf } from '../../core/i18n';
import type { AnalysisStore } from '../analysisStore';
import { applyPlan, ask, cancelled, pickDirectory, resolveTarget } from './context';
import { upnValidator } from './inputs';
import type { CommandArgs, CommandResult } from './context';

export interface AddUserCommandArgs extends CommandArgs {
  directoryId?: string;
  upn?: string;
  displayName?: string;
}

export async function addUserCommand(store: AnalysisStore, args: AddUserCommandArgs = {}): Promise<CommandResult> {
  const target = await resolveTarget(store, args);
  if (!target) return cancelled;
  const directoryId = args.directoryId ?? (await pickDirectory(target, vscode.l10n.t('Directory of the new user')))?.id?.value;
  if (!directoryId) return cancelled;
  const directory = target.analysis.index.directoriesById.get(directoryId.toLowerCase())?.[0];
  const upn = args.upn ?? await ask(vscode.l10n.t('User principal name'), upnValidator(target, directory));
  if (!upn) return cancelled;
  const displayName = args.displayName ?? (args.upn ? undefined : await ask(vscode.l10n.t('Display name (optional)')));
  return applyPlan(target, addUser(target.text, { directoryId, upn, displayName }, { locale: localeOf(vscode.env.language) }));
}
