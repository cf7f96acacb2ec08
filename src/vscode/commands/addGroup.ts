import * as vscode from 'vscode';
import { addGroup } from '../../core/edits';
import { localeOf } from '../../core/i18n';
import { fold } from '../../core/model';
import type { AnalysisStore } from '../analysisStore';
import { applyPlan, ask, cancelled, resolveTarget } from './context';
import type { CommandArgs, CommandResult } from './context';
import { pickDirectoryFromCursor } from './cursor';
import { nameValidator } from './principalInputs';

export interface AddGroupCommandArgs extends CommandArgs {
  directoryId?: string;
  name?: string;
  id?: string;
  description?: string;
  members?: string[];
  isAssignableToRole?: boolean;
}

export async function addGroupCommand(store: AnalysisStore, args: AddGroupCommandArgs = {}): Promise<CommandResult> {
  const target = await resolveTarget(store, args);
  if (!target) return cancelled;
  const directory = args.directoryId
    ? target.analysis.index.directoriesById.get(fold(args.directoryId))?.[0]
    : await pickDirectoryFromCursor(target, vscode.l10n.t('Directory of the new group'));
  const directoryId = args.directoryId ?? directory?.id?.value;
  if (!directoryId) return cancelled;
  const name = args.name ?? await ask(vscode.l10n.t('Group name (unique in the directory)'), directory && nameValidator(directory));
  if (!name) return cancelled;
  const description = args.description ?? (args.name ? undefined : await ask(vscode.l10n.t('Description (optional)')));
  return applyPlan(target, addGroup(target.text, { directoryId, name, id: args.id, description, members: args.members, isAssignableToRole: args.isAssignableToRole }, { locale: localeOf(vscode.env.language) }));
}
