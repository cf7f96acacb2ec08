/**
 * The part of the merge that handles groups, service principals (applications and managed
 * identities) and management groups: what the file already has, what the import adds, and the
 * names role assignments can use for them. Matching: groups and service principals by object id,
 * then app id, then name (without regard to case); management groups by id.
 */
import { isScalar } from 'yaml';
import type { YAMLMap } from 'yaml';
import { accountKey } from '../identity';
import { fold } from '../model';
import { mapItems, normalScope } from '../edits/common';
import type { FoundDirectory } from '../edits/find';
import type { TextEdit } from '../edits/types';
import { removeKey, setKey } from '../edits/yaml/keys';
import { itemsOf, pairOf, scalarText } from '../edits/yaml/nodes';
import { appendItems } from '../edits/yaml/sequences';
import type { Fields } from '../edits/yaml/scalars';
import type { Source } from '../edits/yaml/source';
import type { Messages } from '../i18n';
import type { AzGroup, AzManagementGroup, AzManagementGroups, AzMember, AzServicePrincipal } from './azureDirectoryObjects';
import type { AzRoleAssignment } from './azureCli';
import { findDuplicates } from './duplicates';
import { appendList } from './listEdits';
import type { FieldChange, ImportSummary, SummaryEntry } from './summary';

/** A directory as the merge knows it (file or import). */
export interface DirRef {
  id: string;
  name: string;
  found?: FoundDirectory;
}

/** A group or service principal of a directory, from the file or added by the import. */
interface Named {
  name: string;
  id?: string;
  appId?: string;
  map?: YAMLMap;
  /** A group added by this import: its fields, where imported members go. */
  fields?: Fields;
  /** A group's members (file and import), by account key or folded name / id. */
  members?: Set<string>;
  newMembers?: string[];
}

/** Groups or service principals of a directory, looked up by object id, app id or name in constant time. */
class NamedList {
  readonly all: Named[] = [];
  private readonly keys = new Map<string, Named[]>();

  add(named: Named): void {
    this.all.push(named);
    this.key(`name ${fold(named.name)}`, named);
    if (named.id) this.key(`id ${fold(named.id)}`, named);
    if (named.appId) this.key(`app ${fold(named.appId)}`, named);
  }

  byId(id: string): Named | undefined {
    return this.keys.get(`id ${fold(id)}`)?.[0];
  }

  byAppId(appId: string): Named | undefined {
    return this.keys.get(`app ${fold(appId)}`)?.[0];
  }

  byName(name: string): Named[] {
    return this.keys.get(`name ${fold(name)}`) ?? [];
  }

  /** Records an id the file's entry did not have (nothing when it has one). */
  fillIds(named: Named, id: string | undefined, appId: string | undefined): void {
    if (id && !named.id) {
      named.id = id;
      this.key(`id ${fold(id)}`, named);
    }
    if (appId && !named.appId) {
      named.appId = appId;
      this.key(`app ${fold(appId)}`, named);
    }
  }

  private key(key: string, named: Named): void {
    const list = this.keys.get(key);
    if (list) list.push(named);
    else this.keys.set(key, [named]);
  }
}

interface ManagementGroupEntry {
  id: string;
  name?: string;
  parent?: string;
  map?: YAMLMap;
  /** Subscriptions the import places in it (the file's are in `placed`). */
  newSubscriptions: string[];
  /** Folded `principal role` of its role assignments, file and import. */
  assignments: Set<string>;
  newAssignments: Fields[];
  added: boolean;
}

interface DirObjects {
  dir: DirRef;
  groups: NamedList;
  servicePrincipals: NamedList;
  newGroups: Fields[];
  newServicePrincipals: Fields[];
  managementGroups: Map<string, ManagementGroupEntry>;
  /** Subscription id (folded) → the management group (folded id) the file or the import places it in. */
  placed: Map<string, string>;
  /** The tenant root group's display name, when a management-group listing printed it. */
  rootName?: string;
}

export interface ObjectsContext {
  source: Source;
  summary: ImportSummary;
  m: Messages;
  fieldEdits: TextEdit[];
  /** The directory a subscription is in (file or import), by id. */
  subscriptionDirectory(id: string): DirRef | undefined;
}

