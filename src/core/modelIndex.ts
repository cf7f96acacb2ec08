/**
 * Look-ups over the whole model that rules and language features share: who is a member or a guest
 * where, which directory holds an id or a domain. Built once per analysis, in one pass.
 * Keys are folded (case-insensitive), as Entra compares UPNs, domains and GUIDs; accounts are keyed
 * by their canonical identity (`accountKey`: an `#EXT#` guest UPN is its home account).
 */
import { accountKey, isExtForm } from './identity';
import { fold } from './model';
import { DirectoryPrincipals } from './principals';
import { editDistance, limitFor, nearest } from './text/didYouMean';
import type { Directory, Guest, ManagementGroup, PrincipalType, RoleAssignment, Subscription, User, Workspace } from './model';
import type { PrincipalResolution } from './principals';

export class ModelIndex {
  /** Home accounts: members by account key (more than one only when the file repeats a UPN). */
  readonly members = new Map<string, User[]>();
  /**
   * Members written in the `#EXT#` form: external members, whose home is another account (the
   * account that signed up for a "Default Directory" is one in it). Members of their directory, but
   * not home accounts.
   */
  readonly externalMembers = new Map<string, User[]>();
  /** Guest entries by account key, across all directories. */
  readonly guests = new Map<string, Guest[]>();
  readonly directoriesById = new Map<string, Directory[]>();
  /** Every directory listing a domain, by folded domain. */
  readonly domainOwners = new Map<string, Directory[]>();
  readonly subscriptionsById = new Map<string, Subscription[]>();
  /** Every role assignment by the principal's account key. */
  readonly assignmentsByPrincipal = new Map<string, RoleAssignment[]>();
  readonly subscriptions: Subscription[] = [];
  /** Subscriptions by the owner's account key. */
  readonly subscriptionsByOwner = new Map<string, Subscription[]>();
  /** Subscriptions by the creator's account key. */
  readonly subscriptionsByCreator = new Map<string, Subscription[]>();

  constructor(readonly workspace: Workspace) {
    for (const directory of workspace.directories) {
      if (directory.id) push(this.directoriesById, fold(directory.id.value), directory);
      for (const domain of directory.domains) {
        const owners = this.domainOwners.get(fold(domain.value));
        if (!owners?.includes(directory)) push(this.domainOwners, fold(domain.value), directory);
      }
      for (const user of directory.users) {
        if (user.upn) push(isExtForm(user.upn.value) ? this.externalMembers : this.members, accountKey(user.upn.value), user);
      }
      for (const guest of directory.guests) if (guest.upn) push(this.guests, accountKey(guest.upn.value), guest);
      for (const subscription of directory.subscriptions) {
        this.subscriptions.push(subscription);
        if (subscription.id) push(this.subscriptionsById, fold(subscription.id.value), subscription);
        if (subscription.owner) push(this.subscriptionsByOwner, accountKey(subscription.owner.value), subscription);
        if (subscription.createdBy) push(this.subscriptionsByCreator, accountKey(subscription.createdBy.value), subscription);
        for (const assignment of subscription.roleAssignments) {
          if (assignment.principal) push(this.assignmentsByPrincipal, accountKey(assignment.principal.value), assignment);
        }
      }
    }
  }

  get directories(): Directory[] {
    return this.workspace.directories;
  }

  directoryOf(entity: { directoryIndex: number }): Directory {
    const directories = this.workspace.directories;
    const at = directories[entity.directoryIndex];
    // An index over some directories only (a rule checking one directory) holds them at other places.
    return at?.index === entity.directoryIndex ? at : directories.find((d) => d.index === entity.directoryIndex) ?? at;
  }

  /** The member account with this UPN (the first, if the file repeats it). */
  member(upn: string): User | undefined {
    return this.members.get(accountKey(upn))?.[0];
  }

  /** The directory where the account with this UPN is a member: its home directory. */
  homeDirectory(upn: string): Directory | undefined {
    const member = this.member(upn);
    return member && this.directoryOf(member);
  }

  isMemberOf(upn: string, directory: Directory): boolean {
    const key = accountKey(upn);
    const here = (u: User) => u.directoryIndex === directory.index;
    return (this.members.get(key)?.some(here) || this.externalMembers.get(key)?.some(here)) ?? false;
  }

  guestIn(upn: string, directory: Directory): Guest | undefined {
    return this.guests.get(accountKey(upn))?.find((g) => g.directoryIndex === directory.index);
  }

  /** Whether the account is declared anywhere in the file, as a member or as a guest. */
  isKnownAccount(upn: string): boolean {
    const key = accountKey(upn);
    return this.members.has(key) || this.externalMembers.has(key) || this.guests.has(key);
  }

