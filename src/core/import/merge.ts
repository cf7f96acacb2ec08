/**
 * Merges Azure CLI output into a workspace file's text: a pure function `(text, inputs) → plan`.
 * Directories are matched by tenant id, subscriptions by id, users and guests by UPN (all
 * case-insensitively). New entities are appended; existing ones are updated only in the fields the
 * Azure CLI knows (names, state, display names, `enabled`, missing domains), so comments, key order
 * and everything else the user wrote stay. Disagreements (an entity in another directory than the
 * import says…) are listed as conflicts and left as they are.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { YAMLMap } from 'yaml';
import { GUID, subscriptionOfResource } from '../formats';
import { hasExtMarker } from '../identity';
import { fold } from '../model';
import { blankSeparated, mapItems, normalScope, open } from '../edits/common';
import { directoryMaps, subscriptionMaps } from '../edits/find';
import type { FoundDirectory } from '../edits/find';
import { applyEdits, normalizeEdits, refuse } from '../edits/types';
import type { Refusable, TextEdit } from '../edits/types';
import { lineBreakOf } from '../text/lineBreaks';
import { appendItemLines, removeKey, setKey } from '../edits/yaml/keys';
import { isBlankLine, isCommentLine } from '../edits/yaml/lines';
import { itemsOf, pairOf, scalarText } from '../edits/yaml/nodes';
import { blockItem, formatScalar } from '../edits/yaml/scalars';
import { appendItems } from '../edits/yaml/sequences';
import type { Fields } from '../edits/yaml/scalars';
import type { Source } from '../edits/yaml/source';
import { externalAccount, homeTenantOf } from './azureCli';
import type { AzDocument, AzRoleAssignment, AzSubscription, AzTenant, AzTenantPlaceholder, AzUser } from './azureCli';
import type { AzManagementGroups, AzMember } from './azureDirectoryObjects';
import { DirectoryObjectsMerge } from './mergeDirectoryObjects';
import type { PrincipalRef } from './mergeDirectoryObjects';
import { findDuplicates } from './duplicates';
import { appendList, setList } from './listEdits';
import { principalOf, roleOf, scopeOf } from './roleAssignments';
import { UNKNOWN_DIRECTORY_FACTS, UNKNOWN_SUBSCRIPTION_FACTS } from './unknownFacts';
import type { FieldChange, ImportEntityKind, ImportSummary, SummaryEntry } from './summary';
import { messagesFor } from '../i18n';
import type { Locale, Messages } from '../i18n';

export interface ImportInput {
  /** A name for the summary, e.g. the file name. */
  name: string;
  document: AzDocument;
  /** For `az ad user list`, `az ad group list` and `az ad sp list` output: the tenant id of their directory. */
  directoryId?: string;
  /** For `az ad group member list` output: the group (name or object id) it lists the members of. */
  group?: string;
}

export interface ImportOptions {
  /** Default directory for user, group and service principal lists that do not name theirs. */
  directoryId?: string;
  /** The group of the member lists (`az ad group member list`); user lists are then member lists too. */
  group?: string;
  /** The language of the refusals and of the summary's conflicts and notes (default `'en'`). */
  locale?: Locale;
}

export type ImportPlan = Refusable<{ edits: TextEdit[]; summary: ImportSummary }>;

/** A directory as the merge sees it: from the file, or added by this import. */
interface DirState {
  id: string;
  name: string;
  found?: FoundDirectory;
  domains: string[];
  newDomains: string[];
  users: Fields[];
  guests: Fields[];
  subscriptions: NewSubscription[];
  /** Custom roles the imported role assignments use that the directory does not list yet. */
  newCustomRoles: string[];
  customRoles: Set<string>;
  /** A user list of this directory was imported: its users are known. */
  usersImported: boolean;
}

interface NewSubscription {
  fields: Fields;
  assignments: Fields[];
}

interface AccountEntry {
  dir: DirState;
  map?: YAMLMap;
  /** For a guest added by this import: its fields, whose `external` is settled at the end. */
  fields?: Fields;
}

interface SubscriptionEntry {
  dir: DirState;
  map?: YAMLMap;
  type?: string;
  label: string;
  added?: NewSubscription;
  /** Folded `principal role scope` of its role assignments, file and import. */
  assignments: Set<string>;
  newAssignments: Fields[];
}

