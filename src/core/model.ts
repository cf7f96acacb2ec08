/**
 * The workspace model: what the YAML file says, with the source range of everything, built from
 * whatever parts of the file are well formed. A value of the wrong type is simply absent here (the
 * schema check reports it), so rules can trust every value they see.
 *
 * All offsets are 0-based UTF-16 offsets into the whole file's text.
 */

export interface Span {
  start: number;
  end: number;
}

/** A scalar from the file with the range of its value (and of its key, when it has one). */
export interface Located<T> extends Span {
  value: T;
  /** Range of the key of the `key: value` pair, when the scalar is a map value. */
  key?: Span;
}

export type Str = Located<string>;

export type SubscriptionType = 'azure' | 'office365';
/** An Azure role assignment's principal type, spelt as `az role assignment list` prints it. */
export type PrincipalType = 'User' | 'Group' | 'ServicePrincipal';
/** A service principal's kind: an application's, or a managed identity's. */
export type ServicePrincipalType = 'application' | 'managedIdentity';
export type ManagedIdentityKind = 'systemAssigned' | 'userAssigned';
export type SubscriptionState = 'active' | 'disabled' | 'expired' | 'deleted';

export interface Workspace {
  version?: Located<unknown>;
  directories: Directory[];
  /** Range of the `directories` key, when present. */
  directoriesKey?: Span;
  /** Range of the value of `estate: standalone`: the file is checked alone, not with its folder's other files. */
  standalone?: Span;
}

/**
 * The model is read-only outside the parse: a key's span is one object, shared by the entity's
 * `keys`, its `head` (for the first key) and the `key` of the value under it, and an `Analyzer` moves
 * each such object once when its block moves (parse/shift.ts).
 */
interface Entity extends Span {
  /** Range of the first line's key of the map (`- id: …` line): where "missing X" problems go. */
  head: Span;
  /** Ranges of every key present in the map, by key name. */
  keys: Record<string, Span>;
}

export interface Directory extends Entity {
  kind: 'directory';
  /** Position of the directory in the `directories` list (0-based). */
  index: number;
  id?: Str;
  name?: Str;
  alias?: Str;
  domains: Str[];
  users: User[];
  guests: Guest[];
  subscriptions: Subscription[];
  customRoles: Str[];
  /** Security groups of the directory. */
  groups: Group[];
  /** Applications' service principals and managed identities of the directory. */
  servicePrincipals: ServicePrincipal[];
  /** The management-group hierarchy under the tenant root group (whose id is the tenant id). */
  managementGroups: ManagementGroup[];
  /** Facts marked as not known yet, to fill in (`users`): see docs/format.md. */
  unknown: Str[];
}

export interface User extends Entity {
  kind: 'user';
  directoryIndex: number;
  upn?: Str;
  displayName?: Str;
  roles: Str[];
  /** `false` only when the file says `enabled: false`. */
  enabled: boolean;
}

export interface Guest extends Entity {
  kind: 'guest';
  directoryIndex: number;
  upn?: Str;
  displayName?: Str;
  roles: Str[];
  external: boolean;
  /** `false` only when the file says `enabled: false`. */
  enabled: boolean;
}

export interface Subscription extends Entity {
  kind: 'subscription';
  directoryIndex: number;
  id?: Str;
  name?: Str;
  alias?: Str;
  type?: Located<SubscriptionType>;
  /** The file's state, or `active` (with no range) when absent. */
  state: SubscriptionState;
  stateValue?: Located<SubscriptionState>;
  offer?: Str;
  owner?: Str;
  createdBy?: Str;
  /** The tenant ID of the directory the subscription was transferred from (recorded by the transfer command). */
  transferredFrom?: Str;
  plan?: Str;
  licenses?: Located<number>;
  /** Tenant ids of the directories managing it through Azure Lighthouse. */
  managedByTenants: Str[];
  /** Facts marked as not known yet, to fill in (`owner`, `createdBy`, `offer`): see docs/format.md. */
  unknown: Str[];
  roleAssignments: RoleAssignment[];
  /** Assignments recorded by a transfer, waiting to be recreated in this directory. */
  pendingRoleAssignments: RoleAssignment[];
}

/** A security group: members are accounts of its directory, guests, other groups or service principals. */
export interface Group extends Entity {
  kind: 'group';
  directoryIndex: number;
  name?: Str;
  /** The group's object id (GUID). */
  id?: Str;
  description?: Str;
  /** Members as written: a UPN, or a group's or service principal's name or object id. */
  members: Str[];
  /** Microsoft Entra roles held by the group (role-assignable groups only). */
  roles: Str[];
  /** `true` only when the file says `isAssignableToRole: true`. */
  isAssignableToRole: boolean;
  isAssignableToRoleValue?: Located<boolean>;
}

/** An application's service principal or a managed identity. */
export interface ServicePrincipal extends Entity {
  kind: 'servicePrincipal';
  directoryIndex: number;
  name?: Str;
  /** The service principal's object id (GUID). */
  id?: Str;
  /** The application (client) id (GUID). */
  appId?: Str;
  type?: Located<ServicePrincipalType>;
  /** Managed identities only: system-assigned (tied to one resource) or user-assigned (a resource itself). */
  identity?: Located<ManagedIdentityKind>;
  /** Managed identities only: the Azure resource id of the resource it belongs to (system-assigned) or of the identity (user-assigned). */
  resource?: Str;
}

/** A management group; the tenant root group is the one whose id is the tenant id. */
export interface ManagementGroup extends Entity {
  kind: 'managementGroup';
  directoryIndex: number;
  /** Position in the directory's `managementGroups` list. */
  managementGroupIndex: number;
  /** The management group's id (its name in Azure), e.g. `mg-platform`. */
  id?: Str;
  /** Display name. */
  name?: Str;
  /** The parent's id; absent means the tenant root group. */
  parent?: Str;
  /** Ids of the subscriptions placed directly in it. */
  subscriptions: Str[];
  /** Role assignments at the management group, inherited by everything below it. */
  roleAssignments: RoleAssignment[];
}

export interface RoleAssignment extends Entity {
  kind: 'roleAssignment';
  directoryIndex: number;
  /** Position of the subscription in its directory's `subscriptions` list; -1 for a management group's assignment. */
  subscriptionIndex: number;
  /** A management group's assignment: the group's position in the directory's `managementGroups` list. */
  managementGroupIndex?: number;
  /** A UPN, or a group's or service principal's name or object id. */
  principal?: Str;
  /** Settles which kind of principal `principal` names when a name is ambiguous. */
  principalType?: Located<PrincipalType>;
  role?: Str;
  scope?: Str;
  /** Pending assignments only: the tenant ID of the directory the subscription came from. */
  fromDirectory?: Str;
}

export type AnyEntity = Directory | User | Guest | Subscription | RoleAssignment | Group | ServicePrincipal | ManagementGroup;

/** Case-insensitive key for UPNs, domains, GUIDs and role names. */
export function fold(text: string): string {
  return text.toLowerCase();
}

/** Display names compare as people read them: case and surrounding spaces do not tell two apart. */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}
