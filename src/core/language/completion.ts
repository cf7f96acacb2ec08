/**
 * Completion at a cursor: the keys the schema allows in the map being typed (with their
 * descriptions, minus those already present), and values for the keys that have a known set of
 * them — enums (subscription type and state, `principalType`, a service principal's type and
 * identity), offer ids, Microsoft Entra and Azure roles, the accounts of the estate for `owner`,
 * `createdBy` and guests, the accounts, groups and service principals of the directory for
 * `principal` and a group's `members`, management group ids for `parent` and subscription ids for a
 * management group's `subscriptions` (`principalCompletion.ts`). Works on a half-typed line: the
 * context comes from the line text and indentation (`cursorContext`), the candidates from the last
 * analysis of the file.
 */
import { readableText } from '../analyze';
import type { Analysis } from '../analyze';
import { messagesFor } from '../i18n';
import type { Messages } from '../i18n';
import { isOfferId } from '../formats';
import { accountKey } from '../identity';
import { fold } from '../model';
import type { Directory } from '../model';
import { azureBuiltInRoles, AZURE_OFFERS, AZURE_ROLE_ALIASES, ENTRA_ROLES, ENTRA_ROLE_ALIASES, azureRoleDescription, entraRoleDescription } from '../catalog';
import { cursorContext } from './cursorContext';
import type { CursorContext } from './cursorContext';
import { directoryLabel, entitiesAt } from './lookup';
import { withFile } from './completionEntry';
import type { CompletionEntry } from './completionEntry';
import { groupMemberCompletions, parentCompletions, placementCompletions, principalCompletions } from './principalCompletion';
import type { LanguageOptions } from './lookup';
import { directoryInView, ownView } from './modelView';
import type { ModelView } from './modelView';
import { mapKindAt, propertyDocumentation, schemaObject } from './schemaPath';
import type { MapKind } from './schemaPath';

export type { CompletionEntry, CompletionKind } from './completionEntry';

/** Keys with values to propose (see `valueCompletions`). */
const KEYS_WITH_VALUES = new Set([
  'type', 'state', 'offer', 'owner', 'createdBy', 'principal', 'role', 'fromDirectory', 'enabled', 'external',
  'principalType', 'identity', 'isAssignableToRole', 'parent',
]);

const ASSIGNMENT_KINDS = new Set<MapKind>(['roleAssignment', 'pendingRoleAssignment', 'managementGroupRoleAssignment']);

export interface CompletionResult {
  /** Whether a key or a value is being typed at the cursor. */
  context: 'key' | 'value';
  /** Range of the text the entries replace: the word (or value) at the cursor. */
  start: number;
  end: number;
  items: CompletionEntry[];
}

/**
 * Completion entries at `offset` of the analysed text (UTF-16 offset, 0-based). The candidates come
 * from `view`: the file's own model, or its estate's (`estate/language.ts`), whose entries of other
 * files say which file they are in.
 */
export function completionsAt(analysis: Analysis, offset: number, options: LanguageOptions = {}, view: ModelView = ownView(analysis)): CompletionResult {
  const m = messagesFor(options.locale);
  const context = cursorContext(readableText(analysis), offset);
  const mapKind = mapKindAt(context.path);
  const items = !mapKind ? [] : context.kind === 'key' ? keyCompletions(mapKind, context, m) : valueCompletions(view, offset, mapKind, context, m);
  return { context: context.kind, start: context.start, end: context.end, items };
}