/** Plans the merge of Azure CLI outputs into `text` (an empty text gives a new file). */
export function planImport(text: string, inputs: readonly ImportInput[], options: ImportOptions = {}): ImportPlan {
  const newFile = !hasContent(text);
  const eolGuess = lineBreakOf(text);
  const base = newFile ? `${text}${text && !/[\r\n]$/.test(text) ? eolGuess : ''}version: 1${eolGuess}directories: []${eolGuess}` : text;
  const m = messagesFor(options.locale);
  const { source, refused } = open(base, m);
  if (refused) return refused;
  for (const input of inputs) {
    if (input.directoryId !== undefined && !GUID.test(input.directoryId)) {
      return refuse(m.importNotTenantId({ id: input.directoryId }));
    }
  }
  const merge = new Merge(source, newFile, m);
  const all = <T>(pick: (d: AzDocument) => readonly T[] | undefined) => inputs.flatMap((i) => pick(i.document) ?? []);
  const tenants = findDuplicates(all((d) => (d.kind === 'tenants' ? d.tenants : undefined)), (t) => t.tenantId, {
    displayName: (t) => t.displayName,
  });
  for (const t of tenants.unique) merge.tenant(t);
  for (const d of tenants.conflicting) merge.duplicate('directory', d.key, d.items[0].displayName ?? d.key, d.differences);
  for (const p of all((d) => (d.kind === 'subscriptions' ? d.placeholders : undefined))) merge.placeholder(p);
  // The same subscription listed from its home directory and from one that manages it is one entry.
  const subscriptions = findDuplicates(all((d) => (d.kind === 'subscriptions' ? d.subscriptions : undefined)), (s) => s.id, {
    name: (s) => s.name, state: (s) => s.azState, homeTenantId: homeTenantOf,
    managedByTenants: (s) => [...s.managedByTenants].sort().join(', '),
  });
  for (const s of subscriptions.unique) merge.subscription(s);
  for (const d of subscriptions.conflicting) merge.duplicate('subscription', d.key, d.items[0].name, d.differences);
  const groupOf = (i: ImportInput) => i.group ?? options.group;
  // With a group, a list of users is that group's member list (`az ad group member list` of users only).
  const memberLists = inputs.filter((i) => i.document.kind === 'members' || (i.document.kind === 'users' && groupOf(i)));
  const userLists = inputs.filter((i) => i.document.kind === 'users' && !groupOf(i));
  for (const input of inputs.filter((i) => i.document.kind === 'users' || i.document.kind === 'groups' || i.document.kind === 'servicePrincipals')) {
    const directoryId = input.directoryId ?? options.directoryId;
    if (directoryId && !merge.directory(directoryId)) {
      return refuse(m.importUnknownDirectory({ id: directoryId }));
    }
  }
  const users = findDuplicates(
    userLists.flatMap((input) => (input.document.kind === 'users' ? input.document.users.map((user) => ({ user, directoryId: input.directoryId ?? options.directoryId })) : [])),
    ({ user, directoryId }) => `${fold(directoryId ?? '')} ${fold(user.upn)}`,
    {
      userPrincipalName: ({ user }) => user.userPrincipalName, displayName: ({ user }) => user.displayName,
      accountEnabled: ({ user }) => (user.accountEnabled === undefined ? undefined : String(user.accountEnabled)),
      id: ({ user }) => user.objectId,
    },
  );
  for (const d of users.conflicting) merge.duplicate(d.items[0].user.guest ? 'guest' : 'user', d.items[0].user.upn, d.items[0].user.upn, d.differences);
  // Members before guests: a guest's home account may be among the members.
  for (const guests of [false, true]) {
    for (const { user, directoryId } of users.unique) if (user.guest === guests) merge.user(user, directoryId);
  }
  merge.settleExternal();
  const assignments = all((d) => (d.kind === 'roleAssignments' ? d.assignments : undefined));
  // Principals the imported role assignments name: recorded even when a list would leave them out.
  const referenced = new Set(assignments.flatMap((a) => [a.principalId, a.principalName?.toLowerCase()]).filter((id): id is string => Boolean(id)));
  const notes = new Map<ImportInput, string[]>();
  for (const input of inputs) {
    const d = input.document;
    const directoryId = input.directoryId ?? options.directoryId;
    if (d.kind === 'groups') {
      const dir = directoryId ? merge.directory(directoryId) : undefined;
      if (dir) merge.objects.groups(dir, d.groups, referenced);
      else merge.listWithoutDirectory('group', input.name);
    } else if (d.kind === 'servicePrincipals') {
      const leftOut = merge.objects.servicePrincipals(d.servicePrincipals, (sp) => merge.directoryOfServicePrincipal(sp.managedIdentity?.resource, directoryId), referenced, () => merge.listWithoutDirectory('servicePrincipal', input.name));
      if (leftOut) notes.set(input, [m.importOthersApplications({ count: leftOut })]);
    }
  }
  for (const input of memberLists) {
    const refused = merge.memberList(input, groupOf(input), input.directoryId ?? options.directoryId);
    if (refused) return refuse(refused);
  }
  const listings = inputs.flatMap((i) => (i.document.kind === 'managementGroups' ? [i.document as AzManagementGroups] : []));
  if (listings.length) merge.managementGroups(listings, options.directoryId);
  for (const a of assignments) merge.roleAssignment(a);
  merge.summary.sources = inputs.map((i) => {
    const d = i.document;
    const sourceNotes = [...((d.kind === 'users' || d.kind === 'groups' || d.kind === 'servicePrincipals' || d.kind === 'members') && d.nextLink ? [m.importMorePages()] : []), ...(notes.get(i) ?? [])];
    return { name: i.name, kind: d.kind, count: countOf(d), ...(sourceNotes.length ? { notes: sourceNotes } : {}) };
  });
  let edits = normalizeEdits(merge.edits());
  if (newFile) {
    // The plan was made on `text` + a header: express it as one insertion at the end of `text`.
    const after = applyEdits(base, edits);
    edits = after === text ? [] : [{ start: text.length, end: text.length, newText: after.slice(text.length) }];
  }
  return { edits, summary: merge.summary };
}

function countOf(document: AzDocument): number {
  switch (document.kind) {
    case 'subscriptions': return document.subscriptions.length + document.placeholders.length;
    case 'roleAssignments': return document.assignments.length;
    case 'tenants': return document.tenants.length;
    case 'users': return document.users.length;
    case 'groups': return document.groups.length;
    case 'servicePrincipals': return document.servicePrincipals.length;
    case 'managementGroups': return document.groups.length + document.placements.length;
    case 'members': return document.members.length;
    default: return 0;
  }
}

function hasContent(text: string): boolean {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).some((line) => !isBlankLine(line) && !isCommentLine(line));
}

/** The initial `*.onmicrosoft.com` domain first, then the others in the order given. */
function orderDomains(domains: string[]): string[] {
  const initial = domains.filter((d) => d.endsWith('.onmicrosoft.com'));
  return [...initial, ...domains.filter((d) => !d.endsWith('.onmicrosoft.com'))];
}

