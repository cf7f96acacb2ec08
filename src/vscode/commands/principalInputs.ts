/** Input checks and pickers for groups and service principals, with the rules the planners apply. */
import * as vscode from 'vscode';
import { accountKey } from '../../core/identity';
import { fold } from '../../core/model';
import type { Directory, Group, Guest, ServicePrincipal, User } from '../../core/model';
import { principalName } from '../../core/principals';
import type { Principal } from '../../core/principals';
import type { Target } from './context';
import { count } from '../count';

/** A name no group or service principal of the directory has yet. */
export function nameValidator(directory: Directory): (value: string) => string | undefined {
  const taken = new Set([...directory.groups, ...directory.servicePrincipals].flatMap((p) => (p.name ? [fold(p.name.value)] : [])));
  return (value) => (taken.has(fold(value)) ? vscode.l10n.t('A group or service principal of this directory already has this name.') : undefined);
}

export function principalKindLabel(principal: Principal): string {
  switch (principal.kind) {
    case 'user': return vscode.l10n.t('user');
    case 'guest': return vscode.l10n.t('guest');
    case 'group': return vscode.l10n.t('group');
    case 'servicePrincipal': return servicePrincipalKindLabel(principal);
  }
}

export function servicePrincipalKindLabel(sp: ServicePrincipal): string {
  if (sp.type?.value === 'application') return vscode.l10n.t('application');
  if (sp.identity?.value === 'systemAssigned') return vscode.l10n.t('system-assigned managed identity');
  if (sp.identity?.value === 'userAssigned') return vscode.l10n.t('user-assigned managed identity');
  return vscode.l10n.t('managed identity');
}

export function principalIcon(principal: Principal): string {
  switch (principal.kind) {
    case 'user': return 'person';
    case 'guest': return 'person-add';
    case 'group': return 'organization';
    case 'servicePrincipal': return principal.type?.value === 'application' ? 'robot' : 'key';
  }
}

/** Picks a group of the directory. */
export async function pickGroup(directory: Directory, placeHolder: string): Promise<Group | undefined> {
  const items = directory.groups.filter((g) => g.name || g.id).map((g) => ({
    label: `$(organization) ${principalName(g)}`, description: g.description?.value,
    detail: count(g.members.length, 'member'), group: g,
  }));
  if (items.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('This directory has no group yet: add one first.'));
    return undefined;
  }
  return (await vscode.window.showQuickPick(items, { placeHolder, matchOnDescription: true }))?.group;
}

/**
 * Picks a new member for a group: the directory's members and guests, its other groups and its
 * service principals, without those the group already lists. Returns how to write the reference.
 */
export async function pickMember(target: Target, directory: Directory, group: Group, placeHolder: string): Promise<string | undefined> {
  const { index } = target.analysis;
  const listed = new Set<Principal>();
  for (const member of group.members) {
    const resolved = index.resolvePrincipal(directory, member.value);
    if (resolved.status === 'found') listed.add(resolved.principal);
  }
  const accounts: Array<User | Guest> = [...directory.users, ...directory.guests];
  const candidates: Principal[] = [
    ...accounts.filter((a, i) => a.upn && accounts.findIndex((b) => b.upn && accountKey(b.upn.value) === accountKey(a.upn!.value)) === i),
    ...(group.isAssignableToRole ? [] : directory.groups.filter((g) => g !== group)),
    ...directory.servicePrincipals,
  ].filter((p) => principalName(p) && !listed.has(p));
  const items = candidates.map((p) => ({
    label: `$(${principalIcon(p)}) ${principalName(p)}`,
    description: [principalKindLabel(p), p.kind === 'user' || p.kind === 'guest' ? p.displayName?.value : undefined].filter(Boolean).join(' · '),
    reference: principalName(p),
  }));
  return (await vscode.window.showQuickPick(items, { placeHolder, matchOnDescription: true }))?.reference;
}
