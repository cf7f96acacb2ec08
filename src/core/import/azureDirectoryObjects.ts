/**
 * The shapes of the Azure CLI outputs that describe who can be given access and where it is inherited:
 * `az ad group list` (Microsoft Graph group objects), `az ad sp list --all` (service principals:
 * applications and managed identities) and the management-group commands
 * (`az account management-group list`, `show --expand --recurse`, `entities list`).
 * The readers take the checked accessors of the one Azure CLI reader (`azureCli.ts`).
 */
import { GUID, MANAGEMENT_GROUP_ID, RESOURCE_ID } from '../formats';
import type { Messages } from '../i18n';

/** One group of `az ad group list` (a Microsoft Graph group object). */
export interface AzGroup {
  id: string;
  displayName: string;
  description?: string;
  /** A security group (or a security-enabled Microsoft 365 group): only those get Azure access. */
  securityEnabled: boolean;
  mailEnabled: boolean;
  isAssignableToRole: boolean;
  /** `Unified` for a Microsoft 365 group, `DynamicMembership`… */
  groupTypes: string[];
}

/** One service principal of `az ad sp list --all`. */
export interface AzServicePrincipal {
  id: string;
  appId?: string;
  displayName: string;
  /** `Application`, `ManagedIdentity`, `Legacy`, `SocialIdp`, as printed. */
  servicePrincipalType: string;
  /** The tenant that owns the application (Microsoft's own for first-party apps). */
  appOwnerOrganizationId?: string;
  /**
   * For a managed identity, from `alternativeNames`: `isExplicit=True` marks a user-assigned one;
   * the entry starting with `/subscriptions/` is its resource (the identity's own resource when
   * user-assigned, the resource it belongs to when system-assigned).
   */
  managedIdentity?: { userAssigned: boolean; resource?: string };
}

/** One member of `az ad group member list` (a directory object tagged with `@odata.type`). */
export interface AzMember {
  type: 'user' | 'group' | 'servicePrincipal' | 'device' | 'orgContact';
  id: string;
  displayName?: string;
  /** Users: as printed, the `#EXT#` form for a guest. */
  userPrincipalName?: string;
  appId?: string;
}

/** One management group, from whichever management-group command printed it. */
export interface AzManagementGroup {
  /** Its id (`name` in Azure's output), e.g. `mg-platform`; the tenant root group's is the tenant id. */
  name: string;
  displayName?: string;
  tenantId?: string;
  /** The parent's id; `null` for the tenant root group; absent when the output does not say (`list`). */
  parent?: string | null;
}

/** `az account management-group …` output: groups, and which management group each subscription is in. */
export interface AzManagementGroups {
  groups: AzManagementGroup[];
  /** Subscriptions placed directly in a management group (from `show --expand` children or entities). */
  placements: Array<{ subscriptionId: string; group: string; displayName?: string }>;
}

/** The checked accessors of the Azure CLI reader: each throws a positioned error on a wrong value. */
export interface ValueReader {
  readonly m: Messages;
  object(item: unknown, i: number): Record<string, unknown>;
  text(o: Record<string, unknown>, i: number, key: string, required: boolean): string | undefined;
  boolean(o: Record<string, unknown>, i: number, key: string): boolean | undefined;
  texts(o: Record<string, unknown>, i: number, key: string): string[];
  guidOf(o: Record<string, unknown>, i: number, key: string): string;
  fail(message: string, path: Array<string | number>): never;
}

const MANAGEMENT_GROUP_PATH = /^\/providers\/Microsoft\.Management\/managementGroups\/([^/]+)\/?$/i;
const MANAGEMENT_GROUP_TYPE = /^\/?(providers\/)?Microsoft\.Management\/managementGroups$/i;
const SUBSCRIPTION_TYPE = /^(\/subscriptions|Microsoft\.Management\/managementGroups\/subscriptions)$/i;

/** Whether an item is a management group or a subscription as the management-group commands print them. */
export function looksLikeManagementGroupEntity(item: Record<string, unknown>): boolean {
  const type = typeof item.type === 'string' ? item.type : '';
  if (MANAGEMENT_GROUP_TYPE.test(type)) return true;
  return SUBSCRIPTION_TYPE.test(type) && ('parent' in item || 'parentNameChain' in item);
}

export function looksLikeServicePrincipal(item: Record<string, unknown>): boolean {
  return 'servicePrincipalType' in item || ('appId' in item && 'servicePrincipalNames' in item);
}

