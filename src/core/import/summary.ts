/**
 * What an import does, as data (for the extension's confirmation and for tests) and as text or
 * Markdown (for the CLI and the confirmation dialog).
 */
import type { AzDocument } from './azureCli';
import { KIND_LABELS } from './azureCli';

export type ImportEntityKind = 'directory' | 'user' | 'guest' | 'subscription';

export interface FieldChange {
  field: string;
  /** The file's value before the import (undefined: the key was absent). */
  from?: string;
  to: string;
  /** `true` when `to` is added to a list (`domains`) rather than replacing a value. */
  added?: boolean;
}

export interface SummaryEntry {
  kind: ImportEntityKind;
  /** Tenant id, subscription id or UPN, as the import gives it. */
  key: string;
  /** The entity's name (or its UPN for accounts). */
  label: string;
  /** The name of the directory it belongs to (not for directories). */
  directory?: string;
  /** For updates: the fields the import changes. */
  changes?: FieldChange[];
  /** Things to know, e.g. "owner unknown". */
  notes?: string[];
}

export type ConflictReason =
  /** The file has the entity in another directory than the import says. */
  | 'other-directory'
  /** The account is a member and a guest of the same directory. */
  | 'member-and-guest'
  /** The file says Office 365, the Azure CLI lists an Azure subscription. */
  | 'type'
  /** A domain the import lists is verified in another directory of the file. */
  | 'domain-elsewhere'
  /** The import does not say which directory the entity goes to, and the file has no match. */
  | 'no-directory';

export interface ImportConflict {
  kind: ImportEntityKind;
  key: string;
  label: string;
  reason: ConflictReason;
  /** What disagrees, in words. */
  message: string;
  /** What the user could do about it; the import itself never does it. */
  proposal?: string;
  /** For `other-directory`: the directory the file has it in, and the one the import says. */
  fileDirectoryId?: string;
  importDirectoryId?: string;
}

export interface ImportSource {
  name: string;
  kind: AzDocument['kind'];
  count: number;
}

export interface ImportSummary {
  sources: ImportSource[];
  added: SummaryEntry[];
  updated: SummaryEntry[];
  unchanged: SummaryEntry[];
  conflicts: ImportConflict[];
  /** `true` when the workspace text was empty and the import writes a new file. */
  newFile: boolean;
}

const KIND_WORDS: Record<ImportEntityKind, string> = { directory: 'directory', user: 'user', guest: 'guest', subscription: 'subscription' };

/** One line: `2 added, 1 updated, 7 unchanged, 1 conflict`. */
export function summaryCounts(summary: ImportSummary): string {
  const n = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
  return `${summary.added.length} added, ${summary.updated.length} updated, ${summary.unchanged.length} unchanged, ${n(summary.conflicts.length, 'conflict')}`;
}

/** Whether the import changes the file at all. */
export function changesFile(summary: ImportSummary): boolean {
  return summary.added.length > 0 || summary.updated.length > 0;
}

function entryLine(entry: SummaryEntry, code: (s: string) => string): string {
  const where = entry.kind !== 'directory' && entry.directory ? ` in ${entry.directory}` : '';
  const key = entry.key !== entry.label ? ` (${code(entry.key)})` : '';
  const changes = entry.changes?.length ? `: ${entry.changes.map((c) => (c.added ? `${c.field} + ${code(c.to)}` : `${c.field} ${c.from === undefined ? '(none)' : code(c.from)} → ${code(c.to)}`)).join(', ')}` : '';
  const notes = entry.notes?.length ? ` — ${entry.notes.join('; ')}` : '';
  return `${KIND_WORDS[entry.kind]} ${entry.label}${key}${where}${changes}${notes}`;
}

function conflictLine(conflict: ImportConflict, code: (s: string) => string): string {
  const key = conflict.key !== conflict.label ? ` (${code(conflict.key)})` : '';
  const proposal = conflict.proposal ? ` Proposed: ${conflict.proposal}` : '';
  return `${KIND_WORDS[conflict.kind]} ${conflict.label}${key}: ${conflict.message}${proposal}`;
}

/** Plain text for a terminal. */
export function summaryToText(summary: ImportSummary): string {
  const plain = (s: string) => s;
  const lines = [`Import: ${summaryCounts(summary)}${summary.newFile ? ' (new file)' : ''}`];
  for (const source of summary.sources) lines.push(`  from ${source.name}: ${KIND_LABELS[source.kind]}, ${source.count} item${source.count === 1 ? '' : 's'}`);
  const section = (title: string, mark: string, items: string[]) => {
    if (!items.length) return;
    lines.push('', `${title}:`);
    for (const item of items) lines.push(`  ${mark} ${item}`);
  };
  section('Added', '+', summary.added.map((e) => entryLine(e, plain)));
  section('Updated', '~', summary.updated.map((e) => entryLine(e, plain)));
  section('Conflicts (not changed)', '!', summary.conflicts.map((c) => conflictLine(c, plain)));
  if (summary.unchanged.length) lines.push('', `Unchanged: ${summary.unchanged.length} (${countByKind(summary.unchanged)})`);
  return `${lines.join('\n')}\n`;
}

/** Markdown, e.g. for a confirmation view or a pull request. */
export function summaryToMarkdown(summary: ImportSummary): string {
  const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;
  const lines = [`## Import from the Azure CLI`, '', `${summaryCounts(summary)}${summary.newFile ? ' (new file)' : ''}.`, ''];
  for (const source of summary.sources) lines.push(`- ${escapeMarkdown(source.name)}: \`${KIND_LABELS[source.kind]}\`, ${source.count} item${source.count === 1 ? '' : 's'}`);
  const section = (title: string, items: string[]) => {
    if (!items.length) return;
    lines.push('', `### ${title}`, '');
    for (const item of items) lines.push(`- ${item}`);
  };
  section('Added', summary.added.map((e) => entryLine(escapeEntry(e), code)));
  section('Updated', summary.updated.map((e) => entryLine(escapeEntry(e), code)));
  section('Conflicts (not changed)', summary.conflicts.map((c) => conflictLine({ ...c, label: escapeMarkdown(c.label) }, code)));
  if (summary.unchanged.length) lines.push('', `### Unchanged`, '', `${summary.unchanged.length}: ${countByKind(summary.unchanged)}.`);
  return `${lines.join('\n')}\n`;
}

function escapeEntry(entry: SummaryEntry): SummaryEntry {
  return { ...entry, label: escapeMarkdown(entry.label), directory: entry.directory && escapeMarkdown(entry.directory) };
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
}

function countByKind(entries: SummaryEntry[]): string {
  const counts = new Map<ImportEntityKind, number>();
  for (const e of entries) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  const plural: Record<ImportEntityKind, string> = { directory: 'directories', user: 'users', guest: 'guests', subscription: 'subscriptions' };
  return [...counts].map(([kind, count]) => `${count} ${count === 1 ? KIND_WORDS[kind] : plural[kind]}`).join(', ');
}
