/**
 * What the editor's cursor is on, so pickers can start there: the subscription (or the directory)
 * whose YAML holds the cursor of the target document's editor.
 */
import * as vscode from 'vscode';
import type { Directory, Subscription } from '../../core/model';
import type { Target } from './context';
import { directoryLabel, subscriptionLabel } from './context';

function cursorOffset(target: Target): number | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.uri.toString() !== target.document.uri.toString()) return undefined;
  return editor.document.offsetAt(editor.selection.active);
}

export function directoryAtCursor(target: Target): Directory | undefined {
  const offset = cursorOffset(target);
  return offset === undefined ? undefined : target.analysis.workspace.directories.find((d) => d.start <= offset && offset < d.end);
}

export function subscriptionAtCursor(target: Target): Subscription | undefined {
  const offset = cursorOffset(target);
  const directory = directoryAtCursor(target);
  return offset === undefined || !directory ? undefined : directory.subscriptions.find((s) => s.start <= offset && offset < s.end);
}

type SubscriptionItem = vscode.QuickPickItem & { subscription: Subscription };

/** A subscription picker whose first, highlighted item is the subscription under the cursor. */
export async function pickSubscriptionFromCursor(target: Target, placeHolder: string, filter: (s: Subscription) => boolean = () => true): Promise<Subscription | undefined> {
  const here = subscriptionAtCursor(target);
  const items: SubscriptionItem[] = target.analysis.index.subscriptions
    .filter((s) => s.id && filter(s))
    .map((s) => ({
      label: subscriptionLabel(s), description: directoryLabel(target.analysis.index.directoryOf(s)) + (s === here ? ` · ${vscode.l10n.t('under the cursor')}` : ''),
      detail: s.id!.value, subscription: s,
    }));
  const first = items.findIndex((i) => i.subscription === here);
  if (first > 0) items.unshift(...items.splice(first, 1));
  return (await vscode.window.showQuickPick(items, { placeHolder }))?.subscription;
}

/** A directory picker starting on the directory under the cursor. */
export async function pickDirectoryFromCursor(target: Target, placeHolder: string): Promise<Directory | undefined> {
  const here = directoryAtCursor(target);
  const items = target.analysis.workspace.directories
    .filter((d) => d.id)
    .map((d) => ({ label: directoryLabel(d), description: d.id!.value, directory: d }));
  const first = items.findIndex((i) => i.directory === here);
  if (first > 0) items.unshift(...items.splice(first, 1));
  if (items.length === 1) return items[0].directory;
  return (await vscode.window.showQuickPick(items, { placeHolder }))?.directory;
}
