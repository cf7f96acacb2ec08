/**
 * Builds the model of one directory from its yaml AST node. Tolerant by design: a value of the wrong
 * type is left out (the schema check reports it) so that rules see only well-typed values and still
 * run on the rest of the file.
 */
import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Document, Node, Pair, YAMLMap } from 'yaml';
import type {
  Directory, Group, Guest, Located, ManagedIdentityKind, ManagementGroup, PrincipalType, RoleAssignment,
  ServicePrincipal, ServicePrincipalType, Span, Str, Subscription, SubscriptionState, SubscriptionType, User,
} from '../model';
import type { EntryList } from '../schema/schemaCheck';

const SUBSCRIPTION_TYPES = new Set(['azure', 'office365']);
const SUBSCRIPTION_STATES = new Set(['active', 'disabled', 'expired', 'deleted']);
const PRINCIPAL_TYPES = new Set(['User', 'Group', 'ServicePrincipal']);
const SERVICE_PRINCIPAL_TYPES = new Set(['application', 'managedIdentity']);
const MANAGED_IDENTITY_KINDS = new Set(['systemAssigned', 'userAssigned']);

/** Reads nodes of one parsed text whose offsets start at `base` in the whole file. */
class Reader {
  /**
   * The span of each map key read by `entries`, so that an entity's `head`, its `keys` and its values'
   * `key` are one object each: fewer objects to move when the block moves (parse/shift.ts).
   */
  private readonly keySpans = new Map<Node, Span>();

  /**
   * @param spans receives every object of the model built with offsets, each once, in the order of the
   * model (parse/shift.ts moves them when the block moves)
   */
  constructor(private readonly doc: Document.Parsed, private readonly base: number, private readonly spans: Span[] = []) {}

  /** An object of the model with offsets: remembered in `spans`. */
  track<T extends Span>(value: T): T {
    this.spans.push(value);
    return value;
  }

  /** Follows an alias to its anchored node (one hop, never expanding anything). */
  resolve(node: unknown): Node | undefined {
    if (isAlias(node)) return node.resolve(this.doc) as Node | undefined;
    return (node ?? undefined) as Node | undefined;
  }

  span(node: Node | null | undefined): Span {
    const range = node?.range;
    return range ? { start: range[0] + this.base, end: range[1] + this.base } : { start: this.base, end: this.base };
  }

  /** The map's pairs by key, the range of every key, and the range of its first key. */
  private entries(map: YAMLMap): { pairs: Map<string, Pair>; keys: Record<string, Span>; head: Span } {
    const pairs = new Map<string, Pair>();
    const keys: Record<string, Span> = Object.create(null); // keys are the user's: `__proto__` is one like any other
    let head: Span | undefined;
    for (const pair of map.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const name = String(pair.key.value);
      if (pairs.has(name)) continue; // a repeated key: the schema check reports it, the model reads the first
      const keySpan = this.track(this.span(pair.key));
      this.keySpans.set(pair.key, keySpan);
      head ??= keySpan;
      pairs.set(name, pair);
      keys[name] = keySpan;
    }
    return { pairs, keys, head: head ?? this.track(this.span(map)) };
  }

  /**
   * The opening every entity shares: its pairs by key, and `at` — its span, the range of its first key
   * (`head`) and of every key (`keys`) — to spread into the entity.
   */
  entity(map: YAMLMap): { pairs: Map<string, Pair>; at: Span & { head: Span; keys: Record<string, Span> } } {
    const { pairs, keys, head } = this.entries(map);
    return { pairs, at: { ...this.span(map), head, keys } };
  }

  /** The span of a pair's key: the one in its entity's `keys` when `entries` read it. */
  private keySpan(pair: Pair): Span {
    return this.keySpans.get(pair.key as Node) ?? this.track(this.span(pair.key as Node));
  }

  /** A string value that is one of `allowed` (any other value is left out: the schema check reports it). */
  choice<T extends string>(pair: Pair | undefined, allowed: ReadonlySet<string>): Located<T> | undefined {
    const value = this.string(pair);
    if (!value || allowed.has(value.value)) return value as Located<T> | undefined;
    this.spans.pop(); // not part of the model (the schema check reports the value)
    return undefined;
  }

  string(pair: Pair | undefined): Str | undefined {
    if (!pair) return undefined;
    const value = this.resolve(pair.value);
    if (!isScalar(value) || typeof value.value !== 'string') return undefined;
    return this.track({ value: value.value, ...this.span(value), key: this.keySpan(pair) });
  }

  number(pair: Pair | undefined): Located<number> | undefined {
    if (!pair) return undefined;
    const value = this.resolve(pair.value);
    if (!isScalar(value) || typeof value.value !== 'number') return undefined;
    return this.track({ value: value.value, ...this.span(value), key: this.keySpan(pair) });
  }

