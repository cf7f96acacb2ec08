/**
 * Look-ups over the whole model that rules and language features share: who is a member or a guest
 * where, which directory holds an id or a domain. Built once in one pass, then kept up to date per
 * directory as an edit replaces some (`update`), each list in file order.
 * Keys are folded (case-insensitive), as Entra compares UPNs, domains and GUIDs; accounts are keyed
 * by their canonical identity (`accountKey`: an `#EXT#` guest UPN is its home account).
 *
 * Every map is a `KeyedLists` made by `lists()`: look-ups through it can be recorded, which is how an
 * analysis knows which rules to run again after an edit. A new map must be made the same way, and
 * filled in `entriesOf`.
 */
import { accountKey, isExtForm } from './identity';
import { KeyedLists, readKey } from './keyedLists';
import type { ReadRecorder } from './keyedLists';
import { fold, nameKey } from './model';
import { DirectoryPrincipals, namesAnAccount, principalTypeOf } from './principals';
import type { Principal, PrincipalResolution } from './principals';
import { editDistance, limitFor, NearName } from './text/didYouMean';
import type { Directory, Group, Guest, ManagementGroup, PrincipalType, RoleAssignment, ServicePrincipal, Subscription, User, Workspace } from './model';

/** The read of a "did you mean" for a UPN, as rules record it and updates report it changed. */
const SUGGESTION = 'suggestion';
/**
 * The read of the directory at a position (`directoryOf`): its own fields (name, id, domains…), not
 * its entries, which rules find through the maps. Whether it holds Office 365 is a read of its own.
 */
const DIRECTORY_AT = 'directoryAt';
const OFFICE365_AT = 'office365At';

export class ModelIndex {
  private readonly recorder: ReadRecorder = {};
  private readonly all: Array<KeyedLists<{ start: number }>> = [];
  /** Home accounts: members by account key (more than one only when the file repeats a UPN). */
  readonly members = this.lists<User>('members');
  /**
   * Members written in the `#EXT#` form: external members, whose home is another account (the
   * account that signed up for a "Default Directory" is one in it). Members of their directory, but
   * not home accounts.
   */
  readonly externalMembers = this.lists<User>('externalMembers');
  /** Guest entries by account key, across all directories. */
  readonly guests = this.lists<Guest>('guests');
  readonly directoriesById = this.lists<Directory>('directoriesById');
  /** Directories by display name (`nameKey`). */
  readonly directoriesByName = this.lists<Directory>('directoriesByName');
  /** Every directory listing a domain, by folded domain. */
  readonly domainOwners = this.lists<Directory>('domainOwners');
  readonly subscriptionsById = this.lists<Subscription>('subscriptionsById');
  /** Subscriptions by display name (`nameKey`). */
  readonly subscriptionsByName = this.lists<Subscription>('subscriptionsByName');
  /** Every role assignment by the principal's account key. */
  readonly assignmentsByPrincipal = this.lists<RoleAssignment>('assignmentsByPrincipal');
  /**
   * The subscriptions of the file, in order; in the index a rule gets while it checks some
   * directories (`scoped`), the subscriptions of those directories only.
   */
  readonly subscriptions: Subscription[] = [];
  /** Subscriptions by the owner's account key. */
  readonly subscriptionsByOwner = this.lists<Subscription>('subscriptionsByOwner');
  /** Subscriptions by the creator's account key. */
  readonly subscriptionsByCreator = this.lists<Subscription>('subscriptionsByCreator');
  /**
   * Groups and service principals of every directory by each name they can be written with (folded
   * name, object id, a service principal's app id): how a reference is found in another directory.
   */
  readonly principalNames = this.lists<Group | ServicePrincipal>('principalNames');
  /** Management groups by the folded id of each subscription they list (any directory's). */
  readonly managementGroupsBySubscription = this.lists<ManagementGroup>('managementGroupsBySubscription');
  /** Each directory's principals by name, built on first use (shared with scoped views; a replaced directory's is dropped). */
  private readonly principals = new Map<Directory, DirectoryPrincipals>();
  /** What the index remembers across look-ups (shared with its scoped views). */
  private readonly memo: { suggestions: Map<string, Suggestion>; candidates?: Map<string, Candidate> } = { suggestions: new Map() };

