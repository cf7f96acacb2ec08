import * as vscode from 'vscode';
import { addGroupMember } from '../../core/edits';
import { localeOf } from '../../core/i18n';
import { fold } from '../../core/model';
import type { AnalysisStore } from '../analysisStore';
import { applyPlan, cancelled, resolveTarget } from './context';
import type { CommandArgs, CommandResult } from './context';
import { pickDirectoryFromCursor } from './cursor';
import { pickGroup, pickMember } from './principalInputs';

export interface AddGroupMemberCommandArgs extends CommandArgs {
  directoryId?: string;
  /** The group, by name or object id. */
  group?: string;
  /** A UPN, or a group's or service principal's name or id. */
  member?: string;
}

export async function addGroupMemberCommand(store: AnalysisStore, args: AddGroupMemberCommandArgs = {}): Promise<CommandResult> {
  const target = await resolveTarget(store, args);
  if (!target) return cancelled;
  const { index } = target.analysis;
  const directory = args.directoryId
    ? index.directoriesById.get(fold(args.directoryId))?.[0]
    : await pickDirectoryFromCursor(target, vscode.l10n.t('Directory of the group'));
  const directoryId = args.directoryId ?? directory?.id?.value;
  if (!directoryId || !directory) return cancelled;
  let group = args.group;
  let groupEntity = group === undefined ? undefined : directory.groups.find((g) => [g.name?.value, g.id?.value].some((v) => v !== undefined && fold(v) === fold(group!)));
  if (group === undefined) {
    groupEntity = await pickGroup(directory, vscode.l10n.t('Group to add a member to'));
    group = groupEntity?.name?.value ?? groupEntity?.id?.value;
  }
  if (!group) return cancelled;
  const member = args.member ?? (groupEntity && await pickMember(target, directory, groupEntity, vscode.l10n.t('New member of {0}: a user, guest, group or service principal of the directory', group)));
  if (!member) return cancelled;
  return applyPlan(target, addGroupMember(target.text, { directoryId, group, member }, { locale: localeOf(vscode.env.language) }));
}