  boolean(pair: Pair | undefined): boolean | undefined {
    const value = pair && this.resolve(pair.value);
    return isScalar(value) && typeof value.value === 'boolean' ? value.value : undefined;
  }

  located(pair: Pair | undefined): Located<boolean> | undefined {
    const value = pair && this.resolve(pair.value);
    if (!isScalar(value) || typeof value.value !== 'boolean') return undefined;
    return this.track({ value: value.value, ...this.span(value), key: this.keySpan(pair!) });
  }

  strings(pair: Pair | undefined): Str[] {
    const list = pair && this.resolve(pair.value);
    if (!isSeq(list)) return [];
    const result: Str[] = [];
    for (const item of list.items) {
      const value = this.resolve(item);
      if (isScalar(value) && typeof value.value === 'string') result.push(this.track({ value: value.value, ...this.span(value) }));
    }
    return result;
  }

  /** The maps of a list value, each with its position in the list. */
  maps(pair: Pair | undefined): Array<[YAMLMap, number]> {
    return pair ? this.mapsOf(pair.value) : [];
  }

  /** The maps of a list node, each with its position in the list. */
  mapsOf(node: unknown): Array<[YAMLMap, number]> {
    const list = this.resolve(node);
    if (!isSeq(list)) return [];
    const result: Array<[YAMLMap, number]> = [];
    list.items.forEach((item, position) => {
      const value = this.resolve(item);
      if (isMap(value)) result.push([value, position]);
    });
    return result;
  }
}

/**
 * The model of one `directories` item, or undefined when the item is not a map.
 * @param base offset of the parsed text in the whole file
 * @param index the item's position in `directories`
 * @param spans receives every object of the directory's model that has offsets, each once
 */
export function buildDirectory(doc: Document.Parsed, node: Node, base: number, index: number, spans?: Span[]): Directory | undefined {
  const read = new Reader(doc, base, spans);
  const map = read.resolve(node);
  if (!isMap(map)) return undefined;
  const { pairs, at } = read.entity(map);
  return read.track<Directory>({
    kind: 'directory',
    index,
    ...at,
    id: read.string(pairs.get('id')),
    name: read.string(pairs.get('name')),
    alias: read.string(pairs.get('alias')),
    domains: read.strings(pairs.get('domains')),
    customRoles: read.strings(pairs.get('customRoles')),
    unknown: read.strings(pairs.get('unknown')),
    users: read.maps(pairs.get('users')).map(([m]) => buildAccount(read, m, index, 'user')),
    guests: read.maps(pairs.get('guests')).map(([m]) => buildAccount(read, m, index, 'guest')),
    subscriptions: read.maps(pairs.get('subscriptions')).map(([m], position) => buildSubscription(read, m, index, position)),
    groups: read.maps(pairs.get('groups')).map(([m]) => buildGroup(read, m, index)),
    servicePrincipals: read.maps(pairs.get('servicePrincipals')).map(([m]) => buildServicePrincipal(read, m, index)),
    managementGroups: read.maps(pairs.get('managementGroups')).map(([m], position) => buildManagementGroup(read, m, index, position)),
  });
}

/**
 * The entries of one of a directory's lists read on their own (src/core/parse/patchBlock.ts): the
 * maps of `list`, as `buildDirectory` reads them from inside their directory.
 * @param base offset of the parsed text in the whole file
 * @param position the position of the first map among the maps of its list (subscriptions and
 * management groups are numbered by it)
 */
export function buildEntries(
  doc: Document.Parsed, list: Node, base: number, key: EntryList, directoryIndex: number, position: number,
): Array<User | Guest | Group | ServicePrincipal | Subscription | ManagementGroup> {
  const read = new Reader(doc, base);
  const maps = read.mapsOf(list);
  switch (key) {
    case 'users': return maps.map(([m]) => buildAccount(read, m, directoryIndex, 'user'));
    case 'guests': return maps.map(([m]) => buildAccount(read, m, directoryIndex, 'guest'));
    case 'groups': return maps.map(([m]) => buildGroup(read, m, directoryIndex));
    case 'servicePrincipals': return maps.map(([m]) => buildServicePrincipal(read, m, directoryIndex));
    case 'subscriptions': return maps.map(([m], k) => buildSubscription(read, m, directoryIndex, position + k));
    case 'managementGroups': return maps.map(([m], k) => buildManagementGroup(read, m, directoryIndex, position + k));
  }
}

function buildGroup(read: Reader, map: YAMLMap, directoryIndex: number): Group {
  const { pairs, at } = read.entity(map);
  const assignable = read.located(pairs.get('isAssignableToRole'));
  return read.track({
    kind: 'group',
    directoryIndex,
    ...at,
    name: read.string(pairs.get('name')),
    id: read.string(pairs.get('id')),
    description: read.string(pairs.get('description')),
    members: read.strings(pairs.get('members')),
    roles: read.strings(pairs.get('roles')),
    isAssignableToRole: assignable?.value === true,
    isAssignableToRoleValue: assignable,
  });
}

