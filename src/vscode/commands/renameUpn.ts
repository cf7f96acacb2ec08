import * as vscode from 'vscode';
import { renameUpn } from '../../core/edits';
import { localeOf } from '../../core/i18n';
import type { AnalysisStore } from '../analysisStore';
import { applyPlan, ask, cancelled, pickAccount, resolveTarget } from './context';
import { upnValidator } from './inputs';
import type { CommandArgs, CommandResult } from './context';

export interface RenameUpnCommandArgs extends CommandArgs {
  from?: string;
  to?: string;
}

export async function renameUpnCommand(store: AnalysisStore, args: RenameUpnCommandArgs = {}): Promise<CommandResult> {
  const target = await resolveTarget(store, args);
  if (!target) return cancelled;
  const from = args.from ?? await pickAccount(target, vscode.l10n.t('Account to rename'));
  if (!from) return cancelled;
  const to = args.to ?? await ask(vscode.l10n.t('New user principal name'), upnValidator(target, target.analysis.index.homeDirectory(from), from), from);
  if (!to) return cancelled;
  return applyPlan(target, renameUpn(target.text, { from, to }, { locale: localeOf(vscode.env.language) }));
}
