/**
 * Markdown tooltips of tree nodes: the entity's details and its problems. Built on demand
 * (`resolveTreeItem`), so the tree never pays for tooltips nobody hovers. Every name from the file
 * goes through `escapeMarkdown` — not `appendText`, which turns spaces into non-breaking ones, so the
 * tooltip could only wrap in the middle of a word.
 */
import * as vscode from 'vscode';
import type { Analysis } from '../../core/analyze';
import { accountKey } from '../../core/identity';
import type { Directory, Guest, RoleAssignment, Subscription, User } from '../../core/model';
import type { Problem } from '../../core/problems';
import { findOffer } from '../../core/catalog';
import { count } from '../count';
import { escapeMarkdown } from '../markdown';
import { tooltipLine } from './tooltipLine';
import { stateLabel, subscriptionTypeLabel } from './entries';
import type { TreeNode } from './treeNode';
import { regionOf } from './treeNode';
import { principalTooltip } from './principalTooltips';

const MAX_PROBLEMS = 5;

export function tooltipOf(node: TreeNode, analysis: Analysis): vscode.MarkdownString | undefined {
  const md = new vscode.MarkdownString(undefined, true);
  const entity = node.entity;
  if (!entity) {
    if (node.kind === 'showMore') return undefined;
    md.appendMarkdown('**').appendMarkdown(escapeMarkdown(node.label)).appendMarkdown('**');
    if (node.description) md.appendMarkdown('\n\n').appendMarkdown(escapeMarkdown(node.description));
  } else if (entity.kind === 'directory') directoryTooltip(md, entity);
  else if (entity.kind === 'user' || entity.kind === 'guest') accountTooltip(md, entity, analysis);
  else if (entity.kind === 'subscription') subscriptionTooltip(md, entity, analysis);
  else if (entity.kind === 'roleAssignment' && entity.subscriptionIndex >= 0) roleAssignmentTooltip(md, entity, analysis);
  else principalTooltip(md, entity, analysis);
  problemsTooltip(md, analysis.problems, regionOf(node));
  return md;
}

function directoryTooltip(md: vscode.MarkdownString, d: Directory): void {
  md.appendMarkdown('$(organization) **').appendMarkdown(escapeMarkdown(d.name?.value ?? '?')).appendMarkdown('**');
  tooltipLine(md, vscode.l10n.t('Alias'), d.alias?.value);
  tooltipLine(md, vscode.l10n.t('Tenant id'), d.id?.value);
  tooltipLine(md, vscode.l10n.t('Domains'), d.domains.map((x) => x.value).join(', '));
  const azure = d.subscriptions.filter((s) => s.type?.value === 'azure').length;
  const office = d.subscriptions.filter((s) => s.type?.value === 'office365').length;
  md.appendMarkdown('\n\n').appendMarkdown(escapeMarkdown([
    count(d.users.length, 'user'), count(d.guests.length, 'guest'),
    vscode.l10n.t('{0} (Azure: {1}, Office 365: {2})', count(d.subscriptions.length, 'subscription'), azure, office),
  ].join(' · ')));
}

function accountTooltip(md: vscode.MarkdownString, account: User | Guest, analysis: Analysis): void {
  const { index } = analysis;
  const directory = index.directoryOf(account);
  md.appendMarkdown(account.kind === 'guest' ? '$(person-add) **' : '$(person) **').appendMarkdown(escapeMarkdown(account.upn?.value ?? '?')).appendMarkdown('**');
  tooltipLine(md, vscode.l10n.t('Display name'), account.displayName?.value);
  if (account.kind === 'user') {
    tooltipLine(md, vscode.l10n.t('Member of'), directory.name?.value);
    if (!account.enabled) md.appendMarkdown('\n\n').appendMarkdown(escapeMarkdown(vscode.l10n.t('Disabled: cannot sign in.')));
  } else {
    tooltipLine(md, vscode.l10n.t('Guest in'), directory.name?.value);
    const home = account.upn && index.homeDirectory(account.upn.value);
    tooltipLine(md, vscode.l10n.t('Home directory'), home?.name?.value ?? (account.external ? vscode.l10n.t('outside this file (external)') : undefined));
  }
  tooltipLine(md, vscode.l10n.t('Directory roles'), account.roles.map((r) => r.value).join(', '));
  if (!account.upn) return;
  const key = accountKey(account.upn.value);
  const names = (list: Subscription[] | undefined) => list?.map((s) => s.name?.value ?? s.id?.value ?? '?').join(', ');
  tooltipLine(md, vscode.l10n.t('Owns'), names(index.subscriptionsByOwner.get(key)));
  tooltipLine(md, vscode.l10n.t('Created'), names(index.subscriptionsByCreator.get(key)));
  const assignments = index.assignmentsByPrincipal.get(key) ?? [];
  if (assignments.length > 0) {
    const shown = assignments.slice(0, 10).map((a) => `${a.role?.value ?? '?'} → ${subscriptionOf(a, analysis).name?.value ?? '?'}`);
    if (assignments.length > 10) shown.push(vscode.l10n.t('and {0} more', assignments.length - 10));
    tooltipLine(md, vscode.l10n.t('Role assignments'), shown.join(', '));
  }
}