/** How a role assignment's principal is written. */
export interface PrincipalRef {
  principal: string;
  principalType?: 'Group' | 'ServicePrincipal';
  /** Written by object id: the directory does not list the group or service principal. */
  byId: boolean;
}

export class DirectoryObjectsMerge {
  private readonly dirs = new Map<string, DirObjects>();

  constructor(private readonly ctx: ObjectsContext) {}

  /** The objects of a directory, read from the file the first time. */
  of(dir: DirRef): DirObjects {
    const key = fold(dir.id);
    let objects = this.dirs.get(key);
    if (objects) return objects;
    objects = {
      dir, groups: new NamedList(), servicePrincipals: new NamedList(), newGroups: [], newServicePrincipals: [],
      managementGroups: new Map(), placed: new Map(),
    };
    this.dirs.set(key, objects);
    const map = dir.found?.map;
    if (!map) return objects;
    for (const g of mapItems(map, 'groups')) {
      const name = scalarText(g, 'name');
      if (name) objects.groups.add({ name, id: scalarText(g, 'id'), map: g, members: new Set(itemsOf(g, 'members').map((n) => (isScalar(n) ? memberKey(String(n.value)) : ''))), newMembers: [] });
    }
    for (const sp of mapItems(map, 'servicePrincipals')) {
      const name = scalarText(sp, 'name');
      if (name) objects.servicePrincipals.add({ name, id: scalarText(sp, 'id'), appId: scalarText(sp, 'appId'), map: sp });
    }
    for (const mg of mapItems(map, 'managementGroups')) {
      const id = scalarText(mg, 'id');
      if (!id || objects.managementGroups.has(fold(id))) continue;
      const assignments = new Set(mapItems(mg, 'roleAssignments').map((a) => assignmentKey(scalarText(a, 'principal') ?? '', scalarText(a, 'role') ?? '')));
      objects.managementGroups.set(fold(id), {
        id, name: scalarText(mg, 'name'), parent: scalarText(mg, 'parent'), map: mg,
        newSubscriptions: [], assignments, newAssignments: [], added: false,
      });
      for (const s of itemsOf(mg, 'subscriptions')) if (isScalar(s)) objects.placed.set(fold(String(s.value)), fold(id));
    }
    return objects;
  }

  // ── groups ─────────────────────────────────────────────────────────────────────────────────────

  /**
   * `az ad group list` of one directory. Security-enabled groups are recorded; a group without
   * security (a distribution list, a Microsoft 365 group created without it) cannot be given Azure
   * access and is listed as not recorded — unless an imported role assignment names it.
   */
  groups(dir: DirRef, list: readonly AzGroup[], referenced: ReadonlySet<string>): void {
    const objects = this.of(dir);
    const { unique, conflicting } = findDuplicates(list, (g) => fold(g.displayName), { id: (g) => g.id });
    for (const d of conflicting) this.duplicate('group', d.items[0].displayName, d.differences, dir);
    for (const g of unique) {
      if (!g.securityEnabled && !referenced.has(g.id)) {
        this.ctx.summary.notRecorded.push({
          kind: 'group', key: g.id, label: g.displayName, directory: dir.name,
          notes: [this.ctx.m.importNotSecurityGroup({ microsoft365: g.groupTypes.some((t) => t.toLowerCase() === 'unified') })],
        });
        continue;
      }
      const entry: SummaryEntry = { kind: 'group', key: g.id, label: g.displayName, directory: dir.name };
      const existing = objects.groups.byId(g.id) ?? objects.groups.byName(g.displayName).find((n) => !n.id);
      if (existing) {
        if (fold(existing.name) !== fold(g.displayName)) {
          this.nameConflict('group', g.id, existing.name, g.displayName);
          continue;
        }
        objects.groups.fillIds(existing, g.id, undefined);
        if (!existing.map) {
          this.ctx.summary.unchanged.push(entry);
          continue;
        }
        const changes: FieldChange[] = [];
        this.fill(existing.map, 'id', g.id, ['name'], changes);
        if (g.description) this.fill(existing.map, 'description', g.description, ['id', 'name'], changes);
        if (g.isAssignableToRole) this.fill(existing.map, 'isAssignableToRole', true, ['description', 'id', 'name'], changes);
        this.record(changes, entry);
        continue;
      }
      const fields: Fields = [
        ['name', g.displayName], ['id', g.id], ['description', g.description],
        ['isAssignableToRole', g.isAssignableToRole ? true : undefined],
      ];
      objects.groups.add({ name: g.displayName, id: g.id, fields, members: new Set(), newMembers: [] });
      objects.newGroups.push(fields);
      this.ctx.summary.added.push({ ...entry, notes: [this.ctx.m.importMembersNotListed()] });
    }
  }

