import * as vscode from 'vscode';
import { placeInManagementGroup } from '../../core/edits';
import { localeOf } from '../../core/i18n';
import { fold } from '../../core/model';
import type { Directory, ManagementGroup } from '../../core/model';
import { rootManagementGroup } from '../../core/principals';
import type { AnalysisStore } from '../analysisStore';
import { applyPlan, cancelled, resolveTarget } from './context';
import type { CommandArgs, CommandResult } from './context';
import { pickSubscriptionFromCursor } from './cursor';

export interface PlaceInManagementGroupCommandArgs extends CommandArgs {
  subscriptionId?: string;
  /** A management group of the subscription's directory; the tenant id for the tenant root group. */
  managementGroupId?: string;
}

export async function placeInManagementGroupCommand(store: AnalysisStore, args: PlaceInManagementGroupCommandArgs = {}): Promise<CommandResult> {
  const target = await resolveTarget(store, args);
  if (!target) return cancelled;
  const { index } = target.analysis;
  const subscription = args.subscriptionId
    ? index.subscriptionsById.get(fold(args.subscriptionId))?.[0]
    : await pickSubscriptionFromCursor(target, vscode.l10n.t('Subscription to place in a management group'));
  const subscriptionId = args.subscriptionId ?? subscription?.id?.value;
  if (!subscriptionId) return cancelled;
  let managementGroupId = args.managementGroupId;
  if (managementGroupId === undefined && subscription) {
    const current = index.managementGroupsHolding(subscription)[0];
    managementGroupId = await pickManagementGroup(index.directoryOf(subscription), current);
  }
  if (!managementGroupId) return cancelled;
  return applyPlan(target, placeInManagementGroup(target.text, { subscriptionId, managementGroupId }, { locale: localeOf(vscode.env.language) }));
}

/** The directory's management groups as a hierarchy (indented under their parents), the tenant root group first. */
async function pickManagementGroup(directory: Directory, current: ManagementGroup | undefined): Promise<string | undefined> {
  const root = rootManagementGroup(directory);
  const tenant = directory.id?.value;
  const children = new Map<string, ManagementGroup[]>();
  for (const group of directory.managementGroups) {
    if (group === root || !group.id) continue;
    const parent = group.parent && (!tenant || fold(group.parent.value) !== fold(tenant)) ? fold(group.parent.value) : '';
    children.set(parent, [...(children.get(parent) ?? []), group]);
  }
  const items: Array<vscode.QuickPickItem & { id: string }> = [];
  if (tenant) items.push({ label: `$(type-hierarchy) ${root?.name?.value ?? vscode.l10n.t('Tenant Root Group')}`, description: current ? undefined : vscode.l10n.t('current'), detail: tenant, id: tenant });
  const seen = new Set<ManagementGroup>();
  const visit = (parent: string, depth: number) => {
    for (const group of children.get(parent) ?? []) {
      if (seen.has(group)) continue;
      seen.add(group);
      items.push({ label: `${'\u2003'.repeat(depth)}$(type-hierarchy) ${group.name?.value ?? group.id!.value}`, description: group === current ? vscode.l10n.t('current') : undefined, detail: group.id!.value, id: group.id!.value });
      visit(fold(group.id!.value), depth + 1);
    }
  };
  visit('', 1);
  // Groups whose parent is not listed (or that sit in a cycle) still get a line.
  for (const group of directory.managementGroups) if (group !== root && group.id && !seen.has(group)) items.push({ label: `$(type-hierarchy) ${group.name?.value ?? group.id.value}`, detail: group.id.value, id: group.id.value });
  if (items.length <= 1) {
    void vscode.window.showInformationMessage(vscode.l10n.t('This directory lists no management group yet.'));
    return undefined;
  }
  return (await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Management group (the subscription leaves its current one)'), matchOnDetail: true }))?.id;
}