function subscriptionTooltip(md: vscode.MarkdownString, s: Subscription, analysis: Analysis): void {
  md.appendMarkdown(s.type?.value === 'office365' ? '$(mail) **' : '$(azure) **').appendMarkdown(escapeMarkdown(s.name?.value ?? '?')).appendMarkdown('**');
  tooltipLine(md, vscode.l10n.t('Alias'), s.alias?.value);
  tooltipLine(md, vscode.l10n.t('Subscription id'), s.id?.value);
  tooltipLine(md, vscode.l10n.t('Type'), subscriptionTypeLabel(s));
  tooltipLine(md, vscode.l10n.t('Directory'), analysis.index.directoryOf(s).name?.value);
  const offer = s.offer && findOffer(s.offer.value);
  tooltipLine(md, vscode.l10n.t('Offer'), s.offer && (offer ? `${s.offer.value} (${offer.name})` : s.offer.value));
  tooltipLine(md, vscode.l10n.t('Plan'), s.plan?.value);
  tooltipLine(md, vscode.l10n.t('State'), stateLabel(s.state));
  tooltipLine(md, vscode.l10n.t('Owner'), s.type?.value === 'office365' ? vscode.l10n.t('the directory itself') : s.owner?.value);
  tooltipLine(md, vscode.l10n.t('Created by'), s.createdBy?.value);
  if (s.roleAssignments.length) tooltipLine(md, vscode.l10n.t('Role assignments'), String(s.roleAssignments.length));
  if (s.pendingRoleAssignments.length) tooltipLine(md, vscode.l10n.t('Waiting to be recreated after a transfer'), String(s.pendingRoleAssignments.length));
}

function roleAssignmentTooltip(md: vscode.MarkdownString, a: RoleAssignment, analysis: Analysis): void {
  md.appendMarkdown('$(key) **').appendMarkdown(escapeMarkdown(`${a.principal?.value ?? '?'} → ${a.role?.value ?? '?'}`)).appendMarkdown('**');
  tooltipLine(md, vscode.l10n.t('Subscription'), subscriptionOf(a, analysis).name?.value);
  tooltipLine(md, vscode.l10n.t('Scope'), a.scope?.value ?? vscode.l10n.t('the whole subscription'));
}

function subscriptionOf(a: RoleAssignment, analysis: Analysis): Subscription {
  return analysis.index.directories[a.directoryIndex].subscriptions[a.subscriptionIndex];
}

/** The first problems inside the node's YAML, with their codes. */
function problemsTooltip(md: vscode.MarkdownString, problems: readonly Problem[], span: { start: number; end: number }): void {
  const inside = problems.filter((p) => p.start >= span.start && p.start < span.end);
  if (inside.length === 0) return;
  md.appendMarkdown('\n\n---');
  for (const p of inside.slice(0, MAX_PROBLEMS)) {
    const icon = p.severity === 'error' ? '$(error)' : p.severity === 'warning' ? '$(warning)' : '$(info)';
    md.appendMarkdown(`\n\n${icon} \`${p.code}\` `).appendMarkdown(escapeMarkdown(firstSentence(p.message)));
    if (p.explain?.length) md.appendMarkdown('\n\n').appendMarkdown(escapeMarkdown(vscode.l10n.t('Why: {0}', p.explain.join(' → '))));
  }
  if (inside.length > MAX_PROBLEMS) md.appendMarkdown('\n\n').appendMarkdown(escapeMarkdown(vscode.l10n.t('and {0} more problems', inside.length - MAX_PROBLEMS)));
}

function firstSentence(message: string): string {
  const end = message.search(/\.\s/);
  return end === -1 ? message : message.slice(0, end + 1);
}
