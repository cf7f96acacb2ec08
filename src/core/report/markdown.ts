/**
 * The Markdown report of a workspace file: per directory its users, guests and subscriptions (with
 * owners and who has access through role assignments) and its open problems with their codes.
 * A pure function of an analysis; lines shown to the reader are 1-based, as editors show them.
 */
import { accessOf } from '../access';
import type { Analysis } from '../analyze';
import { messagesFor } from '../i18n';
import type { Locale, Messages } from '../i18n';
import type { Directory, Subscription } from '../model';
import type { ModelIndex } from '../modelIndex';
import { accountsIn } from '../principals';
import type { Problem } from '../problems';
import { LineIndex } from '../text/lineIndex';

export interface ReportOptions {
  /** Shown in the title, e.g. the file name. */
  title?: string;
  /** The language of the report's own words (titles, headers, counts); default `en`. Problems keep the words of the analysis. */
  locale?: Locale;
  /** Where a problem is, as the problem table shows it: by default its 1-based line; an estate's report says `file:line`. */
  place?: (offset: number) => string;
}

export function reportMarkdown(analysis: Analysis, options: ReportOptions = {}): string {
  const m = messagesFor(options.locale);
  const { workspace, problems } = analysis;
  const lineIndex = new LineIndex(analysis.text);
  const lines = options.place ?? ((offset: number) => String(lineIndex.position(offset).line + 1));
  const out: string[] = [];
  const subscriptions = workspace.directories.reduce((n, d) => n + d.subscriptions.length, 0);
  const by = (s: string) => problems.filter((p) => p.severity === s).length;
  out.push(m.reportTitle({ title: options.title ? inline(options.title) : undefined }), '');
  out.push(m.reportTotals({ directories: workspace.directories.length, subscriptions, errors: by('error'), warnings: by('warning'), infos: by('info') }), '');

  const placed = new Set<Problem>();
  for (const directory of workspace.directories) {
    const own = problems.filter((p) => p.start >= directory.start && p.start < directory.end);
    for (const p of own) placed.add(p);
    out.push(...directorySection(directory, own, lines, m, analysis.index));
  }
  const rest = problems.filter((p) => !placed.has(p));
  if (rest.length) out.push(m.reportOtherProblems(), '', ...problemTable(rest, lines, m), '');
  if (!workspace.directories.length) out.push(m.reportNoDirectory(), '');
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

function directorySection(directory: Directory, problems: Problem[], lines: (offset: number) => string, m: Messages, index: ModelIndex): string[] {
  const out: string[] = [];
  const name = directory.name?.value ?? m.reportUnnamedDirectory();
  out.push(`## ${inline(name)}${directory.alias ? ` (${inline(directory.alias.value)})` : ''}`, '');
  out.push(m.reportTenantId({ id: code(directory.id?.value ?? m.reportNoId()) }));
  if (directory.domains.length) out.push(m.reportDomains({ domains: directory.domains.map((d) => code(d.value)).join(', ') }));
  if (directory.customRoles.length) out.push(m.reportCustomRoles({ roles: directory.customRoles.map((r) => inline(r.value)).join(', ') }));
  out.push('');

  out.push(m.reportUsers({ count: directory.users.length }), '');
  if (directory.users.length) {
    out.push(...table(columns(m.reportUserColumns()), directory.users.map((u) => [
      u.upn?.value ?? '', u.displayName?.value ?? '', u.roles.map((r) => r.value).join(', '), m.reportSignIn({ enabled: u.enabled }),
    ])));
  } else out.push(m.reportNone());
  out.push('');

  out.push(m.reportGuests({ count: directory.guests.length }), '');
  if (directory.guests.length) {
    out.push(...table(columns(m.reportGuestColumns()), directory.guests.map((g) => [
      g.upn?.value ?? '', g.displayName?.value ?? '', g.roles.map((r) => r.value).join(', '), m.reportHome({ external: !!g.external }),
    ])));
  } else out.push(m.reportNone());
  out.push('');

  out.push(m.reportSubscriptions({ count: directory.subscriptions.length }), '');
  if (directory.subscriptions.length) {
    out.push(...table(columns(m.reportSubscriptionColumns()), directory.subscriptions.map((s) => [
      s.alias ? `${s.name?.value ?? ''} (${s.alias.value})` : s.name?.value ?? '', s.id?.value ?? '', typeLabel(s), s.state,
      s.owner?.value ?? (s.type?.value === 'office365' ? m.reportOwnedByDirectory() : ''), s.createdBy?.value ?? '',
      s.type?.value === 'office365' ? [s.plan?.value, s.licenses ? m.reportLicenses({ count: s.licenses.value }) : undefined].filter(Boolean).join(', ') : s.offer?.value ?? '',
    ])));
    const access = directory.subscriptions.flatMap((s) => accessRows(s, m));
    if (access.length) {
      out.push('', m.reportAccess(), '');
      out.push(...table(columns(m.reportAccessColumns()), access));
    }
    const effective = effectiveAccessRows(directory, index, m);
    if (effective.some((row) => row.indirect)) {
      out.push('', m.reportEffectiveAccess(), '');
      out.push(...table(columns(m.reportEffectiveAccessColumns()), effective.map((row) => row.cells)));
    }
  } else out.push(m.reportNone());
  out.push('');
  out.push(...principalSections(directory, index, m));

  out.push(m.reportProblems({ count: problems.length }), '');
  out.push(...(problems.length ? problemTable(problems, lines, m) : [m.reportNone()]), '');
  return out;
}

function accessRows(subscription: Subscription, m: Messages): string[][] {
  const name = subscription.name?.value ?? subscription.id?.value ?? '';
  const rows = subscription.roleAssignments.map((a) => [name, a.principal?.value ?? '', a.role?.value ?? '', a.scope?.value ?? m.reportWholeSubscription()]);
  for (const a of subscription.pendingRoleAssignments) {
    rows.push([name, a.principal?.value ?? '', m.reportPending({ role: a.role?.value ?? '' }), a.scope?.value ?? m.reportWholeSubscription()]);
  }
  return rows;
}

/**
 * Every account's access in the directory, as Azure grants it: direct, through its groups (nested),
 * and inherited from the management groups above each subscription. Shown when some access is not
 * direct; otherwise the access table above already says it all.
 */
function effectiveAccessRows(directory: Directory, index: ModelIndex, m: Messages): Array<{ cells: string[]; indirect: boolean }> {
  const rows: Array<{ cells: string[]; indirect: boolean }> = [];
  const label = (g: { name?: { value: string }; id?: { value: string } }) => g.name?.value ?? g.id?.value ?? '';
  for (const account of [...directory.users, ...directory.guests]) {
    if (!account.upn) continue;
    for (const grant of accessOf(index, account)) {
      const through = m.reportThrough({ route: grant.route, groups: grant.groups.map(label).join(' › '), managementGroups: grant.managementGroups.map(label).join(' › ') });
      const subscription = grant.subscription.name?.value ?? grant.subscription.id?.value ?? '';
      rows.push({ cells: [account.upn.value, subscription, grant.assignment.role?.value ?? '', grant.assignment.scope?.value ?? m.reportWholeSubscription(), through], indirect: grant.route !== 'direct' });
    }
  }
  return rows;
}

/** Groups, service principals and management groups of the directory, each table only when the directory has some. */
function principalSections(directory: Directory, index: ModelIndex, m: Messages): string[] {
  const out: string[] = [];
  if (directory.groups.length) {
    out.push(m.reportGroups({ count: directory.groups.length }), '');
    out.push(...table(columns(m.reportGroupColumns()), directory.groups.map((g) => [
      g.name?.value ?? g.id?.value ?? '', g.members.map((x) => x.value).join(', '), String(accountsIn(index, g).length), g.roles.map((r) => r.value).join(', '),
    ])), '');
  }
  if (directory.servicePrincipals.length) {
    out.push(m.reportServicePrincipals({ count: directory.servicePrincipals.length }), '');
    out.push(...table(columns(m.reportServicePrincipalColumns()), directory.servicePrincipals.map((sp) => [
      sp.name?.value ?? sp.id?.value ?? '', m.reportServicePrincipalKind({ type: sp.type?.value, identity: sp.identity?.value }), sp.appId?.value ?? '', sp.resource?.value ?? '',
    ])), '');
  }
  if (directory.managementGroups.length) {
    const root = directory.id?.value.toLowerCase();
    out.push(m.reportManagementGroups({ count: directory.managementGroups.length }), '');
    out.push(...table(columns(m.reportManagementGroupColumns()), directory.managementGroups.map((g) => [
      g.name?.value ?? '', g.id?.value ?? '', g.id?.value.toLowerCase() === root ? '' : g.parent?.value ?? m.reportTenantRoot(),
      g.subscriptions.map((id) => directory.subscriptions.find((s) => s.id?.value.toLowerCase() === id.value.toLowerCase())?.name?.value ?? id.value).join(', '),
      g.roleAssignments.map((a) => `${a.principal?.value ?? ''}: ${a.role?.value ?? ''}`).join('; '),
    ])), '');
  }
  return out;
}

function problemTable(problems: Problem[], lines: (offset: number) => string, m: Messages): string[] {
  return table(columns(m.reportProblemColumns()), problems.map((p) => [lines(p.start), m.reportSeverity({ severity: p.severity }), p.code, p.message]));
}

function typeLabel(subscription: Subscription): string {
  return subscription.type?.value === 'azure' ? 'Azure' : subscription.type?.value === 'office365' ? 'Office 365' : '';
}

/** A table header from the catalog: its column titles separated by ` | `. */
function columns(header: string): string[] {
  return header.split(' | ');
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
