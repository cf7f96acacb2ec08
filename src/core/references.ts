/**
 * The reference index: every place the file names an account, a directory, a subscription, a group,
 * a service principal or a management group, and which of them is the definition. Language features
 * (definition, references, rename, hover) and the rename planner are built on it, never on string
 * searches.
 *
 * Accounts, tenant ids and subscription ids are global names: one symbol per name, whichever
 * directory writes it. Groups, service principals and management groups belong to a directory and
 * may be named several ways (a group by name or object id, an application by name, object id or app
 * id), so their symbol is the entity itself: a `principal` or group member is indexed as whatever
 * `resolvePrincipal` resolves it to. A non-account principal that names nothing (or more than one
 * thing) is not a symbol: the rules report it, hover explains it.
 */
import { subscriptionOfResource } from './formats';
import { accountKey } from './identity';
import { fold } from './model';
import { ModelIndex } from './modelIndex';
import { namesAnAccount } from './principals';
import type { AnyEntity, Directory, Group, ManagementGroup, RoleAssignment, ServicePrincipal, Str, Workspace } from './model';

export type SymbolKind = 'account' | 'directory' | 'subscription' | 'group' | 'servicePrincipal' | 'managementGroup';

/** A symbol that belongs to one directory: the entity itself is the symbol. */
export type ScopedEntity = Group | ServicePrincipal | ManagementGroup;

/** How a name is used at one place of the file. */
export type ReferenceRole =
  | 'member' | 'guest' | 'owner' | 'createdBy' | 'principal' | 'pendingPrincipal' | 'fromDirectory' | 'id'
  /** A group's or service principal's `name` (their definition). */
  | 'name'
  /** A service principal's `appId`. */
  | 'appId'
  /** An entry of a group's `members`. */
  | 'groupMember'
  /** A management group's `parent`. */
  | 'parent'
  /** An entry of a management group's `subscriptions`. */
  | 'placed'
  /** The subscription id inside a managed identity's `resource`. */
  | 'resource'
  /** The `id` of the tenant root group's entry: the tenant id. */
  | 'rootGroup';

/** Which of an entity's names a reference is written with. */
export type Spelling = 'name' | 'id' | 'appId';

export interface SymbolReference {
  kind: SymbolKind;
  /**
   * The symbol: accounts by `accountKey` (case, `#EXT#` decoded), tenant and subscription ids
   * folded; groups, service principals and management groups by their place in the file.
   */
  key: string;
  /** The name as written at this place. */
  text: string;
  start: number;
  end: number;
  role: ReferenceRole;
  /** The entity whose field this is (the user, the subscription, the role assignment, the group…). */
  entity: AnyEntity;
  /** Groups, service principals, management groups: the entity named. */
  target?: ScopedEntity;
  /** Groups and service principals: which of the target's names is written here. */
  spelling?: Spelling;
}

export class ReferenceIndex {
  /** Every reference, sorted by start offset. */
  readonly all: SymbolReference[] = [];
  private readonly byKey = new Map<string, SymbolReference[]>();
  private readonly keys = new Map<ScopedEntity, string>();

