/**
 * The schema check: runs the validators compiled from `tenancy.schema.json` at build time and turns
 * Ajv's errors into `SCHEMA` problems placed on the token that is wrong — the unknown key, the value
 * that does not match, the first key of a map that lacks a required key.
 *
 * Every problem's `data` holds `pointer` (the JSON Pointer Ajv reported, relative to the value that
 * was checked: the whole document for `checkTopLevel`, the directory item for `checkDirectory`),
 * `keyword` (the Ajv keyword) and `kind` (which entity the problem is in), plus typed fields for
 * quick fixes:
 * - `additionalProperties`: `unknownKey`, `suggestion` (a key to rename it to), `allowed` (every key);
 * - `required`: `missing` (the key to add);
 * - `false schema`: `key` (the key to remove), `subscriptionType`;
 * - `enum` / `const`: `value`, `allowed`, `suggestion` (a value to replace it with);
 * - `type`: `expected`, `actual`, `suggestion` (YAML text that would fit, e.g. `[Reader]` or `"2024"`);
 * - `pattern`: `format` (`guid`, `upn`, `email`, `domain`, `offer`, `scope`), `value`, `suggestion`;
 * - `uniqueItems`: `duplicate` (the repeated value), `index` (position of the repetition).
 * A `suggestion` is only present when there is one plausible replacement.
 *
 * Cost: when the value is valid, one call of the compiled validator and nothing else; otherwise the
 * work is proportional to the number of errors (each is located by walking its pointer from the
 * checked node, a few map look-ups).
 */
import type { SchemaKind } from './schemaKinds';
import { isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Node, Pair } from 'yaml';
import type { ErrorObject } from 'ajv';
import { messagesFor } from '../i18n';
import type { Messages } from '../i18n';
import type { FixData, Problem } from '../problems';
import { ADDRESS_ALIAS, DOMAIN_ANY_CASE, GUID, UPN_ALIAS } from '../formats';
import { didYouMean } from '../text/didYouMean';
import schema from './tenancy.schema.json';
import {
  validateDirectory, validateGroup, validateGuest, validateManagementGroup, validateServicePrincipal, validateSubscription, validateUser, validateWorkspace,
} from './validate.generated';
import type { GeneratedValidateFunction } from './validate.generated';

/** Maps a 0-based offset inside the parsed text to an offset in the whole file. */
export type OffsetMap = (offset: number) => number;

/**
 * Checks the top level (version, directories' type, unknown top-level keys). `value` is the JS of the
 * whole document, in which the caller may have replaced the `directories` array by [] (directory items
 * are checked one by one with checkDirectory).
 */
export function checkTopLevel(value: unknown, root: Node | null | undefined, toFile: OffsetMap, m: Messages = messagesFor('en')): Problem[] {
  if (validateWorkspace(value)) return [];
  return toProblems(validateWorkspace.errors ?? [], value, root ?? null, 'top', toFile, m);
}

/**
 * Checks one item of `directories`: `value` is its JS value, `node` its yaml AST node (a YAMLMap
 * normally, but anything is possible).
 */
export function checkDirectory(value: unknown, node: Node, toFile: OffsetMap, m: Messages = messagesFor('en')): Problem[] {
  if (validateDirectory(value)) return [];
  return toProblems(validateDirectory.errors ?? [], value, node, 'directory', toFile, m);
}

/** The entries a directory's list holds that can be checked on their own (`checkEntry`), by list. */
export const ENTRY_KINDS = {
  users: 'user', guests: 'guest', groups: 'group', servicePrincipals: 'servicePrincipal', subscriptions: 'subscription', managementGroups: 'managementGroup',
} as const;
export type EntryList = keyof typeof ENTRY_KINDS;

const ENTRY_VALIDATORS: Record<EntryList, GeneratedValidateFunction> = {
  users: validateUser, guests: validateGuest, groups: validateGroup, servicePrincipals: validateServicePrincipal,
  subscriptions: validateSubscription, managementGroups: validateManagementGroup,
};

/**
 * Checks one entry of a directory's list on its own, as `checkDirectory` checks it inside its
 * directory: the same problems, their pointers relative to the directory item (`/users/4/upn`).
 * @param position the entry's position in its list
 */
