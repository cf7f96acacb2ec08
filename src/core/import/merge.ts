/**
 * Merges Azure CLI output into a workspace file's text: a pure function `(text, inputs) → plan`.
 * Directories are matched by tenant id, subscriptions by id, users and guests by UPN (all
 * case-insensitively). New entities are appended; existing ones are updated only in the fields the
 * Azure CLI knows (names, state, display names, `enabled`, missing domains), so comments, key order
 * and everything else the user wrote stay. Disagreements (an entity in another directory than the
 * import says…) are listed as conflicts and left as they are.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { Node, YAMLMap } from 'yaml';
import { GUID } from '../formats';
import { fold } from '../model';
import { blankSeparated, open } from '../edits/common';
import { directoryMaps, subscriptionMaps } from '../edits/find';
import type { FoundDirectory } from '../edits/find';
import { applyEdits, normalizeEdits, refuse } from '../edits/types';
import type { TextEdit } from '../edits/types';
import { lineBreakOf } from '../text/lineBreaks';
import { appendItemLines, appendItems, contentEnd, formatScalar, isBlankLine, isCommentLine, itemLines, itemsOf, pairOf, scalarText, setKey } from '../edits/yamlText';
import type { Fields, Source } from '../edits/yamlText';
import type { AzDocument, AzSubscription, AzTenant, AzUser } from './azureCli';
import type { FieldChange, ImportConflict, ImportSummary, SummaryEntry } from './summary';
import { messagesFor } from '../i18n';
import type { Locale, Messages } from '../i18n';

export interface ImportInput {
  /** A name for the summary, e.g. the file name. */
  name: string;
  document: AzDocument;
  /** For `az ad user list` output: the tenant id of the directory the users belong to. */
  directoryId?: string;
}

export interface ImportOptions {
  /** Default directory for user lists that do not name theirs. */
  directoryId?: string;
  /** The language of the refusals and of the summary's conflicts and notes (default `'en'`). */
  locale?: Locale;
}

export type ImportPlan = { edits: TextEdit[]; summary: ImportSummary } | { refused: string };

/** A directory as the merge sees it: from the file, or added by this import. */
interface DirState {
  id: string;
  name: string;
  found?: FoundDirectory;
  domains: string[];
  rename?: string;
  newDomains: string[];
  users: Fields[];
  guests: Fields[];
  subscriptions: Fields[];
}