  // ── service principals ─────────────────────────────────────────────────────────────────────────

  /**
   * `az ad sp list --all`. Managed identities and the directory's own applications are recorded;
   * service principals of applications other organisations own (Microsoft's first-party apps are
   * hundreds) only when an imported role assignment names them. Returns how many were left out.
   */
  servicePrincipals(list: readonly AzServicePrincipal[], directoryOf: (sp: AzServicePrincipal) => DirRef | undefined, referenced: ReadonlySet<string>, onNoDirectory: () => void): number {
    let leftOut = 0;
    const placed = list.map((sp) => ({ sp, dir: directoryOf(sp) }));
    const { unique, conflicting } = findDuplicates(placed.filter((p) => p.dir), (p) => `${fold(p.dir!.id)} ${fold(p.sp.displayName)}`, { id: (p) => p.sp.id });
    if (placed.some((p) => !p.dir)) onNoDirectory();
    for (const d of conflicting) {
      const { sp, dir } = d.items[0];
      if (d.items.some((p) => keep(p.sp, p.dir!, referenced))) this.duplicate('servicePrincipal', sp.displayName, d.differences, dir!);
    }
    for (const { sp, dir } of unique) {
      if (!keep(sp, dir!, referenced)) {
        leftOut++;
        continue;
      }
      this.servicePrincipal(sp, dir!);
    }
    return leftOut;
  }

  private servicePrincipal(sp: AzServicePrincipal, dir: DirRef): void {
    const objects = this.of(dir);
    const entry: SummaryEntry = { kind: 'servicePrincipal', key: sp.id, label: sp.displayName, directory: dir.name };
    const identity = sp.managedIdentity;
    if (identity && !identity.userAssigned && !identity.resource) {
      this.ctx.summary.notRecorded.push({ ...entry, notes: [this.ctx.m.importIdentityNoResource()] });
      return;
    }
    const existing = objects.servicePrincipals.byId(sp.id)
      ?? (sp.appId ? objects.servicePrincipals.byAppId(sp.appId) : undefined)
      ?? objects.servicePrincipals.byName(sp.displayName).find((n) => !n.id);
    if (existing) {
      if (fold(existing.name) !== fold(sp.displayName)) {
        this.nameConflict('servicePrincipal', sp.id, existing.name, sp.displayName);
        return;
      }
      objects.servicePrincipals.fillIds(existing, sp.id, sp.appId);
      if (!existing.map) {
        this.ctx.summary.unchanged.push(entry);
        return;
      }
      const changes: FieldChange[] = [];
      if (!identity && sp.appId) this.fill(existing.map, 'appId', sp.appId, ['type', 'name'], changes);
      this.fill(existing.map, 'id', sp.id, ['appId', 'type', 'name'], changes);
      this.record(changes, entry);
      return;
    }
    objects.servicePrincipals.add({ name: sp.displayName, id: sp.id, appId: sp.appId });
    objects.newServicePrincipals.push(identity
      ? [['name', sp.displayName], ['type', 'managedIdentity'], ['identity', identity.userAssigned ? 'userAssigned' : 'systemAssigned'], ['id', sp.id], ['resource', identity.resource]]
      : [['name', sp.displayName], ['type', 'application'], ['appId', sp.appId], ['id', sp.id]]);
    this.ctx.summary.added.push(identity ? { ...entry, notes: [identity.userAssigned ? this.ctx.m.importUserAssigned() : this.ctx.m.importSystemAssigned()] } : entry);
  }

  // ── management groups ──────────────────────────────────────────────────────────────────────────

