/**
 * Who a role assignment or a group membership names. A `principal` (or a group's member) is written
 * as a UPN (a member or guest of the directory), or as the name or object id of a group or service
 * principal of the directory; an application's service principal may also be named by its app id.
 * `principalType` (User, Group, ServicePrincipal: `az role assignment list`'s spelling) settles a name
 * two kinds share.
 *
 * Everything here is looked up in one directory: Azure RBAC and Entra group membership only ever
 * name objects of the directory the subscription (or group) trusts; a guest is such an object.
 * Look-ups are built lazily per directory, so a rule checking one directory pays for that directory.
 */
import { accountKey } from './identity';
import { fold } from './model';
import { nearest } from './text/didYouMean';
import type { Directory, Group, Guest, ManagementGroup, PrincipalType, ServicePrincipal, Subscription, User } from './model';

/**
 * What these look-ups need of the model index (`ModelIndex` has it all). Named here rather than
 * imported, so that the index, which builds `DirectoryPrincipals`, and this module do not import
 * each other.
 */
export interface PrincipalIndex {
  directoryOf(entity: { directoryIndex: number }): Directory;
  principalsOf(directory: Directory): DirectoryPrincipals;
  resolvePrincipal(directory: Directory, text: string, type?: PrincipalType): PrincipalResolution;
  managementGroupsHolding(subscription: Subscription): ManagementGroup[];
  suggestAccount(upn: string): string | undefined;
}

/** A principal: an account of the directory (member or guest entry), a group or a service principal. */
export type Principal = User | Guest | Group | ServicePrincipal;

export type PrincipalResolution =
  /** Exactly one principal of the directory. */
  | { status: 'found'; principal: Principal }
  /** The name fits more than one principal of the directory: `principalType` or an object id settles it. */
  | { status: 'ambiguous'; candidates: Principal[] }
  /** Not in the directory, but in another directory of the file (the first one found). */
  | { status: 'elsewhere'; principal: Principal }
  /** Nowhere in the file; `suggestion` is the nearest name of the directory, if any. */
  | { status: 'unknown'; suggestion?: string };

/** The principal type `az` prints for a principal. */
export function principalTypeOf(principal: Principal): PrincipalType {
  return principal.kind === 'group' ? 'Group' : principal.kind === 'servicePrincipal' ? 'ServicePrincipal' : 'User';
}

/** How a principal is named in messages and in the file: its UPN or its name (or id). */
export function principalName(principal: Principal): string {
  if (principal.kind === 'user' || principal.kind === 'guest') return principal.upn?.value ?? '';
  return principal.name?.value ?? principal.id?.value ?? '';
}

/** A written principal reference is an account when it has an `@` (UPNs, guests' addresses). */
export function namesAnAccount(text: string): boolean {
  return text.includes('@');
}

/**
 * What a principal reference can name in one directory, by every way it can be written: an account
 * by its account key (the first entry wins: member entries are added before guest entries), a group
 * or service principal by its name (without regard to case), object id or app id. The one matching
 * of references: the model's look-ups (`DirectoryPrincipals`) and the edit planners (which read the
 * YAML document, src/core/edits/findPrincipals.ts) both go through it.
 */
export class PrincipalNames<Account, Named> {
  /** Accounts by account key, in the order added. */
  private readonly accounts = new Map<string, Account[]>();
  /** Groups and service principals by folded name, object id and app id. */
  private readonly byName = new Map<string, Named[]>();

  addAccount(upn: string | undefined, account: Account): void {
    if (upn) push(this.accounts, accountKey(upn), account);
  }

  /** Adds a group or service principal under its name and ids (the ones it has). */
  addNamed(named: Named, ...names: Array<string | undefined>): void {
    for (const name of names) if (name) push(this.byName, fold(name), named);
  }

  /** The account a reference written with an `@` names (the first entry), or the named principals it fits. */
  candidates(text: string): Array<Account | Named> {
    return namesAnAccount(text) ? this.accounts.get(accountKey(text))?.slice(0, 1) ?? [] : this.named(text);
  }

  /** The groups and service principals a name or id fits, each once (several when two share a name). */
  named(text: string): Named[] {
    return [...new Set(this.byName.get(fold(text.trim())) ?? [])];
  }
}

/** The principals of one directory, by every name they can be written with. */
export class DirectoryPrincipals {
  private readonly lookup = new PrincipalNames<User | Guest, Group | ServicePrincipal>();
  private readonly names: string[] = [];
  private containers?: Map<Principal, Group[]>;