export function checkEntry(list: EntryList, position: number, value: unknown, node: Node, toFile: OffsetMap, m: Messages = messagesFor('en')): Problem[] {
  const validate = ENTRY_VALIDATORS[list];
  if (validate(value)) return [];
  const prefix = `/${list}/${position}`;
  return toProblems(validate.errors ?? [], value, node, ENTRY_KINDS[list], toFile, m)
    .map((problem) => ({ ...problem, data: { ...problem.data, pointer: prefix + String(problem.data?.pointer ?? '') } }));
}

// ── JSON Pointer and node lookup ──────────────────────────────────────────────────────────────────

/** The segments of a JSON Pointer (RFC 6901): `~1` is `/` and `~0` is `~`, in every segment. */
export function decodePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(pointer.startsWith('/') ? 1 : 0)
    .split('/')
    .map((segment) => (segment.includes('~') ? segment.replace(/~1/g, '/').replace(/~0/g, '~') : segment));
}

/** Where a pointer leads in the yaml AST. */
export interface NodeLocation {
  /** The node the pointer names, or the nearest ancestor that could be resolved. */
  node: Node | null;
  /** The key of the map pair whose value is `node`, when `node` was reached through a map. */
  key: Node | null;
  /** Whether every segment was resolved (false: `node` is an ancestor). */
  complete: boolean;
}

/**
 * Follows `segments` from `root` through maps (by key) and sequences (by index). Stops at the first
 * segment that cannot be followed — a missing key, a scalar, or an alias (aliases are not expanded:
 * a problem inside aliased content is reported on the alias that brought it in).
 */
export function locate(root: Node | null, segments: readonly string[]): NodeLocation {
  let node: Node | null = root;
  let key: Node | null = null;
  for (const segment of segments) {
    if (isMap(node)) {
      const pair = findPair(node.items, segment);
      if (!pair) return { node, key, complete: false };
      key = pair.key as Node;
      node = (pair.value as Node | null) ?? null;
      if (node === null) return { node: key, key, complete: false };
    } else if (isSeq(node)) {
      const item = /^\d+$/.test(segment) ? (node.items[Number(segment)] as Node | null | undefined) : undefined;
      if (item === undefined || item === null) return { node, key, complete: false };
      key = null;
      node = item;
    } else {
      return { node, key, complete: false };
    }
  }
  return { node, key, complete: true };
}

/** The pair with this key; the last one when a key is repeated, as the converted JS value keeps the last. */
function findPair(items: readonly unknown[], name: string): Pair | undefined {
  for (let i = items.length - 1; i >= 0; i--) {
    const pair = items[i];
    if (isPair(pair) && isScalar(pair.key) && String(pair.key.value) === name) return pair as Pair;
  }
  return undefined;
}

// ── Entities ──────────────────────────────────────────────────────────────────────────────────────

type Kind = SchemaKind;

interface KindInfo {
  /** Keys allowed in it, in schema order. */
  keys: string[];
  /** List-valued keys whose items are entities of another kind. */
  children: Partial<Record<string, Kind>>;
}

const definitions = schema.definitions;
const KINDS: Record<Kind, KindInfo> = {
  top: {
    keys: Object.keys(schema.properties),
    children: { directories: 'directory' },
  },
  directory: {
    keys: Object.keys(definitions.directory.properties),
    children: { users: 'user', guests: 'guest', subscriptions: 'subscription', groups: 'group', servicePrincipals: 'servicePrincipal', managementGroups: 'managementGroup' },
  },
  group: {
    keys: Object.keys(definitions.group.properties),
    children: {},
  },
  servicePrincipal: {
    keys: Object.keys(definitions.servicePrincipal.properties),
    children: {},
  },
  managementGroup: {
    keys: Object.keys(definitions.managementGroup.properties),
    children: { roleAssignments: 'managementGroupRoleAssignment' },
  },
  managementGroupRoleAssignment: {
    keys: Object.keys(definitions.managementGroupRoleAssignment.properties),
    children: {},
  },
  user: {
    keys: Object.keys(definitions.user.properties),
    children: {},
  },
  guest: {
    keys: Object.keys(definitions.guest.properties),
    children: {},
  },
  subscription: {
    keys: Object.keys(definitions.subscription.properties),
    children: { roleAssignments: 'roleAssignment', pendingRoleAssignments: 'pendingRoleAssignment' },
  },
  roleAssignment: {
    keys: Object.keys(definitions.roleAssignment.properties),
    children: {},
  },
  pendingRoleAssignment: {
    keys: Object.keys(definitions.pendingRoleAssignment.properties),
    children: {},
  },
};

