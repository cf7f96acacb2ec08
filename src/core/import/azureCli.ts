/**
 * Reads the JSON that the Azure CLI prints for `az account list --all -o json` (subscriptions),
 * `az account tenant list -o json` (directories), `az ad user list -o json` (users and guests),
 * `az role assignment list`, `az ad group list`, `az ad sp list --all` and the management-group
 * commands (see azureDirectoryObjects.ts).
 * The kind of a file is recognised from its shape, never from its name; anything else is refused
 * with a JSON path and a 0-based UTF-16 offset into the text.
 */
import { AZURE_ACCOUNT_NAME, GUID, isAccountAddress } from '../formats';
import { externalHomeAddress, hasExtMarker } from '../identity';
import { jsonSyntaxErrorOffset, locateJsonPath } from './jsonScan';
import {
  looksLikeGroup, looksLikeManagementGroupEntity, looksLikeMemberList, looksLikeServicePrincipal,
  readGroup, readManagementGroups, readMember, readServicePrincipal,
} from './azureDirectoryObjects';
import type { AzGroup, AzManagementGroups, AzMember, AzServicePrincipal, ValueReader } from './azureDirectoryObjects';
import type { SubscriptionState } from '../model';
import { messagesFor } from '../i18n';
import type { Locale, Messages } from '../i18n';
import type { Refusal } from '../refusal';

/** One entry of `az account list`: an Azure subscription the signed-in account can see. */
export interface AzSubscription {
  id: string;
  name: string;
  tenantId: string;
  /** The Azure state as printed: Enabled, Warned, PastDue, Disabled, Expired, Deleted. */
  azState: string;
  /** The workspace format's state for `azState`. */
  state: SubscriptionState;
  /** `user.name`: the account that listed the subscription (not necessarily its owner). */
  signedInAs?: string;
  /** `user.type`: `user` or `servicePrincipal`. */
  signedInType?: string;
  isDefault?: boolean;
  /**
   * Newer CLI versions print the name and default domain of `tenantId` — the directory signed in
   * to, which for a subscription delegated through Azure Lighthouse is not its home directory.
   */
  tenantDisplayName?: string;
  tenantDefaultDomain?: string;
  /** `homeTenantId`: the directory the subscription trusts (absent in old CLI versions). */
  homeTenantId?: string;
  /** `managedByTenants[].tenantId`: directories that manage it through Azure Lighthouse, lower case. */
  managedByTenants: string[];
}

/**
 * The directory a subscription trusts: `homeTenantId`, or `tenantId` when an old CLI version does
 * not print it. `tenantId` is the directory the account signed in to.
 */
export function homeTenantOf(sub: AzSubscription): string {
  return sub.homeTenantId ?? sub.tenantId;
}

/**
 * What `az login --allow-no-subscriptions` adds for a directory without subscriptions: an entry
 * named `N/A(tenant level account)` whose id is the tenant id. It proves the directory exists.
 */
export interface AzTenantPlaceholder {
  tenantId: string;
  tenantDisplayName?: string;
  tenantDefaultDomain?: string;
}

/** The name the Azure CLI gives tenant-level accounts (its profile module's constant). */
export const TENANT_LEVEL_ACCOUNT_NAME = 'N/A(tenant level account)';

/** Who gets a role in `az role assignment list`: `principalType` as printed. */
export type AzPrincipalType = 'User' | 'Group' | 'ServicePrincipal' | 'ForeignGroup' | 'Device' | 'Unknown' | string;

/** One entry of `az role assignment list --all --include-inherited`. */
export interface AzRoleAssignment {
  /** The assignment's resource id, unique per assignment (lower case). */
  id: string;
  principalType: AzPrincipalType;
  /** UPN for users (the `#EXT#` form for guests), the application id for service principals; empty for deleted principals. */
  principalName?: string;
  principalId?: string;
  roleDefinitionName?: string;
  /** The role's GUID, the last segment of `roleDefinitionId` (lower case). */
  roleDefinitionGuid?: string;
  /**
   * The subscription `roleDefinitionId` names (lower case): the one the list was made for. It says
   * which directory an inherited (management-group) assignment belongs to.
   */
  listedUnder?: string;
  scope: string;
}