interface AccountEntry {
  dir: DirState;
  map?: YAMLMap;
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
  const byKind = (kind: AzDocument['kind']) => inputs.filter((i) => i.document.kind === kind);
  for (const input of byKind('tenants')) if (input.document.kind === 'tenants') for (const t of input.document.tenants) merge.tenant(t);
  for (const input of byKind('subscriptions')) if (input.document.kind === 'subscriptions') for (const s of input.document.subscriptions) merge.subscription(s);
  for (const input of byKind('users')) {
    if (input.document.kind !== 'users') continue;
    const directoryId = input.directoryId ?? options.directoryId;
    if (directoryId && !merge.directory(directoryId)) {
      return refuse(m.importUnknownDirectory({ id: directoryId }));
    }
  }
  // Members before guests: whether a new guest is `external` depends on the members of every list.
  for (const guests of [false, true]) {
    for (const input of byKind('users')) {
      if (input.document.kind !== 'users') continue;
      for (const u of input.document.users) if (u.guest === guests) merge.user(u, input.directoryId ?? options.directoryId);
    }
  }
  merge.summary.sources = inputs.map((i) => ({ name: i.name, kind: i.document.kind, count: countOf(i.document) }));
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
    case 'subscriptions': return document.subscriptions.length;
    case 'tenants': return document.tenants.length;
    case 'users': return document.users.length;
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
  readonly summary: ImportSummary = { sources: [], added: [], updated: [], unchanged: [], conflicts: [], newFile: false };
  private readonly dirs = new Map<string, DirState>();
  private readonly order: DirState[] = [];
  private readonly members = new Map<string, AccountEntry>();
  private readonly guests = new Map<string, AccountEntry>(); // key: dir id + ' ' + folded upn
  private readonly subscriptions = new Map<string, { dir: DirState; map?: YAMLMap; type?: string }>();
  private readonly domainOwner = new Map<string, DirState>();
  private readonly fieldEdits: TextEdit[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly source: Source, newFile: boolean, private readonly m: Messages) {
    this.summary.newFile = newFile;
    for (const found of directoryMaps(source)) {
      if (!found.id) continue;
      const dir: DirState = {
        id: found.id, name: found.label, found, rename: undefined, newDomains: [], users: [], guests: [], subscriptions: [],
        domains: itemsOf(found.map, 'domains').map((n) => (isScalar(n) ? fold(String(n.value)) : '')).filter(Boolean),
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
      if (sub.id && dir && !this.subscriptions.has(fold(sub.id))) this.subscriptions.set(fold(sub.id), { dir, map: sub.map, type: sub.type });
    }
  }

  directory(id: string): DirState | undefined {
    return this.dirs.get(fold(id));
  }

  private once(key: string): boolean {
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
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
    if (tenant.displayName && tenant.displayName !== currentName) {
      changes.push({ field: 'name', from: currentName, to: tenant.displayName });
      existing.rename = tenant.displayName;
    }
    for (const domain of domains) {
      if (existing.domains.includes(domain)) continue;
      existing.domains.push(domain);
      existing.newDomains.push(domain);
      this.domainOwner.set(domain, existing);
      changes.push({ field: 'domains', to: domain, added: true });
    }
    this.record(changes, { kind: 'directory', key: tenant.tenantId, label: tenant.displayName ?? existing.name });
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
    const dir: DirState = { id, name, domains: [...domains], newDomains: [], users: [], guests: [], subscriptions: [] };
    this.dirs.set(fold(id), dir);
    this.order.push(dir);
    for (const d of domains) this.domainOwner.set(d, dir);
    this.summary.added.push({ kind: 'directory', key: id, label: name, ...(notes.length ? { notes } : {}) });
    return dir;
  }

  // ── subscriptions ──────────────────────────────────────────────────────────────────────────────

  subscription(sub: AzSubscription): void {
    if (!this.once(`sub ${sub.id}`)) return;
    let dir = this.directory(sub.tenantId);
    const existing = this.subscriptions.get(fold(sub.id));
    if (existing) {
      if (fold(existing.dir.id) !== fold(sub.tenantId)) {
        this.summary.conflicts.push({
          kind: 'subscription', key: sub.id, label: sub.name, reason: 'other-directory', fileDirectoryId: existing.dir.id, importDirectoryId: sub.tenantId,
          message: this.m.importSubscriptionElsewhere({ file: existing.dir.name, directory: dir?.name, tenant: sub.tenantId }),
          proposal: dir ? this.m.importTransferProposal({ directory: dir.name }) : this.m.importAddDirectoryProposal({ tenant: sub.tenantId }),
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
      this.record(changes, { kind: 'subscription', key: sub.id, label: sub.name, directory: existing.dir.name, notes: stateNote(sub, this.m) });
      return;
    }
    if (!dir && sub.tenantDisplayName) {
      const domain = sub.tenantDefaultDomain && this.domainFree(sub.tenantDefaultDomain, sub.tenantId, sub.tenantDisplayName) ? [sub.tenantDefaultDomain] : [];
      const notes = domain.some((d) => d.endsWith('.onmicrosoft.com')) ? [] : [this.m.importDefaultDomainOnly()];
      dir = this.addDirectory(sub.tenantId, sub.tenantDisplayName, domain, notes);
    }
    if (!dir) {
      this.summary.conflicts.push({
        kind: 'subscription', key: sub.id, label: sub.name, reason: 'no-directory', importDirectoryId: sub.tenantId,
        message: this.m.importSubscriptionNoDirectory({ tenant: sub.tenantId }),
        proposal: this.m.importSubscriptionNoDirectoryProposal(),
      });
      return;
    }
    dir.subscriptions.push([['id', sub.id], ['name', sub.name], ['type', 'azure'], ['state', sub.state === 'active' ? undefined : sub.state]]);
    this.subscriptions.set(fold(sub.id), { dir, type: 'azure' });
    const notes = [this.m.importOwnerUnknown()];
    if (sub.signedInAs && sub.signedInType !== 'servicePrincipal') notes.push(this.m.importListedBy({ account: sub.signedInAs }));
    notes.push(...stateNote(sub, this.m));
    this.summary.added.push({ kind: 'subscription', key: sub.id, label: sub.name, directory: dir.name, notes });
  }

  // ── users and guests ───────────────────────────────────────────────────────────────────────────

  user(user: AzUser, directoryId: string | undefined): void {
    const dir = directoryId ? this.directory(directoryId) : this.domainOwner.get(fold(domainOf(user.userPrincipalName)));
    const kind = user.guest ? 'guest' : 'user';
    const unplacedGuest = user.guest && !directoryId && !/#EXT#@/i.test(user.userPrincipalName);
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
    if (user.guest) this.guest(user, dir);
    else this.member(user, dir);
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
      const changes: FieldChange[] = this.updateDisplayName(existing.map, user);
      const enabled = pairOf(existing.map, 'enabled')?.value;
      const current = isScalar(enabled) && typeof enabled.value === 'boolean' ? enabled.value : undefined;
      if (user.accountEnabled !== undefined && (current ?? true) !== user.accountEnabled) {
        changes.push({ field: 'enabled', from: current === undefined ? undefined : String(current), to: String(user.accountEnabled) });
        this.fieldEdits.push(this.set(this.source, existing.map, 'enabled', user.accountEnabled, ['roles', 'displayName', 'upn']));
      }
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
      const changes: FieldChange[] = this.updateDisplayName(existing.map, user);
      this.record(changes, { kind: 'guest', key: user.upn, label, directory: dir.name });
      return;
    }
    if (existing) {
      this.summary.unchanged.push({ kind: 'guest', key: user.upn, label, directory: dir.name });
      return;
    }
    const external = !home;
    dir.guests.push([['upn', user.upn], ['displayName', user.displayName], ['external', external ? true : undefined]]);
    this.guests.set(`${fold(dir.id)} ${upn}`, { dir });
    const notes = [];
    if (user.upn !== user.userPrincipalName) notes.push(this.m.importFromUpn({ upn: user.userPrincipalName }));
    if (external) notes.push(this.m.importExternal());
    this.summary.added.push({ kind: 'guest', key: user.upn, label, directory: dir.name, ...(notes.length ? { notes } : {}) });
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
      if (dir.rename) edits.push(this.set(this.source, map, 'name', dir.rename, ['id']));
      if (dir.newDomains.length) edits.push(...this.appendDomains(map, dir.newDomains));
    }
    for (const dir of this.dirs.values()) {
      if (!dir.found) continue;
      const map = dir.found.map;
      edits.push(...appendItems(this.source, map, 'users', dir.users));
      edits.push(...appendItems(this.source, map, 'guests', dir.guests));
      edits.push(...appendItems(this.source, map, 'subscriptions', dir.subscriptions, { preferFlow: false }));
    }
    if (this.order.length) {
      const root = this.source.doc.contents as YAMLMap;
      const blank = blankSeparated(this.source, root, 'directories');
      const existing = itemsOf(root, 'directories').length > 0;
      const items = this.order.map((dir, i) => ({ text: (blank && (existing || i > 0) ? this.source.eol : '') + this.directoryText(dir), indent: 0 }));
      edits.push(...(appendItemLines(this.source, root, 'directories', items) ?? []));
    }
    return edits;
  }

  private appendDomains(map: YAMLMap, domains: string[]): TextEdit[] {
    const { text, eol } = this.source;
    const seq = pairOf(map, 'domains')?.value;
    if (!isSeq(seq) || !seq.items.length) return [setKeyList(this.source, map, domains)];
    const last = seq.items[seq.items.length - 1] as Node;
    if (seq.flow) {
      const at = contentEnd(text, last);
      return [{ start: at, end: at, newText: domains.map((d) => `, ${formatScalar(d, true)}`).join('') }];
    }
    const lines = itemLines(text, last)!;
    return [{ start: lines.end, end: lines.end, newText: domains.map((d) => `${' '.repeat(lines.indent)}- ${formatScalar(d)}${eol}`).join('') }];
  }

  /** A new directory as block YAML, its `-` at column 0 (re-indented by appendItemLines). */
  private directoryText(dir: DirState): string {
    const { eol, seqIndent } = this.source;
    const pad = (n: number) => ' '.repeat(n);
    const lines = [
      `- id: ${dir.id}`,
      `  name: ${formatScalar(dir.name)}`,
      `  domains: [${dir.domains.map((d) => formatScalar(d, true)).join(', ')}]`,
    ];
    const list = (key: string, items: Fields[]) => {
      if (!items.length) return;
      lines.push(`  ${key}:`);
      for (const fields of items) {
        fields.filter(([, v]) => v !== undefined).forEach(([k, v], i) => {
          const value = Array.isArray(v) ? `[${v.map((x) => formatScalar(x, true)).join(', ')}]` : formatScalar(v!);
          lines.push(`${pad(2 + seqIndent)}${i === 0 ? '- ' : '  '}${k}: ${value}`);
        });
      }
    };
    list('users', dir.users);
    list('guests', dir.guests);
    list('subscriptions', dir.subscriptions);
    return lines.map((l) => l + eol).join('');
  }
}

/** `domains: [a, b]` for a directory whose `domains` key is missing or empty. */
function setKeyList(source: Source, map: YAMLMap, domains: string[]): TextEdit {
  const pair = pairOf(map, 'domains');
  const flow = `[${domains.map((d) => formatScalar(d, true)).join(', ')}]`;
  if (pair && isSeq(pair.value) && pair.value.range) {
    return { start: pair.value.range[0], end: contentEnd(source.text, pair.value), newText: flow };
  }
  const edit = setKey(source, map, 'domains', 'PLACEHOLDER', ['name', 'id']);
  return { ...edit, newText: edit.newText.replace('PLACEHOLDER', flow) };
}

function domainOf(upn: string): string {
  return upn.slice(upn.lastIndexOf('@') + 1);
}

function stateNote(sub: AzSubscription, m: Messages): string[] {
  return sub.azState.toLowerCase() === 'warned' || sub.azState.toLowerCase() === 'pastdue' ? [m.importPaymentOverdue({ azState: sub.azState })] : [];
}