function buildServicePrincipal(read: Reader, map: YAMLMap, directoryIndex: number): ServicePrincipal {
  const { pairs, at } = read.entity(map);
  return read.track({
    kind: 'servicePrincipal',
    directoryIndex,
    ...at,
    name: read.string(pairs.get('name')),
    id: read.string(pairs.get('id')),
    appId: read.string(pairs.get('appId')),
    type: read.choice<ServicePrincipalType>(pairs.get('type'), SERVICE_PRINCIPAL_TYPES),
    identity: read.choice<ManagedIdentityKind>(pairs.get('identity'), MANAGED_IDENTITY_KINDS),
    resource: read.string(pairs.get('resource')),
  });
}

function buildManagementGroup(read: Reader, map: YAMLMap, directoryIndex: number, managementGroupIndex: number): ManagementGroup {
  const { pairs, at } = read.entity(map);
  return read.track({
    kind: 'managementGroup',
    directoryIndex,
    managementGroupIndex,
    ...at,
    id: read.string(pairs.get('id')),
    name: read.string(pairs.get('name')),
    parent: read.string(pairs.get('parent')),
    subscriptions: read.strings(pairs.get('subscriptions')),
    roleAssignments: read.maps(pairs.get('roleAssignments')).map(([m]) => buildAssignment(read, m, directoryIndex, -1, managementGroupIndex)),
  });
}

/** A member or a guest entry: the same keys, and `external` for guests. */
function buildAccount(read: Reader, map: YAMLMap, directoryIndex: number, kind: 'user'): User;
function buildAccount(read: Reader, map: YAMLMap, directoryIndex: number, kind: 'guest'): Guest;
function buildAccount(read: Reader, map: YAMLMap, directoryIndex: number, kind: 'user' | 'guest'): User | Guest {
  const { pairs, at } = read.entity(map);
  return read.track({
    kind,
    directoryIndex,
    ...at,
    upn: read.string(pairs.get('upn')),
    displayName: read.string(pairs.get('displayName')),
    roles: read.strings(pairs.get('roles')),
    ...(kind === 'guest' ? { external: read.boolean(pairs.get('external')) === true } : {}),
    enabled: read.boolean(pairs.get('enabled')) !== false,
  } as User | Guest);
}

function buildSubscription(read: Reader, map: YAMLMap, directoryIndex: number, subscriptionIndex: number): Subscription {
  const { pairs, at } = read.entity(map);
  const stateValue = read.choice<SubscriptionState>(pairs.get('state'), SUBSCRIPTION_STATES);
  const assignments = (key: string) =>
    read.maps(pairs.get(key)).map(([m]) => buildAssignment(read, m, directoryIndex, subscriptionIndex));
  return read.track({
    kind: 'subscription',
    directoryIndex,
    ...at,
    id: read.string(pairs.get('id')),
    name: read.string(pairs.get('name')),
    alias: read.string(pairs.get('alias')),
    type: read.choice<SubscriptionType>(pairs.get('type'), SUBSCRIPTION_TYPES),
    state: stateValue?.value ?? 'active',
    stateValue,
    offer: read.string(pairs.get('offer')),
    owner: read.string(pairs.get('owner')),
    createdBy: read.string(pairs.get('createdBy')),
    transferredFrom: read.string(pairs.get('transferredFrom')),
    plan: read.string(pairs.get('plan')),
    licenses: read.number(pairs.get('licenses')),
    managedByTenants: read.strings(pairs.get('managedByTenants')),
    unknown: read.strings(pairs.get('unknown')),
    roleAssignments: assignments('roleAssignments'),
    pendingRoleAssignments: assignments('pendingRoleAssignments'),
  });
}

/** A subscription's role assignment, or a management group's (`subscriptionIndex` -1, `managementGroupIndex` set). */
function buildAssignment(read: Reader, map: YAMLMap, directoryIndex: number, subscriptionIndex: number, managementGroupIndex?: number): RoleAssignment {
  const { pairs, at } = read.entity(map);
  return read.track({
    kind: 'roleAssignment',
    directoryIndex,
    subscriptionIndex,
    ...(managementGroupIndex === undefined ? {} : { managementGroupIndex }),
    ...at,
    principal: read.string(pairs.get('principal')),
    principalType: read.choice<PrincipalType>(pairs.get('principalType'), PRINCIPAL_TYPES),
    role: read.string(pairs.get('role')),
    scope: read.string(pairs.get('scope')),
    fromDirectory: read.string(pairs.get('fromDirectory')),
  });
}