/** One entry of `az account tenant list`. */
export interface AzTenant {
  tenantId: string;
  displayName?: string;
  defaultDomain?: string;
  /** Lower-cased, as the format writes them; `*.mail.onmicrosoft.com` routing domains left out. */
  domains: string[];
}

/** One entry of `az ad user list`. */
export interface AzUser {
  /** As printed, e.g. `carol_fabrikam.com#EXT#@contoso.onmicrosoft.com` for a guest. */
  userPrincipalName: string;
  /** The account's own address: the UPN, or for a `#EXT#` guest the home account it stands for. */
  upn: string;
  guest: boolean;
  displayName?: string;
  /** Absent when the CLI did not print it (Microsoft Graph's default selection leaves it out). */
  accountEnabled?: boolean;
  objectId?: string;
  mail?: string;
}

export type AzDocument =
  | { kind: 'subscriptions'; subscriptions: AzSubscription[]; placeholders: AzTenantPlaceholder[] }
  | { kind: 'roleAssignments'; assignments: AzRoleAssignment[] }
  | { kind: 'tenants'; tenants: AzTenant[] }
  | { kind: 'users'; users: AzUser[]; nextLink?: string }
  | { kind: 'groups'; groups: AzGroup[]; nextLink?: string }
  | { kind: 'servicePrincipals'; servicePrincipals: AzServicePrincipal[]; nextLink?: string }
  | ({ kind: 'managementGroups' } & AzManagementGroups)
  /** `az ad group member list`: it does not say which group; the import is told (`--group`). */
  | { kind: 'members'; members: AzMember[]; nextLink?: string }
  /** `[]`: a valid output with nothing in it, whatever command printed it. */
  | { kind: 'empty' };

/** The document, or why it is refused, with the place at fault (`at`: its offset and JSON path). */
export type AzParseResult = AzDocument | Required<Refusal>;


/** Azure subscription states (`az account list`'s `state`) in the format's words. */
export const AZURE_STATES: Readonly<Record<string, SubscriptionState>> = {
  enabled: 'active',
  // Warned and PastDue subscriptions still run: payment is late, nothing is switched off yet.
  warned: 'active',
  pastdue: 'active',
  disabled: 'disabled',
  expired: 'expired',
  deleted: 'deleted',
};

/**
 * The text of an Azure CLI output file's bytes: UTF-8, or UTF-16 with a byte-order mark — what
 * Windows PowerShell 5 writes for `az … > file.json`. A UTF-8 byte-order mark is kept (the parser
 * skips it, and offsets then match the file as an editor shows it).
 */
export function decodeAzureCliBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

