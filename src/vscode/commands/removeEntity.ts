import * as vscode from 'vscode';
import { isRefused, removeEntity } from '../../core/edits';
import type { RemoveTarget } from '../../core/edits';
import { localeOf } from '../../core/i18n';
import type { AnalysisStore } from '../analysisStore';
import { applyPlan, cancelled, resolveTarget } from './context';
import type { CommandArgs, CommandResult } from './context';

export interface RemoveCommandArgs extends CommandArgs {
  target?: RemoveTarget;
  /** Skip the confirmation shown when other places still name what is removed. */
  confirm?: boolean;
}

/** Removes an entity; when the file still names it elsewhere, says where and asks first. */
export async function removeEntityCommand(store: AnalysisStore, args: RemoveCommandArgs = {}): Promise<CommandResult> {
  const target = await resolveTarget(store, args);
  if (!target || !args.target) return cancelled;
  const plan = removeEntity(target.text, args.target, { locale: localeOf(vscode.env.language) });
  if (!isRefused(plan) && plan.references?.length && !args.confirm) {
    const where = plan.references.map((r) => `${r.text} (${r.role}, line ${target.document.positionAt(r.start).line + 1})`).join('\n');
    const remove = vscode.l10n.t('Remove');
    const answer = await vscode.window.showWarningMessage(vscode.l10n.t('Other entries still name it; they will be reported until you change them.'), { modal: true, detail: where }, remove);
    if (answer !== remove) return cancelled;
  }
  return applyPlan(target, plan);
}
