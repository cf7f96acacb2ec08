/**
 * The outline of a workspace file: its directories, and under each its users, guests, groups,
 * service principals, subscriptions and management groups (in the hierarchy's order: the file's).
 * Ranges cover the whole entry; selection ranges its name (UPN, directory, group, service principal,
 * subscription or management group name, else its id).
 */
import { readableText } from '../analyze';
import type { Analysis } from '../analyze';
import type { TextLike } from '../text/textLike';
import type { Directory, Group, Guest, ManagementGroup, ServicePrincipal, Span, Subscription, User } from '../model';

export type OutlineKind = 'directory' | 'user' | 'guest' | 'subscription' | 'group' | 'servicePrincipal' | 'managementGroup';

export interface OutlineSymbol {
  name: string;
  /** Shown after the name: the tenant id, a display name, the subscription's type… */
  detail: string;
  kind: OutlineKind;
  start: number;
  end: number;
  selectionStart: number;
  selectionEnd: number;
  children: OutlineSymbol[];
}

/**
 * How many symbols an outline holds by default. The editor asks for the outline after every edit
 * (outline view, breadcrumbs, sticky scroll) and receives all of it each time: past a few thousand
 * symbols that costs more than the edit itself. VS Code's JSON support stops at the same number.
 */
export const OUTLINE_MAX_ITEMS = 5_000;

/**
 * The outline of the analysed file, in file order: every directory, and their entries in file order
 * until the outline holds `maxItems` symbols (the directories after that show no entries).
 */
export function documentSymbols(analysis: Analysis, options: { maxItems?: number } = {}): OutlineSymbol[] {
  return outlinePlan(analysis, options).map(({ directory, entries }) => directoryOutline(readableText(analysis), directory, entries));
}

/** Each directory of the outline and how many of its entries it lists, without building a symbol. */
export function outlinePlan(analysis: Analysis, options: { maxItems?: number } = {}): Array<{ directory: Directory; entries: number }> {
  const directories = analysis.workspace.directories;
  let budget = Math.max(0, (options.maxItems ?? Infinity) - directories.length);
  return directories.map((directory) => {
    const entries = Math.min(budget, entryCount(directory));
    budget -= entries;
    return { directory, entries };
  });
}

/** One directory's symbol with its first `entries` entries, in file order. */
export function directoryOutline(text: TextLike, directory: Directory, entries: number): OutlineSymbol {
  const all = entries > 0 ? entrySymbols(directory) : [];
  const symbol = directorySymbol(directory, all.length > entries ? all.slice(0, entries) : all);
  const trim = (s: OutlineSymbol) => {
    // The parser's ranges take in the line break after an entry: end them on the entry's last line.
    while (s.end > s.selectionEnd && /\s/.test(text.slice(s.end - 1, s.end))) s.end--;
    s.children.forEach(trim);
  };
  trim(symbol);
  return symbol;
}

/** The name the outline gives a directory. */
export function directoryName(directory: Directory): string {
  return directory.name?.value ?? directory.alias?.value ?? directory.id?.value ?? `Directory ${directory.index + 1}`;
}

function entryCount(directory: Directory): number {
  return directory.users.length + directory.guests.length + directory.groups.length + directory.servicePrincipals.length
    + directory.subscriptions.length + directory.managementGroups.length;
}

function symbol(kind: OutlineKind, name: string, detail: string, entity: Span & { head: Span }, selection: Span | undefined, children: OutlineSymbol[] = []): OutlineSymbol {
  const selected = selection ?? entity.head;
  return { name, detail, kind, start: entity.start, end: entity.end, selectionStart: selected.start, selectionEnd: selected.end, children };
}

function directorySymbol(directory: Directory, children: OutlineSymbol[]): OutlineSymbol {
  return symbol('directory', directoryName(directory), directory.id?.value ?? '', directory, directory.name ?? directory.id, children);
}

/** A directory's entries, in file order. */
function entrySymbols(directory: Directory): OutlineSymbol[] {
  return [
    ...directory.users.map(userSymbol),
    ...directory.guests.map(guestSymbol),
    ...directory.groups.map(groupSymbol),
    ...directory.servicePrincipals.map(servicePrincipalSymbol),
    ...directory.subscriptions.map(subscriptionSymbol),
    ...directory.managementGroups.map(managementGroupSymbol),
  ].sort((a, b) => a.start - b.start);
}

function userSymbol(user: User): OutlineSymbol {
  const detail = [user.displayName?.value, user.enabled ? undefined : 'sign-in blocked'].filter(Boolean).join(' · ');
  return symbol('user', user.upn?.value ?? '(user without upn)', detail, user, user.upn);
}

function guestSymbol(guest: Guest): OutlineSymbol {
  const detail = ['guest', guest.displayName?.value, guest.external ? 'external' : undefined].filter(Boolean).join(' · ');
  return symbol('guest', guest.upn?.value ?? '(guest without upn)', detail, guest, guest.upn);
}

function subscriptionSymbol(subscription: Subscription): OutlineSymbol {
  const type = subscription.type?.value === 'office365' ? 'Office 365' : subscription.type?.value === 'azure' ? 'Azure' : '';
  const detail = [type, subscription.state === 'active' ? undefined : subscription.state, subscription.id?.value].filter(Boolean).join(' · ');
  const name = subscription.name?.value ?? subscription.alias?.value ?? subscription.id?.value ?? '(subscription)';
  return symbol('subscription', name, detail, subscription, subscription.name ?? subscription.id);
}

function groupSymbol(group: Group): OutlineSymbol {
  const detail = ['group', `${group.members.length} member${group.members.length === 1 ? '' : 's'}`, group.isAssignableToRole ? 'role-assignable' : undefined].filter(Boolean).join(' · ');
  return symbol('group', group.name?.value ?? group.id?.value ?? '(group without name)', detail, group, group.name ?? group.id);
}

function servicePrincipalSymbol(sp: ServicePrincipal): OutlineSymbol {
  const kind = sp.type?.value === 'managedIdentity' ? `managed identity${sp.identity ? ` (${sp.identity.value === 'systemAssigned' ? 'system-assigned' : 'user-assigned'})` : ''}` : sp.type?.value === 'application' ? 'application' : 'service principal';
  return symbol('servicePrincipal', sp.name?.value ?? sp.id?.value ?? '(service principal without name)', kind, sp, sp.name ?? sp.id);
}

function managementGroupSymbol(group: ManagementGroup): OutlineSymbol {
  const detail = ['management group', group.id?.value, group.parent ? `under ${group.parent.value}` : undefined].filter(Boolean).join(' · ');
  return symbol('managementGroup', group.name?.value ?? group.id?.value ?? '(management group without id)', detail, group, group.name ?? group.id);
}