/** Where in the entity tree a pointer lands: the innermost entity, and the key and item below it. */
interface Context {
  kind: Kind;
  /** The key of the entity the pointer goes into, if any. */
  field?: string;
  /** Segments below that key (e.g. the index of a `roles` item). */
  rest: string[];
}

function contextOf(segments: readonly string[], base: Kind): Context {
  let kind = base;
  let i = 0;
  for (;;) {
    const child = i + 1 < segments.length && /^\d+$/.test(segments[i + 1]) ? KINDS[kind].children[segments[i]] : undefined;
    if (!child) break;
    kind = child;
    i += 2;
  }
  return i < segments.length ? { kind, field: segments[i], rest: segments.slice(i + 1) } : { kind, rest: [] };
}

type Format = 'guid' | 'upn' | 'email' | 'domain' | 'offer' | 'scope' | 'managementGroupId' | 'resourceId';

/** Which format a `pattern` keyword stands for, by entity and key. */
const FORMATS: Record<string, Format> = {
  'directory.id': 'guid',
  'directory.domains': 'domain',
  'user.upn': 'upn',
  'guest.upn': 'email',
  'subscription.id': 'guid',
  'subscription.offer': 'offer',
  'subscription.owner': 'upn',
  'subscription.createdBy': 'upn',
  'subscription.transferredFrom': 'guid',
  'roleAssignment.scope': 'scope',
  'pendingRoleAssignment.scope': 'scope',
  'pendingRoleAssignment.fromDirectory': 'guid',
  'group.id': 'guid',
  'servicePrincipal.id': 'guid',
  'servicePrincipal.appId': 'guid',
  'servicePrincipal.resource': 'resourceId',
  'managementGroup.id': 'managementGroupId',
  'managementGroup.parent': 'managementGroupId',
  'managementGroup.subscriptions': 'guid',
};

// ── Errors → problems ─────────────────────────────────────────────────────────────────────────────

interface Draft {
  message: string;
  /** The node the problem goes on. */
  target: Node | null;
  data: FixData;
}

function toProblems(errors: readonly ErrorObject[], value: unknown, root: Node | null, base: Kind, toFile: OffsetMap, m: Messages): Problem[] {
  const problems: Problem[] = [];
  for (const error of relevant(errors)) {
    const segments = decodePointer(error.instancePath);
    if (error.keyword === 'additionalProperties' && collectionKey(root, segments, String((error.params as Record<string, unknown>).additionalProperty))) {
      continue; // a list or map used as a key: the YAML problem on it says what is wrong, once
    }
    const draft = describe(error, segments, value, root, base, m);
    const range = draft.target?.range;
    const start = range ? range[0] : 0;
    const end = range ? range[1] : start;
    problems.push({
      code: 'SCHEMA',
      severity: 'error',
      message: draft.message,
      start: toFile(start),
      end: toFile(end),
      data: { pointer: error.instancePath, keyword: error.keyword, kind: contextOf(segments, base).kind, ...draft.data },
    });
  }
  return problems.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Drops the errors that repeat another one: the `if` error that accompanies each failing `then`; any
 * error on or below a key that should not be there at all (`false schema`); a `type` error next to an
 * `enum` / `const` error on the same value (the latter lists what is allowed).
 */
function relevant(errors: readonly ErrorObject[]): ErrorObject[] {
  let forbidden: Set<string> | undefined;
  let listed: Set<string> | undefined;
  for (const error of errors) {
    if (error.keyword === 'false schema') (forbidden ??= new Set()).add(error.instancePath);
    else if (error.keyword === 'enum' || error.keyword === 'const') (listed ??= new Set()).add(error.instancePath);
  }
  return errors.filter((error) => {
    if (error.keyword === 'if') return false;
    if (forbidden && error.keyword !== 'false schema' && underAny(error.instancePath, forbidden)) return false;
    if (listed && error.keyword === 'type' && listed.has(error.instancePath)) return false;
    return true;
  });
}

function underAny(path: string, prefixes: ReadonlySet<string>): boolean {
  for (let end = path.length; end > 0; end = path.lastIndexOf('/', end - 1)) {
    if (prefixes.has(path.slice(0, end))) return true;
  }
  return false;
}

function describe(error: ErrorObject, segments: string[], value: unknown, root: Node | null, base: Kind, m: Messages): Draft {
  const context = contextOf(segments, base);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return unknownKey(String(params.additionalProperty), context, locate(root, segments), m);
    case 'required':
      return missingKey(String(params.missingProperty), context, locate(root, segments), m);
    case 'false schema':
      return forbiddenKey(context, segments, value, root, m);
    case 'uniqueItems': {
      const index = Math.max(Number(params.i), Number(params.j));
      const itemSegments = [...segments, String(index)];
      return duplicate(context, valueAt(value, itemSegments), index, locate(root, itemSegments), m);
    }
    default: {
      const location = locate(root, segments);
      const current = valueAt(value, segments);
      const target = valueTarget(location);
      const draft = describeValue(error, params, context, current, location, m);
      return { ...draft, target };
    }
  }
}

