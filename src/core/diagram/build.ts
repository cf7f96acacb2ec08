/**
 * Builds the diagram model of an analysis: every entity becomes a node, every relationship an edge,
 * then one-directory mode and the per-column limit choose what is shown, and `layout` places it.
 *
 * Account references (owner, createdBy, principal) are resolved the way Entra resolves them from the
 * subscription's directory: the member with that UPN there, else the guest entry there, else the
 * account's member entry in its home directory (an edge crossing directories), else an account the
 * file declares nowhere. A guest entry is linked to the member account of its home directory.
 */
import { accountKey } from '../identity';
import type { Analysis } from '../analyze';
import { messagesFor } from '../i18n';
import type { Messages } from '../i18n';
import { fold } from '../model';
import type { Directory, Group, Guest, ManagementGroup, RoleAssignment, ServicePrincipal, Span, Str, Subscription, User } from '../model';
import { namesAnAccount } from '../principals';
import { ProblemTally } from '../problems';
import type { Problem, Severity } from '../problems';
import { DIAGRAM_GROUPS, NODE_KINDS } from './kinds';
import { layout } from './layout';
import type { LayoutEngine } from './layout';
import type { DiagramColumn, DiagramEdgeKind, DiagramModel, DiagramOptions, DraftContainer, DraftEdge, DraftNode } from './model';

export type { DraftContainer, DraftEdge, DraftNode } from './model';

export const UNKNOWN_CONTAINER = 'unknown';

/** A node before layout: where it goes, not yet where it is drawn. */
/** The diagram of an analysis, laid out by `engine` (see layout.ts). */
export async function buildDiagram(analysis: Analysis, options: DiagramOptions, engine: LayoutEngine): Promise<DiagramModel> {
  const { containers, edges, focus } = diagramDraft(analysis, options);
  return layout(containers, edges, engine, focus);
}

/** What `buildDiagram` shows, before layout: the containers with their nodes, and the edges. */
export function diagramDraft(analysis: Analysis, options: DiagramOptions = {}): { containers: DraftContainer[]; edges: DraftEdge[]; focus?: string } {
  const focus = options.directory === undefined ? undefined : findDirectory(analysis, options.directory);
  if (options.directory !== undefined && !focus) return { containers: [], edges: [] };
  const graph = new Graph(analysis, messagesFor(options.locale), focus);
  return { ...graph.select(options.maxPerColumn), focus: graph.focusId };
}

type Account = User | Guest;

/**
 * The nodes and edges to choose from. For the whole file, every entity and relationship; for one
 * directory, its entities, its relationships and those of other directories that reach it (found
 * through the index, so a large file is not walked entity by entity). Nodes of other directories
 * are made when an edge needs them.
 */
class Graph {
  private readonly tally: ProblemTally;
  /** The analysis' problems by start offset, for the tooltips. */
  private readonly byStart: Problem[];
  /** Every directory's container, in file order; the unknown-accounts one last when used. */
  readonly containers: DraftContainer[] = [];
  private readonly unknown: DraftContainer;
  readonly nodes = new Map<string, DraftNode>();
  readonly edges: DraftEdge[] = [];
  private readonly entityNodes = new Map<object, string>();
  private readonly nodeIds = new Map<string, (base: string) => string>();
  private readonly edgeIds = uniqueIds();
  readonly focusId?: string;

  constructor(private readonly analysis: Analysis, private readonly m: Messages, focus?: Directory) {
    this.unknown = {
      id: UNKNOWN_CONTAINER, kind: 'unknown', label: m.diagramUndeclared(), partial: false,
      columns: emptyColumns(),
    };
    this.tally = new ProblemTally(analysis.problems);
    this.byStart = [...analysis.problems].sort((a, b) => a.start - b.start);
    const directories = analysis.workspace.directories;
    const ids = uniqueIds();
    for (const directory of directories) this.containers.push(this.container(directory, ids(directoryId(directory))));
    if (focus) {
      this.focusId = this.containers[focus.index].id;
      this.entities(focus);
      this.outgoing(focus);
      this.incoming(focus);
      // Nodes of other directories were made in the order edges met them: put them in file order.
      for (const container of this.containers) {
        if (container.id === this.focusId) continue;
        for (const list of Object.values(container.columns)) list.sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
      }
    } else {
      for (const directory of directories) this.entities(directory);
      for (const directory of directories) this.outgoing(directory);
    }
    this.edges.sort((a, b) => a.span.start - b.span.start);
    if (Object.values(this.unknown.columns).some((list) => list.length > 0)) this.containers.push(this.unknown);
  }

