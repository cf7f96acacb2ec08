/**
 * The Tenancy tree: workspace file (when several) → directory → Users / Guests / Subscriptions →
 * entries (role assignments under Azure subscriptions). Nodes carry stable hierarchical ids, a
 * parent for `reveal`, and the error/warning count of the YAML they cover.
 */
import * as vscode from 'vscode';
import type { Analysis } from '../../core/analyze';
import type { Directory, Span } from '../../core/model';
import { countInSpan } from '../../core/problems';
import { LineIndex } from '../../core/text/lineIndex';
import type { AnalysisStore } from '../analysisStore';

export interface TreeNode {
  id: string;
  parent?: TreeNode;
  uri: vscode.Uri;
  label: string;
  description?: string;
  icon: string;
  span: Span;
  contextValue: string;
  /** Overrides the default "reveal in editor" command (the "Show more" node). */
  command?: vscode.Command;
  children?: () => TreeNode[];
}

export class WorkspaceTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  /** How many entries each paged group shows, by group node id (absent: one page). */
  private readonly shown = new Map<string, number>();

  constructor(private readonly store: AnalysisStore) {
    this.subscriptions = [
      this.changed,
      vscode.commands.registerCommand(SHOW_MORE_COMMAND, (groupId: string) => {
        this.shown.set(groupId, (this.shown.get(groupId) ?? pageSize()) + pageSize());
        this.changed.fire(undefined);
      }),
      store.onDidChange(() => this.changed.fire(undefined)),
      store.onDidRemove(() => this.changed.fire(undefined)),
    ];
  }

  getChildren(node?: TreeNode): TreeNode[] {
    if (node) return node.children?.() ?? [];
    const files = this.store.all().sort(([a], [b]) => a.path.localeCompare(b.path));
    if (files.length === 1) return directoriesOf(files[0][0], files[0][1], this.paging);
    return files.map(([uri, analysis]) => ({
      id: `file:${uri.toString()}`, uri, label: vscode.workspace.asRelativePath(uri), icon: 'file',
      span: { start: 0, end: 0 }, contextValue: 'file', children: () => directoriesOf(uri, analysis, this.paging, this.fileNode(uri)),
    }));
  }

  private fileNode(uri: vscode.Uri): TreeNode | undefined {
    return this.getChildren().find((n) => n.uri.toString() === uri.toString());
  }

  private readonly paging: Paging = { shown: (groupId) => this.shown.get(groupId) ?? pageSize() };

  getParent(node: TreeNode): TreeNode | undefined {
    return node.parent;
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    const analysis = this.store.get(node.uri);
    const counts = analysis ? countInSpan(analysis.problems, node.span) : { errors: 0, warnings: 0 };
    const item = new vscode.TreeItem(node.label, node.children ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    item.contextValue = node.contextValue;
    const marks = [counts.errors && `${counts.errors} ✖`, counts.warnings && `${counts.warnings} ⚠`].filter(Boolean).join(' ');
    item.description = [node.description, marks].filter(Boolean).join('  ');
    item.iconPath = counts.errors
      ? new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'))
      : counts.warnings
        ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'))
        : new vscode.ThemeIcon(node.icon);
    if (node.command) {
      item.command = node.command;
    } else if (node.span.end > node.span.start) {
      item.command = { command: 'vscode.open', title: vscode.l10n.t('Show in editor'), arguments: [node.uri, { selection: spanToRange(analysis!, node.span) }] };
    }
    return item;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}

export const SHOW_MORE_COMMAND = 'tenancy.tree.showMore';

/** Entries per page of a Users / Guests / Subscriptions group: big directories open instantly. */
function pageSize(): number {
  return Math.max(1, vscode.workspace.getConfiguration('tenancy').get('tree.pageSize', 200));
}

interface Paging {
  shown(groupId: string): number;
}

function directoriesOf(uri: vscode.Uri, analysis: Analysis, paging: Paging, parent?: TreeNode): TreeNode[] {
  return analysis.workspace.directories.map((directory) => {
    const node: TreeNode = {
      id: `${parent?.id ?? `file:${uri.toString()}`}/dir:${directory.id?.value ?? directory.index}`,
      parent, uri, label: directory.name?.value ?? directory.id?.value ?? '?', description: directory.id?.value,
      icon: 'organization', span: directory, contextValue: 'directory',
    };
    node.children = () => groupsOf(uri, directory, node, paging);
    return node;
  });
}

function groupsOf(uri: vscode.Uri, directory: Directory, parent: TreeNode, paging: Paging): TreeNode[] {
  /** A group builds only the entries of the pages shown, plus a "Show more" node. */
  const group = <T,>(key: string, label: string, entities: readonly T[], entry: (entity: T) => Omit<TreeNode, 'uri' | 'parent'>): TreeNode => {
    const node: TreeNode = { id: `${parent.id}/${key}`, parent, uri, label, description: String(entities.length), icon: 'list-flat', span: directory.keys[key] ?? { start: 0, end: 0 }, contextValue: 'group' };
    node.children = () => {
      const shown = paging.shown(node.id);
      const children: TreeNode[] = entities.slice(0, shown).map((e) => {
        const item = entry(e);
        return { ...item, uri, parent: node, id: `${node.id}/${item.id}` };
      });
      if (entities.length > shown) {
        const more = Math.min(pageSize(), entities.length - shown);
        children.push({
          id: `${node.id}/more`, parent: node, uri, label: vscode.l10n.t('Show {0} more…', more),
          description: vscode.l10n.t('{0} of {1} shown', shown, entities.length), icon: 'ellipsis',
          span: { start: 0, end: 0 }, contextValue: 'showMore', command: { command: SHOW_MORE_COMMAND, title: vscode.l10n.t('Show more'), arguments: [node.id] },
        });
      }
      return children;
    };
    return node;
  };
  return [
    group('users', vscode.l10n.t('Users'), directory.users, (u) => ({ id: `user:${u.upn?.value}`, label: u.upn?.value ?? '?', description: [u.displayName?.value, ...u.roles.map((r) => r.value)].filter(Boolean).join(' · '), icon: u.enabled ? 'person' : 'circle-slash', span: u, contextValue: 'user' })),
    group('guests', vscode.l10n.t('Guests'), directory.guests, (g) => ({ id: `guest:${g.upn?.value}`, label: g.upn?.value ?? '?', description: g.external ? vscode.l10n.t('external') : undefined, icon: 'person-add', span: g, contextValue: 'guest' })),
    group('subscriptions', vscode.l10n.t('Subscriptions'), directory.subscriptions, (s) => ({
      id: `sub:${s.id?.value}`, label: s.name?.value ?? '?',
      description: [s.type?.value === 'office365' ? 'Office 365' : 'Azure', s.owner?.value, s.state !== 'active' ? s.state : undefined].filter(Boolean).join(' · '),
      icon: s.type?.value === 'office365' ? 'mail' : 'azure', span: s, contextValue: `subscription.${s.type?.value ?? 'unknown'}`,
    })),
  ];
}

/** One line index per analysis, so turning spans into ranges stays cheap on large files. */
const lineIndexes = new WeakMap<Analysis, LineIndex>();

function spanToRange(analysis: Analysis, span: Span): vscode.Range {
  let lines = lineIndexes.get(analysis);
  if (!lines) lineIndexes.set(analysis, (lines = new LineIndex(analysis.text)));
  const a = lines.position(span.start);
  const b = lines.position(span.end);
  return new vscode.Range(a.line, a.column, b.line, b.column);
}
