/**
 * Builds the diagram model of an analysis: every entity becomes a node, every relationship an edge,
 * then one-directory mode and the per-column limit choose what is shown, and `layout` places it.
 *
 * Account references (owner, createdBy, principal) are resolved the way Entra resolves them from the
 * subscription's directory: the member with that UPN there, else the guest entry there, else the
 * account's member entry in its home directory (an edge crossing directories), else an account the
 * file declares nowhere. A guest entry is linked to the member account of its home directory.
 */
import type { Analysis } from '../analyze';
import { fold } from '../model';
import type { Directory, Span, Str, Subscription } from '../model';
import { ProblemTally } from '../problems';
import type { Severity } from '../problems';
import { layout } from './layout';
import type { DiagramColumn, DiagramEdgeKind, DiagramModel, DiagramNodeKind, DiagramOptions } from './model';

export const UNKNOWN_CONTAINER = 'unknown';

/** A node before layout. */
export interface DraftNode {
  id: string;
  kind: DiagramNodeKind;
  container: string;
  column: DiagramColumn;
  label: string;
  detail?: string;
  span?: Span;
  severity?: Severity;
  subscriptionType?: 'azure' | 'office365';
  inactive?: boolean;
  hidden?: number;
}

export interface DraftContainer {
  id: string;
  kind: 'directory' | 'unknown';
  label: string;
  detail?: string;
  span?: Span;
  severity?: Severity;
  partial: boolean;
  /** Nodes by column, in file order. */
  columns: Record<DiagramColumn, DraftNode[]>;
}

export interface DraftEdge {
  id: string;
  kind: DiagramEdgeKind;
  from: string;
  to: string;
  label?: string;
  detail?: string;
  span: Span;
  severity?: Severity;
  pending?: boolean;
}

export function buildDiagram(analysis: Analysis, options: DiagramOptions = {}): DiagramModel {
  const graph = new Graph(analysis);
  const { containers, edges, focus } = graph.select(options);
  return layout(containers, edges, focus);
}

class Graph {
  private readonly tally: ProblemTally;
  /** Every container, in file order; the unknown-accounts one last. */
  readonly containers: DraftContainer[] = [];
  readonly nodes = new Map<string, DraftNode>();
  readonly edges: DraftEdge[] = [];
  private readonly entityNodes = new Map<object, string>();
  private readonly edgeIds = uniqueIds();
  /** Container id of each directory, by its position in the file (unique even if tenant ids repeat). */
  private readonly directoryIds: string[] = [];

  constructor(private readonly analysis: Analysis) {
    this.tally = new ProblemTally(analysis.problems);
    const directories = analysis.workspace.directories;
    const unknown: DraftContainer = {
      id: UNKNOWN_CONTAINER, kind: 'unknown', label: 'Not declared in the file', partial: false,
      columns: { members: [], subscriptions: [], guests: [] },
    };
    const ids = uniqueIds();
    for (const directory of directories) this.directoryIds.push(ids(directoryId(directory)));
    for (const directory of directories) this.containers.push(this.directoryNodes(directory));
    for (const directory of directories) this.directoryEdges(directory, unknown);
    if (unknown.columns.members.length > 0) this.containers.push(unknown);
  }