  /**
   * Management groups of every management-group output of the import, combined (a `list` names
   * them, `entities list` or `show --expand --recurse` adds parents and subscriptions).
   */
  managementGroups(listings: readonly AzManagementGroups[], directory: (tenantId: string | undefined) => DirRef | undefined, onNoDirectory: (tenantId: string | undefined) => void): void {
    const combined = new Map<string, AzManagementGroup & { dir: DirRef }>();
    const groupDir = new Map<string, DirRef>();
    for (const listing of listings) {
      const tenant = listing.groups.find((g) => g.tenantId)?.tenantId;
      for (const g of listing.groups) {
        const dir = directory(g.tenantId ?? tenant);
        if (!dir) {
          onNoDirectory(g.tenantId ?? tenant);
          continue;
        }
        const key = `${fold(dir.id)} ${fold(g.name)}`;
        const known = combined.get(key);
        if (known) {
          known.displayName ??= g.displayName;
          if (known.parent === undefined) known.parent = g.parent;
        } else combined.set(key, { ...g, dir });
        groupDir.set(fold(g.name), dir);
      }
    }
    for (const g of combined.values()) this.managementGroup(g, g.dir);
    for (const listing of listings) {
      for (const p of listing.placements) {
        const dir = groupDir.get(fold(p.group));
        if (dir) this.place(p.subscriptionId, p.group, p.displayName, dir);
      }
    }
  }

  private managementGroup(g: AzManagementGroup, dir: DirRef): void {
    const objects = this.of(dir);
    const root = fold(g.name) === fold(dir.id);
    // The root group is recorded only to hold role assignments: a subscription in no group is under it.
    const parent = g.parent === undefined ? undefined : g.parent === null || fold(g.parent) === fold(dir.id) ? null : g.parent;
    const label = g.displayName ?? g.name;
    const entry: SummaryEntry = { kind: 'managementGroup', key: g.name, label, directory: dir.name };
    const existing = objects.managementGroups.get(fold(g.name));
    if (!existing) {
      if (root) {
        objects.rootName = g.displayName;
        return;
      }
      objects.managementGroups.set(fold(g.name), {
        id: g.name, name: g.displayName, parent: parent ?? undefined, newSubscriptions: [], assignments: new Set(), newAssignments: [], added: true,
      });
      this.ctx.summary.added.push(parent === undefined ? { ...entry, notes: [this.ctx.m.importParentUnknown()] } : entry);
      return;
    }
    if (!existing.map) return;
    const changes: FieldChange[] = [];
    if (g.displayName && g.displayName !== existing.name) {
      changes.push({ field: 'name', from: existing.name, to: g.displayName });
      this.ctx.fieldEdits.push(setKey(this.ctx.source, existing.map, 'name', g.displayName, ['id']));
      existing.name = g.displayName;
    }
    if (parent !== undefined && !root && fold(parent ?? '') !== fold(existing.parent ?? '')) {
      changes.push({ field: 'parent', from: existing.parent, to: parent ?? this.ctx.m.importRootGroup() });
      const edit = parent === null ? removeKey(this.ctx.source, existing.map, 'parent') : setKey(this.ctx.source, existing.map, 'parent', parent, ['name', 'id']);
      if (edit) this.ctx.fieldEdits.push(edit);
      existing.parent = parent ?? undefined;
    }
    this.record(changes, entry);
  }

