/** `tenancy tree`: the directory → users / guests / subscriptions tree as box-drawing text, per file for an estate. */
import type { Analysis } from '../core/analyze';
import type { Directory, Subscription } from '../core/model';
import { ProblemTally } from '../core/problems';
import { escapeControls } from '../core/text/printable';
import { cliEn } from './messages';
import type { CliMessages } from './messages';

interface Line {
  text: string;
  children?: Line[];
}

export function printTree(analysis: Analysis, m: CliMessages = cliEn): string {
  const roots = directoryLines(analysis, m);
  if (roots.length === 0) return `${m.treeEmpty()}\n`;
  return roots.map((root) => render(root, '', '', '')).join('');
}

/** The tree of an estate: each file (marked when it stands alone), then its directories. */
export function printEstateTree(files: ReadonlyArray<{ file: string; analysis: Analysis }>, m: CliMessages = cliEn): string {
  return files.map(({ file, analysis }) => {
    const directories = directoryLines(analysis, m);
    const title = `${file}${analysis.workspace.standalone ? m.treeStandalone() : ''}`;
    return render({ text: title, children: directories.length ? directories : [{ text: m.treeEmpty() }] }, '', '', '');
  }).join('');
}

function directoryLines(analysis: Analysis, m: CliMessages): Line[] {
  const tally = new ProblemTally(analysis.problems);
  return analysis.workspace.directories.map((directory) => directoryLine(directory, tally, m));
}

function directoryLine(directory: Directory, tally: ProblemTally, m: CliMessages): Line {
  const counts = problemCounts(tally, directory, m);
  const title = `${directory.name?.value ?? m.treeUnnamedDirectory()}${directory.alias ? ` “${directory.alias.value}”` : ''}`;
  const id = directory.id ? ` (${directory.id.value})` : '';
  return {
    text: `${title}${id}${counts}`,
    children: [
      group(m.treeUsers, directory.users.map((u) => ({
        text: `${u.upn?.value ?? m.treeNoUpn()}${u.displayName ? ` — ${u.displayName.value}` : ''}${list(u.roles.map((r) => r.value))}${u.enabled ? '' : m.treeDisabled()}`,
      }))),
      group(m.treeGuests, directory.guests.map((g) => ({
        text: `${g.upn?.value ?? m.treeNoUpn()}${g.external ? m.treeExternal() : ''}${list(g.roles.map((r) => r.value))}`,
      }))),
      group(m.treeSubscriptions, directory.subscriptions.map((s) => subscriptionLine(s, m))),
    ],
  };
}

function subscriptionLine(subscription: Subscription, m: CliMessages): Line {
  const kind = subscription.type?.value === 'azure' ? 'Azure' : subscription.type?.value === 'office365' ? 'Office 365' : '?';
  const details: string[] = [];
  if (subscription.owner) details.push(m.treeOwner({ upn: subscription.owner.value }));
  if (subscription.createdBy) details.push(m.treeCreatedBy({ upn: subscription.createdBy.value }));
  if (subscription.plan) details.push(subscription.plan.value);
  if (subscription.licenses) details.push(m.treeLicenses({ count: subscription.licenses.value }));
  if (subscription.state !== 'active') details.push(m.treeState({ state: subscription.state }));
  return {
    text: `[${kind}] ${subscription.name?.value ?? m.treeUnnamedSubscription()}${subscription.id ? ` (${subscription.id.value})` : ''}${details.length ? ` — ${details.join(', ')}` : ''}`,
    children: subscription.roleAssignments.map((a) => ({
      text: `${a.role?.value ?? '?'} → ${a.principal?.value ?? '?'}${a.scope ? m.treeAtScope({ scope: a.scope.value }) : ''}`,
    })),
  };
}

function group(title: (p: { count: number }) => string, children: Line[]): Line {
  return { text: title({ count: children.length }), children };
}

function list(items: string[]): string {
  return items.length ? ` [${items.join(', ')}]` : '';
}

function problemCounts(tally: ProblemTally, span: { start: number; end: number }, m: CliMessages): string {
  const { errors, warnings } = tally.in(span);
  return errors || warnings ? `  ⚠ ${m.treeCounts({ errors, warnings })}` : '';
}

function render(line: Line, firstPrefix: string, restPrefix: string, out: string): string {
  out += `${firstPrefix}${escapeControls(line.text)}\n`; // a name cannot add a line to the tree
  const children = line.children ?? [];
  children.forEach((child, i) => {
    const last = i === children.length - 1;
    out = render(child, `${restPrefix}${last ? '└─ ' : '├─ '}`, `${restPrefix}${last ? '   ' : '│  '}`, out);
  });
  return out;
}
