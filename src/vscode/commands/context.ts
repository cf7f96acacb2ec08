/**
 * What every edit command shares: finding the workspace file, asking for what the arguments left
 * out, and applying a core plan as one `WorkspaceEdit` — refused when the document changed since
 * the command started (the plan's offsets would point at the wrong text).
 */
import * as vscode from 'vscode';
import * as formats from '../../core/formats';
import { analyze } from '../../core/analyze';
import type { Analysis } from '../../core/analyze';
import { isRefused } from '../../core/edits';
import type { EditPlan, PlanReference } from '../../core/edits';
import type { Directory, Subscription } from '../../core/model';
import type { AnalysisStore } from '../analysisStore';

/** Arguments every command accepts; the rest are command-specific, and each one skips its prompt. */
export interface CommandArgs {
  /** The workspace file; default: the active editor's document. */
  uri?: vscode.Uri | string;
}

export interface CommandResult {
  applied: boolean;
  /** Why nothing was applied: a refusal, a cancelled prompt, a changed document. */
  reason?: string;
  references?: PlanReference[];
  /** The transfer preview shown, for `previewOnly`. */
  preview?: string;
}

export interface Target {
  document: vscode.TextDocument;
  /** The version the plan is computed against. */
  version: number;
  text: string;
  analysis: Analysis;
}

export const cancelled: CommandResult = { applied: false, reason: 'cancelled' };

export async function resolveTarget(store: AnalysisStore, args: CommandArgs | undefined): Promise<Target | undefined> {
  let document: vscode.TextDocument | undefined;
  if (args?.uri) document = await vscode.workspace.openTextDocument(typeof args.uri === 'string' ? vscode.Uri.parse(args.uri) : args.uri);
  else document = vscode.window.activeTextEditor?.document;
  if (!document || !store.files.includesDocument(document)) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a Tenancy workspace file (*.tenancy.yaml) first.'));
    return undefined;
  }
  const text = document.getText();
  const stored = store.get(document.uri);
  return { document, version: document.version, text, analysis: stored && stored.text === text ? stored : analyze(text) };
}

/** Applies a plan to the target document as one edit, unless it was refused or the document changed. */
export async function applyPlan(target: Target, plan: EditPlan): Promise<CommandResult> {
  if (isRefused(plan)) {
    void vscode.window.showWarningMessage(plan.refused);
    return { applied: false, reason: plan.refused };
  }
  if (target.document.version !== target.version) {
    const reason = vscode.l10n.t('The file changed while the command was running; nothing was edited. Run the command again.');
    void vscode.window.showWarningMessage(reason);
    return { applied: false, reason };
  }
  const edit = new vscode.WorkspaceEdit();
  for (const e of plan.edits) {
    edit.replace(target.document.uri, new vscode.Range(target.document.positionAt(e.start), target.document.positionAt(e.end)), e.newText);
  }
  const applied = await vscode.workspace.applyEdit(edit);
  return { applied, reason: applied ? undefined : 'the editor rejected the edit', references: plan.references };
}

export function directoryLabel(directory: Directory): string {
  return directory.alias?.value ?? directory.name?.value ?? directory.id?.value ?? `#${directory.index + 1}`;
}

export function subscriptionLabel(subscription: Subscription): string {
  return subscription.alias?.value ?? subscription.name?.value ?? subscription.id?.value ?? '?';
}

export async function pickDirectory(target: Target, placeHolder: string, exclude?: Directory): Promise<Directory | undefined> {
  const items = target.analysis.workspace.directories
    .filter((d) => d.id && d !== exclude)
    .map((d) => ({ label: directoryLabel(d), description: d.id!.value, directory: d }));
  return (await vscode.window.showQuickPick(items, { placeHolder }))?.directory;
}

export async function pickSubscription(target: Target, placeHolder: string, filter: (s: Subscription) => boolean = () => true): Promise<Subscription | undefined> {
  const items = target.analysis.index.subscriptions
    .filter((s) => s.id && filter(s))
    .map((s) => ({ label: subscriptionLabel(s), description: directoryLabel(target.analysis.index.directoryOf(s)), detail: s.id!.value, subscription: s }));
  return (await vscode.window.showQuickPick(items, { placeHolder }))?.subscription;
}

export async function pickAccount(target: Target, placeHolder: string, candidates?: string[]): Promise<string | undefined> {
  const names = candidates ?? [...target.analysis.index.accountNames()];
  return (await vscode.window.showQuickPick(names, { placeHolder })) ?? undefined;
}

export async function ask(prompt: string, validate?: (value: string) => string | undefined, value?: string): Promise<string | undefined> {
  return vscode.window.showInputBox({ prompt, value, validateInput: (v) => validate?.(v.trim()) ?? undefined }).then((v) => v?.trim() || undefined);
}

/** Input-box checks, with the formats the schema uses (a value they accept is never a schema error). */
export const isGuid = (v: string) => (formats.isGuid(v) ? undefined : vscode.l10n.t('A GUID like 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f'));
export const isUpn = (v: string) => (formats.isAccountAddress(v) ? undefined : vscode.l10n.t('An address like alice@contoso.com'));

/** A URI from a command argument: a `scheme:` URI string, or a plain file path. */
export function uriOf(value: vscode.Uri | string): vscode.Uri {
  if (typeof value !== 'string') return value;
  return /^[a-z][\w+.-]+:/i.test(value) ? vscode.Uri.parse(value) : vscode.Uri.file(value);
}