/** The node a problem about a value goes on: the value, or its key when the value is empty or could not be reached. */
function valueTarget(location: NodeLocation): Node | null {
  const { node, key, complete } = location;
  if (!complete) return key ?? node;
  const range = node?.range;
  if (key && (!range || range[0] === range[1])) return key;
  return node;
}

/**
 * Whether the unknown key `name` is a collection the parser took for a key (a dedented `role:` below
 * `- principal: …` makes the whole list a key): not a key anyone wrote.
 */
function collectionKey(root: Node | null, segments: readonly string[], name: string): boolean {
  const location = locate(root, segments);
  if (!location.complete || !isMap(location.node)) return false;
  const items = location.node.items;
  // Ajv names such a key by its converted text; no written (scalar) key has that name.
  return !items.some((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === name)
    && items.some((item) => isPair(item) && item.key !== null && !isScalar(item.key));
}

function unknownKey(name: string, context: Context, location: NodeLocation, m: Messages): Draft {
  const info = KINDS[context.kind];
  const map = location.complete && isMap(location.node) ? location.node : undefined;
  const pair = map ? findPair(map.items, name) : undefined;
  const target = (pair?.key as Node | undefined) ?? location.key ?? location.node;
  const sameButCase = info.keys.find((key) => key.toLowerCase() === name.toLowerCase());
  const suggestion = sameButCase ?? didYouMean(name, info.keys);
  const owner = (Object.keys(KINDS) as Kind[]).find((kind) => kind !== context.kind && KINDS[kind].keys.includes(name));
  const message = m.schemaUnknownKey({
    key: name, kind: context.kind, sameButCase, suggestion, owner, hint: owner && movingHint(name, owner), allowed: info.keys.join(', '),
  });
  return { message, target, data: { unknownKey: name, suggestion, allowed: info.keys } };
}

function movingHint(name: string, owner: Kind): 'indent' | 'guests' | undefined {
  if (owner === 'directory' && ['users', 'guests', 'subscriptions', 'domains', 'customRoles', 'groups', 'servicePrincipals', 'managementGroups'].includes(name)) return 'indent';
  if (owner === 'guest' && name === 'external') return 'guests';
  return undefined;
}

function missingKey(name: string, context: Context, location: NodeLocation, m: Messages): Draft {
  const map = location.complete && isMap(location.node) ? location.node : undefined;
  const first = map?.items.find((item) => isPair(item) && item.key)?.key as Node | undefined;
  const target = first ?? location.key ?? location.node;
  return { message: m.schemaMissingKey({ key: name, kind: context.kind }), target, data: { missing: name } };
}

function forbiddenKey(context: Context, segments: string[], value: unknown, root: Node | null, m: Messages): Draft {
  const key = context.field ?? segments[segments.length - 1] ?? '';
  const location = locate(root, segments);
  const target = location.complete || location.key ? (location.key ?? location.node) : location.node;
  const type = valueAt(value, segments.slice(0, -1)) as { type?: unknown } | undefined;
  const subscriptionType = typeof type?.type === 'string' ? type.type : undefined;
  const message =
    context.kind === 'servicePrincipal' ? m.schemaIdentityKeyOnApplication({ key })
      : key === 'offer' ? m.schemaOfferOnOffice365()
        : key === 'plan' || key === 'licenses' ? m.schemaOffice365KeyOnAzure({ key })
          : m.schemaForbiddenKey({ key, subscriptionType });
  return { message, target, data: { key, subscriptionType } };
}

function duplicate(context: Context, item: unknown, index: number, location: NodeLocation, m: Messages): Draft {
  const shown = show(item, location.complete ? location.node : null);
  return {
    message: m.schemaDuplicate({ value: shown, field: context.field }),
    target: location.complete ? location.node : (location.key ?? location.node),
    data: { duplicate: typeof item === 'string' ? item : shown, index },
  };
}

function describeValue(
  error: ErrorObject, params: Record<string, unknown>, context: Context, current: unknown, location: NodeLocation, m: Messages,
): Omit<Draft, 'target'> {
  const node = location.complete ? location.node : null;
  const shown = show(current, node);
  const fieldKey = context.field ? `${context.kind}.${context.field}` : '';
  const { kind, field } = context;
  switch (error.keyword) {
    case 'type':
      return wrongType(String(params.type), context, current, node, m);
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const suggestion = typeof current === 'string' ? suggestValue(current, allowed, context.field) : undefined;
      return { message: m.schemaNotAllowed({ value: shown, kind, field, allowed, suggestion }), data: { value: shown, allowed, suggestion } };
    }
    case 'const': {
      const allowed = String(params.allowedValue);
      if (context.kind === 'top' && context.field === 'version') {
        const message =
          typeof current === 'string' && current.trim() === '1' ? m.schemaVersionQuoted() : m.schemaVersionUnknown({ value: shown });
        return { message, data: { value: shown, allowed: [allowed], suggestion: '1' } };
      }
      return { message: m.schemaConst({ kind, field, allowed, value: shown }), data: { value: shown, allowed: [allowed], suggestion: allowed } };
    }
    case 'pattern':
      return badFormat(FORMATS[fieldKey] ?? 'text', context, typeof current === 'string' ? current : shown, error, m);
    case 'minimum': {
      const limit = Number(params.limit);
      const message =
        fieldKey === 'subscription.licenses'
          ? m.schemaLicensesMinimum({ value: shown, limit })
          : m.schemaMinimum({ kind, field, limit, value: shown });
      return { message, data: { value: shown, minimum: limit, suggestion: String(limit) } };
    }
    case 'minItems':
      return {
        message: fieldKey === 'directory.domains' ? m.schemaNoDomains() : m.schemaMinItems({ kind, field, limit: Number(params.limit) }),
        data: { minItems: Number(params.limit) },
      };
    case 'minLength':
      return { message: m.schemaEmptyText({ kind, field, item: context.rest.length > 0 }), data: {} };
    default:
      return { message: m.schemaOther({ kind, field, detail: error.message, keyword: error.keyword }), data: {} };
  }
}

