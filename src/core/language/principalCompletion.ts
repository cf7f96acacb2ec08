/**
 * Completion of what a directory holds: its groups and service principals (for a `principal`), its
 * accounts, groups and service principals (for a group's `members`), its management group ids (for
 * a `parent`) and its subscription ids (for a management group's `subscriptions`). Only objects of
 * the directory are proposed: a role assignment or a group holds nothing else.
 */
import type { Analysis } from '../analyze';
import type { Messages } from '../i18n';
import { fold } from '../model';
import type { Directory } from '../model';
import { withFile } from './completionEntry';
import type { CompletionEntry } from './completionEntry';
import { directoryLabel, managementGroupLabel, subscriptionLabel } from './lookup';

type Quote = (text: string) => string;

/**
 * Groups (rank 2) and service principals (rank 3) of the directory by name, their kind in the detail
 * (and `file`, the directory's file when it is another file of the estate); `listed` names (folded) left out.
 */
export function principalCompletions(directory: Directory, listed: ReadonlySet<string>, quote: Quote, m: Messages, file?: string): CompletionEntry[] {
  const here = directoryLabel(directory);
  const entries: CompletionEntry[] = [];
  for (const group of directory.groups) {
    const name = group.name?.value;
    if (!name || listed.has(fold(name)) || (group.id && listed.has(fold(group.id.value)))) continue;
    entries.push({
      label: name, kind: 'group', detail: withFile(m.completionGroup({ directory: here, members: group.members.length }), file, m),
      documentation: group.description?.value, insertText: quote(name), sortText: `2${fold(name)}`,
    });
  }
  for (const sp of directory.servicePrincipals) {
    const name = sp.name?.value;
    if (!name || listed.has(fold(name)) || [sp.id, sp.appId].some((id) => id && listed.has(fold(id.value)))) continue;
    entries.push({
      label: name, kind: 'servicePrincipal', detail: withFile(m.completionServicePrincipal({ directory: here, type: sp.type?.value, identity: sp.identity?.value }), file, m),
      insertText: quote(name), sortText: `3${fold(name)}`,
    });
  }
  return entries;
}

/** A group's new member: the directory's members (rank 0) and guests (rank 1), then its groups and service principals. */
export function groupMemberCompletions(analysis: Analysis, directory: Directory, listed: ReadonlySet<string>, quote: Quote, m: Messages): CompletionEntry[] {
  const here = directoryLabel(directory);
  const entries: CompletionEntry[] = [];
  const accounts: Array<[string | undefined, number, string, string | undefined]> = [
    ...directory.users.map((u): [string | undefined, number, string, string | undefined] => [u.upn?.value, 0, m.completionMemberOf({ directory: here }), u.displayName?.value]),
    ...directory.guests.map((g): [string | undefined, number, string, string | undefined] => {
      const home = g.upn && analysis.index.homeDirectory(g.upn.value);
      return [g.upn?.value, 1, m.completionGuestIn({ directory: here, home: home ? directoryLabel(home) : undefined, external: g.external }), g.displayName?.value];
    }),
  ];
  for (const [upn, rank, detail, displayName] of accounts) {
    if (!upn || listed.has(fold(upn))) continue;
    entries.push({
      label: upn, kind: 'account', detail: displayName ? `${displayName} · ${detail}` : detail, insertText: quote(upn),
      sortText: `${rank}${fold(upn)}`, filterText: displayName ? `${upn} ${displayName}` : undefined,
    });
  }
  return [...entries, ...principalCompletions(directory, listed, quote, m)].sort((a, b) => (a.sortText < b.sortText ? -1 : a.sortText > b.sortText ? 1 : 0));
}

/** A management group's parent: the tenant root group (the tenant id) first, then the directory's other management groups. */
export function parentCompletions(directory: Directory, ownId: string | undefined, quote: Quote, m: Messages): CompletionEntry[] {
  const tenant = directory.id?.value;
  const entries: CompletionEntry[] = [];
  if (tenant && (!ownId || fold(ownId) !== fold(tenant))) {
    entries.push({ label: tenant, kind: 'managementGroupId', detail: m.completionTenantRootGroup(), insertText: quote(tenant), sortText: '0' });
  }
  directory.managementGroups.forEach((group, i) => {
    const id = group.id?.value;
    if (!id || (tenant && fold(id) === fold(tenant)) || (ownId && fold(id) === fold(ownId))) return;
    entries.push({
      label: id, kind: 'managementGroupId', detail: m.completionManagementGroup({ name: group.name?.value }), insertText: quote(id),
      sortText: `1${String(i).padStart(5, '0')}`, filterText: group.name ? `${id} ${group.name.value}` : undefined,
    });
  });
  return entries;
}

/** Subscriptions of the directory to place in a management group, with their names and where they are now; `listed` ids (folded) left out. */
export function placementCompletions(analysis: Analysis, directory: Directory, listed: ReadonlySet<string>, m: Messages): CompletionEntry[] {
  const entries: CompletionEntry[] = [];
  directory.subscriptions.forEach((subscription, i) => {
    const id = subscription.id?.value;
    // Office 365 subscriptions hold no Azure resources: they are not placed in management groups.
    if (!id || listed.has(fold(id)) || subscription.type?.value === 'office365') return;
    const now = analysis.index.managementGroupsHolding(subscription)[0];
    const name = subscriptionLabel(subscription);
    entries.push({
      label: id, kind: 'subscriptionId', detail: m.completionSubscriptionPlaced({ name, group: now ? managementGroupLabel(now) : undefined }),
      // Subscriptions not placed yet first.
      insertText: id, sortText: `${now ? 1 : 0}${String(i).padStart(5, '0')}`, filterText: `${id} ${name}`,
    });
  });
  return entries;
}