  constructor(private current: Workspace) {
    for (const directory of current.directories) {
      this.entriesOf(directory, (lists, key, entity) => lists.append(key, entity));
      for (const subscription of directory.subscriptions) this.subscriptions.push(subscription);
    }
  }

  private lists<V extends { start: number }>(name: string): KeyedLists<V> {
    const lists = new KeyedLists<V>(name, this.recorder);
    this.all.push(lists as unknown as KeyedLists<{ start: number }>);
    return lists;
  }

  /** Every entry a directory adds to the maps: the one definition of what each map holds. */
  /** Every entry of the maps for `directory`, except those of the entities in `skip` (keys are not worked out for them). */
  private entriesOf(
    directory: Directory, add: <V extends { start: number }>(lists: KeyedLists<V>, key: string, entity: V) => void, skip?: ReadonlySet<object>,
  ): void {
    if (!skip?.has(directory)) {
      if (directory.id) add(this.directoriesById, fold(directory.id.value), directory);
      if (directory.name) add(this.directoriesByName, nameKey(directory.name.value), directory);
      for (const domain of directory.domains) add(this.domainOwners, fold(domain.value), directory);
    }
    for (const user of directory.users) {
      if (user.upn && !skip?.has(user)) add(isExtForm(user.upn.value) ? this.externalMembers : this.members, accountKey(user.upn.value), user);
    }
    for (const guest of directory.guests) if (guest.upn && !skip?.has(guest)) add(this.guests, accountKey(guest.upn.value), guest);
    for (const subscription of directory.subscriptions) {
      if (skip?.has(subscription)) continue; // its assignments are the same objects too
      if (subscription.id) add(this.subscriptionsById, fold(subscription.id.value), subscription);
      if (subscription.name) add(this.subscriptionsByName, nameKey(subscription.name.value), subscription);
      if (subscription.owner) add(this.subscriptionsByOwner, accountKey(subscription.owner.value), subscription);
      if (subscription.createdBy) add(this.subscriptionsByCreator, accountKey(subscription.createdBy.value), subscription);
      for (const assignment of subscription.roleAssignments) {
        if (assignment.principal) add(this.assignmentsByPrincipal, accountKey(assignment.principal.value), assignment);
      }
    }
    for (const group of directory.groups) {
      if (skip?.has(group)) continue;
      for (const name of [group.name, group.id]) if (name) add(this.principalNames, fold(name.value), group);
    }
    for (const sp of directory.servicePrincipals) {
      if (skip?.has(sp)) continue;
      for (const name of [sp.name, sp.id, sp.appId]) if (name) add(this.principalNames, fold(name.value), sp);
    }
    for (const group of directory.managementGroups) {
      if (skip?.has(group)) continue;
      for (const id of group.subscriptions) add(this.managementGroupsBySubscription, fold(id.value), group);
    }
  }

  /** The entities `entriesOf` reads (and those it would skip for lack of a key): no key worked out. */
  private entitiesOf(directory: Directory, visit: (entity: { start: number }) => void): void {
    visit(directory);
    for (const list of [directory.users, directory.guests, directory.groups, directory.servicePrincipals, directory.managementGroups]) {
      for (const entity of list) visit(entity);
    }
    for (const subscription of directory.subscriptions) {
      visit(subscription);
      for (const assignment of subscription.roleAssignments) visit(assignment);
    }
  }

  get workspace(): Workspace {
    return this.current;
  }

  get directories(): Directory[] {
    return this.current.directories;
  }