export function looksLikeGroup(item: Record<string, unknown>): boolean {
  return !('userPrincipalName' in item) && ('securityEnabled' in item || 'groupTypes' in item || 'mailEnabled' in item);
}

/**
 * `az ad group member list` (and Graph `/members` pages): directory objects tagged with `@odata.type`.
 * Recognised only to say why it cannot be imported: the output does not name its group.
 */
export function looksLikeMemberList(item: Record<string, unknown>): boolean {
  return typeof item['@odata.type'] === 'string' && /^#microsoft\.graph\.(user|group|servicePrincipal|device|orgContact)$/i.test(item['@odata.type']);
}

const MEMBER_TYPES: Record<string, AzMember['type']> = {
  '#microsoft.graph.user': 'user', '#microsoft.graph.group': 'group', '#microsoft.graph.serviceprincipal': 'servicePrincipal',
  '#microsoft.graph.device': 'device', '#microsoft.graph.orgcontact': 'orgContact',
};

export function readMember(r: ValueReader, item: unknown, i: number): AzMember {
  const o = r.object(item, i);
  const tag = (r.text(o, i, '@odata.type', true) ?? '').toLowerCase();
  const type = Object.hasOwn(MEMBER_TYPES, tag) ? MEMBER_TYPES[tag] : undefined;
  if (!type) r.fail(r.m.azNotMemberType({ value: tag }), [i, '@odata.type']);
  const appId = r.text(o, i, 'appId', false);
  return {
    type, id: r.guidOf(o, i, 'id'),
    displayName: r.text(o, i, 'displayName', false),
    userPrincipalName: type === 'user' ? r.text(o, i, 'userPrincipalName', true) : undefined,
    appId: appId && GUID.test(appId) ? appId.toLowerCase() : undefined,
  };
}

export function readGroup(r: ValueReader, item: unknown, i: number): AzGroup {
  const o = r.object(item, i);
  return {
    id: r.guidOf(o, i, 'id'),
    displayName: r.text(o, i, 'displayName', true)!,
    description: r.text(o, i, 'description', false),
    securityEnabled: r.boolean(o, i, 'securityEnabled') ?? false,
    mailEnabled: r.boolean(o, i, 'mailEnabled') ?? false,
    isAssignableToRole: r.boolean(o, i, 'isAssignableToRole') ?? false,
    groupTypes: r.texts(o, i, 'groupTypes'),
  };
}

export function readServicePrincipal(r: ValueReader, item: unknown, i: number): AzServicePrincipal {
  const o = r.object(item, i);
  const servicePrincipalType = r.text(o, i, 'servicePrincipalType', false) ?? 'Application';
  const appId = r.text(o, i, 'appId', false);
  const owner = r.text(o, i, 'appOwnerOrganizationId', false);
  const sp: AzServicePrincipal = {
    id: r.guidOf(o, i, 'id'),
    appId: appId && GUID.test(appId) ? appId.toLowerCase() : undefined,
    displayName: r.text(o, i, 'displayName', true)!,
    servicePrincipalType,
    appOwnerOrganizationId: owner && GUID.test(owner) ? owner.toLowerCase() : undefined,
  };
  if (servicePrincipalType.toLowerCase() === 'managedidentity') {
    const names = r.texts(o, i, 'alternativeNames');
    const explicit = names.find((n) => /^isExplicit=/i.test(n));
    const resource = names.find((n) => n.startsWith('/subscriptions/'));
    sp.managedIdentity = {
      userAssigned: explicit !== undefined && /=true$/i.test(explicit),
      ...(resource && RESOURCE_ID.test(resource) ? { resource } : {}),
    };
  }
  return sp;
}

/**
 * Management groups from `list` (flat, no parents), `show --expand --recurse` (one object, children
 * nested: management groups and subscriptions) or `entities list` (flat, each with its parent).
 */
export function readManagementGroups(r: ValueReader, items: unknown[]): AzManagementGroups {
  const result: AzManagementGroups = { groups: [], placements: [] };
  items.forEach((item, i) => {
    const o = r.object(item, i);
    const type = r.text(o, i, 'type', false) ?? '';
    if (SUBSCRIPTION_TYPE.test(type)) {
      const id = subscriptionIdOf(r, o, i);
      const parent = parentOf(r, o, i);
      if (parent) result.placements.push({ subscriptionId: id, group: parent, displayName: r.text(o, i, 'displayName', false) });
      return;
    }
    const group = managementGroupOf(r, o, i);
    group.parent = parentOf(r, o, i);
    result.groups.push(group);
    if (Array.isArray(o.children)) readChildren(r, o.children, group, [i, 'children'], result);
  });
  return result;
}