  constructor(workspace: Workspace, index: ModelIndex = new ModelIndex(workspace)) {
    const push = (reference: SymbolReference) => {
      this.all.push(reference);
      const bucket = `${reference.kind}:${reference.key}`;
      const list = this.byKey.get(bucket);
      if (list) list.push(reference);
      else this.byKey.set(bucket, [reference]);
    };
    const add = (kind: 'account' | 'directory' | 'subscription', value: Str | undefined, role: ReferenceRole, entity: AnyEntity) => {
      if (value) push({ kind, key: keyOf(kind, value.value), text: value.value, start: value.start, end: value.end, role, entity });
    };
    const addScoped = (target: ScopedEntity, value: Str | undefined, role: ReferenceRole, entity: AnyEntity, spelling?: Spelling) => {
      if (value) push({ kind: target.kind, key: this.keyOfEntity(target), text: value.value, start: value.start, end: value.end, role, entity, target, spelling });
    };
    /** A `principal` or group member: an account when written with `@`, else the group or service principal it resolves to. */
    const addPrincipal = (directory: Directory, value: Str | undefined, role: ReferenceRole, entity: AnyEntity, assignment?: RoleAssignment) => {
      if (!value) return;
      if (namesAnAccount(value.value)) return add('account', value, role, entity);
      const resolved = index.resolvePrincipal(directory, value.value, assignment?.principalType?.value);
      const principal = resolved.status === 'found' || resolved.status === 'elsewhere' ? resolved.principal : undefined;
      if (principal && (principal.kind === 'group' || principal.kind === 'servicePrincipal')) {
        addScoped(principal, value, role, entity, spellingOf(principal, value.value));
      }
    };

    for (const directory of workspace.directories) {
      directory.groups.forEach((group, i) => this.keys.set(group, `${directory.index}:g${i}`));
      directory.servicePrincipals.forEach((sp, i) => this.keys.set(sp, `${directory.index}:s${i}`));
      directory.managementGroups.forEach((mg, i) => this.keys.set(mg, `${directory.index}:m${i}`));
    }
    for (const directory of workspace.directories) {
      const tenant = directory.id && fold(directory.id.value);
      add('directory', directory.id, 'id', directory);
      for (const user of directory.users) add('account', user.upn, 'member', user);
      for (const guest of directory.guests) add('account', guest.upn, 'guest', guest);
      for (const group of directory.groups) {
        addScoped(group, group.name, 'name', group, 'name');
        addScoped(group, group.id, 'id', group, 'id');
        for (const member of group.members) addPrincipal(directory, member, 'groupMember', group);
      }
      for (const sp of directory.servicePrincipals) {
        addScoped(sp, sp.name, 'name', sp, 'name');
        addScoped(sp, sp.id, 'id', sp, 'id');
        addScoped(sp, sp.appId, 'appId', sp, 'appId');
        const inside = sp.resource && idInResource(sp.resource);
        if (inside) add('subscription', inside, 'resource', sp);
      }
      for (const subscription of directory.subscriptions) {
        add('subscription', subscription.id, 'id', subscription);
        add('account', subscription.owner, 'owner', subscription);
        add('account', subscription.createdBy, 'createdBy', subscription);
        add('directory', subscription.transferredFrom, 'fromDirectory', subscription);
        for (const assignment of subscription.roleAssignments) addPrincipal(directory, assignment.principal, 'principal', assignment, assignment);
        for (const assignment of subscription.pendingRoleAssignments) {
          addPrincipal(directory, assignment.principal, 'pendingPrincipal', assignment, assignment);
          add('directory', assignment.fromDirectory, 'fromDirectory', assignment);
        }
      }
      // A management group's id equal to the tenant id is the tenant root group: it and the parents
      // naming it are the tenant id, so renaming the tenant id renames them too.
      const byId = new Map<string, ManagementGroup>();
      for (const mg of directory.managementGroups) if (mg.id && fold(mg.id.value) !== tenant && !byId.has(fold(mg.id.value))) byId.set(fold(mg.id.value), mg);
      for (const mg of directory.managementGroups) {
        if (mg.id && fold(mg.id.value) === tenant) add('directory', mg.id, 'rootGroup', mg);
        else addScoped(mg, mg.id, 'id', mg);
        const parent = mg.parent && fold(mg.parent.value);
        if (parent && parent === tenant) add('directory', mg.parent, 'parent', mg);
        else if (parent && byId.has(parent)) addScoped(byId.get(parent)!, mg.parent, 'parent', mg);
        for (const id of mg.subscriptions) add('subscription', id, 'placed', mg);
        for (const assignment of mg.roleAssignments) addPrincipal(directory, assignment.principal, 'principal', assignment, assignment);
      }
    }
    this.all.sort(byStart);
    for (const list of this.byKey.values()) list.sort(byStart);
  }