  /**
   * Moves the index to the next version of the file, where the directories `removed` were replaced
   * by `added` (placed at their offsets in `workspace`; the other directories moved in place).
   * Returns the reads (`readKey`) whose answer may have changed, "did you mean" suggestions included.
   */
  update(workspace: Workspace, removed: readonly Directory[], added: readonly Directory[]): Set<string> {
    const changed = new Set<string>();
    const accounts = new Map<string, AccountRank | undefined>(); // account key → its name and rank before
    // Entries the new directories took over unchanged (parse/keepUnchanged.ts) neither leave nor enter.
    const incoming = new Set<{ start: number }>();
    for (const directory of added) this.entitiesOf(directory, (entity) => incoming.add(entity));
    const outgoing = new Set<{ start: number }>();
    for (const directory of removed) this.entitiesOf(directory, (entity) => outgoing.add(entity));
    const kept = new Set<object>();
    for (const entity of incoming) if (outgoing.has(entity)) kept.add(entity);
    // A directory whose own fields did not change stands for the same thing in the maps (they hold no entries of it).
    const same = new Set<{ start: number }>();
    const touch = (lists: KeyedLists<{ start: number }>, key: string, entity: { start: number }) => {
      if ((incoming.has(entity) && outgoing.has(entity)) || same.has(entity)) return;
      changed.add(readKey(lists.name, key));
      if ((lists === this.members || lists === this.externalMembers || lists === this.guests) && !accounts.has(key)) {
        accounts.set(key, this.accountRank(key));
      }
    };
    const before = new Map(removed.map((directory) => [directory.index, directory]));
    const after = new Map(added.map((directory) => [directory.index, directory]));
    for (const at of new Set([...before.keys(), ...after.keys()])) {
      const [then, now] = [before.get(at), after.get(at)];
      if (!then || !now || ownFields(then) !== ownFields(now)) changed.add(readKey(DIRECTORY_AT, String(at)));
      else same.add(then).add(now);
      if (!then || !now || this.hasOffice365Unrecorded(then) !== this.hasOffice365Unrecorded(now)) changed.add(readKey(OFFICE365_AT, String(at)));
    }
    for (const directory of [...removed, ...added]) {
      this.entriesOf(directory, (lists, key, entity) => touch(lists as unknown as KeyedLists<{ start: number }>, key, entity), kept);
    }
    const gone = new Set([...outgoing].filter((entity) => !incoming.has(entity)));
    for (const directory of removed) this.entriesOf(directory, (lists, key) => lists.remove(key, gone as Set<never>), kept);
    for (const directory of added) {
      this.entriesOf(directory, (lists, key, entity) => {
        if (!outgoing.has(entity)) lists.insert(key, entity);
      }, kept);
    }
    const list = this.subscriptions.filter((s) => !gone.has(s));
    for (const directory of added) {
      for (const subscription of directory.subscriptions) {
        if (!outgoing.has(subscription)) list.splice(insertionPoint(list, subscription.start), 0, subscription);
      }
    }
    this.subscriptions.length = 0;
    for (const subscription of list) this.subscriptions.push(subscription);
    for (const directory of removed) this.principals.delete(directory);
    this.current = workspace;
    for (const word of this.forgetSuggestions(accounts)) changed.add(readKey(SUGGESTION, word));
    return changed;
  }

  /**
   * A view of this index for a rule that checks only `directories`: the same maps, and only their
   * subscriptions in `subscriptions`. With `reads`, every look-up made through any view is recorded
   * there until `recordReads()` is called again.
   */
  scoped(directories: readonly Directory[]): ModelIndex {
    const view = Object.create(this) as ModelIndex;
    Object.defineProperty(view, 'subscriptions', { value: directories.flatMap((d) => d.subscriptions) });
    return view;
  }

  /** Records the look-ups made from now on into `reads`; without, stops recording. */
  recordReads(reads?: Set<string>): void {
    this.recorder.reads = reads;
  }