class Merge {
  readonly summary: ImportSummary = { sources: [], added: [], updated: [], unchanged: [], conflicts: [], notRecorded: [], newFile: false };
  private readonly dirs = new Map<string, DirState>();
  private readonly order: DirState[] = [];
  private readonly members = new Map<string, AccountEntry>();
  private readonly guests = new Map<string, AccountEntry>(); // key: dir id + ' ' + folded upn
  private readonly subscriptions = new Map<string, SubscriptionEntry>();
  private readonly domainOwner = new Map<string, DirState>();
  private readonly fieldEdits: TextEdit[] = [];
  private readonly seen = new Set<string>();
  /** Guest home accounts that were in the file before the import (a member, or a verified domain). */
  private readonly homeBefore: (upn: string) => boolean;
  /** Groups, service principals and management groups. */
  readonly objects: DirectoryObjectsMerge;

  constructor(private readonly source: Source, newFile: boolean, private readonly m: Messages) {
    this.summary.newFile = newFile;
    this.objects = new DirectoryObjectsMerge({
      source, summary: this.summary, m, fieldEdits: this.fieldEdits,
      subscriptionDirectory: (id) => this.subscriptions.get(fold(id))?.dir,
    });
    for (const found of directoryMaps(source)) {
      if (!found.id) continue;
      const customRoles = itemsOf(found.map, 'customRoles').map((n) => (isScalar(n) ? fold(String(n.value)) : '')).filter(Boolean);
      const dir: DirState = {
        id: found.id, name: found.label, found, newDomains: [], users: [], guests: [], subscriptions: [],
        domains: itemsOf(found.map, 'domains').map((n) => (isScalar(n) ? fold(String(n.value)) : '')).filter(Boolean),
        newCustomRoles: [], customRoles: new Set(customRoles), usersImported: false,
      };
      if (this.dirs.has(fold(found.id))) continue; // a repeated tenant id is TEN001's business; the first one wins
      this.dirs.set(fold(found.id), dir);
      for (const domain of dir.domains) if (!this.domainOwner.has(domain)) this.domainOwner.set(domain, dir);
      for (const user of itemsOf(found.map, 'users')) {
        const upn = scalarText(user, 'upn');
        if (upn && isMap(user) && !this.members.has(fold(upn))) this.members.set(fold(upn), { dir, map: user });
      }
      for (const guest of itemsOf(found.map, 'guests')) {
        const upn = scalarText(guest, 'upn');
        if (upn && isMap(guest)) this.guests.set(`${fold(dir.id)} ${fold(upn)}`, { dir, map: guest });
      }
    }
    for (const sub of subscriptionMaps(source)) {
      const dir = sub.directory.id && this.dirs.get(fold(sub.directory.id));
      if (!sub.id || !dir || this.subscriptions.has(fold(sub.id))) continue;
      const assignments = new Set(mapItems(sub.map, 'roleAssignments').map((a) => assignmentKey(scalarText(a, 'principal') ?? '', scalarText(a, 'role') ?? '', scalarText(a, 'scope'))));
      this.subscriptions.set(fold(sub.id), { dir, map: sub.map, type: sub.type, label: sub.label, assignments, newAssignments: [] });
    }
    const members = new Set(this.members.keys());
    const domains = new Set(this.domainOwner.keys());
    this.homeBefore = (upn) => members.has(fold(upn)) || domains.has(fold(domainOf(upn)));
  }

  directory(id: string): DirState | undefined {
    return this.dirs.get(fold(id));
  }

  private once(key: string): boolean {
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }

  /** The same id or UPN listed with different values: reported, none of them imported. */
  duplicate(kind: ImportEntityKind, key: string, label: string, differences: Array<{ field: string; values: string[] }>): void {
    this.summary.conflicts.push({
      kind, key, label, reason: 'duplicate',
      message: this.m.importDuplicate({ differences: differences.map((d) => `${d.field} ${d.values.join(' / ')}`).join(', ') }),
      proposal: this.m.importDuplicateProposal(),
    });
  }

  // ── directories ────────────────────────────────────────────────────────────────────────────────

  tenant(tenant: AzTenant): void {
    if (!this.once(`dir ${tenant.tenantId}`)) return;
    const existing = this.directory(tenant.tenantId);
    const domains = orderDomains(tenant.domains).filter((d) => this.domainFree(d, tenant.tenantId, tenant.displayName ?? tenant.tenantId));
    if (!existing) {
      this.addDirectory(tenant.tenantId, tenant.displayName ?? tenant.defaultDomain ?? tenant.tenantId, domains,
        domains.some((d) => d.endsWith('.onmicrosoft.com')) ? [] : [this.m.importNoInitialDomain()]);
      return;
    }
    const changes: FieldChange[] = [];
    const currentName = existing.found ? scalarText(existing.found.map, 'name') : existing.name;
    if (tenant.displayName && currentName !== undefined && tenant.displayName !== currentName) {
      // A name chosen in the file is kept: Azure's display name is often "Default Directory".
      this.summary.conflicts.push({
        kind: 'directory', key: tenant.tenantId, label: currentName, reason: 'name',
        message: this.m.importDirectoryName({ file: currentName, azure: tenant.displayName }),
        proposal: this.m.importDirectoryNameProposal({ azure: tenant.displayName }),
      });
    } else if (tenant.displayName && currentName === undefined && existing.found) {
      changes.push({ field: 'name', to: tenant.displayName });
      this.fieldEdits.push(this.set(this.source, existing.found.map, 'name', tenant.displayName, ['id']));
    }
    for (const domain of domains) {
      if (existing.domains.includes(domain)) continue;
      existing.domains.push(domain);
      existing.newDomains.push(domain);
      this.domainOwner.set(domain, existing);
      changes.push({ field: 'domains', to: domain, added: true });
    }
    this.record(changes, { kind: 'directory', key: tenant.tenantId, label: currentName ?? tenant.displayName ?? existing.name });
  }