  /** Every UPN the file declares (members first, then guests), in their written case. */
  *accountNames(): Iterable<string> {
    for (const users of this.members.values()) yield users[0].upn!.value;
    for (const [key, users] of this.externalMembers) if (!this.members.has(key)) yield users[0].upn!.value;
    for (const [key, guests] of this.guests) if (!this.members.has(key) && !this.externalMembers.has(key)) yield guests[0].upn!.value;
  }

  private names?: string[];
  private suggestions = new Map<string, Suggestion>();

  /** Every account name once (see `accountNames`), as a list built once per index. */
  accountNameList(): string[] {
    return (this.names ??= [...this.accountNames()]);
  }

  /**
   * The account a mistyped UPN most likely means ("did you mean"), remembered per UPN: comparing a
   * name with 50,000 accounts is the costliest look-up a rule makes.
   */
  suggestAccount(upn: string): string | undefined {
    const key = fold(upn);
    let found = this.suggestions.get(key);
    if (!found) {
      const names = this.accountNameList();
      const best = nearest(upn, names);
      found = best ? { ...best, at: names.indexOf(best.name) } : { distance: Infinity, at: Infinity };
      this.suggestions.set(key, found);
    }
    return found.name;
  }

  /**
   * Takes over the suggestions remembered by the index of the previous version. An edit adds or
   * removes a few accounts: a remembered suggestion stays right unless it was removed or an added
   * account is nearer (or as near and listed first); those are dropped and found again on demand.
   */
  adoptSuggestions(previous: ModelIndex): void {
    if (previous.suggestions.size === 0) return;
    const mine = this.accountNameList();
    const theirs = previous.accountNameList();
    let prefix = 0;
    while (prefix < mine.length && prefix < theirs.length && mine[prefix] === theirs[prefix]) prefix++;
    let suffix = 0;
    while (suffix < mine.length - prefix && suffix < theirs.length - prefix && mine[mine.length - 1 - suffix] === theirs[theirs.length - 1 - suffix]) suffix++;
    const added = mine.slice(prefix, mine.length - suffix);
    if (added.length + theirs.length - suffix - prefix > 64) return; // not typing: start afresh
    const removedEnd = theirs.length - suffix;
    const moved = mine.length - theirs.length;
    for (const [key, found] of previous.suggestions) {
      if (found.at >= prefix && found.at < removedEnd) continue; // its account was removed or renamed
      const at = found.at >= removedEnd ? found.at + moved : found.at;
      const closer = added.some((name, i) => {
        const distance = editDistance(key, fold(name), found.distance);
        return distance > 0 && distance <= limitFor(key) && (distance < found.distance || (distance === found.distance && prefix + i < at));
      });
      if (!closer) this.suggestions.set(key, { ...found, at });
    }
  }

  private readonly principals = new Map<Directory, DirectoryPrincipals>();

  /** The principals of a directory by every name they can be written with (built on first use). */
  principalsOf(directory: Directory): DirectoryPrincipals {
    let found = this.principals.get(directory);
    if (!found) {
      found = new DirectoryPrincipals(directory);
      this.principals.set(directory, found);
    }
    return found;
  }

  /**
   * What a `principal` (or a group member) written in `directory` names: see `principals.ts`.
   * An account is found in the directory as a member or a guest entry; elsewhere, as a member.
   */
  resolvePrincipal(directory: Directory, text: string, type?: PrincipalType): PrincipalResolution {
    const here = this.principalsOf(directory).candidates(text, type);
    if (here.length === 1) return { status: 'found', principal: here[0] };
    if (here.length > 1) return { status: 'ambiguous', candidates: here };
    for (const other of this.workspace.directories) {
      if (other === directory) continue;
      const there = this.principalsOf(other).candidates(text, type).filter((p) => p.kind !== 'guest');
      if (there.length > 0) return { status: 'elsewhere', principal: there[0] };
    }
    return { status: 'unknown', suggestion: this.principalsOf(directory).suggestion(text, this) };
  }

  private holding?: Map<string, ManagementGroup[]>;

  /** The management groups of its directory that list the subscription (more than one is a problem). */
  managementGroupsHolding(subscription: Subscription): ManagementGroup[] {
    if (!this.holding) {
      this.holding = new Map();
      for (const directory of this.workspace.directories) {
        for (const group of directory.managementGroups) {
          for (const id of group.subscriptions) push(this.holding, `${directory.index}:${fold(id.value)}`, group);
        }
      }
    }
    return subscription.id ? this.holding.get(`${subscription.directoryIndex}:${fold(subscription.id.value)}`) ?? [] : [];
  }

  hasOffice365(directory: Directory): boolean {
    return directory.subscriptions.some((s) => s.type?.value === 'office365' && s.state !== 'deleted');
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A remembered "did you mean": the account, its distance, and its position in the account list. */
interface Suggestion {
  name?: string;
  distance: number;
  at: number;
}