  private directoryNodes(directory: Directory): DraftContainer {
    const id = this.directoryIds[directory.index];
    const container: DraftContainer = {
      id, kind: 'directory',
      label: directory.name?.value ?? directory.id?.value ?? `Directory ${directory.index + 1}`,
      detail: directory.name ? directory.id?.value : undefined,
      span: directory.head, severity: this.worst(directory), partial: false,
      columns: { members: [], subscriptions: [], guests: [] },
    };
    const ids = uniqueIds();
    const add = (entity: object, node: DraftNode) => {
      container.columns[node.column].push(node);
      this.nodes.set(node.id, node);
      this.entityNodes.set(entity, node.id);
    };
    directory.users.forEach((user, i) => add(user, {
      id: ids(`${id}/member:${user.upn ? fold(user.upn.value) : `#${i}`}`), kind: 'member', container: id, column: 'members',
      label: user.upn?.value ?? `User ${i + 1}`, detail: user.displayName?.value, span: this.trim(user), severity: this.worst(user),
      inactive: !user.enabled || undefined,
    }));
    directory.guests.forEach((guest, i) => add(guest, {
      id: ids(`${id}/guest:${guest.upn ? fold(guest.upn.value) : `#${i}`}`), kind: 'guest', container: id, column: 'guests',
      label: guest.upn?.value ?? `Guest ${i + 1}`, detail: guest.displayName?.value, span: this.trim(guest), severity: this.worst(guest),
    }));
    directory.subscriptions.forEach((subscription, i) => add(subscription, {
      id: ids(`${id}/sub:${subscription.id ? fold(subscription.id.value) : `#${i}`}`), kind: 'subscription', container: id, column: 'subscriptions',
      label: subscription.name?.value ?? subscription.id?.value ?? `Subscription ${i + 1}`, detail: subscriptionDetail(subscription),
      span: this.trim(subscription), severity: this.worst(subscription), subscriptionType: subscription.type?.value,
      inactive: subscription.state !== 'active' || undefined,
    }));
    return container;
  }

  private directoryEdges(directory: Directory, unknown: DraftContainer): void {
    const { index } = this.analysis;
    const account = (upn: Str): string => {
      const key = fold(upn.value);
      const entity = index.members.get(key)?.find((u) => u.directoryIndex === directory.index)
        ?? index.guestIn(upn.value, directory) ?? index.member(upn.value) ?? index.guests.get(key)?.[0];
      if (entity) return this.entityNodes.get(entity)!;
      const id = `${UNKNOWN_CONTAINER}/account:${key}`;
      if (!this.nodes.has(id)) {
        const node: DraftNode = { id, kind: 'unknown', container: UNKNOWN_CONTAINER, column: 'members', label: upn.value };
        unknown.columns.members.push(node);
        this.nodes.set(id, node);
      }
      return id;
    };
    for (const guest of directory.guests) {
      const home = guest.upn && index.member(guest.upn.value);
      if (!home || home.directoryIndex === directory.index) continue;
      this.edge('guest', this.entityNodes.get(guest)!, this.entityNodes.get(home)!, guest);
    }
    for (const subscription of directory.subscriptions) {
      const target = this.entityNodes.get(subscription)!;
      if (subscription.type?.value === 'office365') {
        this.edge('directory', this.directoryIds[directory.index], target, subscription.type.key ?? subscription.type);
      }
      if (subscription.owner) this.edge('owner', account(subscription.owner), target, withKey(subscription.owner));
      if (subscription.createdBy) this.edge('creator', account(subscription.createdBy), target, withKey(subscription.createdBy));
      for (const assignment of subscription.roleAssignments) {
        if (!assignment.principal) continue;
        this.edge('role', account(assignment.principal), target, assignment, {
          label: assignment.role?.value, detail: assignment.scope?.value,
        });
      }
      for (const assignment of subscription.pendingRoleAssignments) {
        if (!assignment.principal) continue;
        this.edge('role', account(assignment.principal), target, assignment, {
          label: assignment.role?.value, detail: 'pending', pending: true,
        });
      }
    }
  }

  private edge(kind: DiagramEdgeKind, from: string, to: string, span: Span, extra: Partial<DraftEdge> = {}): void {
    this.edges.push({
      id: this.edgeIds(`${kind}:${from}->${to}`), kind, from, to,
      span: this.trim(span), severity: this.worst(span), ...extra,
    });
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

  /** What is shown: all directories, or one and what its edges touch; each column cut to the limit. */
  select(options: DiagramOptions): { containers: DraftContainer[]; edges: DraftEdge[]; focus?: string } {
    const limit = Math.max(1, Math.floor(options.maxPerColumn ?? Infinity));
    const focus = options.directory === undefined ? undefined : this.findDirectory(options.directory);
    if (options.directory !== undefined && !focus) return { containers: [], edges: [], focus: undefined };

    const shown = new Set<string>();
    const primary = this.containers.filter((c) => (focus ? c.id === focus : c.kind === 'directory'));
    for (const container of primary) {
      shown.add(container.id);
      for (const column of COLUMNS) for (const node of container.columns[column].slice(0, limit)) shown.add(node.id);
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
      for (const column of COLUMNS) {
        const candidates = pick(container.columns[column]);
        const kept = candidates.slice(0, limit);
        for (const node of kept) shown.add(node.id);
        const left = candidates.slice(limit);
        if (left.length > 0) {
          kept.push({
            id: `${container.id}/${column}:more`, kind: 'more', container: container.id, column,
            label: `+${left.length} more`, span: left[0].span, hidden: left.length,
          });
        }
        columns[column] = kept;
      }
      shown.add(container.id);
      containers.push({ ...container, partial: !isPrimary && container.kind === 'directory', columns });
    }
    // In one-directory mode, only the focused directory's own relationships: not those between two foreign entries.
    const inFocus = (id: string) => id === focus || this.nodes.get(id)?.container === focus;
    const edges = this.edges.filter((e) => shown.has(e.from) && shown.has(e.to) && (!focus || inFocus(e.from) || inFocus(e.to)));
    return { containers, edges, focus };
  }

  private findDirectory(directory: string | number): string | undefined {
    const directories = this.analysis.workspace.directories;
    const found = typeof directory === 'number'
      ? directories[directory]
      : directories.find((d) => d.id && fold(d.id.value) === fold(directory.trim()));
    return found && this.directoryIds[found.index];
  }
}

const COLUMNS: readonly DiagramColumn[] = ['members', 'subscriptions', 'guests'];

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