  /** A tenant-level account of `az login --allow-no-subscriptions`: the directory exists, nothing more. */
  placeholder(p: AzTenantPlaceholder): void {
    const recorded = this.subscriptions.get(fold(p.tenantId));
    if (recorded && this.once(`placeholder-sub ${p.tenantId}`)) {
      this.summary.conflicts.push({
        kind: 'subscription', key: p.tenantId, label: recorded.label, reason: 'placeholder',
        message: this.m.importPlaceholderRecorded({ directory: recorded.dir.name }),
        proposal: this.m.importPlaceholderRecordedProposal(),
      });
    }
    if (!this.once(`placeholder ${p.tenantId}`) || this.seen.has(`dir ${p.tenantId}`)) return;
    const dir = this.directory(p.tenantId);
    if (dir) {
      this.summary.unchanged.push({ kind: 'directory', key: p.tenantId, label: dir.name });
      return;
    }
    if (p.tenantDisplayName) {
      this.newDirectoryFromListing(p.tenantId, p.tenantDisplayName, p.tenantDefaultDomain);
      return;
    }
    this.summary.conflicts.push({
      kind: 'directory', key: p.tenantId, label: p.tenantId, reason: 'no-directory',
      message: this.m.importPlaceholderNoDirectory(),
      proposal: this.m.importSubscriptionNoDirectoryProposal(),
    });
  }

  /** Whether `domain` may go to the directory `id`; a conflict when another directory has it verified. */
  private domainFree(domain: string, id: string, label: string): boolean {
    const owner = this.domainOwner.get(domain);
    if (!owner || fold(owner.id) === fold(id)) return true;
    this.summary.conflicts.push({
      kind: 'directory', key: id, label, reason: 'domain-elsewhere', fileDirectoryId: owner.id, importDirectoryId: id,
      message: this.m.importDomainElsewhere({ domain, label, owner: owner.name }),
      proposal: this.m.importDomainElsewhereProposal({ owner: owner.name }),
    });
    return false;
  }

  private addDirectory(id: string, name: string, domains: string[], notes: string[]): DirState {
    const dir: DirState = {
      id, name, domains: [...domains], newDomains: [], users: [], guests: [], subscriptions: [],
      newCustomRoles: [], customRoles: new Set(), usersImported: false,
    };
    this.dirs.set(fold(id), dir);
    this.order.push(dir);
    for (const d of domains) this.domainOwner.set(d, dir);
    this.summary.added.push({ kind: 'directory', key: id, label: name, ...(notes.length ? { notes } : {}) });
    return dir;
  }

  /** A directory named by `az account list` (`tenantDisplayName`), with its default domain only. */
  private newDirectoryFromListing(id: string, name: string, defaultDomain: string | undefined): DirState {
    const domain = defaultDomain && this.domainFree(defaultDomain, id, name) ? [defaultDomain] : [];
    const notes = domain.some((d) => d.endsWith('.onmicrosoft.com')) ? [] : [this.m.importDefaultDomainOnly()];
    return this.addDirectory(id, name, domain, notes);
  }

  // ── subscriptions ──────────────────────────────────────────────────────────────────────────────

  subscription(sub: AzSubscription): void {
    if (!this.once(`sub ${sub.id}`)) return;
    const home = homeTenantOf(sub);
    let dir = this.directory(home);
    const existing = this.subscriptions.get(fold(sub.id));
    if (existing) {
      if (fold(existing.dir.id) !== fold(home)) {
        this.summary.conflicts.push({
          kind: 'subscription', key: sub.id, label: sub.name, reason: 'other-directory', fileDirectoryId: existing.dir.id, importDirectoryId: home,
          message: this.m.importSubscriptionElsewhere({ file: existing.dir.name, directory: dir?.name, tenant: home }),
          proposal: dir ? this.m.importTransferProposal({ directory: dir.name }) : this.m.importAddDirectoryProposal({ tenant: home }),
        });
        return;
      }
      if (existing.type && existing.type !== 'azure') {
        this.summary.conflicts.push({
          kind: 'subscription', key: sub.id, label: sub.name, reason: 'type',
          message: this.m.importSubscriptionType({ type: existing.type }),
          proposal: this.m.importSubscriptionTypeProposal(),
        });
        return;
      }
      const changes: FieldChange[] = [];
      const map = existing.map!;
      const name = scalarText(map, 'name');
      if (sub.name !== name) {
        changes.push({ field: 'name', from: name, to: sub.name });
        this.fieldEdits.push(this.set(this.source, map, 'name', sub.name, ['id']));
      }
      const state = scalarText(map, 'state');
      if ((state ?? 'active') !== sub.state) {
        changes.push({ field: 'state', from: state, to: sub.state });
        this.fieldEdits.push(this.set(this.source, map, 'state', sub.state, ['type', 'name', 'id']));
      }
      const managers = itemsOf(map, 'managedByTenants').map((n) => (isScalar(n) ? fold(String(n.value)) : ''));
      if ([...managers].sort().join(' ') !== [...sub.managedByTenants].sort().join(' ')) {
        changes.push({ field: 'managedByTenants', from: managers.length ? managers.join(', ') : undefined, to: sub.managedByTenants.join(', ') || '[]' });
        const edit = sub.managedByTenants.length
          ? setList(this.source, map, 'managedByTenants', sub.managedByTenants, ['state', 'type', 'name', 'id'])
          : removeKey(this.source, map, 'managedByTenants');
        if (edit) this.fieldEdits.push(edit);
      }
      this.record(changes, { kind: 'subscription', key: sub.id, label: sub.name, directory: existing.dir.name, notes: [...this.lighthouseNote(sub), ...stateNote(sub, this.m)] });
      return;
    }
    // `tenantDisplayName` names `tenantId`, the directory signed in to: only the home one is created from it.
    if (!dir && sub.tenantDisplayName && fold(sub.tenantId) === fold(home)) {
      dir = this.newDirectoryFromListing(home, sub.tenantDisplayName, sub.tenantDefaultDomain);
    }
    if (!dir) {
      this.summary.conflicts.push({
        kind: 'subscription', key: sub.id, label: sub.name, reason: 'no-directory', importDirectoryId: home,
        message: this.m.importSubscriptionNoDirectory({ tenant: home }),
        proposal: this.m.importSubscriptionNoDirectoryProposal(),
      });
      return;
    }
    const added: NewSubscription = {
      fields: [
        ['id', sub.id], ['name', sub.name], ['type', 'azure'], ['state', sub.state === 'active' ? undefined : sub.state],
        ['managedByTenants', sub.managedByTenants.length ? sub.managedByTenants : undefined],
        ['unknown', [...UNKNOWN_SUBSCRIPTION_FACTS]],
      ],
      assignments: [],
    };
    dir.subscriptions.push(added);
    this.subscriptions.set(fold(sub.id), { dir, type: 'azure', label: sub.name, added, assignments: new Set(), newAssignments: added.assignments });
    const notes = [this.m.importFactsUnknown()];
    if (sub.signedInAs && sub.signedInType !== 'servicePrincipal') notes.push(this.m.importListedBy({ account: sub.signedInAs }));
    notes.push(...this.lighthouseNote(sub), ...stateNote(sub, this.m));
    this.summary.added.push({ kind: 'subscription', key: sub.id, label: sub.name, directory: dir.name, notes });
  }

