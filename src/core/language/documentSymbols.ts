/**
 * The outline of a workspace file: its directories, and under each its users, guests and
 * subscriptions. Ranges cover the whole entry; selection ranges its name (UPN, directory or
 * subscription name, else its id).
 */
import type { Analysis } from '../analyze';
import type { Directory, Guest, Span, Subscription, User } from '../model';

export type OutlineKind = 'directory' | 'user' | 'guest' | 'subscription';

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

/** The outline of the analysed file, in file order. */
export function documentSymbols(analysis: Analysis): OutlineSymbol[] {
  const symbols = analysis.workspace.directories.map(directorySymbol);
  const trim = (s: OutlineSymbol) => {
    // The parser's ranges take in the line break after an entry: end them on the entry's last line.
    while (s.end > s.selectionEnd && /\s/.test(analysis.text[s.end - 1])) s.end--;
    s.children.forEach(trim);
  };
  symbols.forEach(trim);
  return symbols;
}

function symbol(kind: OutlineKind, name: string, detail: string, entity: Span & { head: Span }, selection: Span | undefined, children: OutlineSymbol[] = []): OutlineSymbol {
  const selected = selection ?? entity.head;
  return { name, detail, kind, start: entity.start, end: entity.end, selectionStart: selected.start, selectionEnd: selected.end, children };
}

function directorySymbol(directory: Directory): OutlineSymbol {
  const name = directory.name?.value ?? directory.alias?.value ?? directory.id?.value ?? `Directory ${directory.index + 1}`;
  const children = [
    ...directory.users.map(userSymbol),
    ...directory.guests.map(guestSymbol),
    ...directory.subscriptions.map(subscriptionSymbol),
  ];
  return symbol('directory', name, directory.id?.value ?? '', directory, directory.name ?? directory.id, children);
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