function keyCompletions(kind: MapKind, context: CursorContext, m: Messages): CompletionEntry[] {
  const object = schemaObject(kind);
  const required = new Set(object.required ?? []);
  const type = context.siblings.get('type');
  const entries: CompletionEntry[] = [];
  let order = 0;
  for (const [key, property] of Object.entries(object.properties)) {
    order++;
    if (context.siblings.has(key) || key === '$schema') continue;
    // Keys the schema forbids for the subscription's type (offer on Office 365, plan on Azure).
    if (kind === 'subscription' && type === 'office365' && key === 'offer') continue;
    if (kind === 'subscription' && type === 'azure' && (key === 'plan' || key === 'licenses')) continue;
    const isList = property.type === 'array';
    entries.push({
      label: key,
      kind: 'key',
      detail: property.title ? (required.has(key) ? m.completionRequired({ title: property.title }) : property.title) : undefined,
      documentation: propertyDocumentation(property),
      insertText: context.hasColon ? key : isList && !context.inFlow ? `${key}:` : `${key}: `,
      // Required keys first, then the schema's order.
      sortText: `${required.has(key) ? 0 : 1}${String(order).padStart(3, '0')}`,
      suggestValues: !context.hasColon && KEYS_WITH_VALUES.has(key) ? true : undefined,
    });
  }
  return entries.sort(bySortText);
}

function valueCompletions(view: ModelView, offset: number, kind: MapKind, context: CursorContext, m: Messages): CompletionEntry[] {
  const key = context.key!;
  const property = schemaObject(kind).properties[key];
  if (!property) return [];
  const model = view.model;
  const directory = directoryInView(view, offset);
  const quote = (text: string) => yamlScalar(text, context.inFlow);
  if (!context.inList && property.enum) {
    return property.enum.map((value, i) => ({
      label: value, kind: 'enum', insertText: value, sortText: String(i).padStart(3, '0'),
      detail: value === property.default ? m.completionDefault() : undefined,
    }));
  }
  if (property.type === 'boolean') {
    return ['true', 'false'].map((value, i) => ({
      label: value, kind: 'enum', insertText: value, sortText: String(i), detail: String(property.default) === value ? m.completionDefault() : undefined,
    }));
  }
  if (kind === 'subscription' && key === 'offer') return offerCompletions(quote);
  if ((kind === 'user' || kind === 'guest' || kind === 'group') && key === 'roles' && context.inList) {
    const listed = new Set((context.listed ?? []).map(fold));
    return entraRoleCompletions(quote, m).filter((entry) => !listed.has(fold(entry.label)));
  }
  if (ASSIGNMENT_KINDS.has(kind) && key === 'role') return azureRoleCompletions(directory, quote, m);
  // An Azure subscription's owner is a member of its directory (OWN002): accounts of other directories are not proposed.
  if (kind === 'subscription' && key === 'owner') return accountCompletions(view, directory, 'owner', quote, m);
  if (kind === 'subscription' && key === 'createdBy') return accountCompletions(view, directory, 'assignee', quote, m);
  if (kind === 'pendingRoleAssignment' && key === 'principal') {
    // A pending assignment names a principal of the directory the subscription came from, in whichever file it is.
    const from = context.siblings.get('fromDirectory') ?? entitiesAt(model.workspace, view.base + offset).assignment?.fromDirectory?.value;
    const source = from ? model.index.directoriesById.get(fold(unquote(from)))?.[0] : undefined;
    if (source) return assigneeCompletions(view, source, quote, m);
  }
  if (ASSIGNMENT_KINDS.has(kind) && key === 'principal') return assigneeCompletions(view, directory, quote, m);
  if (kind === 'group' && key === 'members' && context.inList && directory) {
    // The group's own name and the members already listed are left out.
    const own = entitiesAt(model.workspace, view.base + offset).group?.name?.value ?? context.siblings.get('name') ?? '';
    const listed = new Set([...(context.listed ?? []), own].map((text) => fold(unquote(text))));
    return groupMemberCompletions(model, directory, listed, quote, m);
  }
  if (kind === 'managementGroup' && key === 'parent' && directory) return parentCompletions(directory, context.siblings.get('id'), quote, m);
  if (kind === 'managementGroup' && key === 'subscriptions' && context.inList && directory) {
    return placementCompletions(model, directory, new Set((context.listed ?? []).map(fold)), m);
  }
  if (kind === 'guest' && key === 'upn') return accountCompletions(view, directory, 'guest', quote, m);
  if (kind === 'pendingRoleAssignment' && key === 'fromDirectory') {
    return model.workspace.directories.filter((d) => d.id && d !== directory).map((d, i) => {
      const file = view.otherFile(d);
      return {
        label: d.id!.value, kind: 'directoryId', detail: withFile(directoryLabel(d), file, m), insertText: d.id!.value,
        sortText: String(i).padStart(5, '0'), filterText: `${d.id!.value} ${directoryLabel(d)}`,
      };
    });
  }
  return [];
}