  private lighthouseNote(sub: AzSubscription): string[] {
    if (!sub.managedByTenants.length) return [];
    const names = sub.managedByTenants.map((id) => this.directory(id)?.name ?? id).join(', ');
    return [this.m.importManagedBy({ directories: names })];
  }

  // ── users and guests ───────────────────────────────────────────────────────────────────────────

  user(user: AzUser, directoryId: string | undefined): void {
    const dir = directoryId ? this.directory(directoryId) : this.domainOwner.get(fold(domainOf(user.userPrincipalName)));
    const kind = user.guest ? 'guest' : 'user';
    const unplacedGuest = user.guest && !directoryId && !hasExtMarker(user.userPrincipalName);
    if (!dir || unplacedGuest) {
      this.summary.conflicts.push({
        kind, key: user.upn, label: user.upn, reason: 'no-directory',
        message: unplacedGuest
          ? this.m.importGuestNoExt()
          : this.m.importDomainUnknown({ domain: domainOf(user.userPrincipalName) }),
        proposal: this.m.importSayDirectoryProposal(),
      });
      return;
    }
    if (!this.once(`${kind} ${fold(dir.id)} ${fold(user.upn)}`)) return;
    if (directoryId) this.usersKnown(dir);
    if (user.guest) this.guest(user, dir);
    else this.member(user, dir);
  }

  /** A user list of `dir` was imported: `unknown: [users]` no longer holds. */
  private usersKnown(dir: DirState): void {
    if (dir.usersImported) return;
    dir.usersImported = true;
    if (!dir.found) return;
    const unknown = itemsOf(dir.found.map, 'unknown').map((n) => (isScalar(n) ? String(n.value) : ''));
    if (!unknown.includes('users')) return;
    const rest = unknown.filter((u) => u !== 'users');
    const edit = rest.length ? setList(this.source, dir.found.map, 'unknown', rest, []) : removeKey(this.source, dir.found.map, 'unknown');
    if (edit) this.fieldEdits.push(edit);
    this.summary.updated.push({ kind: 'directory', key: dir.id, label: dir.name, changes: [{ field: 'unknown', from: unknown.join(', '), to: rest.join(', ') || '[]' }] });
  }

  private member(user: AzUser, dir: DirState): void {
    const upn = fold(user.upn);
    const label = user.upn;
    if (this.guests.has(`${fold(dir.id)} ${upn}`)) {
      this.summary.conflicts.push({
        kind: 'user', key: user.upn, label, reason: 'member-and-guest', fileDirectoryId: dir.id, importDirectoryId: dir.id,
        message: this.m.importMemberIsGuest({ directory: dir.name }),
        proposal: this.m.importMemberIsGuestProposal(),
      });
      return;
    }
    const existing = this.members.get(upn);
    if (existing && existing.dir !== dir) {
      this.summary.conflicts.push({
        kind: 'user', key: user.upn, label, reason: 'other-directory', fileDirectoryId: existing.dir.id, importDirectoryId: dir.id,
        message: this.m.importOtherHome({ file: existing.dir.name, directory: dir.name }),
        proposal: this.m.importOtherHomeProposal({ file: existing.dir.name }),
      });
      return;
    }
    if (existing?.map) {
      const changes = [...this.updateDisplayName(existing.map, user), ...this.updateEnabled(existing.map, user)];
      this.record(changes, { kind: 'user', key: user.upn, label, directory: dir.name });
      return;
    }
    if (existing) {
      this.summary.unchanged.push({ kind: 'user', key: user.upn, label, directory: dir.name });
      return;
    }
    dir.users.push([['upn', user.upn], ['displayName', user.displayName], ['enabled', user.accountEnabled === false ? false : undefined]]);
    this.members.set(upn, { dir });
    this.summary.added.push({ kind: 'user', key: user.upn, label, directory: dir.name, ...(user.accountEnabled === false ? { notes: [this.m.importSignInBlocked()] } : {}) });
  }

  /** Sets a member's or guest's `displayName` to the imported one when it differs; the change, if any. */
  private updateDisplayName(map: YAMLMap, user: AzUser): FieldChange[] {
    const displayName = scalarText(map, 'displayName');
    if (!user.displayName || user.displayName === displayName) return [];
    this.fieldEdits.push(this.set(this.source, map, 'displayName', user.displayName, ['upn']));
    return [{ field: 'displayName', from: displayName, to: user.displayName }];
  }