  constructor(readonly directory: Directory) {
    for (const user of directory.users) this.lookup.addAccount(user.upn?.value, user);
    for (const guest of directory.guests) this.lookup.addAccount(guest.upn?.value, guest);
    for (const group of directory.groups) this.addNamed(group, group.name?.value, group.id?.value);
    for (const sp of directory.servicePrincipals) this.addNamed(sp, sp.name?.value, sp.id?.value, sp.appId?.value);
  }

  private addNamed(principal: Group | ServicePrincipal, name?: string, ...ids: Array<string | undefined>): void {
    this.lookup.addNamed(principal, name, ...ids);
    if (name) this.names.push(name);
  }

  /** Every principal the text can mean in this directory (of the given type, if any), without duplicates. */
  candidates(text: string, type?: PrincipalType): Principal[] {
    const found = this.lookup.candidates(text);
    return type ? found.filter((p) => principalTypeOf(p) === type) : found;
  }

  /** The nearest group or service principal name, or account, to a mistyped reference. */
  suggestion(text: string, index: PrincipalIndex): string | undefined {
    if (namesAnAccount(text)) return index.suggestAccount(text);
    return nearest(text.trim(), this.names)?.name;
  }

  /** The groups that list the principal as a direct member. */
  groupsContaining(principal: Principal, index: PrincipalIndex): Group[] {
    if (!this.containers) {
      this.containers = new Map();
      for (const group of this.directory.groups) {
        for (const member of group.members) {
          const resolved = index.resolvePrincipal(this.directory, member.value);
          if (resolved.status === 'found') push(this.containers, resolved.principal, group);
        }
      }
    }
    return this.containers.get(principal) ?? [];
  }
}

/**
 * The groups a principal belongs to, directly or through nested groups, each with the chain of groups
 * that leads to it (the direct group first). Safe on membership cycles.
 */
export function groupsOf(index: PrincipalIndex, principal: Principal): Array<{ group: Group; via: Group[] }> {
  const directory = index.directoryOf(principal);
  const principals = index.principalsOf(directory);
  const result: Array<{ group: Group; via: Group[] }> = [];
  const seen = new Set<Group>();
  let frontier: Array<{ principal: Principal; via: Group[] }> = [{ principal, via: [] }];
  while (frontier.length > 0) {
    const next: typeof frontier = [];
    for (const { principal: member, via } of frontier) {
      for (const group of principals.groupsContaining(member, index)) {
        if (seen.has(group) || group === principal) continue;
        seen.add(group);
        const chain = [...via, group];
        result.push({ group, via: chain });
        next.push({ principal: group, via: chain });
      }
    }
    frontier = next;
  }
  return result;
}

/** The accounts a group grants to, through nested groups too (each once). Safe on membership cycles. */
export function accountsIn(index: PrincipalIndex, group: Group): Array<User | Guest> {
  const directory = index.directoryOf(group);
  const accounts = new Set<User | Guest>();
  const seen = new Set<Group>([group]);
  const queue: Group[] = [group];
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const member of current.members) {
      const resolved = index.resolvePrincipal(directory, member.value);
      if (resolved.status !== 'found') continue;
      const principal = resolved.principal;
      if (principal.kind === 'group') {
        if (!seen.has(principal)) {
          seen.add(principal);
          queue.push(principal);
        }
      } else if (principal.kind === 'user' || principal.kind === 'guest') accounts.add(principal);
    }
  }
  return [...accounts];
}

/**
 * The management groups above a subscription, nearest first, ending with the tenant root group's
 * entry when the file lists it (its id is the tenant id). Empty when the subscription is in none:
 * it is then directly under the tenant root group. Safe on parent cycles.
 */
export function managementGroupChain(index: PrincipalIndex, subscription: Subscription): ManagementGroup[] {
  const directory = index.directoryOf(subscription);
  const placed = subscription.id ? index.managementGroupsHolding(subscription) : [];
  const chain: ManagementGroup[] = [];
  let current: ManagementGroup | undefined = placed[0];
  const root = rootManagementGroup(directory);
  while (current && !chain.includes(current)) {
    chain.push(current);
    const parent: string | undefined = current.parent?.value;
    current = parent ? directory.managementGroups.find((g) => g.id && fold(g.id.value) === fold(parent)) : root;
    if (current === undefined && parent && directory.id && fold(parent) === fold(directory.id.value)) current = root;
  }
  if (root && !chain.includes(root)) chain.push(root);
  return chain;
}

/** The directory's tenant root group entry: the management group whose id is the tenant id. */
export function rootManagementGroup(directory: Directory): ManagementGroup | undefined {
  const tenant = directory.id?.value;
  return tenant ? directory.managementGroups.find((g) => g.id && fold(g.id.value) === fold(tenant)) : undefined;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