function wrongType(expected: string, context: Context, current: unknown, node: Node | null, m: Messages): Omit<Draft, 'target'> {
  const actual = kindOf(current);
  const data: FixData = { expected, actual };
  const field = context.field;
  if (!field) {
    // The entity itself has the wrong shape (a text where a user map is expected, a list for a directory…).
    if (context.kind === 'top') return { message: m.schemaTopWrongType({ actual }), data };
    let upn: string | undefined;
    if ((context.kind === 'user' || context.kind === 'guest') && typeof current === 'string' && current.includes('@')) {
      data.suggestion = `upn: ${current}`;
      upn = current;
    }
    return { message: m.schemaItemWrongType({ kind: context.kind, actual, upn }), data };
  }
  const names = { field, each: context.rest.length > 0, actual };
  const raw = node && isScalar(node) ? show(current, node) : undefined;
  switch (expected) {
    case 'array': {
      const child = context.rest.length ? undefined : KINDS[context.kind].children[field];
      let message: string;
      if (current === null) {
        data.suggestion = '[]';
        message = m.schemaListEmpty({ ...names, child });
      } else if (child) {
        message = m.schemaNotListOf({ ...names, child });
      } else if (raw !== undefined) {
        data.suggestion = `[${raw}]`;
        message = m.schemaNotListScalar({ ...names, raw });
      } else {
        message = m.schemaNotList(names);
      }
      return { message, data };
    }
    case 'string': {
      if (current === null) return { message: m.schemaTextEmpty(names), data };
      // `id: {6f1c4a2e-…}` unquoted is a YAML map whose only key is the GUID: give the GUID back.
      const braced = bracedGuid(current);
      if (braced) {
        data.suggestion = braced;
        data.format = 'guid';
        return { message: m.schemaBracedGuid({ field, suggestion: braced }), data };
      }
      if (raw !== undefined) data.suggestion = JSON.stringify(raw);
      return { message: m.schemaNotText({ ...names, raw }), data };
    }
    case 'boolean': {
      const folded = typeof current === 'string' ? current.trim().toLowerCase() : '';
      const truthy = ['yes', 'y', 'on', 'true', '1'].includes(folded);
      const falsy = ['no', 'n', 'off', 'false', '0'].includes(folded);
      if (truthy || falsy) data.suggestion = truthy ? 'true' : 'false';
      return { message: m.schemaNotBoolean({ ...names, suggestion: data.suggestion as string | undefined, value: current as string }), data };
    }
    case 'integer':
    case 'number': {
      const unquoted = typeof current === 'string' && /^\s*\d+\s*$/.test(current) ? current.trim() : undefined;
      if (unquoted !== undefined) data.suggestion = unquoted;
      const shownNumber = actual === 'number' ? raw ?? String(current) : undefined;
      return { message: m.schemaNotNumber({ ...names, integer: expected === 'integer', raw: shownNumber, unquoted }), data };
    }
    default:
      return { message: m.schemaWrongType({ ...names, expected }), data };
  }
}

