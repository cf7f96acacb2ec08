/**
 * The diagram's layout, by the Eclipse Layout Kernel (elkjs): directories are compound nodes holding
 * one compound node per group (members, subscriptions, guests…), which hold the entries. ELK's
 * layered algorithm places them left to right along the edges (an owner before what it owns, a guest
 * entry before the account it stands for), routes every edge orthogonally around the boxes — also
 * between directories — and keeps room for the role labels, so no line crosses an unrelated box and
 * no label covers another. Each directory is laid out alone, then the directories are arranged in rows
 * near a window's proportions with the lines between them (`layout`).
 *
 * The core only describes the graph (`elkGraph`) and reads ELK's answer back (`placed`); running ELK
 * is the caller's `LayoutEngine`: a worker thread in the extension (it takes a few hundred
 * milliseconds on a large directory), elkjs directly in tests. The same graph always gives the same
 * layout.
 */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import { DIAGRAM_GROUPS, EDGE_KINDS } from './kinds';
import { textWidth, wrapText } from './textWidth';
import type { Box, DiagramContainer, DiagramEdge, DiagramModel, DiagramNode, DraftContainer, DraftEdge } from './model';

/** Runs ELK on a graph and resolves with the same graph, positioned (elkjs' `layout`). */
export type LayoutEngine = (graph: ElkNode) => Promise<ElkNode>;

export const LAYOUT = {
  margin: 16,
  /** Directory name, tenant id and problem counts, above its groups. */
  header: 58,
  padding: 12,
  /** A group's title ("Members (3)"), above its entries. */
  groupTitle: 20,
  groupPadding: 8,
  /** An entry's width: its name's, between these two (a longer name is cut, whole in its tooltip). */
  nodeWidth: 190,
  maxNodeWidth: 270,
  /** A directory is at least as wide as its name and tenant id, up to this. */
  maxHeaderWidth: 420,
  nodeHeight: 38,
  nodeGap: 10,
  /** A role label's font size; its lines wrap at `labelLineWidth` and are never cut. */
  labelFontSize: 10,
  labelLineWidth: 150,
  labelLineHeight: 12,
  /** Room around a label's text, each side, that no other label or line enters. */
  labelPadding: 3,
} as const;

const L = LAYOUT;

/** Identifies a group's compound node: never equal to an entry's id (`…/members:more` is an entry). */
export function groupId(container: string, column: string): string {
  return `${container}/group:${column}`;
}

/** The ELK graph of the shown containers and edges, every one laid out together (one directory's graph, in `layout`). */
export function elkGraph(drafts: DraftContainer[], draftEdges: DraftEdge[], ports: ReadonlyMap<string, PortDraft[]> = new Map()): ElkNode {
  const known = new Set<string>();
  const children: ElkNode[] = drafts.map((draft) => {
    known.add(draft.id);
    const groups: ElkNode[] = [];
    for (const column of DIAGRAM_GROUPS) {
      const list = draft.columns[column] ?? [];
      if (list.length === 0) continue;
      for (const node of list) known.add(node.id);
      groups.push({
        id: groupId(draft.id, column),
        layoutOptions: { 'elk.padding': pad(L.groupTitle + L.groupPadding, L.groupPadding) },
        children: list.map((node) => ({ id: node.id, width: nodeWidth(node), height: L.nodeHeight })),
      });
    }
    const own = ports.get(draft.id) ?? [];
    for (const port of own) known.add(port.id);
    return {
      id: draft.id,
      layoutOptions: {
        'elk.padding': pad(L.header, L.padding),
        'elk.nodeSize.constraints': 'MINIMUM_SIZE',
        'elk.nodeSize.minimum': `(${headerWidth(draft)}, 0)`,
        ...(own.length > 0 ? { 'elk.portConstraints': 'FIXED_SIDE' } : {}),
      },
      // An empty directory still shows its name.
      ...(groups.length === 0 ? { width: L.nodeWidth + 2 * L.padding, height: 0 } : {}),
      ...(own.length > 0 ? { ports: own.map((p) => ({ id: p.id, width: 1, height: 1, layoutOptions: { 'elk.port.side': p.side } })) } : {}),
      children: groups,
    };
  });
  const edges: ElkExtendedEdge[] = draftEdges
    .filter((e) => known.has(e.from) && known.has(e.to))
    .map((e) => ({
      id: e.id, sources: [e.from], targets: [e.to],
      ...(EDGE_KINDS[e.kind].labelled && e.label
        ? { labels: [{ id: `${e.id}:label`, text: e.label, ...labelSize(e.label) }] }
        : {}),
    }));
  return {
    id: 'root',
    layoutOptions: {
      ...LAYERED,
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      // Every coordinate of the answer relative to the whole drawing.
      'elk.json.shapeCoords': 'ROOT',
      'elk.json.edgeCoords': 'ROOT',
    },
    children,
    edges,
  };
}

