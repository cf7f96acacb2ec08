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
import { isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Node, Pair } from 'yaml';
import type { ErrorObject } from 'ajv';
import type { FixData, Problem } from '../problems';
import { didYouMean } from '../text/didYouMean';
import schema from './tenancy.schema.json';
import { validateDirectory, validateWorkspace } from './validate.generated';

/** Maps a 0-based offset inside the parsed text to an offset in the whole file. */
export type OffsetMap = (offset: number) => number;

/**
 * Checks the top level (version, directories' type, unknown top-level keys). `value` is the JS of the
 * whole document, in which the caller may have replaced the `directories` array by [] (directory items
 * are checked one by one with checkDirectory).
 */
export function checkTopLevel(value: unknown, root: Node | null | undefined, toFile: OffsetMap): Problem[] {
  if (validateWorkspace(value)) return [];
  return toProblems(validateWorkspace.errors ?? [], value, root ?? null, 'top', toFile);
}

/**
 * Checks one item of `directories`: `value` is its JS value, `node` its yaml AST node (a YAMLMap
 * normally, but anything is possible).
 */
export function checkDirectory(value: unknown, node: Node, toFile: OffsetMap): Problem[] {
  if (validateDirectory(value)) return [];
  return toProblems(validateDirectory.errors ?? [], value, node, 'directory', toFile);
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

type Kind = 'top' | 'directory' | 'user' | 'guest' | 'subscription' | 'roleAssignment' | 'pendingRoleAssignment';

interface KindInfo {
  /** "a user": how messages name one of them. */
  noun: string;
  /** "users": how messages name several. */
  plural: string;
  /** Keys allowed in it, in schema order. */
  keys: string[];
  /** List-valued keys whose items are entities of another kind. */
  children: Partial<Record<string, Kind>>;
  /** What a minimal one looks like, for "this is not a map" messages. */
  shape: string;
}

const definitions = schema.definitions;
const KINDS: Record<Kind, KindInfo> = {
  top: {
    noun: 'the top level of the file',
    plural: 'top-level keys',
    keys: Object.keys(schema.properties),
    children: { directories: 'directory' },
    shape: 'a map with `version: 1` and `directories:`',
  },
  directory: {
    noun: 'a directory',
    plural: 'directories',
    keys: Object.keys(definitions.directory.properties),
    children: { users: 'user', guests: 'guest', subscriptions: 'subscription' },
    shape: 'a map of keys, at least `id:`, `name:` and `domains:`',
  },
  user: {
    noun: 'a user',
    plural: 'users',
    keys: Object.keys(definitions.user.properties),
    children: {},
    shape: 'a map of keys such as `upn:` and `displayName:`',
  },
  guest: {
    noun: 'a guest',
    plural: 'guests',
    keys: Object.keys(definitions.guest.properties),
    children: {},
    shape: 'a map of keys such as `upn:` and `external:`',
  },
  subscription: {
    noun: 'a subscription',
    plural: 'subscriptions',
    keys: Object.keys(definitions.subscription.properties),
    children: { roleAssignments: 'roleAssignment', pendingRoleAssignments: 'pendingRoleAssignment' },
    shape: 'a map of keys, at least `id:`, `name:` and `type:`',
  },
  roleAssignment: {
    noun: 'a role assignment',
    plural: 'role assignments',
    keys: Object.keys(definitions.roleAssignment.properties),
    children: {},
    shape: 'a map such as `{ principal: alice@contoso.com, role: Reader }`',
  },
  pendingRoleAssignment: {
    noun: 'a pending role assignment',
    plural: 'pending role assignments',
    keys: Object.keys(definitions.pendingRoleAssignment.properties),
    children: {},
    shape: 'a map such as `{ principal: alice@contoso.com, role: Reader }`',
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

const SUBJECT: Record<Kind, string> = {
  top: 'The file',
  directory: 'The directory',
  user: 'The user',
  guest: 'The guest',
  subscription: 'The subscription',
  roleAssignment: 'The role assignment',
  pendingRoleAssignment: 'The pending role assignment',
};

/** Why a required key matters: completes "The user is missing `upn`: …". */
const REQUIRED_WHY: Record<string, string> = {
  'top.version': 'write `version: 1` at the top; it says which version of the format the file follows',
  'top.directories': 'the list of Microsoft Entra directories (write `directories: []` when there are none yet)',
  'directory.id': 'its tenant ID, a GUID (Microsoft Entra admin center › Overview › Tenant ID)',
  'directory.name': 'the name shown in the tree and in reports, e.g. Contoso',
  'directory.domains': 'every directory has at least its initial *.onmicrosoft.com domain',
  'user.upn': 'the user principal name the user signs in with, like alice@contoso.com',
  'guest.upn': 'the guest\'s home account, like carol@fabrikam.com',
  'subscription.id': 'its subscription ID, a GUID (Azure portal › Subscriptions)',
  'subscription.name': 'the name shown in the portal, e.g. Contoso Production',
  'subscription.type': '`azure` or `office365`',
  'roleAssignment.principal': 'the UPN of the user or guest who gets the role',
  'roleAssignment.role': 'the Azure role it grants, e.g. Contributor or Reader',
  'pendingRoleAssignment.principal': 'the UPN of the user or guest who held the role',
  'pendingRoleAssignment.role': 'the Azure role that was assigned, e.g. Contributor',
};

/** What an empty text value should hold: completes "`name` is empty: …". */
const TEXT_WHAT: Record<string, string> = {
  'directory.name': 'give the directory its name, e.g. Contoso',
  'directory.alias': 'give a short nickname, or remove the key',
  'directory.customRoles': 'write the custom role\'s name, e.g. Contoso VM Operator',
  'user.displayName': 'write the user\'s name, e.g. Alice Martin, or remove the key',
  'user.roles': 'write a Microsoft Entra role name, e.g. Global Administrator',
  'guest.displayName': 'write the guest\'s name, or remove the key',
  'guest.roles': 'write a Microsoft Entra role name, e.g. Directory Readers',
  'subscription.name': 'give the subscription its name, e.g. Contoso Production',
  'subscription.alias': 'give a short nickname, or remove the key',
  'subscription.plan': 'write the product bought, e.g. Microsoft 365 E3',
  'roleAssignment.role': 'write an Azure role, e.g. Reader',
  'pendingRoleAssignment.role': 'write an Azure role, e.g. Reader',
};

type Format = 'guid' | 'upn' | 'email' | 'domain' | 'offer' | 'scope';

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
  'roleAssignment.principal': 'email',
  'roleAssignment.scope': 'scope',
  'pendingRoleAssignment.principal': 'email',
  'pendingRoleAssignment.scope': 'scope',
  'pendingRoleAssignment.fromDirectory': 'guid',
};

// ── Errors → problems ─────────────────────────────────────────────────────────────────────────────

interface Draft {
  message: string;
  /** The node the problem goes on. */
  target: Node | null;
  data: FixData;
}

function toProblems(errors: readonly ErrorObject[], value: unknown, root: Node | null, base: Kind, toFile: OffsetMap): Problem[] {
  const problems: Problem[] = [];
  for (const error of relevant(errors)) {
    const segments = decodePointer(error.instancePath);
    const draft = describe(error, segments, value, root, base);
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

function describe(error: ErrorObject, segments: string[], value: unknown, root: Node | null, base: Kind): Draft {
  const context = contextOf(segments, base);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return unknownKey(String(params.additionalProperty), context, locate(root, segments));
    case 'required':
      return missingKey(String(params.missingProperty), context, locate(root, segments));
    case 'false schema':
      return forbiddenKey(context, segments, value, root);
    case 'uniqueItems': {
      const index = Math.max(Number(params.i), Number(params.j));
      const itemSegments = [...segments, String(index)];
      return duplicate(context, valueAt(value, itemSegments), index, locate(root, itemSegments));
    }
    default: {
      const location = locate(root, segments);
      const current = valueAt(value, segments);
      const target = valueTarget(location);
      const draft = describeValue(error, params, context, current, location);
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

function unknownKey(name: string, context: Context, location: NodeLocation): Draft {
  const info = KINDS[context.kind];
  const map = location.complete && isMap(location.node) ? location.node : undefined;
  const pair = map ? findPair(map.items, name) : undefined;
  const target = (pair?.key as Node | undefined) ?? location.key ?? location.node;
  const sameButCase = info.keys.find((key) => key.toLowerCase() === name.toLowerCase());
  const suggestion = sameButCase ?? didYouMean(name, info.keys);
  const where = context.kind === 'top' ? 'at the top level of the file' : `in ${info.noun}`;
  let message = `Unknown key \`${name}\` ${where}.`;
  if (sameButCase) message += ` Keys are case-sensitive: did you mean \`${sameButCase}\`?`;
  else if (suggestion) message += ` Did you mean \`${suggestion}\`?`;
  else {
    const owner = (Object.keys(KINDS) as Kind[]).find((kind) => kind !== context.kind && KINDS[kind].keys.includes(name));
    const here = context.kind === 'top' ? 'the top level' : info.noun;
    if (owner) message += ` \`${name}\` is a key of ${owner === 'top' ? 'the top level' : KINDS[owner].noun}, not of ${here}${movingHint(name, owner)}.`;
  }
  const can = context.kind === 'top' ? 'The top level can have' : `${capitalize(info.noun)} can have`;
  message += ` ${can}: ${info.keys.join(', ')}.`;
  return { message, target, data: { unknownKey: name, suggestion, allowed: info.keys } };
}

function movingHint(name: string, owner: Kind): string {
  if (owner === 'directory' && ['users', 'guests', 'subscriptions', 'domains', 'customRoles'].includes(name)) return ': indent it under its directory';
  if (owner === 'guest' && name === 'external') return ': move the entry under `guests` if its home account is elsewhere';
  return '';
}

function missingKey(name: string, context: Context, location: NodeLocation): Draft {
  const map = location.complete && isMap(location.node) ? location.node : undefined;
  const first = map?.items.find((item) => isPair(item) && item.key)?.key as Node | undefined;
  const target = first ?? location.key ?? location.node;
  const why = REQUIRED_WHY[`${context.kind}.${name}`];
  const message = `${SUBJECT[context.kind]} is missing \`${name}\`${why ? `: ${why}` : ''}.`;
  return { message, target, data: { missing: name } };
}

function forbiddenKey(context: Context, segments: string[], value: unknown, root: Node | null): Draft {
  const key = context.field ?? segments[segments.length - 1] ?? '';
  const location = locate(root, segments);
  const target = location.complete || location.key ? (location.key ?? location.node) : location.node;
  const type = valueAt(value, segments.slice(0, -1)) as { type?: unknown } | undefined;
  const subscriptionType = typeof type?.type === 'string' ? type.type : undefined;
  let message: string;
  if (key === 'offer') {
    message = '`offer` applies only to Azure subscriptions; an Office 365 subscription is described by `plan` and `licenses`. Remove `offer`, or set `type: azure` if this is an Azure subscription.';
  } else if (key === 'plan' || key === 'licenses') {
    message = `\`${key}\` applies only to Office 365 subscriptions; an Azure subscription is described by its \`offer\`. Remove \`${key}\`, or set \`type: office365\` if this is an Office 365 subscription.`;
  } else {
    message = `\`${key}\` is not allowed here${subscriptionType ? ` on a subscription of type \`${subscriptionType}\`` : ''}; remove it.`;
  }
  return { message, target, data: { key, subscriptionType } };
}

function duplicate(context: Context, item: unknown, index: number, location: NodeLocation): Draft {
  const field = context.field ?? 'this list';
  const shown = show(item, location.complete ? location.node : null);
  const why =
    field === 'roles' ? ': a role is either held or not, so list it once'
      : field === 'domains' ? ': each domain is listed once'
        : '';
  return {
    message: `\`${shown}\` is listed twice in \`${field}\`${why}. Remove the duplicate.`,
    target: location.complete ? location.node : (location.key ?? location.node),
    data: { duplicate: typeof item === 'string' ? item : shown, index },
  };
}

function describeValue(
  error: ErrorObject, params: Record<string, unknown>, context: Context, current: unknown, location: NodeLocation,
): Omit<Draft, 'target'> {
  const node = location.complete ? location.node : null;
  const shown = show(current, node);
  const fieldKey = context.field ? `${context.kind}.${context.field}` : '';
  const name = context.field ? `\`${context.field}\`` : capitalize(KINDS[context.kind].noun);
  switch (error.keyword) {
    case 'type':
      return wrongType(String(params.type), context, current, node);
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const suggestion = typeof current === 'string' ? suggestValue(current, allowed, context.field) : undefined;
      const what = context.kind === 'subscription' && context.field ? `a subscription ${context.field}` : `an allowed value for ${name}`;
      let message = `\`${shown}\` is not ${what}; use ${orList(allowed)}.`;
      if (suggestion) message += ` Did you mean \`${suggestion}\`?`;
      return { message, data: { value: shown, allowed, suggestion } };
    }
    case 'const': {
      const allowed = String(params.allowedValue);
      if (context.kind === 'top' && context.field === 'version') {
        const message =
          typeof current === 'string' && current.trim() === '1'
            ? '`version` must be the number 1, not text: write `version: 1` without quotes.'
            : `This file says \`version: ${shown}\`, but Tenancy reads version 1 of the workspace format. Write \`version: 1\` if the file follows this format, or update Tenancy.`;
        return { message, data: { value: shown, allowed: [allowed], suggestion: '1' } };
      }
      return { message: `${name} must be \`${allowed}\`, not \`${shown}\`.`, data: { value: shown, allowed: [allowed], suggestion: allowed } };
    }
    case 'pattern':
      return badFormat(FORMATS[fieldKey] ?? 'text', context, typeof current === 'string' ? current : shown, error);
    case 'minimum': {
      const limit = Number(params.limit);
      const message =
        fieldKey === 'subscription.licenses'
          ? `\`${shown}\` is not a number of licenses: a subscription has ${limit} or more seats. Write the number of seats bought.`
          : `${name} must be at least ${limit}, not ${shown}.`;
      return { message, data: { value: shown, minimum: limit, suggestion: String(limit) } };
    }
    case 'minItems':
      return {
        message:
          fieldKey === 'directory.domains'
            ? '`domains` is empty: every directory has at least its initial *.onmicrosoft.com domain. Add it, e.g. `domains: [contoso.onmicrosoft.com]`.'
            : `${name} needs at least ${Number(params.limit)} item${Number(params.limit) === 1 ? '' : 's'}.`,
        data: { minItems: Number(params.limit) },
      };
    case 'minLength': {
      const what = TEXT_WHAT[fieldKey];
      const item = context.rest.length ? `An item of ${name}` : name;
      return { message: `${item} is empty${what ? `: ${what}` : ''}.`, data: {} };
    }
    default:
      return { message: `${name}: ${error.message ?? `does not satisfy \`${error.keyword}\``}.`, data: {} };
  }
}

function wrongType(expected: string, context: Context, current: unknown, node: Node | null): Omit<Draft, 'target'> {
  const actual = kindOf(current);
  const data: FixData = { expected, actual };
  const field = context.field;
  if (!field) {
    // The entity itself has the wrong shape (a text where a user map is expected, a list for a directory…).
    const info = KINDS[context.kind];
    if (context.kind === 'top') {
      const found = actual === 'null' ? 'this file is empty' : `this file holds ${describeKind(actual)}`;
      return { message: `A workspace file is ${info.shape} at the top, but ${found}.`, data };
    }
    let message = `This item should be ${info.noun}: ${info.shape}, but it is ${describeKind(actual)}.`;
    if ((context.kind === 'user' || context.kind === 'guest') && typeof current === 'string' && current.includes('@')) {
      data.suggestion = `upn: ${current}`;
      message += ` Write \`- upn: ${current}\`.`;
    }
    return { message, data };
  }
  const name = context.rest.length ? `Each item of \`${field}\`` : `\`${field}\``;
  const raw = node && isScalar(node) ? show(current, node) : undefined;
  switch (expected) {
    case 'array': {
      const child = context.rest.length ? undefined : KINDS[context.kind].children[field];
      const items = child ? KINDS[child].plural : 'items';
      let message: string;
      if (current === null) {
        data.suggestion = '[]';
        message = `${name} has no value. Write \`${field}: []\` when there are none, or list the ${items} below it, each on a line starting with \`- \`.`;
      } else if (child) {
        message = `${name} must be a list of ${items}, each on a line starting with \`- \`, but it is ${describeKind(actual)}.`;
      } else if (raw !== undefined) {
        data.suggestion = `[${raw}]`;
        message = `${name} must be a list, but it is ${describeKind(actual)}. Even a single item is written as a list: \`${field}: [${raw}]\`.`;
      } else {
        message = `${name} must be a list, but it is ${describeKind(actual)}. Write one item per line, each starting with \`- \`.`;
      }
      return { message, data };
    }
    case 'string': {
      let message = current === null ? `${name} has no value.` : `${name} must be text, but it is ${describeKind(actual)}.`;
      if (current === null) message += ' Write a value, or remove the key.';
      else if (raw !== undefined) {
        data.suggestion = JSON.stringify(raw);
        message += ` YAML reads \`${raw}\` as ${describeKind(actual)}; put it in quotes: \`${JSON.stringify(raw)}\`.`;
      }
      return { message, data };
    }
    case 'boolean': {
      let message = `${name} must be \`true\` or \`false\`, but it is ${describeKind(actual)}.`;
      const folded = typeof current === 'string' ? current.trim().toLowerCase() : '';
      const truthy = ['yes', 'y', 'on', 'true', '1'].includes(folded);
      const falsy = ['no', 'n', 'off', 'false', '0'].includes(folded);
      if (truthy || falsy) {
        data.suggestion = truthy ? 'true' : 'false';
        message += ` Write \`${data.suggestion}\` (YAML 1.2 reads \`${current as string}\` as text).`;
      }
      return { message, data };
    }
    case 'integer':
    case 'number': {
      const whole = expected === 'integer' ? 'a whole number' : 'a number';
      let message = `${name} must be ${whole}${field === 'licenses' ? ' of seats, e.g. 25' : ''}, but it is ${describeKind(actual)}${actual === 'number' ? ` (${raw ?? String(current)})` : ''}.`;
      if (typeof current === 'string' && /^\s*\d+\s*$/.test(current)) {
        data.suggestion = current.trim();
        message += ` Remove the quotes: \`${field}: ${current.trim()}\`.`;
      }
      return { message, data };
    }
    default:
      return { message: `${name} must be ${describeKind(expected)}, but it is ${describeKind(actual)}.`, data };
  }
}

// ── Formats ───────────────────────────────────────────────────────────────────────────────────────

const UPN_ALIAS = /^[A-Za-z0-9'._!#^~-]+$/;
const EMAIL_ALIAS = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$/;
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const DOMAIN_ANY_CASE = new RegExp(`^${LABEL}(?:\\.${LABEL})+$`);
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

function badFormat(format: Format | 'text', context: Context, value: string, error: ErrorObject): Omit<Draft, 'target'> {
  const data: FixData = { format, value };
  const fieldName = context.field ? `\`${context.field}\`` : 'This value';
  let message: string;
  switch (format) {
    case 'guid': {
      data.suggestion = guidSuggestion(value);
      if (context.kind === 'directory') {
        message = `\`${value}\` is not a tenant ID: directory ids are GUIDs like 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f (Microsoft Entra admin center › Overview › Tenant ID).`;
      } else if (context.kind === 'subscription') {
        message = `\`${value}\` is not a subscription ID: subscription ids are GUIDs like 0b1e5a7c-2f4d-4e6a-8b9c-0d1e2f3a4b5c (Azure portal › Subscriptions › Subscription ID).`;
      } else {
        message = `\`${value}\` is not a tenant ID: ${fieldName} is the GUID of the directory the subscription was transferred from, like 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f.`;
      }
      if (data.suggestion) message += ` Did you mean \`${data.suggestion}\`?`;
      break;
    }
    case 'upn':
    case 'email': {
      const strict = format === 'upn';
      const reason = accountReason(value, strict);
      data.suggestion = accountSuggestion(value, strict);
      const role =
        context.field === 'owner' ? ' `owner` is the user principal name of the Account Administrator.'
          : context.field === 'createdBy' ? ' `createdBy` is the user principal name of whoever signed up.'
            : '';
      message = strict
        ? `\`${value}\` is not a valid user principal name: ${reason}. A UPN is alias@domain, like alice@contoso.com; the alias uses only A–Z, a–z, 0–9 and ' . - _ ! # ^ ~.${role}`
        : `\`${value}\` is not an account address: ${reason}. Write the account as alias@domain, like carol@fabrikam.com.`;
      if (data.suggestion) message += ` Did you mean \`${data.suggestion}\`?`;
      break;
    }
    case 'domain': {
      let reason = 'a domain name is labels of letters, digits and hyphens separated by dots';
      let suggestion: string | undefined;
      const trimmed = value.trim().replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, '').replace(/\.$/, '');
      if (value.includes('@')) reason = 'this is an account, not a domain; write only the part after `@`';
      else if (value !== value.toLowerCase() && DOMAIN_ANY_CASE.test(value)) reason = 'domain names are written in lower case here';
      else if (!value.includes('.')) reason = 'a domain name has at least two labels, like contoso.com';
      if (value.includes('@')) suggestion = value.slice(value.lastIndexOf('@') + 1).toLowerCase();
      else if (trimmed !== value || value !== value.toLowerCase()) suggestion = trimmed.toLowerCase();
      if (suggestion !== undefined && !DOMAIN_ANY_CASE.test(suggestion)) suggestion = undefined;
      data.suggestion = suggestion;
      message = `\`${value}\` is not a valid domain name: ${reason}. Domains are written like contoso.com or contoso.onmicrosoft.com.`;
      if (suggestion) message += ` Did you mean \`${suggestion}\`?`;
      break;
    }
    case 'offer': {
      const match = /^(?:ms-?azr-?)?((?:usgov|de)-)?(\d{1,4})([pg])?$/i.exec(value.trim());
      data.suggestion = match ? `MS-AZR-${(match[1] ?? '').toUpperCase()}${match[2].padStart(4, '0')}${(match[3] ?? 'P').toUpperCase()}` : undefined;
      message = `\`${value}\` is not an Azure offer ID: offer IDs look like MS-AZR-0003P (Pay-As-You-Go) or MS-AZR-0017G (Microsoft Azure Plan), with four digits (Azure portal › Subscriptions › the subscription › Overview › Offer ID).`;
      if (data.suggestion) message += ` Did you mean \`${data.suggestion}\`?`;
      break;
    }
    case 'scope':
      data.suggestion = `/${value.replace(/^\s+/, '')}`;
      message = `\`${value}\` is not a scope: a scope is a path below the subscription, starting with \`/\`, like /resourceGroups/web. Leave \`scope\` out to assign the role on the whole subscription.`;
      break;
    default:
      message = `${fieldName} \`${value}\` does not have the expected form (${error.message ?? 'pattern'}).`;
  }
  return { message, data };
}

function accountReason(value: string, strict: boolean): string {
  const at = value.lastIndexOf('@');
  if (at === -1) return 'it has no `@domain` part';
  if (value.indexOf('@') !== at) return 'it has more than one `@`';
  const alias = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (alias === '') return 'the part before `@` is empty';
  const allowed = strict ? UPN_ALIAS : EMAIL_ALIAS;
  if (!allowed.test(alias)) {
    const bad = [...alias].find((c) => !allowed.test(c)) ?? '';
    const what = bad === ' ' ? 'a space' : /[^\x00-\x7f]/.test(bad) ? `\`${bad}\` (accented and other non-ASCII letters are not allowed)` : `\`${bad}\``;
    return `it contains ${what} before \`@\``;
  }
  if (!DOMAIN_ANY_CASE.test(domain)) return `\`${domain}\` is not a domain name`;
  return 'it is not in the form alias@domain';
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
  const synonym = ENUM_SYNONYMS[folded];
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

function describeKind(kind: string): string {
  switch (kind) {
    case 'null': return 'empty';
    case 'string': return 'text';
    case 'number': return 'a number';
    case 'integer': return 'a whole number';
    case 'boolean': return 'true/false';
    case 'array': return 'a list';
    case 'object': return 'a map of keys';
    default: return kind;
  }
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

function orList(values: readonly string[]): string {
  const quoted = values.map((value) => `\`${value}\``);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
