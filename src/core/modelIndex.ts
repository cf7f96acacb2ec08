/**
 * Look-ups over the whole model that rules and language features share: who is a member or a guest
 * where, which directory holds an id or a domain. Built once per analysis, in one pass.
 * Keys are folded (case-insensitive), as Entra compares UPNs, domains and GUIDs.
 */
import { fold } from './model';
import { didYouMean } from './text/didYouMean';
import type { Directory, Guest, RoleAssignment, Subscription, User, Workspace } from './model';

export class ModelIndex {
  /** Members by folded UPN (more than one only when the file repeats a UPN). */
  readonly members = new Map<string, User[]>();
  /** Guest entries by folded UPN, across all directories. */
  readonly guests = new Map<string, Guest[]>();
  readonly directoriesById = new Map<string, Directory[]>();
  /** Every directory listing a domain, by folded domain. */
  readonly domainOwners = new Map<string, Directory[]>();
  readonly subscriptionsById = new Map<string, Subscription[]>();
  /** Every role assignment by folded principal. */
  readonly assignmentsByPrincipal = new Map<string, RoleAssignment[]>();
  readonly subscriptions: Subscription[] = [];
  /** Subscriptions by folded owner UPN. */
  readonly subscriptionsByOwner = new Map<string, Subscription[]>();
  /** Subscriptions by folded `createdBy` UPN. */
  readonly subscriptionsByCreator = new Map<string, Subscription[]>();

  constructor(readonly workspace: Workspace) {
    for (const directory of workspace.directories) {
      if (directory.id) push(this.directoriesById, fold(directory.id.value), directory);
      for (const domain of directory.domains) {
        const owners = this.domainOwners.get(fold(domain.value));
        if (!owners?.includes(directory)) push(this.domainOwners, fold(domain.value), directory);
      }
      for (const user of directory.users) if (user.upn) push(this.members, fold(user.upn.value), user);
      for (const guest of directory.guests) if (guest.upn) push(this.guests, fold(guest.upn.value), guest);
      for (const subscription of directory.subscriptions) {
        this.subscriptions.push(subscription);
        if (subscription.id) push(this.subscriptionsById, fold(subscription.id.value), subscription);
        if (subscription.owner) push(this.subscriptionsByOwner, fold(subscription.owner.value), subscription);
        if (subscription.createdBy) push(this.subscriptionsByCreator, fold(subscription.createdBy.value), subscription);
        for (const assignment of subscription.roleAssignments) {
          if (assignment.principal) push(this.assignmentsByPrincipal, fold(assignment.principal.value), assignment);
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
    return this.members.get(fold(upn))?.[0];
  }

  /** The directory where the account with this UPN is a member: its home directory. */
  homeDirectory(upn: string): Directory | undefined {
    const member = this.member(upn);
    return member && this.directoryOf(member);
  }

  isMemberOf(upn: string, directory: Directory): boolean {
    return this.members.get(fold(upn))?.some((u) => u.directoryIndex === directory.index) ?? false;
  }

  guestIn(upn: string, directory: Directory): Guest | undefined {
    return this.guests.get(fold(upn))?.find((g) => g.directoryIndex === directory.index);
  }

  /** Whether the account is declared anywhere in the file, as a member or as a guest. */
  isKnownAccount(upn: string): boolean {
    const key = fold(upn);
    return this.members.has(key) || this.guests.has(key);
  }

  /** Every UPN the file declares (members first, then guests), in their written case. */
  *accountNames(): Iterable<string> {
    for (const users of this.members.values()) yield users[0].upn!.value;
    for (const [key, guests] of this.guests) if (!this.members.has(key)) yield guests[0].upn!.value;
  }

  private names?: string[];
  private suggestions = new Map<string, string | undefined>();

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
    if (!this.suggestions.has(key)) this.suggestions.set(key, didYouMean(upn, this.accountNameList()));
    return this.suggestions.get(key);
  }

  /** Keeps the suggestions remembered by the index of a previous version that names the same accounts. */
  adoptSuggestions(previous: ModelIndex): void {
    const mine = this.accountNameList();
    const theirs = previous.accountNameList();
    if (mine.length !== theirs.length) return;
    for (let i = 0; i < mine.length; i++) if (mine[i] !== theirs[i]) return;
    this.suggestions = previous.suggestions;
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
