/**
 * The Markdown report of a workspace file: per directory its users, guests and subscriptions (with
 * owners and who has access through role assignments) and its open problems with their codes.
 * A pure function of an analysis; lines shown to the reader are 1-based, as editors show them.
 */
import type { Analysis } from '../analyze';
import type { Directory, Subscription } from '../model';
import type { Problem } from '../problems';
import { LineIndex } from '../text/lineIndex';

export interface ReportOptions {
  /** Shown in the title, e.g. the file name. */
  title?: string;
}

export function reportMarkdown(analysis: Analysis, options: ReportOptions = {}): string {
  const { workspace, problems } = analysis;
  const lines = new LineIndex(analysis.text);
  const out: string[] = [];
  const subscriptions = workspace.directories.reduce((n, d) => n + d.subscriptions.length, 0);
  out.push(`# Tenancy report${options.title ? ` — ${inline(options.title)}` : ''}`, '');
  out.push(`${count(workspace.directories.length, 'directory', 'directories')}, ${count(subscriptions, 'subscription')}; ${problemCounts(problems)}.`, '');

  const placed = new Set<Problem>();
  for (const directory of workspace.directories) {
    const own = problems.filter((p) => p.start >= directory.start && p.start < directory.end);
    for (const p of own) placed.add(p);
    out.push(...directorySection(directory, own, lines));
  }
  const rest = problems.filter((p) => !placed.has(p));
  if (rest.length) out.push('## Other problems', '', ...problemTable(rest, lines), '');
  if (!workspace.directories.length) out.push('The file describes no directory.', '');
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

function directorySection(directory: Directory, problems: Problem[], lines: LineIndex): string[] {
  const out: string[] = [];
  const name = directory.name?.value ?? '(unnamed directory)';
  out.push(`## ${inline(name)}${directory.alias ? ` (${inline(directory.alias.value)})` : ''}`, '');
  out.push(`- Tenant ID: ${code(directory.id?.value ?? '(none)')}`);
  if (directory.domains.length) out.push(`- Domains: ${directory.domains.map((d) => code(d.value)).join(', ')}`);
  if (directory.customRoles.length) out.push(`- Custom roles: ${directory.customRoles.map((r) => inline(r.value)).join(', ')}`);
  out.push('');

  out.push(`### Users (${directory.users.length})`, '');
  if (directory.users.length) {
    out.push(...table(['UPN', 'Display name', 'Entra roles', 'Sign-in'], directory.users.map((u) => [
      u.upn?.value ?? '', u.displayName?.value ?? '', u.roles.map((r) => r.value).join(', '), u.enabled ? 'enabled' : 'blocked',
    ])));
  } else out.push('None.');
  out.push('');

  out.push(`### Guests (${directory.guests.length})`, '');
  if (directory.guests.length) {
    out.push(...table(['Home account', 'Display name', 'Entra roles', 'Home'], directory.guests.map((g) => [
      g.upn?.value ?? '', g.displayName?.value ?? '', g.roles.map((r) => r.value).join(', '), g.external ? 'outside this file' : 'in this file',
    ])));
  } else out.push('None.');
  out.push('');

  out.push(`### Subscriptions (${directory.subscriptions.length})`, '');
  if (directory.subscriptions.length) {
    out.push(...table(['Name', 'ID', 'Type', 'State', 'Owner', 'Created by', 'Plan / offer'], directory.subscriptions.map((s) => [
      s.alias ? `${s.name?.value ?? ''} (${s.alias.value})` : s.name?.value ?? '', s.id?.value ?? '', typeLabel(s), s.state,
      s.owner?.value ?? (s.type?.value === 'office365' ? '(the directory)' : ''), s.createdBy?.value ?? '',
      s.type?.value === 'office365' ? [s.plan?.value, s.licenses ? `${s.licenses.value} licenses` : undefined].filter(Boolean).join(', ') : s.offer?.value ?? '',
    ])));
    const access = directory.subscriptions.flatMap((s) => accessRows(s));
    if (access.length) {
      out.push('', '#### Access through role assignments', '');
      out.push(...table(['Subscription', 'Principal', 'Role', 'Scope'], access));
    }
  } else out.push('None.');
  out.push('');

  out.push(`### Problems (${problems.length})`, '');
  out.push(...(problems.length ? problemTable(problems, lines) : ['None.']), '');
  return out;
}

function accessRows(subscription: Subscription): string[][] {
  const name = subscription.name?.value ?? subscription.id?.value ?? '';
  const rows = subscription.roleAssignments.map((a) => [name, a.principal?.value ?? '', a.role?.value ?? '', a.scope?.value ?? '/ (whole subscription)']);
  for (const a of subscription.pendingRoleAssignments) {
    rows.push([name, a.principal?.value ?? '', `${a.role?.value ?? ''} (pending: to recreate after a transfer)`, a.scope?.value ?? '/ (whole subscription)']);
  }
  return rows;
}

function problemTable(problems: Problem[], lines: LineIndex): string[] {
  return table(['Line', 'Severity', 'Code', 'Problem'], problems.map((p) => [String(lines.position(p.start).line + 1), p.severity, p.code, p.message]));
}

function typeLabel(subscription: Subscription): string {
  return subscription.type?.value === 'azure' ? 'Azure' : subscription.type?.value === 'office365' ? 'Office 365' : '';
}

function problemCounts(problems: readonly Problem[]): string {
  const by = (s: string) => problems.filter((p) => p.severity === s).length;
  return `${count(by('error'), 'error')}, ${count(by('warning'), 'warning')}, ${by('info')} info`;
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function table(header: string[], rows: string[][]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ];
}

/** A table cell: one line, pipes escaped, Markdown specials neutralised. */
function cell(text: string): string {
  return inline(text).replace(/\|/g, '\\|');
}

/** Text in running Markdown: no line breaks, no accidental emphasis, links or HTML. */
function inline(text: string): string {
  return text.replace(/\r?\n|\r/g, ' ').replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`);
}

function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}