function managementGroupOf(r: ValueReader, o: Record<string, unknown>, i: number): AzManagementGroup {
  const name = r.text(o, i, 'name', false) ?? MANAGEMENT_GROUP_PATH.exec(r.text(o, i, 'id', true)!)?.[1];
  if (!name || !MANAGEMENT_GROUP_ID.test(name)) r.fail(r.m.azNotManagementGroupId({ value: name ?? '' }), [i, 'name']);
  const tenantId = r.text(o, i, 'tenantId', false);
  return {
    name,
    displayName: r.text(o, i, 'displayName', false),
    ...(tenantId && GUID.test(tenantId) ? { tenantId: tenantId.toLowerCase() } : {}),
  };
}

/**
 * The parent id: `details.parent` (`show`), `parent.id` (`entities list`, `null` for the root group);
 * undefined when the output does not say (`list`).
 */
function parentOf(r: ValueReader, o: Record<string, unknown>, i: number): string | null | undefined {
  const details = o.details;
  const parent = details !== null && typeof details === 'object' && !Array.isArray(details) ? (details as Record<string, unknown>).parent : o.parent;
  if (parent === undefined) return undefined;
  if (parent === null) return null;
  if (typeof parent !== 'object' || Array.isArray(parent)) return r.fail(r.m.azBadParent({ index: i }), [i, o.details === undefined ? 'parent' : 'details']);
  const p = parent as Record<string, unknown>;
  if (typeof p.name === 'string' && p.name) return p.name;
  if (typeof p.id === 'string') return MANAGEMENT_GROUP_PATH.exec(p.id)?.[1] ?? null;
  if (p.id === null) return null;
  if (Object.keys(p).length === 0) return null;
  return r.fail(r.m.azBadParent({ index: i }), [i, 'parent']);
}

function subscriptionIdOf(r: ValueReader, o: Record<string, unknown>, i: number): string {
  const id = r.text(o, i, 'id', true)!;
  const fromId = /\/subscriptions\/([^/]+)\/?$/i.exec(id)?.[1];
  const name = r.text(o, i, 'name', false);
  const value = fromId && GUID.test(fromId) ? fromId : name;
  if (!value || !GUID.test(value)) r.fail(r.m.azNotSubscriptionPath({ value: id }), [i, 'id']);
  return value.toLowerCase();
}

/** The `children` of `show --expand [--recurse]`: management groups (recursively) and subscriptions. */
function readChildren(r: ValueReader, children: unknown[], parent: AzManagementGroup, path: Array<string | number>, out: AzManagementGroups): void {
  if (path.length > 130) return; // the service allows 6 levels below the root; a deeper text is not its output
  children.forEach((child, k) => {
    if (child === null || typeof child !== 'object' || Array.isArray(child)) return;
    const c = child as Record<string, unknown>;
    const type = typeof c.type === 'string' ? c.type : '';
    const name = typeof c.name === 'string' ? c.name : '';
    if (SUBSCRIPTION_TYPE.test(type)) {
      const id = typeof c.id === 'string' ? /\/subscriptions\/([^/]+)\/?$/i.exec(c.id)?.[1] : undefined;
      const sub = id && GUID.test(id) ? id : name;
      if (GUID.test(sub)) out.placements.push({ subscriptionId: sub.toLowerCase(), group: parent.name, displayName: typeof c.displayName === 'string' ? c.displayName : undefined });
      return;
    }
    if (!MANAGEMENT_GROUP_TYPE.test(type) || !MANAGEMENT_GROUP_ID.test(name)) {
      r.fail(r.m.azBadChild({ index: k }), [...path, k]);
    }
    const group: AzManagementGroup = {
      name, parent: parent.name,
      ...(typeof c.displayName === 'string' && c.displayName ? { displayName: c.displayName } : {}),
      ...(parent.tenantId ? { tenantId: parent.tenantId } : {}),
    };
    out.groups.push(group);
    if (Array.isArray(c.children)) readChildren(r, c.children, group, [...path, k, 'children'], out);
  });
}
