/**
 * Tooltips of groups, service principals, management groups and management-group role assignments:
 * what the entity is, and what it grants. Names go through `escapeMarkdown` (ordinary spaces).
 */
import * as vscode from 'vscode';
import type { Analysis } from '../../core/analyze';
import type { Group, ManagementGroup, RoleAssignment, ServicePrincipal } from '../../core/model';
import { accountsIn, groupsOf, principalName } from '../../core/principals';
import { subscriptionOfResource } from '../../core/formats';
import { fold } from '../../core/model';
import { escapeMarkdown } from '../markdown';
import { tooltipLine } from './tooltipLine';
import { heldBy } from './heldAssignments';
import { servicePrincipalKind } from './principalNodes';

const MAX_LISTED = 10;

export function principalTooltip(md: vscode.MarkdownString, entity: Group | ServicePrincipal | ManagementGroup | RoleAssignment, analysis: Analysis): void {
  switch (entity.kind) {
    case 'group': return groupTooltip(md, entity, analysis);
    case 'servicePrincipal': return servicePrincipalTooltip(md, entity, analysis);
    case 'managementGroup': return managementGroupTooltip(md, entity, analysis);
    case 'roleAssignment': return managementGroupAssignmentTooltip(md, entity, analysis);
  }
}

function listed(names: string[]): string {
  return names.length > MAX_LISTED ? `${names.slice(0, MAX_LISTED).join(', ')} ${vscode.l10n.t('and {0} more', names.length - MAX_LISTED)}` : names.join(', ');
}

function held(md: vscode.MarkdownString, analysis: Analysis, principal: Group | ServicePrincipal): void {
  const directory = analysis.index.directoryOf(principal);
  const rows = heldBy(analysis, directory, principal).map(({ assignment, subscription, managementGroup }) =>
    `${assignment.role?.value ?? '?'} → ${subscription ? subscription.name?.value ?? subscription.id?.value : vscode.l10n.t('management group {0}', managementGroup?.name?.value ?? managementGroup?.id?.value ?? '?')}`);
  tooltipLine(md, vscode.l10n.t('Role assignments'), listed(rows));
}

function groupTooltip(md: vscode.MarkdownString, group: Group, analysis: Analysis): void {
  const { index } = analysis;
  md.appendMarkdown('$(organization) **').appendMarkdown(escapeMarkdown(principalName(group) || '?')).appendMarkdown('** · ').appendMarkdown(escapeMarkdown(vscode.l10n.t('security group')));
  tooltipLine(md, vscode.l10n.t('Description'), group.description?.value);
  tooltipLine(md, vscode.l10n.t('Object id'), group.id?.value);
  tooltipLine(md, vscode.l10n.t('Directory'), index.directoryOf(group).name?.value);
  if (group.isAssignableToRole) tooltipLine(md, vscode.l10n.t('Role-assignable, Microsoft Entra roles'), group.roles.map((r) => r.value).join(', ') || '—');
  tooltipLine(md, vscode.l10n.t('Direct members'), listed(group.members.map((m) => m.value)));
  tooltipLine(md, vscode.l10n.t('Accounts reached (nested groups too)'), listed(accountsIn(index, group).map((a) => a.upn?.value ?? '?')));
  tooltipLine(md, vscode.l10n.t('Member of'), listed(groupsOf(index, group).map((g) => principalName(g.group))));
  held(md, analysis, group);
}

function servicePrincipalTooltip(md: vscode.MarkdownString, sp: ServicePrincipal, analysis: Analysis): void {
  const { index } = analysis;
  md.appendMarkdown(sp.type?.value === 'application' ? '$(robot) **' : '$(key) **').appendMarkdown(escapeMarkdown(principalName(sp) || '?')).appendMarkdown('** · ').appendMarkdown(escapeMarkdown(servicePrincipalKind(sp)));
  tooltipLine(md, vscode.l10n.t('Object id'), sp.id?.value);
  tooltipLine(md, vscode.l10n.t('Application (client) id'), sp.appId?.value);
  tooltipLine(md, vscode.l10n.t('Resource'), sp.resource?.value);
  const home = sp.resource && subscriptionOfResource(sp.resource.value);
  const subscription = home && index.subscriptionsById.get(fold(home))?.[0];
  tooltipLine(md, vscode.l10n.t('Lives in subscription'), subscription ? subscription.name?.value ?? home : home);
  if (sp.identity?.value === 'systemAssigned') md.appendMarkdown('\n\n').appendMarkdown(escapeMarkdown(vscode.l10n.t('Deleted with its resource; a transfer of its subscription breaks it (disable and re-enable it afterwards).')));
  tooltipLine(md, vscode.l10n.t('Member of'), listed(groupsOf(index, sp).map((g) => principalName(g.group))));
  held(md, analysis, sp);
}

function managementGroupTooltip(md: vscode.MarkdownString, group: ManagementGroup, analysis: Analysis): void {
  const directory = analysis.index.directoryOf(group);
  const root = directory.id && group.id && fold(directory.id.value) === fold(group.id.value);
  md.appendMarkdown('$(type-hierarchy) **').appendMarkdown(escapeMarkdown(group.name?.value ?? group.id?.value ?? '?')).appendMarkdown('** · ')
    .appendMarkdown(escapeMarkdown(root ? vscode.l10n.t('tenant root group') : vscode.l10n.t('management group')));
  tooltipLine(md, vscode.l10n.t('Id'), group.id?.value);
  tooltipLine(md, vscode.l10n.t('Parent'), root ? undefined : group.parent?.value ?? vscode.l10n.t('the tenant root group'));
  const names = group.subscriptions.map((ref) => directory.subscriptions.find((s) => s.id && fold(s.id.value) === fold(ref.value))?.name?.value ?? ref.value);
  tooltipLine(md, vscode.l10n.t('Subscriptions placed here'), listed(names));
  tooltipLine(md, vscode.l10n.t('Role assignments, inherited by everything below'), listed(group.roleAssignments.map((a) => `${a.principal?.value ?? '?'} → ${a.role?.value ?? '?'}`)));
}

function managementGroupAssignmentTooltip(md: vscode.MarkdownString, assignment: RoleAssignment, analysis: Analysis): void {
  const directory = analysis.index.directories[assignment.directoryIndex];
  const group = directory.managementGroups[assignment.managementGroupIndex ?? -1];
  md.appendMarkdown('$(type-hierarchy) **').appendMarkdown(escapeMarkdown(`${assignment.principal?.value ?? '?'} → ${assignment.role?.value ?? '?'}`)).appendMarkdown('**');
  tooltipLine(md, vscode.l10n.t('Management group'), group?.name?.value ?? group?.id?.value);
  md.appendMarkdown('\n\n').appendMarkdown(escapeMarkdown(vscode.l10n.t('Inherited by every management group and subscription below it.')));
}