  /** A subscription Azure places directly in a management group. */
  private place(subscriptionId: string, group: string, displayName: string | undefined, dir: DirRef): void {
    const objects = this.of(dir);
    const subDir = this.ctx.subscriptionDirectory(subscriptionId);
    const label = displayName ?? subscriptionId;
    if (!subDir || fold(subDir.id) !== fold(dir.id)) {
      this.ctx.summary.notRecorded.push({ kind: 'subscription', key: subscriptionId, label, directory: dir.name, notes: [this.ctx.m.importPlacedNotInFile({ group })] });
      return;
    }
    const root = fold(group) === fold(dir.id);
    const current = objects.placed.get(fold(subscriptionId));
    if (current === (root ? undefined : fold(group))) return;
    if (current !== undefined || root) {
      const fileGroup = current === undefined ? undefined : objects.managementGroups.get(current);
      this.ctx.summary.conflicts.push({
        kind: 'subscription', key: subscriptionId, label, reason: 'management-group',
        message: this.ctx.m.importPlacedElsewhere({ file: fileGroup?.name ?? fileGroup?.id ?? current ?? '', azure: group, root }),
        proposal: this.ctx.m.importPlacedElsewhereProposal(),
      });
      return;
    }
    const mg = objects.managementGroups.get(fold(group));
    if (!mg) return;
    objects.placed.set(fold(subscriptionId), fold(group));
    mg.newSubscriptions.push(subscriptionId);
    if (mg.added) return;
    this.ctx.summary.updated.push({ kind: 'managementGroup', key: mg.id, label: mg.name ?? mg.id, directory: dir.name, changes: [{ field: 'subscriptions', to: subscriptionId, added: true }] });
  }

  /**
   * The management group of an assignment's scope: in the directory of the subscription the list was
   * made for, else the one directory that has it; the tenant root group (id = tenant id) is added
   * when missing. Undefined when neither the file nor the import has it.
   */
  managementGroupFor(name: string, a: AzRoleAssignment, directories: readonly DirRef[]): { dir: DirRef; group: ManagementGroupEntry; label: string } | undefined {
    const listed = a.listedUnder ? this.ctx.subscriptionDirectory(a.listedUnder) : undefined;
    const candidates = listed ? [listed] : directories;
    for (const dir of candidates) {
      const objects = this.of(dir);
      const group = objects.managementGroups.get(fold(name));
      const label = (g: ManagementGroupEntry) => g.name ?? (fold(g.id) === fold(dir.id) ? objects.rootName ?? this.ctx.m.importRootGroup() : g.id);
      if (group) return { dir, group, label: label(group) };
      if (fold(name) === fold(dir.id)) {
        const rootGroup: ManagementGroupEntry = { id: dir.id, name: objects.rootName, newSubscriptions: [], assignments: new Set(), newAssignments: [], added: true };
        objects.managementGroups.set(fold(name), rootGroup);
        this.ctx.summary.added.push({ kind: 'managementGroup', key: dir.id, label: label(rootGroup), directory: dir.name, notes: [this.ctx.m.importRootGroupAdded()] });
        return { dir, group: rootGroup, label: label(rootGroup) };
      }
    }
    return undefined;
  }

  /** Records a role assignment on a management group; false when it already has it. */
  addManagementGroupAssignment(group: ManagementGroupEntry, principal: PrincipalRef, role: string, alternatives: string[]): boolean {
    if ([principal.principal, ...alternatives].some((p) => group.assignments.has(assignmentKey(p, role)))) return false;
    group.assignments.add(assignmentKey(principal.principal, role));
    group.newAssignments.push([['principal', principal.principal], ['principalType', principal.principalType], ['role', role]]);
    return true;
  }

  // ── group members ──────────────────────────────────────────────────────────────────────────────

  /** The group `--group` names (name or object id) in one of the directories: file or import. */
  findGroup(text: string, directories: readonly DirRef[]): Array<{ dir: DirRef; group: Named }> {
    const found: Array<{ dir: DirRef; group: Named }> = [];
    for (const dir of directories) {
      const objects = this.of(dir);
      const group = objects.groups.byId(text) ?? onlyOne(objects.groups.byName(text));
      if (group) found.push({ dir, group });
    }
    return found;
  }

