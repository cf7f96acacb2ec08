/**
 * The CSV of the mapping: one row per subscription. RFC 4180 (CRLF line ends, fields quoted when they
 * hold a comma, a quote or a line break, quotes doubled) and safe to open in a spreadsheet: a cell
 * starting with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with `'`, so it is never
 * read as a formula.
 */
import type { Analysis } from '../analyze';

export const CSV_COLUMNS = ['subscription_id', 'name', 'type', 'directory', 'tenant_id', 'owner', 'created_by', 'state'] as const;

export function reportCsv(analysis: Analysis): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const directory of analysis.workspace.directories) {
    for (const s of directory.subscriptions) {
      rows.push([
        s.id?.value ?? '', s.name?.value ?? '', s.type?.value ?? '', directory.name?.value ?? '', directory.id?.value ?? '',
        s.owner?.value ?? '', s.createdBy?.value ?? '', s.state,
      ]);
    }
  }
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** One field: neutralised against formula injection, then quoted as RFC 4180 requires. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