/** A role assignment's principal: the accounts of `directory` and the others, then its groups and service principals. */
function assigneeCompletions(view: ModelView, directory: Directory | undefined, quote: (text: string) => string, m: Messages): CompletionEntry[] {
  const principals = directory ? principalCompletions(directory, new Set(), quote, m, view.otherFile(directory)) : [];
  return [...accountCompletions(view, directory, 'assignee', quote, m), ...principals].sort(bySortText);
}

/** A value as typed on the line, without the quotes around it. */
function unquote(text: string): string {
  return text.replace(/^(['"])(.*)\1$/, '$2');
}

function bySortText(a: CompletionEntry, b: CompletionEntry): number {
  return a.sortText < b.sortText ? -1 : a.sortText > b.sortText ? 1 : 0;
}

function offerCompletions(quote: (text: string) => string): CompletionEntry[] {
  // Only ids the schema accepts: the reference data also keeps ids as a Microsoft page misprints them (MS-AZR-159P).
  const entries: CompletionEntry[] = AZURE_OFFERS.filter((offer) => isOfferId(offer.id)).map((offer, i) => ({
    label: offer.id,
    kind: 'offer',
    detail: offer.name,
    documentation: offer.note,
    insertText: quote(offer.id),
    // Support plans last: they are not subscriptions that hold resources.
    sortText: `${offer.supportPlan ? 1 : 0}${String(i).padStart(3, '0')}`,
    filterText: `${offer.id} ${offer.name}`,
  }));
  return entries.sort(bySortText);
}

function entraRoleCompletions(quote: (text: string) => string, m: Messages): CompletionEntry[] {
  const entries: CompletionEntry[] = ENTRA_ROLES.map((role) => ({
    label: role.name, kind: 'entraRole', detail: m.completionEntraRole({ privileged: !!role.privileged }),
    documentation: entraRoleDescription(role), insertText: quote(role.name), sortText: `0${role.name}`,
  }));
  for (const [alias, target] of Object.entries(ENTRA_ROLE_ALIASES)) {
    entries.push({ label: alias, kind: 'entraRole', detail: m.completionEntraAlias({ target }), insertText: quote(alias), sortText: `1${alias}` });
  }
  return entries.sort(bySortText);
}

function azureRoleCompletions(directory: Directory | undefined, quote: (text: string) => string, m: Messages): CompletionEntry[] {
  const entries: CompletionEntry[] = [];
  for (const role of directory?.customRoles ?? []) {
    entries.push({
      label: role.value, kind: 'customRole', detail: m.completionCustomRole({ directory: directoryLabel(directory!) }),
      insertText: quote(role.value), sortText: `0${role.value}`,
    });
  }
  azureBuiltInRoles().forEach((role, i) => {
    // The page's order puts the privileged and general roles (Owner, Contributor, Reader…) first.
    const rank = role.category === 'Privileged' || role.category === 'General' ? 1 : 2;
    entries.push({
      label: role.name, kind: 'azureRole', detail: m.completionAzureRole({ category: role.category }), documentation: azureRoleDescription(role),
      insertText: quote(role.name), sortText: `${rank}${rank === 1 ? String(i).padStart(3, '0') : role.name}`,
    });
  });
  for (const [alias, target] of Object.entries(AZURE_ROLE_ALIASES)) {
    entries.push({ label: alias, kind: 'azureRole', detail: m.completionAzureAlias({ target }), insertText: quote(alias), sortText: `3${alias}` });
  }
  return entries.sort(bySortText);
}

/**
 * Accounts of the estate (the file, or every file of its folder). For an assignee (`createdBy`,
 * `principal`): the members of the directory first, then its guests, then every other account. For an
 * owner: the directory's members and guests only. For a new guest: members of the other directories
 * first, then outside accounts guests elsewhere; the directory's own members and guests are left out.
 * An account of another file says which file.
 */
function accountCompletions(view: ModelView, directory: Directory | undefined, use: 'assignee' | 'owner' | 'guest', quote: (text: string) => string, m: Messages): CompletionEntry[] {
  const index = view.model.index;
  const entries: CompletionEntry[] = [];
  const seen = new Set<string>();
  const add = (upn: string, rank: number, about: string, displayName?: string, marks: Array<string | false> = []) => {
    const key = accountKey(upn);
    if (seen.has(key)) return;
    seen.add(key);
    // What makes an assignee a poor choice comes first, where a narrow list still shows it.
    const detail = [...marks.filter((x): x is string => !!x), displayName, about].filter(Boolean).join(' · ');
    entries.push({
      label: upn, kind: 'account', detail, insertText: quote(upn),
      sortText: `${rank}${key}`, filterText: displayName ? `${upn} ${displayName}` : undefined,
    });
  };
  const about = (text: string, entity: { start: number; end: number }) => withFile(text, view.otherFile(entity), m);
  if (directory) {
    const here = directoryLabel(directory);
    for (const user of directory.users) {
      if (!user.upn) continue;
      if (use === 'guest') seen.add(accountKey(user.upn.value));
      else add(user.upn.value, 0, about(m.completionMemberOf({ directory: here }), user), user.displayName?.value, [!user.enabled && m.completionDisabled()]);
    }
    for (const guest of directory.guests) {
      if (!guest.upn) continue;
      if (use === 'guest') { seen.add(accountKey(guest.upn.value)); continue; }
      const home = index.homeDirectory(guest.upn.value);
      add(guest.upn.value, 1, about(m.completionGuestIn({ directory: here, home: home ? directoryLabel(home) : undefined, external: !!guest.external }), guest), guest.displayName?.value);
    }
  }
  if (use === 'owner' && directory) return entries.sort(bySortText);
  // Ranks 2 and 3 are the directory's groups and service principals (`principalCompletion.ts`).
  for (const users of index.members.values()) {
    const user = users[0];
    add(user.upn!.value, 4, about(m.completionMemberOf({ directory: directoryLabel(index.directoryOf(user)) }), user), user.displayName?.value,
      [!user.enabled && m.completionDisabled(), use === 'assignee' && !!directory && m.completionOtherDirectory()]);
  }
  for (const guests of index.guests.values()) {
    const guest = guests[0];
    add(guest.upn!.value, 5, about(m.completionGuestElsewhere({ directory: directoryLabel(index.directoryOf(guest)), external: !!guest.external }), guest), guest.displayName?.value);
  }
  return entries.sort(bySortText);
}

/**
 * A YAML plain scalar when the text can be one, else a single-quoted scalar. In flow collections
 * `,` `[` `]` `{` `}` also need quotes.
 */
export function yamlScalar(text: string, inFlow: boolean): string {
  const plain =
    text.length > 0 && text.trim() === text && !/^[-?:,[\]{}#&*!|>'"%@`]/.test(text) && !/: |:$| #/.test(text) &&
    !(inFlow && /[,[\]{}]/.test(text)) && !/^(true|false|null|~|yes|no|on|off|[-+]?[0-9.][0-9._eE+-]*)$/i.test(text);
  return plain ? text : `'${text.replace(/'/g, "''")}'`;
}
