import * as vscode from 'vscode';
import { addDirectory } from '../../core/edits';
import { localeOf } from '../../core/i18n';
import type { AnalysisStore } from '../analysisStore';
import { applyPlan, ask, cancelled, resolveTarget } from './context';
import { askNewGuid } from './inputs';
import type { CommandArgs, CommandResult } from './context';

export interface AddDirectoryCommandArgs extends CommandArgs {
  id?: string;
  name?: string;
  domains?: string[];
}

export async function addDirectoryCommand(store: AnalysisStore, args: AddDirectoryCommandArgs = {}): Promise<CommandResult> {
  const target = await resolveTarget(store, args);
  if (!target) return cancelled;
  const id = args.id ?? await askNewGuid(target, vscode.l10n.t('Tenant ID of the new directory'));
  if (!id) return cancelled;
  const name = args.name ?? await ask(vscode.l10n.t('Name of the directory'));
  if (!name) return cancelled;
  const domains = args.domains ?? (await ask(vscode.l10n.t('Initial domain (name.onmicrosoft.com), then other verified domains, separated by commas'), undefined, `${name.toLowerCase().replace(/[^a-z0-9]/g, '')}.onmicrosoft.com`))?.split(',').map((d) => d.trim().toLowerCase()).filter(Boolean);
  if (!domains?.length) return cancelled;
  return applyPlan(target, addDirectory(target.text, { id, name, domains }, { locale: localeOf(vscode.env.language) }));
}