/** Parses one Azure CLI output. A leading byte-order mark is ignored; `locale` words the errors. */
export function parseAzureCliJson(input: string, locale: Locale = 'en'): AzParseResult {
  const m = messagesFor(locale);
  const text = input.replace(/^\uFEFF/, '');
  const shift = input.length - text.length;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const offset = syntaxErrorOffset(text);
    const message = m.azNotJson({ error: (error as Error).message.split('\n')[0] });
    return fail(looksTabular(text) ? `${message} ${m.azRerunWithJson()}` : message, '$', offset + shift);
  }
  const locate = locator(text, shift);
  let base: Array<string | number> = [];
  let nextLink: string | undefined;
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const o = value as Record<string, unknown>;
    if (looksLikeSubscription(o) || looksLikeManagementGroupEntity(o)) {
      // `az account show` and `az account management-group show` print one object: a list of one.
      value = [value];
    } else if (Array.isArray(o.value) && ('@odata.context' in o || '@odata.nextLink' in o)) {
      // A Microsoft Graph page (`az rest … /users?$select=…`): its items are in `value`.
      value = o.value;
      base = ['value'];
      if (typeof o['@odata.nextLink'] === 'string') nextLink = o['@odata.nextLink'];
    } else return fail(m.azObject(), '$', locate([]));
  }
  if (!Array.isArray(value)) return fail(m.azNotList({ found: describe(value, m) }), '$', locate([]));
  if (value.length === 0) return { kind: 'empty' };
  const first = value[0] as unknown;
  if (first === null || typeof first !== 'object' || Array.isArray(first)) {
    return fail(m.azNotObjects({ found: describe(first, m) }), jsonPath([...base, 0]), locate([...base, 0]));
  }
  const reader = new Reader((path) => locate([...base, ...path]), m, base);
  const kind = isMemberList(value, kindOf(first as Record<string, unknown>)) ? 'members' : kindOf(first as Record<string, unknown>);
  if (!kind) {
    return fail(m.azUnknownList({ keys: Object.keys(first).slice(0, 6).join(', ') }), jsonPath([...base, 0]), locate([...base, 0]));
  }
  try {
    if (kind === 'subscriptions') {
      const subscriptions: AzSubscription[] = [];
      const placeholders: AzTenantPlaceholder[] = [];
      value.forEach((item, i) => {
        const read = reader.subscription(item, i);
        if ('placeholder' in read) placeholders.push(read.placeholder);
        else subscriptions.push(read);
      });
      return { kind, subscriptions, placeholders };
    }
    if (kind === 'tenants') return { kind, tenants: value.map((item, i) => reader.tenant(item, i)) };
    if (kind === 'roleAssignments') return { kind, assignments: value.map((item, i) => reader.roleAssignment(item, i)) };
    const link = nextLink ? { nextLink } : {};
    if (kind === 'groups') return { kind, groups: value.map((item, i) => readGroup(reader, item, i)), ...link };
    if (kind === 'servicePrincipals') return { kind, servicePrincipals: value.map((item, i) => readServicePrincipal(reader, item, i)), ...link };
    if (kind === 'managementGroups') return { kind, ...readManagementGroups(reader, value) };
    if (kind === 'members') return { kind, members: value.map((item, i) => readMember(reader, item, i)), ...link };
    return { kind, users: value.map((item, i) => reader.user(item, i)), ...(nextLink ? { nextLink } : {}) };
  } catch (error) {
    if (error instanceof ShapeError) return error.refusal;
    throw error;
  }
}

/** What a human calls each kind of file, for summaries and errors. */
export const KIND_LABELS: Record<AzDocument['kind'], string> = {
  subscriptions: 'az account list',
  tenants: 'az account tenant list',
  users: 'az ad user list',
  roleAssignments: 'az role assignment list',
  groups: 'az ad group list',
  servicePrincipals: 'az ad sp list',
  managementGroups: 'az account management-group',
  members: 'az ad group member list',
  empty: 'empty list',
};

/**
 * `az ad group member list`: directory objects tagged with `@odata.type` of mixed kinds (users,
 * groups, service principals), or of a kind no other list has. (`az ad user list` tags its users
 * too: a member list of users only reads as a user list, which `--group` turns into members.)
 */
function isMemberList(items: unknown[], kind: AzDocument['kind'] | undefined): boolean {
  const tagged = (item: unknown) => (item !== null && typeof item === 'object' && looksLikeMemberList(item as Record<string, unknown>) ? String((item as Record<string, unknown>)['@odata.type']).toLowerCase() : undefined);
  const first = tagged(items[0]);
  if (!first) return false;
  return !kind || items.some((item) => tagged(item) !== first);
}

/** `-o table`, `-o tsv`, `-o yaml`: text that does not even start like JSON. */
function looksTabular(text: string): boolean {
  const start = text.trimStart();
  return start !== '' && !start.startsWith('[') && !start.startsWith('{');
}

function kindOf(item: Record<string, unknown>): Exclude<AzDocument['kind'], 'empty'> | undefined {
  if (looksLikeSubscription(item)) return 'subscriptions';
  if ('userPrincipalName' in item) return 'users';
  // Before tenants: management groups and service principals print a `tenantId` / `displayName` too.
  if (looksLikeManagementGroupEntity(item)) return 'managementGroups';
  if (looksLikeServicePrincipal(item)) return 'servicePrincipals';
  if (looksLikeGroup(item)) return 'groups';
  if ('principalType' in item && 'scope' in item && ('roleDefinitionId' in item || 'roleDefinitionName' in item)) return 'roleAssignments';
  if ('tenantId' in item && ('defaultDomain' in item || 'domains' in item || 'tenantCategory' in item || 'displayName' in item)) return 'tenants';
  return undefined;
}

