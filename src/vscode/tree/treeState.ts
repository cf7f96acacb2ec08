/**
 * What the user chose for the tree: filter text, "only problems", grouping, pages shown. Mirrored
 * into context keys so the view's title actions show the right toggle.
 */
import * as vscode from 'vscode';
import type { FilterSettings } from './entryFilter';

export type GroupBy = 'directory' | 'owner' | 'user';
export const GROUPINGS: readonly GroupBy[] = ['directory', 'owner', 'user'];

export class TreeState implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly shownPages = new Map<string, number>();
  private readonly subscriptions: vscode.Disposable[];
  filter: FilterSettings = { text: '', problemsOnly: false };

  constructor() {
    this.subscriptions = [
      this.changed,
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('tenancy.tree')) {
          this.shownPages.clear();
          this.publish();
        }
      }),
    ];
    this.publish();
  }

  get groupBy(): GroupBy {
    const value = vscode.workspace.getConfiguration('tenancy').get<string>('tree.groupBy', 'directory');
    return (GROUPINGS as readonly string[]).includes(value) ? (value as GroupBy) : 'directory';
  }

  get pageSize(): number {
    return Math.max(1, vscode.workspace.getConfiguration('tenancy').get('tree.pageSize', 200));
  }

  shown(listId: string): number {
    return this.shownPages.get(listId) ?? this.pageSize;
  }

  showMore(listId: string): void {
    this.shownPages.set(listId, this.shown(listId) + this.pageSize);
    this.changed.fire();
  }

  /** Shows enough pages of a list for its `index`-th item to be visible. */
  showIndex(listId: string, index: number): void {
    if (index < this.shown(listId)) return;
    this.shownPages.set(listId, (Math.floor(index / this.pageSize) + 1) * this.pageSize);
  }

  setFilter(filter: Partial<FilterSettings>): void {
    this.filter = { ...this.filter, ...filter };
    this.publish();
  }

  private publish(): void {
    void vscode.commands.executeCommand('setContext', 'tenancy.tree.filtered', this.filter.text.trim() !== '');
    void vscode.commands.executeCommand('setContext', 'tenancy.tree.problemsOnly', this.filter.problemsOnly);
    void vscode.commands.executeCommand('setContext', 'tenancy.tree.groupBy', this.groupBy);
    this.changed.fire();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