  /** Sets `enabled` when the listing says the account is blocked or unblocked (and printed `accountEnabled`). */
  private updateEnabled(map: YAMLMap, user: AzUser): FieldChange[] {
    const enabled = pairOf(map, 'enabled')?.value;
    const current = isScalar(enabled) && typeof enabled.value === 'boolean' ? enabled.value : undefined;
    if (user.accountEnabled === undefined || (current ?? true) === user.accountEnabled) return [];
    this.fieldEdits.push(this.set(this.source, map, 'enabled', user.accountEnabled, ['roles', 'displayName', 'upn']));
    return [{ field: 'enabled', from: current === undefined ? undefined : String(current), to: String(user.accountEnabled) }];
  }

  private guest(user: AzUser, dir: DirState): void {
    const upn = fold(user.upn);
    const label = user.upn;
    const home = this.members.get(upn);
    if (home?.dir === dir) {
      this.summary.conflicts.push({
        kind: 'guest', key: user.upn, label, reason: 'member-and-guest', fileDirectoryId: dir.id, importDirectoryId: dir.id,
        message: this.m.importGuestIsMember({ directory: dir.name, upn: user.userPrincipalName }),
        proposal: this.m.importGuestIsMemberProposal(),
      });
      return;
    }
    const existing = this.guests.get(`${fold(dir.id)} ${upn}`) ?? this.guests.get(`${fold(dir.id)} ${fold(user.userPrincipalName)}`);
    if (existing?.map) {
      const changes = [...this.updateDisplayName(existing.map, user), ...this.updateEnabled(existing.map, user)];
      this.record(changes, { kind: 'guest', key: user.upn, label, directory: dir.name });
      return;
    }
    if (existing) {
      this.summary.unchanged.push({ kind: 'guest', key: user.upn, label, directory: dir.name });
      return;
    }
    const fields: Fields = [['upn', user.upn], ['displayName', user.displayName], ['enabled', user.accountEnabled === false ? false : undefined], ['external', true]];
    dir.guests.push(fields);
    this.guests.set(`${fold(dir.id)} ${upn}`, { dir, fields });
    const notes = [];
    if (user.upn !== user.userPrincipalName) notes.push(this.m.importFromUpn({ upn: user.userPrincipalName }));
    if (user.accountEnabled === false) notes.push(this.m.importSignInBlocked());
    this.summary.added.push({ kind: 'guest', key: user.upn, label, directory: dir.name, ...(notes.length ? { notes } : {}) });
  }

  /**
   * `external: true` means the home account is in no directory of the file. Decided once every list
   * is merged, so that it does not depend on the order of the files — nor of the imports: a guest the
   * file marks external loses the mark when this import brings its home account in.
   */
  settleExternal(): void {
    for (const [, entry] of this.guests) {
      const upn = entry.fields ? String(entry.fields[0][1]) : scalarText(entry.map, 'upn');
      if (!upn) continue;
      const inFile = this.members.has(fold(upn)) || this.domainOwner.has(fold(domainOf(upn)));
      if (entry.fields) {
        const added = this.summary.added.find((e) => e.kind === 'guest' && e.key === upn && e.directory === entry.dir.name);
        if (inFile) entry.fields.splice(entry.fields.findIndex(([k]) => k === 'external'), 1, ['external', undefined]);
        else if (added) added.notes = [...(added.notes ?? []), this.m.importExternal()];
        continue;
      }
      const external = pairOf(entry.map, 'external')?.value;
      if (!inFile || this.homeBefore(upn) || !isScalar(external) || external.value !== true) continue;
      const edit = removeKey(this.source, entry.map!, 'external');
      if (edit) this.fieldEdits.push(edit);
      this.summary.updated.push({ kind: 'guest', key: upn, label: upn, directory: entry.dir.name, changes: [{ field: 'external', from: 'true', to: this.m.importNone() }], notes: [this.m.importHomeNowInFile()] });
    }
  }

  // ── role assignments ───────────────────────────────────────────────────────────────────────────

  roleAssignment(a: AzRoleAssignment): void {
    // `--include-inherited` lists a management group's assignment under every subscription below it.
    if (!this.once(`assignment ${a.id}`)) return;
    const scope = scopeOf(a.scope);
    const role = roleOf(a);
    const who = a.principalName || a.principalId || '?';
    const label = `${principalOf(a) ?? who} — ${role?.name ?? a.roleDefinitionName ?? a.roleDefinitionGuid ?? '?'}`;
    const report = (reason: string) => this.summary.notRecorded.push({ kind: 'roleAssignment', key: a.scope, label, notes: [reason] });
    if (scope.level === 'root' || scope.level === 'other') {
      report(scope.level === 'root' ? this.m.importAtRoot() : this.m.importOtherScope({ scope: a.scope }));
      return;
    }
    if (a.principalType !== 'User' && a.principalType !== 'Group' && a.principalType !== 'ServicePrincipal') {
      report(this.m.importPrincipalType({ type: a.principalType, name: who }));
      return;
    }
    if (a.principalType === 'User' && !principalOf(a)) {
      report(this.m.importUnresolvedUser({ id: a.principalId ?? '?' }));
      return;
    }
    if (!role) {
      report(this.m.importUnknownRole({ id: a.roleDefinitionGuid ?? '?' }));
      return;
    }
    if (scope.level === 'managementGroup') {
      this.managementGroupAssignment(a, scope.name, role, report);
      return;
    }
    const sub = this.subscriptions.get(scope.subscriptionId);
    if (!sub) {
      this.summary.conflicts.push({
        kind: 'roleAssignment', key: a.scope, label, reason: 'no-subscription',
        message: this.m.importAssignmentNoSubscription({ id: scope.subscriptionId }),
        proposal: this.m.importAssignmentNoSubscriptionProposal(),
      });
      return;
    }
    if (sub.type && sub.type !== 'azure') return; // reported by the subscription listing as a type conflict
    const principal = this.principalRef(a, sub.dir);
    if (!principal) {
      report(this.m.importPrincipalType({ type: a.principalType, name: who }));
      return;
    }
    const entry: SummaryEntry = { kind: 'roleAssignment', key: scope.scope ?? '/', label: `${principal.principal}: ${role.name}`, directory: sub.label };
    if (alternativesOf(a, principal).some((p) => sub.assignments.has(assignmentKey(p, role.name, scope.scope)))) {
      this.summary.unchanged.push(entry);
      return;
    }
    sub.assignments.add(assignmentKey(principal.principal, role.name, scope.scope));
    sub.newAssignments.push([['principal', principal.principal], ['principalType', principal.principalType], ['role', role.name], ['scope', scope.scope]]);
    const notes = [...this.customRole(sub.dir, role), ...this.principalNotes(a, principal, sub.dir)];
    this.summary.added.push({ ...entry, ...(notes.length ? { notes } : {}) });
  }