// ── Formats ───────────────────────────────────────────────────────────────────────────────────────

const EMAIL_ALIAS = ADDRESS_ALIAS;

function badFormat(format: Format | 'text', context: Context, value: string, error: ErrorObject, m: Messages): Omit<Draft, 'target'> {
  const data: FixData = { format, value };
  const field = context.field;
  let message: string;
  switch (format) {
    case 'guid': {
      const suggestion = guidSuggestion(value);
      data.suggestion = suggestion;
      message =
        context.kind === 'directory' ? m.schemaNotTenantId({ value, suggestion })
          : (context.kind === 'subscription' && field === 'id') || context.kind === 'managementGroup' ? m.schemaNotSubscriptionId({ value, suggestion })
            : context.kind === 'group' || context.kind === 'servicePrincipal' ? m.schemaNotObjectId({ value, field, suggestion })
              : m.schemaNotSourceTenantId({ value, field, suggestion });
      break;
    }
    case 'upn':
    case 'email': {
      const strict = format === 'upn';
      const reason = accountReason(value, strict, m);
      const suggestion = accountSuggestion(value, strict);
      data.suggestion = suggestion;
      message = strict ? m.schemaNotUpn({ value, reason, field, suggestion }) : m.schemaNotAccount({ value, reason, suggestion });
      break;
    }
    case 'domain': {
      let reason: 'labels' | 'account' | 'case' | 'oneLabel' = 'labels';
      let suggestion: string | undefined;
      const trimmed = value.trim().replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, '').replace(/\.$/, '');
      if (value.includes('@')) reason = 'account';
      else if (value !== value.toLowerCase() && DOMAIN_ANY_CASE.test(value)) reason = 'case';
      else if (!value.includes('.')) reason = 'oneLabel';
      if (value.includes('@')) suggestion = value.slice(value.lastIndexOf('@') + 1).toLowerCase();
      else if (trimmed !== value || value !== value.toLowerCase()) suggestion = trimmed.toLowerCase();
      if (suggestion !== undefined && !DOMAIN_ANY_CASE.test(suggestion)) suggestion = undefined;
      data.suggestion = suggestion;
      message = m.schemaNotDomain({ value, reason, suggestion });
      break;
    }
    case 'offer': {
      const match = /^(?:ms-?azr-?)?((?:usgov|de)-)?(\d{1,4})([pg])?$/i.exec(value.trim());
      const suggestion = match ? `MS-AZR-${(match[1] ?? '').toUpperCase()}${match[2].padStart(4, '0')}${(match[3] ?? 'P').toUpperCase()}` : undefined;
      data.suggestion = suggestion;
      message = m.schemaNotOffer({ value, suggestion });
      break;
    }
    case 'scope':
      data.suggestion = `/${value.replace(/^\s+/, '')}`;
      message = m.schemaNotScope({ value });
      break;
    case 'managementGroupId':
      message = m.schemaNotManagementGroupId({ value });
      break;
    case 'resourceId':
      message = m.schemaNotResourceId({ value });
      break;
    default:
      message = m.schemaBadForm({ value, field, detail: error.message });
  }
  return { message, data };
}