  /**
   * `az ad group member list` of one group: members are added (never removed), each written as the
   * format names it — a user's UPN (a guest's home account), a group's or service principal's name
   * when the directory lists it, else its object id. Devices and contacts are not principals.
   */
  members(dir: DirRef, group: Named, list: readonly AzMember[], accountOf: (upn: string) => string): void {
    const objects = this.of(dir);
    const changes: FieldChange[] = [];
    for (const member of list) {
      const written = this.memberReference(objects, member, accountOf);
      if (!written) {
        this.ctx.summary.notRecorded.push({ kind: 'group', key: member.id, label: member.displayName ?? member.id, directory: dir.name, notes: [this.ctx.m.importMemberNotPrincipal({ type: member.type, group: group.name })] });
        continue;
      }
      const keys = [memberKey(written), ...(member.id ? [fold(member.id)] : [])];
      if (keys.some((k) => group.members!.has(k))) continue;
      for (const k of keys) group.members!.add(k);
      group.newMembers!.push(written);
      changes.push({ field: 'members', to: written, added: true });
    }
    if (group.fields) {
      const members = group.newMembers!;
      if (members.length) group.fields.push(['members', members]);
      group.newMembers = [];
      const added = this.ctx.summary.added.find((e) => e.kind === 'group' && e.key === group.id);
      if (added && members.length) added.notes = [this.ctx.m.importMembersAdded({ count: members.length })];
      return;
    }
    this.record(changes, { kind: 'group', key: group.id ?? group.name, label: group.name, directory: dir.name });
  }

  private memberReference(objects: DirObjects, member: AzMember, accountOf: (upn: string) => string): string | undefined {
    if (member.type === 'user') return member.userPrincipalName ? accountOf(member.userPrincipalName) : undefined;
    if (member.type === 'group') return objects.groups.byId(member.id)?.name ?? member.id;
    if (member.type === 'servicePrincipal') {
      return (objects.servicePrincipals.byId(member.id) ?? (member.appId ? objects.servicePrincipals.byAppId(member.appId) : undefined))?.name ?? member.id;
    }
    return undefined;
  }

  // ── principals of role assignments ─────────────────────────────────────────────────────────────

  /**
   * A group's or service principal's assignment, as the format writes it: by its name when the
   * directory lists it (file or import), else by its object id with `principalType`.
   */
  principalFor(dir: DirRef, a: AzRoleAssignment): PrincipalRef | undefined {
    const objects = this.of(dir);
    const id = a.principalId;
    if (a.principalType === 'Group') {
      const group = (id ? objects.groups.byId(id) : undefined) ?? (a.principalName ? onlyOne(objects.groups.byName(a.principalName)) : undefined);
      if (group) return this.byName(objects, group.name, 'Group');
    } else if (a.principalType === 'ServicePrincipal') {
      const sp = (id ? objects.servicePrincipals.byId(id) : undefined) ?? (a.principalName ? objects.servicePrincipals.byAppId(a.principalName) : undefined);
      if (sp) return this.byName(objects, sp.name, 'ServicePrincipal');
    } else return undefined;
    const written = id ?? a.principalName;
    return written ? { principal: written, principalType: a.principalType, byId: true } : undefined;
  }

  /** A name, with `principalType` when a principal of the other kind has the same name. */
  private byName(objects: DirObjects, name: string, type: 'Group' | 'ServicePrincipal'): PrincipalRef {
    const other = type === 'Group' ? objects.servicePrincipals : objects.groups;
    return { principal: name, byId: false, ...(other.byName(name).length ? { principalType: type } : {}) };
  }

  // ── text ───────────────────────────────────────────────────────────────────────────────────────

  /** Edits for the directories of the file. */
  edits(): TextEdit[] {
    const { source } = this.ctx;
    const edits: TextEdit[] = [];
    for (const objects of this.dirs.values()) {
      const map = objects.dir.found?.map;
      if (!map) continue;
      for (const mg of objects.managementGroups.values()) {
        if (!mg.map) continue;
        if (mg.newSubscriptions.length) edits.push(...appendList(source, mg.map, 'subscriptions', mg.newSubscriptions, ['parent', 'name', 'id']));
        if (mg.newAssignments.length) {
          const list = pairOf(mg.map, 'roleAssignments')?.value;
          const hasItems = list !== null && list !== undefined && 'items' in list && (list.items as unknown[]).length > 0;
          edits.push(...appendItems(source, mg.map, 'roleAssignments', mg.newAssignments, { preferFlow: hasItems ? undefined : true }));
        }
      }
      for (const group of objects.groups.all) {
        if (group.map && group.newMembers?.length) edits.push(...appendList(source, group.map, 'members', group.newMembers, ['isAssignableToRole', 'description', 'id', 'name']));
      }
      edits.push(...appendItems(source, map, 'groups', objects.newGroups, { preferFlow: false }));
      edits.push(...appendItems(source, map, 'servicePrincipals', objects.newServicePrincipals, { preferFlow: false }));
      edits.push(...appendItems(source, map, 'managementGroups', this.newManagementGroups(objects), { preferFlow: false }));
    }
    return edits;
  }