  /** An assignment at a management group: recorded once on that group, never on each subscription below it. */
  private managementGroupAssignment(a: AzRoleAssignment, name: string, role: { name: string; custom: boolean }, report: (reason: string) => void): void {
    const found = this.objects.managementGroupFor(name, a, [...this.dirs.values()]);
    if (!found) {
      report(this.m.importManagementGroupUnknown({ group: name }));
      return;
    }
    const principal = this.principalRef(a, found.dir as DirState);
    if (!principal) {
      report(this.m.importPrincipalType({ type: a.principalType, name: a.principalName || a.principalId || '?' }));
      return;
    }
    const entry: SummaryEntry = { kind: 'roleAssignment', key: a.scope, label: `${principal.principal}: ${role.name}`, directory: found.label };
    if (!this.objects.addManagementGroupAssignment(found.group, principal, role.name, alternativesOf(a, principal))) {
      this.summary.unchanged.push(entry);
      return;
    }
    const notes = [this.m.importInherited(), ...this.customRole(found.dir as DirState, role), ...this.principalNotes(a, principal, found.dir as DirState)];
    this.summary.added.push({ ...entry, notes });
  }

  /** The principal as the format writes it: a user's or guest's UPN, a group's or service principal's name or object id. */
  private principalRef(a: AzRoleAssignment, dir: DirState): PrincipalRef | undefined {
    if (a.principalType !== 'User') return this.objects.principalFor(dir, a);
    const upn = principalOf(a);
    return upn ? { principal: upn, byId: false } : undefined;
  }

  /** A custom role the directory does not list yet is added to its `customRoles`. */
  private customRole(dir: DirState, role: { name: string; custom: boolean }): string[] {
    if (!role.custom || dir.customRoles.has(fold(role.name))) return [];
    dir.customRoles.add(fold(role.name));
    dir.newCustomRoles.push(role.name);
    return [this.m.importCustomRole({ role: role.name })];
  }

  private principalNotes(a: AzRoleAssignment, principal: PrincipalRef, dir: DirState): string[] {
    if (principal.byId) return [this.m.importPrincipalById({ type: a.principalType === 'Group' ? 'Group' : 'ServicePrincipal', directory: dir.name })];
    if (a.principalType === 'User' && !this.members.has(fold(principal.principal)) && !this.guests.has(`${fold(dir.id)} ${fold(principal.principal)}`)) {
      return [this.m.importPrincipalNotListed({ directory: dir.name })];
    }
    return [];
  }

  /** A group's member list: refused (the reason) when it names no group, or one the file and the import do not have. */
  memberList(input: ImportInput, group: string | undefined, directoryId: string | undefined): string | undefined {
    if (!group) return this.m.importMembersNoGroup({ file: input.name });
    const dirs = directoryId ? [this.directory(directoryId)].filter((d): d is DirState => d !== undefined) : [...this.dirs.values()];
    const found = this.objects.findGroup(group, dirs);
    if (found.length === 0) return this.m.importUnknownGroup({ group });
    if (found.length > 1) return this.m.importGroupInSeveral({ group, directories: found.map((f) => f.dir.name).join(', ') });
    const d = input.document;
    const members: AzMember[] = d.kind === 'members' ? d.members
      : d.kind === 'users' ? d.users.map((u) => ({ type: 'user', id: u.objectId?.toLowerCase() ?? '', userPrincipalName: u.userPrincipalName, displayName: u.displayName })) : [];
    this.objects.members(found[0].dir, found[0].group, members, (upn) => externalAccount(upn) ?? upn);
    return undefined;
  }

  /** A group or service principal list without `--directory` (and, for a service principal, no resource in a known subscription). */
  listWithoutDirectory(kind: 'group' | 'servicePrincipal', name: string): void {
    if (!this.once(`no-directory ${kind} ${name}`)) return;
    this.summary.conflicts.push({
      kind, key: name, label: name, reason: 'no-directory',
      message: this.m.importListNoDirectory({ kind }),
      proposal: this.m.importSayDirectoryProposal(),
    });
  }

  /** The directory of a service principal: the one given, else (managed identities) the one of its resource's subscription. */
  directoryOfServicePrincipal(resource: string | undefined, directoryId: string | undefined): DirState | undefined {
    if (directoryId) return this.directory(directoryId);
    const sub = resource ? subscriptionOfResource(resource) : undefined;
    return sub ? this.subscriptions.get(fold(sub))?.dir : undefined;
  }

  managementGroups(listings: AzManagementGroups[], directoryId: string | undefined): void {
    this.objects.managementGroups(listings, (tenantId) => this.directory(tenantId ?? directoryId ?? ''), (tenantId) => {
      if (!this.once(`no-directory mg ${tenantId}`)) return;
      this.summary.conflicts.push({
        kind: 'managementGroup', key: tenantId ?? '?', label: tenantId ?? '?', reason: 'no-directory',
        message: this.m.importSubscriptionNoDirectory({ tenant: tenantId ?? '?' }),
        proposal: this.m.importSubscriptionNoDirectoryProposal(),
      });
    });
  }