function looksLikeSubscription(item: Record<string, unknown>): boolean {
  return 'tenantId' in item && 'id' in item && 'state' in item && ('user' in item || 'isDefault' in item || 'cloudName' in item);
}

class ShapeError extends Error {
  constructor(readonly refusal: Required<Refusal>) {
    super(refusal.refused);
  }
}

type Locate = (path: Array<string | number>) => number;

class Reader implements ValueReader {
  constructor(private readonly locate: Locate, readonly m: Messages, private readonly base: Array<string | number>) {}

  subscription(item: unknown, i: number): AzSubscription | { placeholder: AzTenantPlaceholder } {
    const o = this.object(item, i, 'subscription');
    const tenantId = this.guid(o, i, 'tenantId', true);
    const name = this.text(o, i, 'name', true)!;
    const tenantDisplayName = this.text(o, i, 'tenantDisplayName', false);
    const tenantDefaultDomain = this.text(o, i, 'tenantDefaultDomain', false)?.toLowerCase();
    if (name === TENANT_LEVEL_ACCOUNT_NAME) return { placeholder: { tenantId, tenantDisplayName, tenantDefaultDomain } };
    const id = this.guid(o, i, 'id', false);
    const azState = this.text(o, i, 'state', true)!;
    const state = Object.hasOwn(AZURE_STATES, azState.toLowerCase()) ? AZURE_STATES[azState.toLowerCase()] : undefined; // `constructor` is no state
    if (!state) this.error(this.m.azUnknownState({ azState }), [i, 'state']);
    const user = o.user;
    let signedInAs: string | undefined;
    let signedInType: string | undefined;
    if (user !== undefined && user !== null) {
      if (typeof user !== 'object' || Array.isArray(user)) this.error(this.m.azUserNotObject({ found: describe(user, this.m) }), [i, 'user']);
      const u = user as Record<string, unknown>;
      if (typeof u.name === 'string') signedInAs = u.name;
      if (typeof u.type === 'string') signedInType = u.type;
    }
    const homeTenantId = o.homeTenantId === undefined || o.homeTenantId === null ? undefined : this.guid(o, i, 'homeTenantId', true);
    return {
      id, name, tenantId, azState, state, signedInAs, signedInType,
      isDefault: typeof o.isDefault === 'boolean' ? o.isDefault : undefined,
      tenantDisplayName, tenantDefaultDomain, homeTenantId,
      managedByTenants: this.managedByTenants(o, i),
    };
  }

