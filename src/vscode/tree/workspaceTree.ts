/**
 * The Tenancy tree's data provider: one root per estate (the workspace files of a folder) when there are
 * several estates and one has several files, else one root per workspace file when there are several; then the
 * chosen grouping (by directory, by owner, by user), filtered and paged. Items carry problem marks,
 * an accessible label, and a Markdown tooltip built on hover.
 */
import * as vscode from 'vscode';
import type { Analysis } from '../../core/analyze';
import { ProblemTally } from '../../core/problems';
import type { Span } from '../../core/model';
import type { AnalysisStore } from '../analysisStore';
import { spanToRange } from '../ranges';
import { count } from '../count';
import { timed } from '../timings';
import { accountNodes } from './byAccount';
import { directoryNodes } from './byDirectory';
import { ownerNodes } from './byOwner';
import { EntryFilter } from './entryFilter';
import { tooltipOf } from './tooltips';
import type { BuildContext, TreeNode } from './treeNode';
import { regionOf } from './treeNode';
import type { TreeState } from './treeState';

export class WorkspaceTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];
  private view?: vscode.TreeView<TreeNode>;
  /** An analysis changed while the view was hidden: it is refreshed when shown. */
  private stale = false;

  constructor(private readonly store: AnalysisStore, readonly state: TreeState) {
    this.subscriptions = [
      this.changed,
      state.onDidChange(() => this.changed.fire(undefined)),
      store.onDidChangeNamed('tree', () => this.refresh()),
      store.onDidRemove(() => this.refresh()),
    ];
  }

  /**
   * Refreshes `view` only while it is visible, and once when it is shown after analyses changed: a
   * refresh makes VS Code ask for the nodes again, and a hidden view has nothing to show them in
   * while the user types.
   */
  refreshWhenVisible(view: vscode.TreeView<TreeNode>): vscode.Disposable {
    this.view = view;
    return view.onDidChangeVisibility(({ visible }) => {
      if (!visible || !this.stale) return;
      this.stale = false;
      this.changed.fire(undefined);
    });
  }

  private refresh(): void {
    if (this.view && !this.view.visible) {
      this.stale = true;
      return;
    }
    this.changed.fire(undefined);
  }

  getChildren(node?: TreeNode): TreeNode[] {
    return timed(node ? 'tree children' : 'tree roots', () => this.childrenOf(node));
  }

  private childrenOf(node?: TreeNode): TreeNode[] {
    if (node) {
      const children = node.children?.() ?? [];
      if (children.length === 0 && node.emptyLabel) return [emptyNode(node)];
      return children;
    }
    const files = this.store.all().sort(([a], [b]) => a.path.localeCompare(b.path));
    if (files.length === 1) return this.rootsOf(files[0][0], files[0][1], undefined);
    // Estates (the files of one folder) are shown when there are several and one has several files:
    // a workspace of single files, or of one folder's files, keeps one root per file.
    const estates = new Map<string, Array<[vscode.Uri, Analysis]>>();
    for (const file of files) {
      const key = this.store.estateKeyOf(file[0]);
      const list = estates.get(key) ?? [];
      list.push(file);
      estates.set(key, list);
    }
    if (estates.size === 1 || [...estates.values()].every((list) => list.length === 1)) return files.map(([uri, analysis]) => this.fileNode(uri, analysis, undefined));
    return [...estates].map(([key, list]) => {
      const folder = vscode.Uri.parse(key);
      const estate: TreeNode = {
        id: `estate:${key}`, uri: folder, kind: 'estate', label: estateLabel(folder), icon: 'folder-library',
        span: { start: 0, end: 0 }, contextValue: 'estate', description: count(list.length, 'file'),
      };
      estate.children = () => list.map(([uri, analysis]) => this.fileNode(uri, analysis, estate));
      return estate;
    });
  }

  private fileNode(uri: vscode.Uri, analysis: Analysis, parent: TreeNode | undefined): TreeNode {
    const standalone = analysis.workspace.standalone !== undefined;
    const file: TreeNode = {
      id: `file:${uri.toString()}`, parent, uri, kind: 'file', label: parent ? uri.path.slice(uri.path.lastIndexOf('/') + 1) : vscode.workspace.asRelativePath(uri),
      icon: 'file', span: { start: 0, end: 0 }, region: { start: 0, end: analysis.text.length }, contextValue: 'file',
      description: [standalone ? vscode.l10n.t('checked alone') : '', count(analysis.workspace.directories.length, 'directory')].filter(Boolean).join(' · '),
    };
    file.children = () => this.rootsOf(uri, analysis, file);
    return file;
  }

  /** The top nodes of one file in the chosen grouping. */
  private rootsOf(uri: vscode.Uri, analysis: Analysis, parent: TreeNode | undefined): TreeNode[] {
    const context = this.contextFor(uri, analysis);
    const parentId = parent?.id ?? `file:${uri.toString()}`;
    switch (this.state.groupBy) {
      case 'owner': return ownerNodes(context, parent, `${parentId}/by-owner`);
      case 'user': return accountNodes(context, parent, `${parentId}/by-user`);
      default: return directoryNodes(context, parent, parentId);
    }
  }

  private contextFor(uri: vscode.Uri, analysis: Analysis): BuildContext {
    const tally = tallyOf(analysis);
    return {
      uri, analysis, tally, filter: new EntryFilter(this.state.filter, tally),
      shown: (listId) => this.state.shown(listId), pageSize: this.state.pageSize,
    };
  }

  hasFile(uri: vscode.Uri): boolean {
    return this.store.has(uri);
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return node.parent;
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    const analysis = node.kind === 'estate' ? undefined : this.store.get(node.uri);
    const counts = node.kind === 'estate' ? this.estateCounts(node) : analysis && node.kind !== 'showMore' && node.kind !== 'empty' ? tallyOf(analysis).in(regionOf(node)) : { errors: 0, warnings: 0, infos: 0 };
    const item = new vscode.TreeItem(node.label, node.children || node.emptyLabel ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    item.contextValue = node.contextValue;
    // Problem counts first and compact: at the default sidebar width the end of a description is
    // cut off. The words are in the accessibility label.
    item.description = [compactCounts(counts), node.description].filter(Boolean).join(' · ');
    item.iconPath = counts.errors
      ? new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'))
      : counts.warnings
        ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'))
        : new vscode.ThemeIcon(node.icon);
    item.accessibilityInformation = { label: accessibleLabel(node, counts) };
    if (node.command) {
      item.command = node.command;
    } else if (analysis && node.span.end > node.span.start) {
      item.command = { command: 'vscode.open', title: vscode.l10n.t('Show in editor'), arguments: [node.uri, { selection: spanToRange(analysis, node.span), preserveFocus: true }] };
    }
    return item;
  }

  /** The problems of every file of an estate. */
  private estateCounts(node: TreeNode): { errors: number; warnings: number; infos: number } {
    const total = { errors: 0, warnings: 0, infos: 0 };
    for (const file of node.children?.() ?? []) {
      const analysis = this.store.get(file.uri);
      if (!analysis) continue;
      const counts = tallyOf(analysis).in({ start: 0, end: analysis.text.length });
      total.errors += counts.errors;
      total.warnings += counts.warnings;
      total.infos += counts.infos;
    }
    return total;
  }

  resolveTreeItem(item: vscode.TreeItem, node: TreeNode): vscode.TreeItem {
    if (node.kind === 'estate') return item;
    const analysis = this.store.get(node.uri);
    if (analysis) item.tooltip = tooltipOf(node, analysis);
    return item;
  }

  /**
   * The deepest node whose YAML holds `offset` (for following the cursor), opening pages as needed.
   * Walks the same lazily built children the view shows, so the node is the one `reveal` expects.
   */
  nodeAt(uri: vscode.Uri, offset: number): TreeNode | undefined {
    const contains = (n: TreeNode) => n.uri.toString() === uri.toString() && n.kind !== 'showMore' && regionOf(n).start <= offset && offset < Math.max(regionOf(n).end, regionOf(n).start + 1);
    let found: TreeNode | undefined;
    let children = this.getChildren();
    const estate = children.find((n) => n.kind === 'estate' && this.store.estateKeyOf(uri) === n.uri.toString());
    if (estate) children = this.getChildren(estate);
    const file = children.find((n) => n.kind === 'file' && n.uri.toString() === uri.toString());
    if (file) {
      found = file;
      children = this.getChildren(file);
    }
    for (let depth = 0; depth < 8; depth++) {
      let next = children.find(contains);
      const more = children.find((n) => n.kind === 'showMore');
      if (!next && more && found) {
        // The entry is on a page not shown yet: show pages up to it and look again.
        const index = pageIndexOf(found, offset, this.store.get(uri));
        if (index !== undefined) {
          this.state.showIndex(found.id, index);
          children = this.getChildren(found);
          next = children.find(contains);
          this.changed.fire(found);
        }
      }
      if (!next) break;
      found = next;
      children = this.getChildren(next);
    }
    return found;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}

/** An estate's name: its folder, relative to its workspace folder (named first in a multi-root workspace); a workspace folder by its name. */
function estateLabel(folder: vscode.Uri): string {
  const root = vscode.workspace.getWorkspaceFolder(folder);
  if (root?.uri.toString() === folder.toString()) return root.name;
  return vscode.workspace.asRelativePath(folder, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
}

function emptyNode(parent: TreeNode): TreeNode {
  return { id: `${parent.id}/empty`, parent, uri: parent.uri, kind: 'empty', label: parent.emptyLabel!, icon: 'blank', span: { start: 0, end: 0 }, contextValue: 'empty' };
}

/** Which item of a paged directory group holds the offset (only groups of the directory grouping are paged by position). */
function pageIndexOf(list: TreeNode, offset: number, analysis: Analysis | undefined): number | undefined {
  const directory = list.parent?.entity;
  if (!analysis || list.kind !== 'group' || directory?.kind !== 'directory') return undefined;
  const key = list.contextValue.replace('group.', '') as 'users' | 'guests' | 'subscriptions';
  const entities: readonly Span[] = directory[key];
  const index = entities.findIndex((e) => e.start <= offset && offset < e.end);
  return index === -1 ? undefined : index;
}

function accessibleLabel(node: TreeNode, counts: { errors: number; warnings: number }): string {
  const kind = {
    estate: vscode.l10n.t('Estate'), file: vscode.l10n.t('Workspace file'), directory: vscode.l10n.t('Directory'), group: '', user: vscode.l10n.t('User'),
    guest: vscode.l10n.t('Guest'), subscription: vscode.l10n.t('Subscription'), roleAssignment: vscode.l10n.t('Role assignment'),
    owner: vscode.l10n.t('Owner'), account: vscode.l10n.t('Account'), access: '', showMore: '', empty: '',
    principalGroup: vscode.l10n.t('Group'), servicePrincipal: vscode.l10n.t('Service principal'), member: vscode.l10n.t('Member'), managementGroup: vscode.l10n.t('Management group'),
  }[node.kind];
  const parts = [[kind, node.label].filter(Boolean).join(' ')];
  if (node.kind === 'group') parts.push(node.description === '0' ? vscode.l10n.t('empty') : node.description ?? '');
  else if (node.entity?.kind === 'directory') {
    const { users, guests, subscriptions } = node.entity;
    parts.push(count(users.length, 'user'), count(guests.length, 'guest'), count(subscriptions.length, 'subscription'));
  } else if (node.description) parts.push(node.description);
  parts.push(...problemCounts(counts));
  return parts.join(', ');
}

/**
 * "✕2 ⚠1": the counts as VS Code's own problem counter shows them, a mark then a number, only
 * those there are — a few characters, seen whole beside a long name at the default width.
 */
function compactCounts(counts: { errors: number; warnings: number }): string {
  return [counts.errors ? `✕${counts.errors}` : '', counts.warnings ? `⚠${counts.warnings}` : ''].filter(Boolean).join(' ');
}

/** "2 errors", "1 warning": only those there are. */
function problemCounts(counts: { errors: number; warnings: number }): string[] {
  return [counts.errors ? count(counts.errors, 'error') : '', counts.warnings ? count(counts.warnings, 'warning') : ''].filter(Boolean);
}

/** One tally per analysis, so the tree stays cheap on large files. */
const tallies = new WeakMap<Analysis, ProblemTally>();

function tallyOf(analysis: Analysis): ProblemTally {
  let tally = tallies.get(analysis);
  if (!tally) tallies.set(analysis, (tally = new ProblemTally(analysis.problems)));
  return tally;
}
