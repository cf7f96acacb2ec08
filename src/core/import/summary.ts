/**
 * What an import does, as data (for the extension's confirmation and for tests) and as text or
 * Markdown (for the CLI and the confirmation dialog).
 */
import type { AzDocument } from './azureCli';
import { KIND_LABELS } from './azureCli';
import { messagesFor } from '../i18n';
import type { Locale, Messages } from '../i18n';
import { stripTerminalEscapes } from '../text/printable';

export type ImportEntityKind = 'directory' | 'user' | 'guest' | 'subscription' | 'roleAssignment' | 'group' | 'servicePrincipal' | 'managementGroup';

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
  | 'no-directory'
  /** A role assignment of a subscription that is neither in the file nor in the import. */
  | 'no-subscription'
  /** The file names the directory differently from Azure: the file's name is kept. */
  | 'name'
  /** The same id or UPN is listed more than once with different values: none is imported. */
  | 'duplicate'
  /** The file records a tenant-level account (`N/A(tenant level account)`) as a subscription. */
  | 'placeholder'
  /** The file places a subscription in another management group than Azure does. */
  | 'management-group'
  /** The entity's directory is kept in another file of the estate: it is imported into that file. */
  | 'other-file';

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
  /** For `other-file`: the file of the estate that holds the directory. */
  file?: string;
}

export interface ImportSource {
  name: string;
  kind: AzDocument['kind'];
  count: number;
  /** E.g. "a Microsoft Graph page that says more pages follow". */
  notes?: string[];
}

export interface ImportSummary {
  sources: ImportSource[];
  added: SummaryEntry[];
  updated: SummaryEntry[];
  unchanged: SummaryEntry[];
  conflicts: ImportConflict[];
  /**
   * What the import read but does not record — role assignments at the root scope `/` or of foreign
   * groups, groups without security, subscriptions of management groups that are not in the file —
   * each with the reason.
   */
  notRecorded: SummaryEntry[];
  /** `true` when the workspace text was empty and the import writes a new file. */
  newFile: boolean;
}

/** One line: `2 added, 1 updated, 7 unchanged, 1 conflict`. */
export function summaryCounts(summary: ImportSummary, locale: Locale = 'en'): string {
  return messagesFor(locale).importCounts({
    added: summary.added.length, updated: summary.updated.length, unchanged: summary.unchanged.length, conflicts: summary.conflicts.length,
  });
}

/** Whether the import changes the file at all. */
export function changesFile(summary: ImportSummary): boolean {
  return summary.added.length > 0 || summary.updated.length > 0;
}

function entryLine(entry: SummaryEntry, code: (s: string) => string, m: Messages): string {
  return m.importEntry({
    kind: entry.kind,
    label: entry.label,
    key: entry.key !== entry.label ? ` (${code(entry.key)})` : '',
    directory: entry.directory,
    changes: entry.changes?.length
      ? entry.changes.map((c) => (c.added ? `${c.field} + ${code(c.to)}` : `${c.field} ${c.from === undefined ? m.importNone() : code(c.from)} → ${code(c.to)}`)).join(', ')
      : undefined,
    notes: entry.notes?.length ? entry.notes.join(m.importNoteSeparator()) : undefined,
  });
}

function conflictLine(conflict: ImportConflict, code: (s: string) => string, m: Messages): string {
  return m.importConflict({
    kind: conflict.kind,
    label: conflict.label,
    key: conflict.key !== conflict.label ? ` (${code(conflict.key)})` : '',
    message: conflict.message,
    proposal: conflict.proposal,
  });
}

function sourceNotes(source: ImportSource, m: Messages): string {
  return source.notes?.length ? ` — ${source.notes.join(m.importNoteSeparator())}` : '';
}

function sourceLabel(source: ImportSource, m: Messages): string {
  return source.kind === 'empty' ? m.importEmptyList() : KIND_LABELS[source.kind];
}