function accountReason(value: string, strict: boolean, m: Messages): string {
  const at = value.lastIndexOf('@');
  if (at === -1) return m.accountNoDomain();
  if (value.indexOf('@') !== at) return m.accountTwoAts();
  const alias = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (alias === '') return m.accountNoAlias();
  const allowed = strict ? UPN_ALIAS : EMAIL_ALIAS;
  if (!allowed.test(alias)) return m.accountBadChar({ char: [...alias].find((c) => !allowed.test(c)) ?? '' });
  if (!DOMAIN_ANY_CASE.test(domain)) return m.accountBadDomain({ domain });
  return m.accountNotAliasAtDomain();
}

/** The same account with accents removed (and spaces or `mailto:` around it), when that makes it valid. */
function accountSuggestion(value: string, strict: boolean): string | undefined {
  // Only corrections that cannot change whose account it is: accents, surrounding spaces, a mailto: prefix.
  const candidate = value.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().replace(/^mailto:/i, '');
  if (candidate === value) return undefined;
  const at = candidate.lastIndexOf('@');
  if (at <= 0 || candidate.indexOf('@') !== at) return undefined;
  const ok = (strict ? UPN_ALIAS : EMAIL_ALIAS).test(candidate.slice(0, at)) && DOMAIN_ANY_CASE.test(candidate.slice(at + 1));
  return ok ? candidate : undefined;
}

/** The GUID of a value that YAML read as `{<guid>: null}` (a GUID written in braces without quotes). */
function bracedGuid(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length !== 1 || entries[0][1] !== null) return undefined;
  const suggestion = guidSuggestion(`{${entries[0][0]}}`);
  return suggestion ?? (GUID.test(entries[0][0]) ? entries[0][0].toLowerCase() : undefined);
}

/** A GUID written with braces, without dashes or with spaces, corrected. */
function guidSuggestion(value: string): string | undefined {
  const hex = value.replace(/[{}()\s-]/g, '');
  if (!/^[0-9a-fA-F]{32}$/.test(hex)) return undefined;
  const guid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`.toLowerCase();
  return GUID.test(guid) && guid !== value ? guid : undefined;
}

const ENUM_SYNONYMS: Record<string, string> = {
  o365: 'office365',
  m365: 'office365',
  office: 'office365',
  'office 365': 'office365',
  'office-365': 'office365',
  microsoft365: 'office365',
  'microsoft 365': 'office365',
  'microsoft-365': 'office365',
  enabled: 'active',
  warned: 'active',
  'past due': 'disabled',
  pastdue: 'disabled',
  cancelled: 'expired',
  canceled: 'expired',
};

function suggestValue(value: string, allowed: string[], field: string | undefined): string | undefined {
  const folded = value.trim().toLowerCase();
  const exact = allowed.find((candidate) => candidate.toLowerCase() === folded);
  if (exact) return exact;
  const synonym = Object.hasOwn(ENUM_SYNONYMS, folded) ? ENUM_SYNONYMS[folded] : undefined; // a value `constructor` is no synonym
  if (synonym && allowed.includes(synonym) && (field === 'type' || field === 'state')) return synonym;
  return didYouMean(value, allowed);
}

// ── Small helpers ─────────────────────────────────────────────────────────────────────────────────

/** The JS value at `segments` inside `value`, or undefined. */
function valueAt(value: unknown, segments: readonly string[]): unknown {
  let current = value;
  for (const segment of segments) {
    if (Array.isArray(current)) current = current[Number(segment)];
    else if (current !== null && typeof current === 'object') current = (current as Record<string, unknown>)[segment];
    else return undefined;
  }
  return current;
}

type ValueKind = 'null' | 'string' | 'number' | 'boolean' | 'array' | 'object';

function kindOf(value: unknown): ValueKind {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  return type === 'string' || type === 'number' || type === 'boolean' ? type : 'object';
}

/** A value as the user wrote it (the scalar's source when there is one), shortened for a message. */
function show(value: unknown, node: Node | null): string {
  const source = node && isScalar(node) && typeof node.source === 'string' ? node.source : undefined;
  let text: string;
  if (source !== undefined && source !== '') text = source;
  else if (value === null || value === undefined) text = '';
  else if (typeof value === 'object') text = JSON.stringify(value) ?? '';
  else text = String(value);
  text = text.replace(/\s*\n\s*/g, ' ');
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