  /** The lists a directory the import adds gets, in the format's order. */
  listsOfNewDirectory(dir: DirRef): Array<[string, Fields[]]> {
    const objects = this.dirs.get(fold(dir.id));
    if (!objects) return [];
    return [
      ['groups', objects.newGroups], ['servicePrincipals', objects.newServicePrincipals],
      ['managementGroups', this.newManagementGroups(objects)],
    ];
  }

  /** New management groups, parents first (the root group first of all), as the import writes them. */
  private newManagementGroups(objects: DirObjects): Fields[] {
    const added = [...objects.managementGroups.values()].filter((g) => g.added);
    const depth = (g: ManagementGroupEntry, seen = new Set<string>()): number => {
      if (fold(g.id) === fold(objects.dir.id)) return -1;
      const parent = g.parent ? objects.managementGroups.get(fold(g.parent)) : undefined;
      if (!parent || seen.has(fold(g.id))) return 0;
      seen.add(fold(g.id));
      return 1 + depth(parent, seen);
    };
    return added
      .map((g, i) => ({ g, i, d: depth(g) }))
      .sort((x, y) => x.d - y.d || x.i - y.i)
      .map(({ g }) => [
        ['id', g.id], ['name', g.name], ['parent', g.parent],
        ['subscriptions', g.newSubscriptions.length ? g.newSubscriptions : undefined],
        ['roleAssignments', g.newAssignments.length ? g.newAssignments : undefined],
      ] as Fields);
  }

  // ── helpers ────────────────────────────────────────────────────────────────────────────────────

  /** Sets a key the file's entry does not have yet (never overwrites). */
  private fill(map: YAMLMap, key: string, value: string | boolean, after: string[], changes: FieldChange[]): void {
    if (pairOf(map, key)) return;
    this.ctx.fieldEdits.push(setKey(this.ctx.source, map, key, value, after));
    changes.push({ field: key, to: String(value) });
  }

  private record(changes: FieldChange[], entry: SummaryEntry): void {
    if (changes.length) this.ctx.summary.updated.push({ ...entry, changes });
    else this.ctx.summary.unchanged.push(entry);
  }

  private duplicate(kind: 'group' | 'servicePrincipal', name: string, differences: Array<{ field: string; values: string[] }>, dir: DirRef): void {
    this.ctx.summary.conflicts.push({
      kind, key: name, label: name, reason: 'duplicate',
      message: this.ctx.m.importSameName({ directory: dir.name, ids: differences.flatMap((d) => d.values).join(', ') }),
      proposal: this.ctx.m.importSameNameProposal(),
    });
  }

  private nameConflict(kind: 'group' | 'servicePrincipal', id: string, file: string, azure: string): void {
    this.ctx.summary.conflicts.push({
      kind, key: id, label: file, reason: 'name',
      message: this.ctx.m.importObjectName({ file, azure }),
      proposal: this.ctx.m.importObjectNameProposal({ azure }),
    });
  }
}

/** Whether `az ad sp list` output is recorded: see `servicePrincipals`. */
function keep(sp: AzServicePrincipal, dir: DirRef, referenced: ReadonlySet<string>): boolean {
  if (referenced.has(sp.id) || (sp.appId && referenced.has(sp.appId))) return true;
  if (sp.managedIdentity) return true;
  return sp.servicePrincipalType.toLowerCase() === 'application' && sp.appOwnerOrganizationId === fold(dir.id);
}

function onlyOne<T>(items: T[]): T | undefined {
  return items.length === 1 ? items[0] : undefined;
}

/** A member as a set key: an account by its account key (UPN, home account or `#EXT#` form alike), else folded. */
function memberKey(text: string): string {
  return text.includes('@') ? `@${accountKey(text)}` : fold(text.trim());
}

/** A management group's role assignments are the same when principal and role are (letter case aside). */
function assignmentKey(principal: string, role: string): string {
  return `${fold(principal)} ${fold(role)} ${normalScope(undefined)}`;
}