/** Plain text for a terminal. */
export function summaryToText(unsafe: ImportSummary, locale: Locale = 'en'): string {
  const m = messagesFor(locale);
  const summary = printableSummary(unsafe);
  const plain = (s: string) => s;
  const lines = [`${m.importTextTitle({ counts: summaryCounts(summary, locale) })}${summary.newFile ? m.importNewFile() : ''}`];
  for (const source of summary.sources) lines.push(`  ${m.importTextSource({ name: source.name, label: sourceLabel(source, m), count: source.count })}${sourceNotes(source, m)}`);
  const section = (title: string, mark: string, items: string[]) => {
    if (!items.length) return;
    lines.push('', m.importSectionLine({ title }));
    for (const item of items) lines.push(`  ${mark} ${item}`);
  };
  section(m.importAdded(), '+', summary.added.map((e) => entryLine(e, plain, m)));
  section(m.importUpdated(), '~', summary.updated.map((e) => entryLine(e, plain, m)));
  section(m.importConflicts(), '!', summary.conflicts.map((c) => conflictLine(c, plain, m)));
  section(m.importNotRecorded(), '-', summary.notRecorded.map((e) => entryLine(e, plain, m)));
  section(m.importToKnow(), '*', summary.unchanged.filter((e) => e.notes?.length).map((e) => entryLine(e, plain, m)));
  if (summary.unchanged.length) lines.push('', m.importUnchangedText({ count: summary.unchanged.length, kinds: countByKind(summary.unchanged, m) }));
  return `${lines.join('\n')}\n`;
}

/** Markdown, e.g. for a confirmation view or a pull request. */
export function summaryToMarkdown(unsafe: ImportSummary, locale: Locale = 'en'): string {
  const m = messagesFor(locale);
  const summary = printableSummary(unsafe);
  const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;
  const lines = [m.importMarkdownTitle(), '', `${summaryCounts(summary, locale)}${summary.newFile ? m.importNewFile() : ''}.`, ''];
  for (const source of summary.sources) lines.push(`- ${m.importMarkdownSource({ name: escapeMarkdown(source.name), label: sourceLabel(source, m), count: source.count })}${sourceNotes(source, m)}`);
  const section = (title: string, items: string[]) => {
    if (!items.length) return;
    lines.push('', `### ${title}`, '');
    for (const item of items) lines.push(`- ${item}`);
  };
  section(m.importAdded(), summary.added.map((e) => entryLine(escapeEntry(e), code, m)));
  section(m.importUpdated(), summary.updated.map((e) => entryLine(escapeEntry(e), code, m)));
  section(m.importConflicts(), summary.conflicts.map((c) => conflictLine({ ...c, label: escapeMarkdown(c.label) }, code, m)));
  section(m.importNotRecorded(), summary.notRecorded.map((e) => entryLine(escapeEntry(e), code, m)));
  section(m.importToKnow(), summary.unchanged.filter((e) => e.notes?.length).map((e) => entryLine(escapeEntry(e), code, m)));
  if (summary.unchanged.length) lines.push('', `### ${m.importUnchanged()}`, '', m.importUnchangedMarkdown({ count: summary.unchanged.length, kinds: countByKind(summary.unchanged, m) }));
  return `${lines.join('\n')}\n`;
}

/**
 * Every text of the summary (names, keys, values, messages that quote them) with terminal escape
 * sequences removed and control characters escaped: Azure CLI output is data, never terminal commands,
 * and a name cannot add a line to the summary.
 */
function printableSummary(summary: ImportSummary): ImportSummary {
  const clean = <T>(value: T): T => {
    if (typeof value === 'string') return stripTerminalEscapes(value) as T;
    if (Array.isArray(value)) return value.map(clean) as T;
    if (value !== null && typeof value === 'object') {
      const copy: Record<string, unknown> = {};
      for (const [key, v] of Object.entries(value)) copy[key] = clean(v);
      return copy as T;
    }
    return value;
  };
  return clean(summary);
}

function escapeEntry(entry: SummaryEntry): SummaryEntry {
  return { ...entry, label: escapeMarkdown(entry.label), directory: entry.directory && escapeMarkdown(entry.directory) };
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
}

function countByKind(entries: SummaryEntry[], m: Messages): string {
  const counts = new Map<ImportEntityKind, number>();
  for (const e of entries) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  return [...counts].map(([kind, count]) => m.importKindCount({ kind, count })).join(', ');
}