/** A port on a directory's border where a line to another directory leaves it (`EAST`) or enters it (`WEST`). */
export interface PortDraft {
  id: string;
  side: 'EAST' | 'WEST';
}

const LAYERED = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.edgeLabels.placement': 'CENTER',
  // Crossing minimization orders the entries of a group; file order breaks its ties.
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.spacing.nodeNode': String(L.nodeGap),
  'elk.layered.spacing.nodeNodeBetweenLayers': '40',
  'elk.layered.spacing.edgeNodeBetweenLayers': '14',
  'elk.spacing.edgeEdge': '8',
  'elk.spacing.edgeLabel': '4',
  'elk.spacing.labelLabel': '6',
  'elk.spacing.componentComponent': '40',
  'elk.padding': pad(L.margin, L.margin),
} as const;

/**
 * The graph of the estate: each directory a box of the size its own layout gave, with its ports where
 * that layout put them; the lines between directories go from port to port. Laid out in rows near a
 * screen's proportions: unconnected directories are packed, a chain of them wraps onto the next row.
 */
function estateGraph(boxes: Array<{ id: string; width: number; height: number; ports: Array<{ id: string; x: number; y: number }> }>, edges: ElkExtendedEdge[]): ElkNode {
  return {
    id: 'root',
    layoutOptions: {
      ...LAYERED,
      'elk.layered.spacing.nodeNodeBetweenLayers': '60',
      'elk.spacing.nodeNode': '40',
      'elk.aspectRatio': String(ESTATE_ASPECT_RATIO),
      'elk.layered.wrapping.strategy': 'MULTI_EDGE',
      'elk.json.shapeCoords': 'ROOT',
      'elk.json.edgeCoords': 'ROOT',
    },
    children: boxes.map((b) => ({
      id: b.id, width: b.width, height: b.height,
      layoutOptions: { 'elk.portConstraints': 'FIXED_POS' },
      ports: b.ports.map((p) => ({ id: p.id, x: p.x, y: p.y, width: 1, height: 1 })),
    })),
    edges,
  };
}

/** The proportions the whole estate is laid out near: a window a little wider than high. */
export const ESTATE_ASPECT_RATIO = 1.6;