  directoryOf(entity: { directoryIndex: number }): Directory {
    this.recorder.reads?.add(readKey(DIRECTORY_AT, String(entity.directoryIndex)));
    const directories = this.current.directories;
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

  /** Every UPN the file declares once, in their written case: members, then external members, then guests, each in file order. */
  *accountNames(): Iterable<string> {
    const ranked: Array<{ name: string; rank: number; start: number }> = [];
    for (const users of this.members.values()) ranked.push({ name: users[0].upn!.value, rank: 0, start: users[0].start });
    for (const [key, users] of this.externalMembers) if (!this.members.peek(key)) ranked.push({ name: users[0].upn!.value, rank: 1, start: users[0].start });
    for (const [key, guests] of this.guests) {
      if (!this.members.peek(key) && !this.externalMembers.peek(key)) ranked.push({ name: guests[0].upn!.value, rank: 2, start: guests[0].start });
    }
    ranked.sort((a, b) => a.rank - b.rank || a.start - b.start);
    for (const { name } of ranked) yield name;
  }

  /**
   * The account's UPN as the file first writes it (a member's before an external member's before a
   * guest's), if declared, and where: the order of accounts for "did you mean" ties.
   */
  private accountRank(key: string): AccountRank | undefined {
    const rank = (entries: Array<User | Guest> | undefined, kind: number): AccountRank | undefined => {
      const first = entries?.[0];
      if (!first) return undefined;
      const directory = this.directoryOf(first);
      const position = first.kind === 'user' ? directory?.users.indexOf(first) : directory?.guests.indexOf(first);
      return { name: first.upn!.value, at: `${kind}:${first.directoryIndex}:${position}` };
    };
    return rank(this.members.peek(key), 0) ?? rank(this.externalMembers.peek(key), 1) ?? rank(this.guests.peek(key), 2);
  }

  /**
   * The account a mistyped UPN most likely means ("did you mean"): the nearest by edit distance,
   * ties to the one declared first (members before external members before guests, then in file
   * order). Remembered per UPN: comparing a name with 50,000 accounts is the costliest look-up a
   * rule makes.
   */
  suggestAccount(upn: string): string | undefined {
    const word = fold(upn);
    this.recorder.reads?.add(readKey(SUGGESTION, word));
    let found = this.memo.suggestions.get(word);
    if (!found) this.memo.suggestions.set(word, (found = this.nearestAccount(word)));
    return found.name;
  }

  /**
   * Takes over the "did you mean" answers of an index of the same accounts — an estate joined again
   * after an edit that added, removed or renamed no account: the same names, ranks and order give the
   * same answers. Any other difference starts afresh.
   */
  adoptSuggestions(previous: ModelIndex): void {
    if (previous.memo.suggestions.size === 0) return;
    const mine = [...this.candidates().values()];
    const theirs = [...previous.candidates().values()];
    if (mine.length !== theirs.length) return;
    for (let i = 0; i < mine.length; i++) {
      if (mine[i].key !== theirs[i].key || mine[i].name !== theirs[i].name || mine[i].rank !== theirs[i].rank) return;
    }
    for (const [word, found] of previous.memo.suggestions) this.memo.suggestions.set(word, found);
  }

  private nearestAccount(word: string): Suggestion {
    const found: Suggestion = { distance: limitFor(word) + 1, ties: [] };
    let best: Candidate | undefined;
    for (const candidate of this.candidates().values()) {
      const distance = editDistance(word, candidate.folded, found.distance);
      if (distance === 0 || distance > found.distance) continue;
      if (distance === found.distance && !best) continue; // beyond the limit
      if (distance < found.distance) {
        found.distance = distance;
        found.ties = [];
        best = undefined;
      }
      found.ties.push(candidate.key);
      if (!best || candidate.rank < best.rank || (candidate.rank === best.rank && candidate.entry.start < best.entry.start)) best = candidate;
    }
    found.name = best?.name;
    found.key = best?.key;
    return found;
  }

  /** Every declared account once, by key, for "did you mean": built on first use, then kept up to date. */
  private candidates(): Map<string, Candidate> {
    if (this.memo.candidates) return this.memo.candidates;
    const candidates = new Map<string, Candidate>();
    for (const key of this.members.keysUnrecorded()) candidates.set(key, this.candidate(key)!);
    for (const key of this.externalMembers.keysUnrecorded()) if (!candidates.has(key)) candidates.set(key, this.candidate(key)!);
    for (const key of this.guests.keysUnrecorded()) if (!candidates.has(key)) candidates.set(key, this.candidate(key)!);
    return (this.memo.candidates = candidates);
  }

  private candidate(key: string): Candidate | undefined {
    const make = (entries: Array<User | Guest> | undefined, rank: number): Candidate | undefined => {
      const entry = entries?.[0];
      return entry && { key, name: entry.upn!.value, folded: fold(entry.upn!.value), rank, entry };
    };
    return make(this.members.peek(key), 0) ?? make(this.externalMembers.peek(key), 1) ?? make(this.guests.peek(key), 2);
  }

  /**
   * After an update that changed the accounts in `accounts` (account key → name and rank before): forgets
   * the remembered suggestions it may have changed — its account changed, an account as near
   * changed rank, or a new name is as near — and returns their UPNs.
   */
  private forgetSuggestions(accounts: Map<string, AccountRank | undefined>): string[] {
    const candidates = this.memo.candidates;
    if (candidates) {
      for (const key of accounts.keys()) {
        const candidate = this.candidate(key);
        if (candidate) candidates.set(key, candidate);
        else candidates.delete(key);
      }
    }
    const suggestions = this.memo.suggestions;
    if (accounts.size === 0 || suggestions.size === 0) return [];
    const renamed: NearName[] = []; // names new to the file, or written anew
    const moved = new Set<string>(); // accounts whose name or rank changed
    for (const [key, before] of accounts) {
      const after = this.accountRank(key);
      if (after?.name !== before?.name && after) renamed.push(new NearName(fold(after.name)));
      if (after?.name !== before?.name || after?.at !== before?.at) moved.add(key);
    }
    const forgotten: string[] = [];
    if (renamed.length * suggestions.size > 200_000) {
      // Not typing (a paste, a replace-all): start afresh.
      forgotten.push(...suggestions.keys());
      suggestions.clear();
      return forgotten;
    }
    for (const [word, found] of suggestions) {
      const stale = (found.key !== undefined && moved.has(found.key))
        || found.ties.some((key) => moved.has(key))
        || renamed.some((near) => {
          if (!near.mayBeWithin(word, found.distance)) return false; // most words: too far to compare
          const distance = editDistance(word, near.name, found.distance);
          return distance > 0 && distance <= found.distance;
        });
      if (stale) {
        suggestions.delete(word);
        forgotten.push(word);
      }
    }
    return forgotten;
  }

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
    const there = this.principalElsewhere(directory, text, type);
    if (there) return { status: 'elsewhere', principal: there };
    return { status: 'unknown', suggestion: this.principalsOf(directory).suggestion(text, this) };
  }