  /** The reference under an offset (a cursor touching either end counts). */
  at(offset: number): SymbolReference | undefined {
    let low = 0;
    let high = this.all.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const candidate = this.all[mid];
      if (offset < candidate.start) high = mid - 1;
      else if (offset > candidate.end) low = mid + 1;
      else return candidate;
    }
    return undefined;
  }

  /** Every place naming the same account, directory or subscription, in file order. */
  referencesTo(kind: 'account' | 'directory' | 'subscription', name: string): SymbolReference[] {
    return this.byKey.get(`${kind}:${keyOf(kind, name)}`) ?? [];
  }

  /** Every place naming a group, service principal or management group (by any of its names), in file order. */
  referencesToEntity(entity: ScopedEntity): SymbolReference[] {
    const key = this.keys.get(entity);
    return (key && this.byKey.get(`${entity.kind}:${key}`)) || [];
  }

  /** Every place naming what `reference` names, in file order (itself included). */
  sameSymbol(reference: SymbolReference): SymbolReference[] {
    return this.byKey.get(`${reference.kind}:${reference.key}`) ?? [];
  }

  /**
   * Where the name is defined: a member's `upn` for an account (a guest entry when the account is an
   * outside one, declared only as a guest), the `id` of a directory or a subscription.
   */
  definitionOf(kind: 'account' | 'directory' | 'subscription', name: string): SymbolReference | undefined {
    return definitionAmong(kind, this.referencesTo(kind, name));
  }

  /** The definition of what `reference` names: see `definitionOf`; a group's or service principal's `name` (else its `id`), a management group's `id`. */
  definitionFor(reference: SymbolReference): SymbolReference | undefined {
    return definitionAmong(reference.kind, this.sameSymbol(reference));
  }

  private keyOfEntity(entity: ScopedEntity): string {
    return this.keys.get(entity) ?? '';
  }
}

function definitionAmong(kind: SymbolKind, references: readonly SymbolReference[]): SymbolReference | undefined {
  switch (kind) {
    case 'account':
      return references.find((r) => r.role === 'member') ?? references.find((r) => r.role === 'guest');
    case 'directory':
      return references.find((r) => r.role === 'id' && r.entity.kind === 'directory');
    case 'group':
    case 'servicePrincipal':
      return references.find((r) => r.role === 'name' && r.entity === r.target) ?? references.find((r) => r.role === 'id' && r.entity === r.target);
    default:
      return references.find((r) => r.role === 'id' && (kind !== 'subscription' || r.entity.kind === 'subscription'));
  }
}

function byStart(a: SymbolReference, b: SymbolReference): number {
  return a.start - b.start;
}

/** Which of a group's or service principal's names a reference to it is written with. */
function spellingOf(principal: Group | ServicePrincipal, text: string): Spelling {
  const written = fold(text.trim());
  if (principal.id && fold(principal.id.value) === written) return 'id';
  if (principal.kind === 'servicePrincipal' && principal.appId && fold(principal.appId.value) === written) return 'appId';
  return 'name';
}

/**
 * The subscription id inside a resource id, with its own range. Only when the value is written plain
 * or single-quoted without doubled quotes, so that its characters are where the file has them.
 */
function idInResource(resource: Str): Str | undefined {
  const id = subscriptionOfResource(resource.value);
  if (!id) return undefined;
  const width = resource.end - resource.start;
  const offset = width === resource.value.length ? 0 : width === resource.value.length + 2 ? 1 : -1;
  if (offset < 0) return undefined;
  const start = resource.start + offset + resource.value.indexOf(id);
  return { value: id, start, end: start + id.length };
}

/** The key two spellings of one global name share: an account's canonical identity, a folded GUID. */
export function keyOf(kind: 'account' | 'directory' | 'subscription', name: string): string {
  return kind === 'account' ? accountKey(name) : fold(name);
}
