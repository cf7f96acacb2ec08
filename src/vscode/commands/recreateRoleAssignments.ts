import * as vscode from 'vscode';
import { analyze } from '../../core/analyze';
import { recreateRoleAssignments } from '../../core/edits';
import { fileLabel } from '../../core/estate/fileLabel';
import { estateDirectories, fileOfSubscription } from '../../core/estate/transfer';
import { localeOf } from '../../core/i18n';
import type { Subscription } from '../../core/model';
import type { AnalysisStore } from '../analysisStore';
import { applyPlan, cancelled, directoryLabel, resolveTarget, subscriptionLabel } from './context';
import type { CommandArgs, CommandResult, Target } from './context';
import { documentOf, estateOf } from './estateEdits';

export interface RecreateCommandArgs extends CommandArgs {
  subscriptionId?: string;
}

/**
 * Moves pending role assignments back where their principal now exists. The subscription may be in
 * another file of the estate than the one the command starts from — where a transfer into another
 * file left it: the command then edits that file.
 */
export async function recreateRoleAssignmentsCommand(store: AnalysisStore, args: RecreateCommandArgs = {}): Promise<CommandResult> {
  const start = await resolveTarget(store, args);
  if (!start) return cancelled;
  const estate = estateOf(store, start);
  const here = start.document.uri.toString();
  const subscriptionId = args.subscriptionId ?? (await pickPending(estate, here))?.id?.value;
  if (!subscriptionId) return cancelled;
  const file = fileOfSubscription(estate, here, subscriptionId) ?? here;
  const target = file === here ? start : await targetOf(store, start, file);
  return applyPlan(target, recreateRoleAssignments(target.text, { subscriptionId }, { locale: localeOf(vscode.env.language) }));
}

/** The subscriptions of the estate with pending role assignments, those of this file first; another file's say which. */
async function pickPending(estate: ReturnType<typeof estateOf>, here: string): Promise<Subscription | undefined> {
  const items = estateDirectories(estate, here)
    .flatMap(({ directory, file }) => directory.subscriptions.filter((s) => s.id && s.pendingRoleAssignments.length > 0).map((subscription) => ({
      label: subscriptionLabel(subscription),
      description: file === here ? directoryLabel(directory) : `${directoryLabel(directory)} · $(file) ${vscode.l10n.t('in {0}', fileLabel(file))}`,
      detail: subscription.id!.value, subscription, here: file === here,
    })))
    .sort((a, b) => Number(b.here) - Number(a.here));
  return (await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Subscription with pending role assignments') }))?.subscription;
}

/** The command's target in another file of the estate, at its current text. */
async function targetOf(store: AnalysisStore, start: Target, file: string): Promise<Target> {
  const document = await documentOf(start, file);
  const text = document.getText();
  const stored = store.get(document.uri);
  return { document, version: document.version, text, analysis: stored && stored.text === text ? stored : analyze(text) };
}