  /**
   * The principal of another directory the text names: in the first such directory of the file, its
   * first member account, or its first group, else its first service principal. Found through the
   * recorded maps, so a rule that looked elsewhere runs again when another directory changes that name.
   */
  private principalElsewhere(directory: Directory, text: string, type?: PrincipalType): Principal | undefined {
    let best: Principal | undefined;
    const rank = (p: Principal) => (p.kind === 'servicePrincipal' ? 1 : 0);
    const consider = (p: Principal) => {
      if (p.directoryIndex === directory.index || (type && principalTypeOf(p) !== type)) return;
      if (!best || p.directoryIndex < best.directoryIndex || (p.directoryIndex === best.directoryIndex && (rank(p) < rank(best) || (rank(p) === rank(best) && p.start < best.start)))) best = p;
    };
    if (namesAnAccount(text)) {
      const key = accountKey(text);
      for (const user of this.members.get(key) ?? []) consider(user);
      for (const user of this.externalMembers.get(key) ?? []) consider(user);
    } else {
      for (const principal of this.principalNames.get(fold(text.trim())) ?? []) consider(principal);
    }
    return best;
  }

  /** The management groups of its directory that list the subscription (more than one is a problem). */
  managementGroupsHolding(subscription: Subscription): ManagementGroup[] {
    if (!subscription.id) return [];
    const listing = this.managementGroupsBySubscription.get(fold(subscription.id.value)) ?? [];
    return listing.filter((group) => group.directoryIndex === subscription.directoryIndex);
  }

  hasOffice365(directory: Directory): boolean {
    this.recorder.reads?.add(readKey(OFFICE365_AT, String(directory.index)));
    return this.hasOffice365Unrecorded(directory);
  }

  private hasOffice365Unrecorded(directory: Directory): boolean {
    return directory.subscriptions.some((s) => s.type?.value === 'office365' && s.state !== 'deleted');
  }
}

/** A directory's own fields, without offsets or its lists of entities: what `directoryOf` readers may read. */
function ownFields(directory: Directory): string {
  return JSON.stringify(directory, function (this: unknown, key: string, value: unknown) {
    if (key === 'start' || key === 'end') return undefined;
    if (this === directory && Array.isArray(value) && typeof (value[0] as { kind?: unknown } | undefined)?.kind === 'string') return undefined;
    return value;
  });
}

/** Where a subscription starting at `start` goes in a list in file order. */
function insertionPoint(list: readonly Subscription[], start: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (list[mid].start <= start) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * A remembered "did you mean": the account (its name and key), its distance (`limitFor + 1` when
 * none is near enough), and every account as near (whose rank decides between them).
 */
interface AccountRank {
  name: string;
  /** Which list, directory and position hold its first entry. */
  at: string;
}

/** An account as "did you mean" compares it: its name folded, and its rank for ties (members, external members, guests; then file order). */
interface Candidate {
  key: string;
  name: string;
  folded: string;
  rank: number;
  entry: User | Guest;
}

interface Suggestion {
  name?: string;
  key?: string;
  distance: number;
  ties: string[];
}