/** The model from ELK's answer to `elkGraph(drafts, draftEdges)`. */
export function placed(drafts: DraftContainer[], draftEdges: DraftEdge[], result: ElkNode, focus?: string): DiagramModel {
  const shapes = new Map<string, ElkNode>();
  const walk = (n: ElkNode) => { shapes.set(n.id, n); for (const c of n.children ?? []) walk(c); };
  walk(result);
  const box = (id: string): Box | undefined => {
    const s = shapes.get(id);
    return s && { x: r(s.x ?? 0), y: r(s.y ?? 0), width: r(s.width ?? 0), height: r(s.height ?? 0) };
  };
  const containers: DiagramContainer[] = [];
  const nodes: DiagramNode[] = [];
  for (const draft of drafts) {
    const { columns: drafted, ...rest } = draft;
    const container: DiagramContainer = { ...rest, ...box(draft.id)!, columns: [] };
    for (const column of DIAGRAM_GROUPS) {
      const list = drafted[column] ?? [];
      const group = box(groupId(draft.id, column));
      if (list.length === 0 || !group) continue;
      container.columns.push({ column, ...group, count: list.filter((n) => n.kind !== 'more').length });
      for (const node of list) nodes.push({ ...node, ...box(node.id)! });
    }
    containers.push(container);
  }
  const routes = new Map((result.edges ?? []).map((e) => [e.id, e as ElkExtendedEdge]));
  const edges: DiagramEdge[] = [];
  for (const draft of draftEdges) {
    const route = routes.get(draft.id);
    const section = route?.sections?.[0];
    if (!section) continue;
    const points = orthogonal([section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map((p) => ({ x: r(p.x), y: r(p.y) })));
    const label = route.labels?.[0];
    edges.push({
      ...draft,
      path: `M ${points.map((p) => `${p.x} ${p.y}`).join(' L ')}`,
      points,
      ...(label && draft.label
        ? { labelBox: { x: r(label.x ?? 0), y: r(label.y ?? 0), width: r(label.width ?? 0), height: r(label.height ?? 0), lines: labelLines(draft.label) } }
        : {}),
    });
  }
  return {
    width: r(result.width ?? 2 * L.margin), height: r(result.height ?? 2 * L.margin),
    containers, nodes, edges, ...(focus ? { focus } : {}),
  };
}

/**
 * Lays out the shown containers and edges with `engine`, in two steps: each directory on its own
 * (layered, its lines to other directories ending at ports on its border), then the directories as
 * boxes, in rows (`estateGraph`), the lines between them routed from port to port. A line between
 * two directories is the three routes joined. Each directory's graph depends on that directory
 * alone, so an engine that remembers its answers lays out again only the directory that changed.
 */
export async function layout(drafts: DraftContainer[], draftEdges: DraftEdge[], engine: LayoutEngine, focus?: string): Promise<DiagramModel> {
  if (drafts.length === 0) return { width: 2 * L.margin, height: 2 * L.margin, containers: [], nodes: [], edges: [] };
  const home = new Map<string, string>();
  for (const draft of drafts) {
    home.set(draft.id, draft.id);
    for (const column of DIAGRAM_GROUPS) for (const node of draft.columns[column] ?? []) home.set(node.id, draft.id);
  }
  const shown = draftEdges.filter((e) => home.has(e.from) && home.has(e.to));
  const crossing = shown.filter((e) => home.get(e.from) !== home.get(e.to));
  const inner = new Map(drafts.map((d) => [d.id, [] as DraftEdge[]]));
  const ports = new Map(drafts.map((d) => [d.id, [] as PortDraft[]]));
  for (const e of shown) if (home.get(e.from) === home.get(e.to)) inner.get(home.get(e.from)!)!.push(e);
  for (const e of crossing) {
    const [from, to] = [home.get(e.from)!, home.get(e.to)!];
    ports.get(from)!.push({ id: `${e.id}:out`, side: 'EAST' });
    ports.get(to)!.push({ id: `${e.id}:in`, side: 'WEST' });
    // The stretch inside each directory, to or from its port (none when the line starts at the directory's own border).
    if (e.from !== from) inner.get(from)!.push({ ...e, id: `${e.id}:out`, to: `${e.id}:out`, label: undefined });
    if (e.to !== to) inner.get(to)!.push({ ...e, id: `${e.id}:in`, from: `${e.id}:in`, label: undefined });
  }
  const parts = await Promise.all(drafts.map(async (draft) => {
    const edges = inner.get(draft.id)!;
    const own = new Map([[draft.id, ports.get(draft.id)!]]);
    const result = await engine(elkGraph([draft], edges, own));
    return { draft, edges, result, model: placed([draft], edges, result) };
  }));
  const boxes = parts.map(({ draft, result, model }) => {
    const shape = result.children!.find((c) => c.id === draft.id)!;
    const [x0, y0] = [shape.x ?? 0, shape.y ?? 0];
    return {
      id: draft.id, width: model.containers[0].width, height: model.containers[0].height, x0, y0,
      ports: (shape.ports ?? []).map((p) => ({ id: p.id, x: (p.x ?? 0) - x0, y: (p.y ?? 0) - y0 })),
    };
  });
  const top = await engine(estateGraph(boxes, crossing.map((e) => ({
    id: e.id, sources: [`${e.id}:out`], targets: [`${e.id}:in`],
    ...(EDGE_KINDS[e.kind].labelled && e.label ? { labels: [{ id: `${e.id}:label`, text: e.label, ...labelSize(e.label) }] } : {}),
  }))));
  const at = new Map((top.children ?? []).map((c) => [c.id, { x: c.x ?? 0, y: c.y ?? 0 }]));
  const model: DiagramModel = { width: r(top.width ?? 0), height: r(top.height ?? 0), containers: [], nodes: [], edges: [], ...(focus ? { focus } : {}) };
  const routes = new Map<string, DiagramEdge>();
  parts.forEach((part, i) => {
    const { x, y } = at.get(part.draft.id)!;
    const [dx, dy] = [r(x - boxes[i].x0), r(y - boxes[i].y0)];
    const move = <T extends Box>(b: T): T => ({ ...b, x: b.x + dx, y: b.y + dy });
    for (const c of part.model.containers) model.containers.push({ ...move(c), columns: c.columns.map(move) });
    for (const n of part.model.nodes) model.nodes.push(move(n));
    for (const e of part.model.edges) {
      routes.set(e.id, { ...e, points: e.points.map((p) => ({ x: p.x + dx, y: p.y + dy })), ...(e.labelBox ? { labelBox: move(e.labelBox) } : {}) });
    }
  });
  const between = placed([], crossing, top);
  const joined = new Map(between.edges.map((e) => [e.id, e]));
  for (const draft of shown) {
    const whole = routes.get(draft.id) ?? (() => {
      const middle = joined.get(draft.id);
      if (!middle) return undefined;
      const points = [...(routes.get(`${draft.id}:out`)?.points ?? []), ...middle.points, ...(routes.get(`${draft.id}:in`)?.points ?? [])];
      return { ...middle, ...draft, points, ...(middle.labelBox ? { labelBox: middle.labelBox } : {}) };
    })();
    if (!whole) continue;
    const points = orthogonal(whole.points);
    model.edges.push({ ...whole, points, path: `M ${points.map((p) => `${p.x} ${p.y}`).join(' L ')}` });
  }
  return model;
}
/**
 * ELK's route with every segment horizontal or vertical: rounding (and ELK's half-pixel ends of
 * edges that leave a directory) can tilt a segment by a pixel; a tilted one is squared off with a bend.
 */
function orthogonal(points: Array<{ x: number; y: number }>): Array<{ x: number; y: number }> {
  const out = [points[0]];
  for (const next of points.slice(1)) {
    const last = out[out.length - 1];
    const point = { ...next };
    if (Math.abs(point.x - last.x) <= 1) point.x = last.x;
    if (Math.abs(point.y - last.y) <= 1) point.y = last.y;
    if (point.x !== last.x && point.y !== last.y) out.push({ x: point.x, y: last.y });
    if (point.x !== last.x || point.y !== last.y) out.push(point);
  }
  return out;
}

/** An entry's width: room for its name (12 px) and detail (11 px), within the bounds of `LAYOUT`. */
function nodeWidth(node: { label: string; detail?: string }): number {
  const text = Math.max(textWidth(node.label, 12), node.detail ? textWidth(node.detail, 11) : 0);
  return Math.min(L.maxNodeWidth, Math.max(L.nodeWidth, Math.ceil(text) + 18));
}

/** A directory's width for its name (13 px, bold) and tenant id (11 px). */
function headerWidth(draft: DraftContainer): number {
  const text = Math.max(textWidth(draft.label, 13 * 1.1), draft.detail ? textWidth(draft.detail, 11) : 0);
  return Math.min(L.maxHeaderWidth, Math.max(L.nodeWidth + 2 * L.padding, Math.ceil(text) + 2 * L.padding + 2));
}

/** A role label's lines: the whole role name, wrapped. */
export function labelLines(text: string): string[] {
  return wrapText(text, L.labelLineWidth, L.labelFontSize);
}

/** The room a role label needs: its widest line and every line, with padding. */
export function labelSize(text: string): { width: number; height: number } {
  const lines = labelLines(text);
  return {
    width: Math.ceil(Math.max(...lines.map((line) => textWidth(line, L.labelFontSize)))) + 2 * L.labelPadding,
    height: lines.length * L.labelLineHeight + 2 * L.labelPadding,
  };
}

function pad(top: number, side: number): string {
  return `[top=${top},left=${side},bottom=${side},right=${side}]`;
}

function r(n: number): number {
  return Math.round(n);
}
