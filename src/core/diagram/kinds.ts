/**
 * What the diagram draws, as data: the groups a directory is divided into and the kinds of node,
 * each with the group it goes in and how it is drawn. The builder, the layout and the SVG read these
 * tables; none of them lists kinds or groups of its own.
 *
 * Adding a kind of entity (say, security groups) is a small change:
 * 1. add its id to `DiagramNodeKind` in model.ts, and a row to `NODE_KINDS` below: the group it goes
 *    in (a new group needs a row in `DIAGRAM_GROUPS` too, and its title in `diagramColumn` of
 *    src/core/i18n/en.ts and fr.ts), and its `style` — the CSS class drawn on its box (`dashed`,
 *    `dotted`, `stripe`… are defined once in svg.ts);
 * 2. in build.ts, make its nodes in `entities` (and `nodeOf`) and its edges in `outgoing` / `incoming`
 *    (a new kind of edge: `DiagramEdgeKind` in model.ts, `EDGE_KINDS` below, `diagramEdge` in the catalog).
 * The layout places any group and kind as it is; the page and the export draw them with their class.
 */
import type { DiagramColumn, DiagramEdgeKind, DiagramNodeKind } from './model';

/** A directory's groups, in the order they are listed inside it (the layout then arranges them by their edges). */
export const DIAGRAM_GROUPS: readonly DiagramColumn[] = ['members', 'subscriptions', 'guests', 'principals', 'managementGroups'];

export interface NodeKindStyle {
  /** The group of its directory a node of this kind goes in. */
  group: DiagramColumn;
  /** Extra classes on its `<g>`, styled once in svg.ts: `dashed` (a border of dashes), `ghost` (no fill, dotted: not an entity of the file). */
  style: ReadonlyArray<'dashed' | 'ghost'>;
  /** Whether it counts in its group's title (a "+K more" box does not). */
  counted: boolean;
}

export const NODE_KINDS: Readonly<Record<DiagramNodeKind, NodeKindStyle>> = {
  member: { group: 'members', style: [], counted: true },
  guest: { group: 'guests', style: ['dashed'], counted: true },
  subscription: { group: 'subscriptions', style: [], counted: true },
  group: { group: 'principals', style: ['dashed'], counted: true },
  servicePrincipal: { group: 'principals', style: [], counted: true },
  managementGroup: { group: 'managementGroups', style: ['dashed'], counted: true },
  unknown: { group: 'members', style: ['ghost'], counted: true },
  more: { group: 'members', style: ['ghost'], counted: false },
};

export interface EdgeKindStyle {
  /** The arrow head's colour class (`arrow-…`), unless a problem colours the edge. */
  arrow: 'edge' | 'owner' | 'creator' | 'guest' | 'office365';
  /** Whether its label (a role assignment's role) is drawn on it, in room the layout keeps free. */
  labelled: boolean;
}

export const EDGE_KINDS: Readonly<Record<DiagramEdgeKind, EdgeKindStyle>> = {
  owner: { arrow: 'owner', labelled: false },
  creator: { arrow: 'creator', labelled: false },
  directory: { arrow: 'office365', labelled: false },
  guest: { arrow: 'guest', labelled: false },
  role: { arrow: 'edge', labelled: true },
  memberOf: { arrow: 'guest', labelled: false },
  placedIn: { arrow: 'office365', labelled: false },
};