  /** `managedByTenants: [{ "tenantId": … }]`; `null` (a known service issue) reads as none. */
  private managedByTenants(o: Record<string, unknown>, i: number): string[] {
    const list = o.managedByTenants;
    if (list === undefined || list === null) return [];
    if (!Array.isArray(list)) this.error(this.m.azManagedByNotList({ found: describe(list, this.m) }), [i, 'managedByTenants']);
    const ids: string[] = [];
    (list as unknown[]).forEach((entry, k) => {
      if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) this.error(this.m.azManagedByNotList({ found: describe(entry, this.m) }), [i, 'managedByTenants', k]);
      const id = (entry as Record<string, unknown>).tenantId;
      if (typeof id !== 'string' || !GUID.test(id)) this.error(this.m.azNotGuid({ value: String(id), tenant: true }), [i, 'managedByTenants', k, 'tenantId']);
      if (!ids.includes((id as string).toLowerCase())) ids.push((id as string).toLowerCase());
    });
    return ids;
  }

  roleAssignment(item: unknown, i: number): AzRoleAssignment {
    const o = this.object(item, i, 'roleAssignment');
    const scope = this.text(o, i, 'scope', true)!;
    if (!scope.startsWith('/')) this.error(this.m.azNotScope({ scope }), [i, 'scope']);
    const principalType = this.text(o, i, 'principalType', false) ?? 'Unknown';
    const roleDefinitionId = this.text(o, i, 'roleDefinitionId', false);
    const roleDefinitionName = this.text(o, i, 'roleDefinitionName', false);
    if (!roleDefinitionId && !roleDefinitionName) this.error(this.m.azMissingKey({ index: i, key: 'roleDefinitionName' }), [i]);
    const roleGuid = roleDefinitionId?.slice(roleDefinitionId.lastIndexOf('/') + 1);
    if (roleGuid !== undefined && !GUID.test(roleGuid)) this.error(this.m.azNotRoleId({ value: roleDefinitionId! }), [i, 'roleDefinitionId']);
    const id = this.text(o, i, 'id', false) ?? `${scope}/providers/Microsoft.Authorization/roleAssignments/${this.text(o, i, 'name', false) ?? i}`;
    const listedUnder = /^\/subscriptions\/([^/]+)\//i.exec(roleDefinitionId ?? '')?.[1];
    return {
      id: id.toLowerCase(), principalType, scope,
      ...(listedUnder && GUID.test(listedUnder) ? { listedUnder: listedUnder.toLowerCase() } : {}),
      principalName: this.text(o, i, 'principalName', false),
      principalId: this.text(o, i, 'principalId', false)?.toLowerCase(),
      roleDefinitionName, roleDefinitionGuid: roleGuid?.toLowerCase(),
    };
  }

  tenant(item: unknown, i: number): AzTenant {
    const o = this.object(item, i, 'tenant');
    const tenantId = this.guid(o, i, 'tenantId', true);
    const domains: string[] = [];
    if (o.domains !== undefined && o.domains !== null) {
      if (!Array.isArray(o.domains)) this.error(this.m.azDomainsNotList({ found: describe(o.domains, this.m) }), [i, 'domains']);
      (o.domains as unknown[]).forEach((d, k) => {
        if (typeof d !== 'string' || !d.trim()) this.error(this.m.azDomainNotText({ found: describe(d, this.m) }), [i, 'domains', k]);
        const domain = (d as string).trim().toLowerCase();
        if (!/\.mail\.onmicrosoft\.com$/.test(domain) && !domains.includes(domain)) domains.push(domain);
      });
    }
    const defaultDomain = this.text(o, i, 'defaultDomain', false)?.toLowerCase();
    if (defaultDomain && !domains.includes(defaultDomain)) domains.push(defaultDomain);
    return { tenantId, displayName: this.text(o, i, 'displayName', false), defaultDomain, domains };
  }

  user(item: unknown, i: number): AzUser {
    const o = this.object(item, i, 'user');
    const userPrincipalName = this.text(o, i, 'userPrincipalName', true)!;
    if (!AZURE_ACCOUNT_NAME.test(userPrincipalName)) this.error(this.m.azNotUpn({ upn: userPrincipalName }), [i, 'userPrincipalName']);
    const mail = this.text(o, i, 'mail', false);
    const external = externalAccount(userPrincipalName, mail);
    const userType = this.text(o, i, 'userType', false);
    let accountEnabled: boolean | undefined;
    if (o.accountEnabled !== undefined && o.accountEnabled !== null) {
      if (typeof o.accountEnabled !== 'boolean') this.error(this.m.azEnabledNotBoolean({ found: describe(o.accountEnabled, this.m) }), [i, 'accountEnabled']);
      accountEnabled = o.accountEnabled as boolean;
    }
    const objectId = this.text(o, i, 'id', false) ?? this.text(o, i, 'objectId', false);
    return {
      userPrincipalName,
      upn: external ?? userPrincipalName,
      guest: external !== undefined || userType?.toLowerCase() === 'guest',
      displayName: this.text(o, i, 'displayName', false),
      accountEnabled, objectId, mail,
    };
  }

  object(item: unknown, i: number, kind: 'subscription' | 'tenant' | 'user' | 'roleAssignment' | 'other' = 'other'): Record<string, unknown> {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) this.error(this.m.azItemNotObject({ index: i, kind, found: describe(item, this.m) }), [i]);
    return item as Record<string, unknown>;
  }

  boolean(o: Record<string, unknown>, i: number, key: string): boolean | undefined {
    const v = o[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'boolean') this.error(this.m.azNotBoolean({ key, found: describe(v, this.m) }), [i, key]);
    return v as boolean;
  }

  /** A list of texts; absent or `null` reads as none. */
  texts(o: Record<string, unknown>, i: number, key: string): string[] {
    const v = o[key];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) this.error(this.m.azNotTextList({ key, found: describe(v, this.m) }), [i, key]);
    return (v as unknown[]).map((t, k) => {
      if (typeof t !== 'string') this.error(this.m.azNotTextList({ key, found: describe(t, this.m) }), [i, key, k]);
      return t as string;
    });
  }

  /** An object id (a GUID), lower case. */
  guidOf(o: Record<string, unknown>, i: number, key: string): string {
    const v = this.text(o, i, key, true)!;
    if (!GUID.test(v)) this.error(this.m.azNotObjectId({ value: v }), [i, key]);
    return v.toLowerCase();
  }

  fail(message: string, path: Array<string | number>): never {
    return this.error(message, path);
  }

  text(o: Record<string, unknown>, i: number, key: string, required: boolean): string | undefined {
    const v = o[key];
    if (v === undefined || v === null || v === '') {
      if (required) this.error(this.m.azMissingKey({ index: i, key }), [i]);
      return undefined;
    }
    if (typeof v !== 'string') this.error(this.m.azNotText({ key, found: describe(v, this.m) }), [i, key]);
    return v as string;
  }

  /** `tenant`: the value is a tenant id (else a subscription id). */
  private guid(o: Record<string, unknown>, i: number, key: string, tenant: boolean): string {
    const v = this.text(o, i, key, true)!;
    if (!GUID.test(v)) this.error(this.m.azNotGuid({ value: v, tenant }), [i, key]);
    return v.toLowerCase();
  }

  private error(message: string, path: Array<string | number>): never {
    throw new ShapeError(fail(message, jsonPath([...this.base, ...path]), this.locate(path)));
  }
}

