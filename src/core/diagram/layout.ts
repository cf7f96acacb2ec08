/**
 * A deterministic column layout: directories side by side in file order (accounts declared nowhere
 * last), and inside each, one column per kind of entry — members, then subscriptions, then guests.
 * Subscriptions sit between the two kinds of accounts so that owner and role edges stay short, and
 * guest links leave the container on the side of the other directories.
 * Only columns holding entries are drawn. Edges are cubic curves between the sides of the boxes.
 */
import type { DraftContainer, DraftEdge } from './build';
import type { Box, DiagramColumn, DiagramContainer, DiagramEdge, DiagramModel, DiagramNode } from './model';

export const LAYOUT = {
  margin: 16,
  padding: 12,
  /** Directory name and tenant id. */
  header: 44,
  columnTitle: 20,
  nodeWidth: 190,
  nodeHeight: 38,
  nodeGap: 10,
  /** Between the columns of a directory: room for the edges and their role labels. */
  columnGap: 100,
  /** Between directories. */
  containerGap: 80,
} as const;

const COLUMNS: readonly DiagramColumn[] = ['members', 'subscriptions', 'guests'];

export function layout(drafts: DraftContainer[], draftEdges: DraftEdge[], focus?: string): DiagramModel {
  const L = LAYOUT;
  const containers: DiagramContainer[] = [];
  const nodes: DiagramNode[] = [];
  const boxes = new Map<string, Box>();
  let x = L.margin;
  let height = 0;
  for (const draft of drafts) {
    const used = COLUMNS.filter((c) => draft.columns[c].length > 0);
    const rows = Math.max(0, ...used.map((c) => draft.columns[c].length));
    const width = 2 * L.padding + Math.max(1, used.length) * L.nodeWidth + Math.max(0, used.length - 1) * L.columnGap;
    const containerHeight = L.header + (rows > 0 ? L.columnTitle + rows * (L.nodeHeight + L.nodeGap) - L.nodeGap : 0) + L.padding;
    const { columns: _drafted, ...rest } = draft;
    const container: DiagramContainer = { ...rest, x, y: L.margin, width, height: containerHeight, columns: [] };
    used.forEach((column, i) => {
      const columnX = x + L.padding + i * (L.nodeWidth + L.columnGap);
      const list = draft.columns[column];
      container.columns.push({ column, x: columnX, y: L.margin + L.header, width: L.nodeWidth, count: list.filter((n) => n.kind !== 'more').length });
      list.forEach((draftNode, row) => {
        const node: DiagramNode = {
          ...draftNode, x: columnX, y: L.margin + L.header + L.columnTitle + row * (L.nodeHeight + L.nodeGap),
          width: L.nodeWidth, height: L.nodeHeight,
        };
        nodes.push(node);
        boxes.set(node.id, node);
      });
    });
    containers.push(container);
    boxes.set(container.id, container);
    x += width + L.containerGap;
    height = Math.max(height, containerHeight);
  }
  const edges: DiagramEdge[] = [];
  for (const draft of draftEdges) {
    const from = boxes.get(draft.from);
    const to = boxes.get(draft.to);
    if (!from || !to) continue;
    const geometry = draft.kind === 'directory' ? fromHeader(from, to) : between(from, to);
    edges.push({ ...draft, ...geometry });
  }
  const width = drafts.length === 0 ? 2 * L.margin : x - L.containerGap + L.margin + L.columnGap;
  return { width, height: height + 2 * L.margin, containers, nodes, edges, ...(focus ? { focus } : {}) };
}

type Geometry = Pick<DiagramEdge, 'path' | 'labelAt'>;

/** A curve from the side of `a` facing `b` to the side of `b` facing `a`; a loop on the right within one column. */
function between(a: Box, b: Box): Geometry {
  const y1 = a.y + a.height / 2;
  const y2 = b.y + b.height / 2;
  if (b.x >= a.x + a.width) return curve(a.x + a.width, y1, b.x, y2, 1, -1);
  if (b.x + b.width <= a.x) return curve(a.x, y1, b.x + b.width, y2, -1, 1);
  return curve(a.x + a.width, y1, b.x + b.width, y2, 1, 1);
}

/** Directory → Office 365 subscription: down from the header, along the right of the subscriptions column. */
function fromHeader(container: Box, subscription: Box): Geometry {
  const stem = subscription.x + subscription.width + 16;
  const x1 = stem;
  const y1 = container.y + LAYOUT.header - 8;
  const x2 = subscription.x + subscription.width;
  const y2 = subscription.y + subscription.height / 2;
  return {
    path: `M ${r(x1)} ${r(y1)} C ${r(x1)} ${r(y2)}, ${r(x1)} ${r(y2)}, ${r(x2)} ${r(y2)}`,
    labelAt: { x: r(x1), y: r((y1 + y2) / 2) },
  };
}

/** Cubic curve leaving horizontally in direction `d1` and arriving horizontally against direction `d2`. */
function curve(x1: number, y1: number, x2: number, y2: number, d1: number, d2: number): Geometry {
  const reach = Math.max(32, Math.abs(x2 - x1) / 2);
  const c1x = x1 + d1 * reach;
  const c2x = x2 + d2 * reach;
  return {
    path: `M ${r(x1)} ${r(y1)} C ${r(c1x)} ${r(y1)}, ${r(c2x)} ${r(y2)}, ${r(x2)} ${r(y2)}`,
    // The curve's point at t = 1/2.
    labelAt: { x: r((x1 + 3 * c1x + 3 * c2x + x2) / 8), y: r((y1 + 3 * y1 + 3 * y2 + y2) / 8) },
  };
}

function r(n: number): number {
  return Math.round(n);
}