  private container(directory: Directory, id: string): DraftContainer {
    return {
      id, kind: 'directory',
      label: directory.name?.value ?? directory.id?.value ?? this.m.diagramDirectoryN({ number: directory.index + 1 }),
      detail: directory.name ? directory.id?.value : undefined,
      span: directory.head, severity: this.worst(directory), partial: false,
      columns: emptyColumns(),
    };
  }

  /** Every member, guest and subscription of a directory, in file order. */
  private entities(directory: Directory): void {
    for (const user of directory.users) this.nodeOf(user);
    for (const guest of directory.guests) this.nodeOf(guest);
    for (const subscription of directory.subscriptions) this.nodeOf(subscription);
    for (const group of directory.groups) this.nodeOf(group);
    for (const sp of directory.servicePrincipals) this.nodeOf(sp);
    for (const managementGroup of directory.managementGroups) this.nodeOf(managementGroup);
  }

  /** The node of an entity, made on first use. */
  private nodeOf(entity: Account | Subscription | Group | ServicePrincipal | ManagementGroup): string {
    const known = this.entityNodes.get(entity);
    if (known) return known;
    const directory = this.analysis.workspace.directories[entity.directoryIndex];
    const container = this.containers[entity.directoryIndex];
    let ids = this.nodeIds.get(container.id);
    if (!ids) this.nodeIds.set(container.id, (ids = uniqueIds()));
    let node: DraftNode;
    if (entity.kind === 'user') {
      const n = directory.users.indexOf(entity);
      node = {
        id: ids(`${container.id}/member:${entity.upn ? accountKey(entity.upn.value) : `#${n}`}`), kind: 'member', container: container.id, column: NODE_KINDS.member.group,
        label: entity.upn?.value ?? this.m.diagramUserN({ number: n + 1 }), detail: entity.displayName?.value, span: this.trim(entity), ...this.marks(entity),
        inactive: !entity.enabled || undefined,
      };
    } else if (entity.kind === 'guest') {
      const n = directory.guests.indexOf(entity);
      node = {
        id: ids(`${container.id}/guest:${entity.upn ? accountKey(entity.upn.value) : `#${n}`}`), kind: 'guest', container: container.id, column: NODE_KINDS.guest.group,
        label: entity.upn?.value ?? this.m.diagramGuestN({ number: n + 1 }), detail: entity.displayName?.value, span: this.trim(entity), ...this.marks(entity),
      };
    } else if (entity.kind === 'group' || entity.kind === 'servicePrincipal' || entity.kind === 'managementGroup') {
      const kind = entity.kind;
      const list: Array<{ id?: Str; name?: Str }> = kind === 'group' ? directory.groups : kind === 'servicePrincipal' ? directory.servicePrincipals : directory.managementGroups;
      const n = list.indexOf(entity);
      const name = kind === 'managementGroup' ? entity.name?.value ?? entity.id?.value : entity.name?.value ?? entity.id?.value;
      node = {
        id: ids(`${container.id}/${kind}:${name ? fold(name) : `#${n}`}`), kind, container: container.id, column: NODE_KINDS[kind].group,
        label: name ?? `#${n + 1}`,
        detail: kind === 'group' ? entity.description?.value : kind === 'servicePrincipal' ? this.m.reportServicePrincipalKind({ type: entity.type?.value, identity: entity.identity?.value }) : entity.id?.value,
        span: this.trim(entity), ...this.marks(entity),
      };
    } else {
      const n = directory.subscriptions.indexOf(entity);
      node = {
        id: ids(`${container.id}/sub:${entity.id ? fold(entity.id.value) : `#${n}`}`), kind: 'subscription', container: container.id, column: NODE_KINDS.subscription.group,
        label: entity.name?.value ?? entity.id?.value ?? this.m.diagramSubscriptionN({ number: n + 1 }), detail: subscriptionDetail(entity),
        span: this.trim(entity), ...this.marks(entity), subscriptionType: entity.type?.value,
        inactive: entity.state !== 'active' || undefined,
      };
    }
    container.columns[node.column].push(node);
    this.nodes.set(node.id, node);
    this.entityNodes.set(entity, node.id);
    return node.id;
  }

  /** The node of an account the file declares nowhere. */
  private unknownNode(upn: Str): string {
    const id = `${UNKNOWN_CONTAINER}/account:${accountKey(upn.value)}`;
    if (!this.nodes.has(id)) {
      const node: DraftNode = { id, kind: 'unknown', container: UNKNOWN_CONTAINER, column: NODE_KINDS.unknown.group, label: upn.value };
      this.unknown.columns[node.column].push(node);
      this.nodes.set(id, node);
    }
    return id;
  }

  /** The account a UPN names, as `directory` sees it (see the top of this file). */
  private resolve(upn: string, directory: Directory): Account | undefined {
    const { index } = this.analysis;
    const key = accountKey(upn);
    return index.members.get(key)?.find((u) => u.directoryIndex === directory.index)
      ?? index.guestIn(upn, directory) ?? index.member(upn) ?? index.guests.get(key)?.[0];
  }

  private account(upn: Str, directory: Directory): string {
    const entity = this.resolve(upn.value, directory);
    return entity ? this.nodeOf(entity) : this.unknownNode(upn);
  }

  /** The node of a role assignment's principal: an account, or a group or service principal of the directory. */
  private principal(assignment: RoleAssignment, directory: Directory): string {
    const principal = assignment.principal!;
    if (namesAnAccount(principal.value)) return this.account(principal, directory);
    const resolved = this.analysis.index.resolvePrincipal(directory, principal.value, assignment.principalType?.value);
    return resolved.status === 'found' || resolved.status === 'elsewhere' ? this.nodeOf(resolved.principal) : this.unknownNode(principal);
  }

  /** The home member of a guest entry, when it is in another directory. */
  private home(guest: Guest): User | undefined {
    const home = guest.upn && this.analysis.index.member(guest.upn.value);
    return home && home.directoryIndex !== guest.directoryIndex ? home : undefined;
  }

  /** The relationships written in a directory: its guests' links and its subscriptions' owners, creators, roles. */
  private outgoing(directory: Directory): void {
    for (const guest of directory.guests) {
      const home = this.home(guest);
      if (home) this.edge('guest', this.nodeOf(guest), this.nodeOf(home), guest);
    }
    for (const subscription of directory.subscriptions) {
      const target = this.nodeOf(subscription);
      if (subscription.type?.value === 'office365') {
        this.edge('directory', this.containers[directory.index].id, target, subscription.type.key ?? subscription.type);
      }
      if (subscription.owner) this.edge('owner', this.account(subscription.owner, directory), target, withKey(subscription.owner));
      if (subscription.createdBy) this.edge('creator', this.account(subscription.createdBy, directory), target, withKey(subscription.createdBy));
      for (const assignment of subscription.roleAssignments) this.roleEdge(assignment, directory, target, false);
      for (const assignment of subscription.pendingRoleAssignments) this.roleEdge(assignment, directory, target, true);
    }
    for (const group of directory.groups) {
      for (const member of group.members) {
        const resolved = this.analysis.index.resolvePrincipal(directory, member.value);
        if (resolved.status === 'found') this.edge('memberOf', this.nodeOf(resolved.principal), this.nodeOf(group), member);
      }
    }
    for (const managementGroup of directory.managementGroups) {
      const target = this.nodeOf(managementGroup);
      for (const id of managementGroup.subscriptions) {
        const subscription = directory.subscriptions.find((s) => s.id && fold(s.id.value) === fold(id.value));
        if (subscription) this.edge('placedIn', this.nodeOf(subscription), target, id);
      }
      const parent = managementGroup.parent && directory.managementGroups.find((g) => g.id && fold(g.id.value) === fold(managementGroup.parent!.value));
      if (parent && parent !== managementGroup) this.edge('placedIn', target, this.nodeOf(parent), managementGroup.parent!);
      for (const assignment of managementGroup.roleAssignments) this.roleEdge(assignment, directory, target, false);
    }
  }

  private roleEdge(assignment: RoleAssignment, directory: Directory, target: string, pending: boolean): void {
    if (!assignment.principal) return;
    this.edge('role', this.principal(assignment, directory), target, assignment, pending
      ? { label: assignment.role?.value, detail: this.m.diagramPending(), pending: true }
      : { label: assignment.role?.value, detail: assignment.scope?.value });
  }

  /** The relationships written in other directories that reach an account of `focus`. */
  private incoming(focus: Directory): void {
    const { index, workspace } = this.analysis;
    const inFocus = (upn: string, directory: Directory) => this.resolve(upn, directory)?.directoryIndex === focus.index;
    const elsewhere = <T extends { directoryIndex: number }>(list: T[] | undefined) => (list ?? []).filter((x) => x.directoryIndex !== focus.index);
    const keys = new Set<string>();
    for (const account of [...focus.users, ...focus.guests]) if (account.upn) keys.add(accountKey(account.upn.value));
    for (const key of keys) {
      for (const guest of elsewhere(index.guests.get(key))) {
        const home = this.home(guest);
        if (home?.directoryIndex === focus.index) this.edge('guest', this.nodeOf(guest), this.nodeOf(home), guest);
      }
      for (const subscription of elsewhere(index.subscriptionsByOwner.get(key))) {
        const directory = workspace.directories[subscription.directoryIndex];
        if (inFocus(subscription.owner!.value, directory)) {
          this.edge('owner', this.account(subscription.owner!, directory), this.nodeOf(subscription), withKey(subscription.owner!));
        }
      }
      for (const subscription of elsewhere(index.subscriptionsByCreator.get(key))) {
        const directory = workspace.directories[subscription.directoryIndex];
        if (inFocus(subscription.createdBy!.value, directory)) {
          this.edge('creator', this.account(subscription.createdBy!, directory), this.nodeOf(subscription), withKey(subscription.createdBy!));
        }
      }
      for (const assignment of elsewhere(index.assignmentsByPrincipal.get(key))) {
        const directory = workspace.directories[assignment.directoryIndex];
        if (inFocus(assignment.principal!.value, directory)) {
          this.roleEdge(assignment, directory, this.nodeOf(directory.subscriptions[assignment.subscriptionIndex]), false);
        }
      }
    }
    // Pending assignments are not indexed; there are few subscriptions next to accounts.
    for (const subscription of elsewhere(index.subscriptions)) {
      const directory = workspace.directories[subscription.directoryIndex];
      for (const assignment of subscription.pendingRoleAssignments) {
        if (assignment.principal && keys.has(accountKey(assignment.principal.value)) && inFocus(assignment.principal.value, directory)) {
          this.roleEdge(assignment, directory, this.nodeOf(subscription), true);
        }
      }
    }
  }

  private edge(kind: DiagramEdgeKind, from: string, to: string, span: Span, extra: Partial<DraftEdge> = {}): void {
    this.edges.push({
      id: this.edgeIds(`${kind}:${from}->${to}`), kind, from, to,
      span: this.trim(span), ...this.marks(span), ...extra,
    });
  }

  /** The worst severity in a span and its problems, worded for a tooltip (none: nothing). */
  private marks(span: Span): { severity?: Severity; problems?: string[] } {
    const severity = this.worst(span);
    return severity ? { severity, problems: this.problemsIn(span) } : {};
  }

  /** `CODE: message` of the problems starting in a span, the worst first, at most `MAX_TIPS` and a count of the rest. */
  private problemsIn(span: Span): string[] {
    return this.tips(this.startingIn(span));
  }

  private tips(problems: Problem[]): string[] {
    const found = [...problems].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
    const lines = found.slice(0, MAX_TIPS).map((p) => `${p.code}: ${p.message}`);
    if (found.length > MAX_TIPS) lines.push(this.m.diagramMoreProblems({ count: found.length - MAX_TIPS }));
    return lines;
  }

  /** The problems starting in a span, by binary search. */
  private startingIn(span: Span): Problem[] {
    let low = 0;
    let high = this.byStart.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.byStart[mid].start < span.start) low = mid + 1;
      else high = mid;
    }
    const found: Problem[] = [];
    for (let i = low; i < this.byStart.length && this.byStart[i].start < span.end; i++) found.push(this.byStart[i]);
    return found;
  }

  /** The span without trailing whitespace (a map's range runs to the next line): what selecting it shows. */
  private trim(span: Span): Span {
    let end = span.end;
    while (end > span.start && /\s/.test(this.analysis.text[end - 1])) end--;
    return { start: span.start, end };
  }

  private worst(span: Span): Severity | undefined {
    const counts = this.tally.in(span);
    return counts.errors ? 'error' : counts.warnings ? 'warning' : counts.infos ? 'info' : undefined;
  }

  /** A shown directory's problem counts (its whole YAML) and the problems of its own lines, outside its entries. */
  private directoryMarks(container: DraftContainer): Pick<DraftContainer, 'counts' | 'problems'> {
    const directory = this.analysis.workspace.directories[this.containers.indexOf(container)];
    if (!directory || container.kind !== 'directory') return {};
    const counts = this.tally.in(directory);
    if (counts.errors + counts.warnings + counts.infos === 0) return {};
    const entries = [...directory.users, ...directory.guests, ...directory.subscriptions];
    const own = this.startingIn(directory).filter((p) => !entries.some((e) => p.start >= e.start && p.start < e.end));
    return { counts, ...(own.length > 0 ? { problems: this.tips(own) } : {}) };
  }

  /** What is shown: all directories, or one and what its edges touch; each column cut to the limit. */
  select(maxPerColumn?: number): { containers: DraftContainer[]; edges: DraftEdge[] } {
    const limit = Math.max(1, Math.floor(maxPerColumn ?? Infinity));
    const focus = this.focusId;

    const shown = new Set<string>();
    const primary = this.containers.filter((c) => (focus ? c.id === focus : c.kind === 'directory'));
    for (const container of primary) {
      shown.add(container.id);
      for (const column of DIAGRAM_GROUPS) for (const node of container.columns[column].slice(0, limit)) shown.add(node.id);
    }
    // The other ends of the shown entries' edges: foreign entries in one-directory mode, and the
    // accounts declared nowhere. Each of their columns is cut to the limit too.
    const foreign = new Map<string, Set<string>>();
    for (const edge of this.edges) {
      const [a, b] = [shown.has(edge.from), shown.has(edge.to)];
      if (a === b) continue;
      const other = this.nodes.get(a ? edge.to : edge.from);
      if (!other) continue;
      if (!foreign.has(other.container)) foreign.set(other.container, new Set());
      foreign.get(other.container)!.add(other.id);
    }
    const containers: DraftContainer[] = [];
    for (const container of this.containers) {
      const isPrimary = primary.includes(container);
      const extra = foreign.get(container.id);
      if (!isPrimary && !extra) continue;
      const pick = (nodes: DraftNode[]) => (isPrimary ? nodes : nodes.filter((n) => extra!.has(n.id)));
      const columns = {} as Record<DiagramColumn, DraftNode[]>;
      for (const column of DIAGRAM_GROUPS) {
        const candidates = pick(container.columns[column]);
        const kept = candidates.slice(0, limit);
        for (const node of kept) shown.add(node.id);
        const left = candidates.slice(limit);
        if (left.length > 0) {
          kept.push({
            id: `${container.id}/${column}:more`, kind: 'more', container: container.id, column,
            label: this.m.diagramMore({ count: left.length }), span: left[0].span, hidden: left.length,
          });
        }
        columns[column] = kept;
      }
      shown.add(container.id);
      containers.push({ ...container, ...this.directoryMarks(container), partial: !isPrimary && container.kind === 'directory', columns });
    }
    // In one-directory mode, only the focused directory's own relationships: not those between two foreign entries.
    const inFocus = (id: string) => id === focus || this.nodes.get(id)?.container === focus;
    const edges = this.edges.filter((e) => shown.has(e.from) && shown.has(e.to) && (!focus || inFocus(e.from) || inFocus(e.to)));
    return { containers, edges };
  }
}

const MAX_TIPS = 3;
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function emptyColumns(): Record<DiagramColumn, DraftNode[]> {
  return Object.fromEntries(DIAGRAM_GROUPS.map((g) => [g, []])) as unknown as Record<DiagramColumn, DraftNode[]>;
}

function findDirectory(analysis: Analysis, directory: string | number): Directory | undefined {
  const directories = analysis.workspace.directories;
  return typeof directory === 'number'
    ? directories[directory]
    : directories.find((d) => d.id && fold(d.id.value) === fold(directory.trim()));
}

function directoryId(directory: Directory): string {
  return `dir:${directory.id ? fold(directory.id.value) : `#${directory.index}`}`;
}

function subscriptionDetail(subscription: Subscription): string | undefined {
  const parts: string[] = [];
  if (subscription.type?.value === 'azure') parts.push('Azure');
  if (subscription.type?.value === 'office365') parts.push('Office 365');
  if (subscription.type?.value === 'office365' && subscription.plan) parts.push(subscription.plan.value);
  else if (subscription.offer) parts.push(subscription.offer.value);
  if (subscription.state !== 'active') parts.push(subscription.state);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

/** A `key: value` scalar's span from its key to the end of its value. */
function withKey(value: Str): Span {
  return { start: value.key?.start ?? value.start, end: value.end };
}

/** Makes ids unique when the file repeats a name: `x`, `x#2`, … */
function uniqueIds(): (base: string) => string {
  const seen = new Map<string, number>();
  return (base) => {
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  };
}
