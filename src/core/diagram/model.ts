/**
 * The relationship diagram as plain data: what the webview draws and what "Export as SVG" writes.
 * Directories are containers holding their members, guests and subscriptions; edges say who owns
 * and created each Azure subscription, that an Office 365 subscription belongs to the directory
 * itself, which guest entry stands for which member account, and who holds which role where.
 *
 * Coordinates are SVG user units (pixels at 100 %), origin top left, laid out by ELK (layout.ts).
 * What each kind of node and edge looks like is data: see kinds.ts.
 * Spans are 0-based UTF-16 offsets into the analysed text, like every span of the model.
 */
import type { Locale } from '../i18n';
import type { Span } from '../model';
import type { Severity } from '../problems';

/** A group of a directory's entries (a compound node of the layout); listed in `DIAGRAM_GROUPS` (kinds.ts). */
export type DiagramColumn = 'members' | 'subscriptions' | 'guests' | 'principals' | 'managementGroups';

export type DiagramNodeKind =
  /** A member account (`users`). */
  | 'member'
  | 'guest'
  | 'subscription'
  /** A security group (`groups`). */
  | 'group'
  /** An application's service principal or a managed identity (`servicePrincipals`). */
  | 'servicePrincipal'
  /** A management group (`managementGroups`). */
  | 'managementGroup'
  /** An account the file names (owner, creator, principal) but declares nowhere. */
  | 'unknown'
  /** "+K more": entries left out of a column by the limit. */
  | 'more';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A directory, drawn as a container. */
export interface DiagramContainer extends Box {
  /** `dir:<folded tenant id>` (`dir:#<index>` without an id), or `unknown` for accounts declared nowhere. */
  id: string;
  kind: 'directory' | 'unknown';
  label: string;
  /** The tenant id, when the file gives one. */
  detail?: string;
  /** What selecting the container reveals (the directory's `- id:` line); absent for `unknown`. */
  span?: Span;
  /** Worst problem starting anywhere in the directory's YAML. */
  severity?: Severity;
  /** The problems of its own lines (name, id, domains), worded for a tooltip: `CODE: message`. */
  problems?: string[];
  /** How many problems start anywhere in the directory's YAML, by severity. */
  counts?: { errors: number; warnings: number; infos: number };
  /** One-directory mode: another directory showing only the entries the focused one's edges touch. */
  partial: boolean;
  /** Its groups' boxes, titled with their count (only groups holding nodes are listed). */
  columns: Array<{ column: DiagramColumn; count: number } & Box>;
}

export interface DiagramNode extends Box {
  /** Stable across edits: `<container id>/member:<folded upn>`, `…/sub:<folded id>`, `…/guests:more`. */
  id: string;
  kind: DiagramNodeKind;
  container: string;
  column: DiagramColumn;
  label: string;
  detail?: string;
  /** What selecting the node reveals: the entity's YAML (for "+K more", the first entry left out). */
  span?: Span;
  /** Worst problem starting in the entity's YAML (a subscription includes its role assignments). */
  severity?: Severity;
  /** Those problems worded for a tooltip (`CODE: message`), the worst first, at most a few. */
  problems?: string[];
  subscriptionType?: 'azure' | 'office365';
  /** A disabled member, or a subscription that is not active. */
  inactive?: boolean;
  /** For "+K more": how many entries are left out. */
  hidden?: number;
}

export type DiagramEdgeKind =
  /** Account → the Azure subscription it owns. */
  | 'owner'
  /** Account → the subscription it created. */
  | 'creator'
  /** Directory → its Office 365 subscription (owned by the directory itself). */
  | 'directory'
  /** Guest entry → the member account it stands for, in its home directory. */
  | 'guest'
  /** Principal → subscription (or management group), labelled with the role. */
  | 'role'
  /** Member (account, group, service principal) → the group it belongs to. */
  | 'memberOf'
  /** Subscription or management group → the management group it is placed in. */
  | 'placedIn';

export interface DiagramEdge {
  id: string;
  kind: DiagramEdgeKind;
  from: string;
  to: string;
  /** The role of a role assignment. */
  label?: string;
  /** A role assignment's scope, or "pending" for one recorded by a transfer. */
  detail?: string;
  /** The YAML the edge stands for: the `owner:` / `createdBy:` value, the guest entry, the role assignment. */
  span: Span;
  severity?: Severity;
  /** Its problems worded for a tooltip (`CODE: message`). */
  problems?: string[];
  /** A pending role assignment (recorded by a transfer, not yet recreated). */
  pending?: boolean;
  /** SVG path data, from `from`'s box to `to`'s box: straight segments at right angles. */
  path: string;
  /** The same path as points: start, bends, end. */
  points: Array<{ x: number; y: number }>;
  /** A labelled edge's label: the room the layout kept free for it, and its whole text in lines. */
  labelBox?: Box & { lines: string[] };
}

export interface DiagramModel {
  width: number;
  height: number;
  containers: DiagramContainer[];
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  /** The focused directory's container id in one-directory mode. */
  focus?: string;
}

export interface DiagramOptions {
  /**
   * Only this directory — its tenant id (any letter case) or its 0-based position in the file —
   * plus the entries of other directories that its edges touch.
   */
  directory?: string | number;
  /** At most this many entries per column of a container; the rest become one "+K more" node. */
  maxPerColumn?: number;
  /** The language of the texts the diagram makes up (column titles, "+K more", placeholders). Default `en`. */
  locale?: Locale;
}

/** A node before layout: no position yet. */
export type DraftNode = Omit<DiagramNode, keyof Box>;

/** A directory before layout, its nodes grouped by column in file order. */
export interface DraftContainer extends Omit<DiagramContainer, keyof Box | 'columns'> {
  columns: Record<DiagramColumn, DraftNode[]>;
}

/** An edge before layout: no path yet. */
export type DraftEdge = Omit<DiagramEdge, 'path' | 'points' | 'labelBox'>;
