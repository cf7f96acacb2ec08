/** The nodes of the Tenancy tree: plain data built lazily from one analysis, never cached across analyses. */
import type * as vscode from 'vscode';
import type { Analysis } from '../../core/analyze';
import type { AnyEntity, Span } from '../../core/model';
import type { ProblemTally } from '../../core/problems';
import type { EntryFilter } from './entryFilter';

export type NodeKind =
  | 'estate' | 'file' | 'directory' | 'group' | 'user' | 'guest' | 'subscription' | 'roleAssignment'
  | 'owner' | 'account' | 'access' | 'showMore' | 'empty'
  // Groups and service principals of a directory, a group's members, the management-group hierarchy.
  | 'principalGroup' | 'servicePrincipal' | 'member' | 'managementGroup';

export interface TreeNode {
  /** Stable across analyses, so expansion and selection survive typing. */
  id: string;
  parent?: TreeNode;
  uri: vscode.Uri;
  kind: NodeKind;
  label: string;
  description?: string;
  /** Codicon id, replaced by an error or warning icon when the node's region has problems. */
  icon: string;
  /** What selecting the node shows in the editor. */
  span: Span;
  /** The YAML the node stands for, for problem counts and for following the cursor; defaults to `span`. */
  region?: Span;
  entity?: AnyEntity;
  contextValue: string;
  /** Overrides "show in editor" (the "Show more" node). */
  command?: vscode.Command;
  children?: () => TreeNode[];
  /** Shown as a child when `children` yields nothing ("No guests"). */
  emptyLabel?: string;
}

/** What every builder needs: the file, its analysis, and the view's filter and paging. */
export interface BuildContext {
  uri: vscode.Uri;
  analysis: Analysis;
  tally: ProblemTally;
  filter: EntryFilter;
  /** How many entries a paged list shows, by list node id. */
  shown(listId: string): number;
  pageSize: number;
}

export function regionOf(node: TreeNode): Span {
  return node.region ?? node.span;
}

/** Makes ids unique among siblings when the file repeats a name (USR001, SUB001): `x`, `x#2`, … */
export function siblingIds(): (base: string) => string {
  const seen = new Map<string, number>();
  return (base) => {
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  };
}

/** The span from the first to the last of some entities (a list's extent in the file). */
export function extentOf(spans: readonly Span[], fallback: Span): Span {
  if (spans.length === 0) return fallback;
  return { start: Math.min(fallback.start, spans[0].start), end: spans[spans.length - 1].end };
}