  /**
   * `setKey`, keeping the column of a comment after a replaced value (`name: X   # why`) where the
   * spaces allow it, so aligned comments stay aligned.
   */
  private set(source: Source, map: YAMLMap, key: string, value: string | boolean, after: string[]): TextEdit {
    const edit = setKey(source, map, key, value, after);
    if (edit.start === edit.end) return edit;
    const spaces = /^( +)#/.exec(source.text.slice(edit.end))?.[1].length;
    if (spaces === undefined) return edit;
    const keep = Math.max(1, spaces - (edit.newText.length - (edit.end - edit.start)));
    return { start: edit.start, end: edit.end + spaces, newText: edit.newText + ' '.repeat(keep) };
  }

  private record(changes: FieldChange[], entry: SummaryEntry): void {
    if (changes.length) this.summary.updated.push({ ...entry, changes });
    else this.summary.unchanged.push(entry);
  }

  // ── text ───────────────────────────────────────────────────────────────────────────────────────

  /**
   * The edits, field changes first: an inserted key and an appended list item can land on the same
   * offset (the end of a list's last item), and the key must come before the new item.
   */
  edits(): TextEdit[] {
    const edits: TextEdit[] = [...this.fieldEdits];
    for (const dir of this.dirs.values()) {
      if (!dir.found) continue;
      const map = dir.found.map;
      if (dir.newDomains.length) edits.push(...appendList(this.source, map, 'domains', dir.newDomains, ['name', 'id']));
      if (dir.newCustomRoles.length) edits.push(...appendList(this.source, map, 'customRoles', dir.newCustomRoles, ['domains', 'name', 'id']));
    }
    for (const sub of this.subscriptions.values()) {
      if (sub.added && sub.newAssignments.length) sub.added.fields.push(['roleAssignments', sub.newAssignments]);
      if (!sub.map || !sub.newAssignments.length) continue;
      const list = pairOf(sub.map, 'roleAssignments');
      edits.push(...appendItems(this.source, sub.map, 'roleAssignments', sub.newAssignments, { preferFlow: isSeq(list?.value) && list.value.items.length ? undefined : true }));
    }
    for (const dir of this.dirs.values()) {
      if (!dir.found) continue;
      const map = dir.found.map;
      edits.push(...appendItems(this.source, map, 'users', dir.users));
      edits.push(...appendItems(this.source, map, 'guests', dir.guests));
      edits.push(...appendItems(this.source, map, 'subscriptions', dir.subscriptions.map((s) => s.fields), { preferFlow: false }));
    }
    edits.push(...this.objects.edits());
    if (this.order.length) {
      const root = this.source.doc.contents as YAMLMap;
      const blank = blankSeparated(this.source, root, 'directories');
      const existing = itemsOf(root, 'directories').length > 0;
      const items = this.order.map((dir, i) => ({ text: (blank && (existing || i > 0) ? this.source.eol : '') + this.directoryText(dir), indent: 0 }));
      edits.push(...(appendItemLines(this.source, root, 'directories', items) ?? []));
    }
    return edits;
  }

  /** A new directory as block YAML, its `-` at column 0 (re-indented by appendItemLines). */
  private directoryText(dir: DirState): string {
    const { eol, seqIndent } = this.source;
    const flow = (values: string[]) => `[${values.map((d) => formatScalar(d, true)).join(', ')}]`;
    const lines = [
      `- id: ${dir.id}${eol}`,
      `  name: ${formatScalar(dir.name)}${eol}`,
      `  domains: ${flow(dir.domains)}${eol}`,
    ];
    if (dir.newCustomRoles.length) lines.push(`  customRoles: ${flow(dir.newCustomRoles)}${eol}`);
    if (!dir.usersImported) lines.push(`  unknown: ${flow([...UNKNOWN_DIRECTORY_FACTS])}${eol}`);
    const list = (key: string, items: Fields[]) => {
      if (!items.length) return;
      lines.push(`  ${key}:${eol}`, ...items.map((fields) => blockItem(fields, 2 + seqIndent, eol, seqIndent)));
    };
    list('users', dir.users);
    list('guests', dir.guests);
    const objects = this.objects.listsOfNewDirectory(dir);
    for (const [key, items] of objects.slice(0, 2)) list(key, items);
    list('subscriptions', dir.subscriptions.map((s) => s.fields));
    for (const [key, items] of objects.slice(2)) list(key, items);
    return lines.join('');
  }
}

/**
 * The other ways the file may already name an assignment's principal: its object id, and the name
 * the Azure CLI printed (a group's display name). An assignment recorded by object id before the
 * group list was imported is not written a second time by name.
 */
function alternativesOf(a: AzRoleAssignment, principal: PrincipalRef): string[] {
  if (a.principalType === 'User') return [principal.principal];
  return [principal.principal, ...(a.principalId ? [a.principalId] : []), ...(a.principalType === 'Group' && a.principalName ? [a.principalName] : [])];
}

/** Role assignments are the same when principal, role and scope are (letter case aside). */
function assignmentKey(principal: string, role: string, scope: string | undefined): string {
  return `${fold(principal)} ${fold(role)} ${normalScope(scope)}`;
}

function domainOf(upn: string): string {
  return upn.slice(upn.lastIndexOf('@') + 1);
}

function stateNote(sub: AzSubscription, m: Messages): string[] {
  return sub.azState.toLowerCase() === 'warned' || sub.azState.toLowerCase() === 'pastdue' ? [m.importPaymentOverdue({ azState: sub.azState })] : [];
}
