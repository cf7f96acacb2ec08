import * as vscode from 'vscode';
import { localeOf } from '../../core/i18n';
import { changesFile, decodeAzureCliBytes, parseAzureCliJson, planImport, summaryCounts, summaryToMarkdown, summaryToText } from '../../core/import';
import type { ImportInput, ImportSummary } from '../../core/import';
import { isRefused } from '../../core/refusal';
import { LineIndex } from '../../core/text/lineIndex';
import { MAX_IMPORT_INPUT_BYTES } from '../../core/import/limits';
import type { AnalysisStore } from '../analysisStore';
import { applyPlan, cancelled, directoryLabel, resolveTarget, uriOf } from './context';
import type { CommandArgs, CommandResult } from './context';

export interface ImportCommandArgs extends CommandArgs {
  /** Files (URIs, or file paths) of `az account list --all -o json`, `az account tenant list -o json`, `az ad user list -o json` output. */
  files?: Array<vscode.Uri | string>;
  /** Tenant id of the directory that `az ad user list` output belongs to; default: matched by each UPN's domain. */
  directoryId?: string;
  /** The group (name or object id) whose `az ad group member list` output is among the files. */
  group?: string;
  /** Skip the confirmation showing the summary. */
  confirm?: boolean;
}

export interface ImportCommandResult extends CommandResult {
  summary?: ImportSummary;
}

/**
 * Reads Azure CLI output, shows what merging it would add, update and leave in conflict, and after
 * "Apply" makes the change as one edit of the workspace file (one undo reverts it).
 */
export async function importFromAzureCliCommand(store: AnalysisStore, args: ImportCommandArgs = {}): Promise<ImportCommandResult> {
  const target = await resolveTarget(store, args);
  const locale = localeOf(vscode.env.language);
  if (!target) return cancelled;
  const uris = args.files?.map(uriOf) ?? await vscode.window.showOpenDialog({
    canSelectMany: true,
    openLabel: vscode.l10n.t('Import'),
    title: vscode.l10n.t('Azure CLI output to import (az account list --all, az account tenant list, az ad user list; -o json)'),
    filters: { [vscode.l10n.t('JSON')]: ['json'], [vscode.l10n.t('All files')]: ['*'] },
  });
  if (!uris?.length) return cancelled;

  const inputs: ImportInput[] = [];
  for (const uri of uris) {
    let text: string;
    try {
      // A FIFO or a device would never end: only regular files of a bounded size are read.
      const stat = await vscode.workspace.fs.stat(uri);
      if ((stat.type & vscode.FileType.File) === 0) {
        return fail(vscode.l10n.t('Cannot read {0}: {1}', uri.fsPath, vscode.l10n.t('it is not a regular file')));
      }
      if (stat.size > MAX_IMPORT_INPUT_BYTES) {
        return fail(vscode.l10n.t('Cannot read {0}: {1}', uri.fsPath, vscode.l10n.t('it is larger than {0} MiB, the limit for one Azure CLI output file', MAX_IMPORT_INPUT_BYTES / 1024 / 1024)));
      }
      text = decodeAzureCliBytes(await vscode.workspace.fs.readFile(uri));
    } catch (error) {
      return fail(vscode.l10n.t('Cannot read {0}: {1}', uri.fsPath, (error as Error).message));
    }
    const parsed = parseAzureCliJson(text, locale);
    if (isRefused(parsed)) {
      const { line, column } = new LineIndex(text).position(parsed.at.offset);
      return fail(vscode.l10n.t('{0}:{1}:{2}: {3} ({4})', basename(uri), line + 1, column + 1, parsed.refused, parsed.at.path));
    }
    inputs.push({ name: basename(uri), document: parsed });
  }

  let directoryId = args.directoryId;
  if (directoryId === undefined && args.files === undefined && inputs.some((i) => i.document.kind === 'users' || i.document.kind === 'groups' || i.document.kind === 'servicePrincipals')) {
    const byDomain = { label: vscode.l10n.t('Match each account by the domain of its UPN'), id: undefined as string | undefined };
    const items = [byDomain, ...target.analysis.workspace.directories.filter((d) => d.id).map((d) => ({ label: directoryLabel(d), description: d.id!.value, id: d.id!.value }))];
    const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Directory the user, group or service principal list (az ad user list, az ad group list, az ad sp list) comes from') });
    if (!picked) return cancelled;
    directoryId = picked.id;
  }

  let group = args.group;
  if (group === undefined && args.files === undefined && inputs.some((i) => i.document.kind === 'members')) {
    // The member list does not name its group: the groups of the file, by name (object id beside it).
    const groups = target.analysis.workspace.directories.flatMap((d) => d.groups.filter((g) => g.name).map((g) => ({ label: g.name!.value, description: `${directoryLabel(d)}${g.id ? ` · ${g.id.value}` : ''}`, id: g.id?.value ?? g.name!.value })));
    const picked = await vscode.window.showQuickPick(groups, { placeHolder: vscode.l10n.t('Group the member list (az ad group member list) belongs to') });
    if (!picked) return cancelled;
    group = picked.id;
  }

  const plan = planImport(target.text, inputs, { directoryId, group, locale });
  if (isRefused(plan)) return applyPlan(target, plan);
  const { summary } = plan;
  if (!changesFile(summary)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Nothing to import: {0}.', summaryCounts(summary, locale)));
    return { applied: false, reason: 'nothing to change', summary };
  }
  if (!args.confirm) {
    const apply = vscode.l10n.t('Apply');
    const details = vscode.l10n.t('Show Details');
    const answer = await vscode.window.showInformationMessage(
      vscode.l10n.t('Import from the Azure CLI: {0}', summaryCounts(summary, locale)),
      { modal: true, detail: summaryToText(summary, locale).split('\n').slice(1).join('\n').trim() },
      apply, details,
    );
    if (answer === details) {
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: summaryToMarkdown(summary, locale) });
      await vscode.window.showTextDocument(doc, { preview: true, viewColumn: vscode.ViewColumn.Beside });
      return { ...cancelled, summary };
    }
    if (answer !== apply) return { ...cancelled, summary };
  }
  const result = await applyPlan(target, plan);
  if (result.applied && summary.conflicts.length) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Imported; {0} conflict(s) were left as they are: see the summary.', summary.conflicts.length));
  }
  return { ...result, summary };
}

function fail(reason: string): ImportCommandResult {
  void vscode.window.showErrorMessage(reason);
  return { applied: false, reason };
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