/**
 * The home account a B2B guest's `#EXT#` UPN stands for (`carol_fabrikam.com#EXT#@contoso.onmicrosoft.com`
 * → `carol@fabrikam.com`), decoded by the one account identity of the core. When that does not give
 * an address, the `mail` attribute is used; undefined for a UPN without `#EXT#`.
 */
export function externalAccount(upn: string, mail?: string): string | undefined {
  if (!hasExtMarker(upn)) return undefined;
  return externalHomeAddress(upn) ?? (mail && isAccountAddress(mail) ? mail : upn);
}

function fail(message: string, path: string, offset: number): Required<Refusal> {
  return { refused: message, at: { offset, path } };
}

function describe(value: unknown, m: Messages): string {
  if (value === null) return m.azValue({ type: 'null', text: 'null' });
  if (Array.isArray(value)) return m.azValue({ type: 'list', text: '' });
  if (typeof value === 'object') return m.azValue({ type: 'object', text: '' });
  if (typeof value === 'string') return m.azValue({ type: 'string', text: JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value) });
  return m.azValue({ type: typeof value, text: String(value) });
}

function jsonPath(path: Array<string | number>): string {
  return `$${path.map((p) => (typeof p === 'number' ? `[${p}]` : /^[A-Za-z_$][\w$]*$/.test(p) ? `.${p}` : `[${JSON.stringify(p)}]`)).join('')}`;
}

/** Offsets of JSON values by path, found by scanning the text (never by parsing it a second time). */
function locator(text: string, shift: number): Locate {
  return (path) => locateJsonPath(text, path) + shift;
}

/**
 * Where `JSON.parse` stopped. Its message says so only in some Node versions (Node 20 often prints a
 * snippet instead), so the text is scanned for the first error whatever the message says.
 */
function syntaxErrorOffset(text: string): number {
  const offset = jsonSyntaxErrorOffset(text);
  return offset === -1 ? 0 : offset;
}
