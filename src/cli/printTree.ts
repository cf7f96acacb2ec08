/** `tenancy tree`: the directory → users / guests / subscriptions tree as box-drawing text. */
import type { Analysis } from '../core/analyze';
import type { Directory, Subscription } from '../core/model';
import { countInSpan } from '../core/problems';

interface Line {
  text: string;
  children?: Line[];
}

export function printTree(analysis: Analysis): string {
  const roots = analysis.workspace.directories.map((directory) => directoryLine(directory, analysis));
  if (roots.length === 0) return '(no directories)\n';
  return roots.map((root) => render(root, '', '', '')).join('');
}

function directoryLine(directory: Directory, analysis: Analysis): Line {
  const counts = problemCounts(analysis, directory.start, directory.end);
  const title = `${directory.name?.value ?? '(unnamed directory)'}${directory.alias ? ` “${directory.alias.value}”` : ''}`;
  const id = directory.id ? ` (${directory.id.value})` : '';
  return {
    text: `${title}${id}${counts}`,
    children: [
      group('Users', directory.users.map((u) => ({
        text: `${u.upn?.value ?? '(no upn)'}${u.displayName ? ` — ${u.displayName.value}` : ''}${list(u.roles.map((r) => r.value))}${u.enabled ? '' : ' (disabled)'}`,
      }))),
      group('Guests', directory.guests.map((g) => ({
        text: `${g.upn?.value ?? '(no upn)'}${g.external ? ' (external)' : ''}${list(g.roles.map((r) => r.value))}`,
      }))),
      group('Subscriptions', directory.subscriptions.map(subscriptionLine)),
    ],
  };
}

function subscriptionLine(subscription: Subscription): Line {
  const kind = subscription.type?.value === 'azure' ? 'Azure' : subscription.type?.value === 'office365' ? 'Office 365' : '?';
  const details: string[] = [];
  if (subscription.owner) details.push(`owner ${subscription.owner.value}`);
  if (subscription.createdBy) details.push(`created by ${subscription.createdBy.value}`);
  if (subscription.plan) details.push(subscription.plan.value);
  if (subscription.licenses) details.push(`${subscription.licenses.value} licenses`);
  if (subscription.state !== 'active') details.push(subscription.state);
  return {
    text: `[${kind}] ${subscription.name?.value ?? '(unnamed)'}${subscription.id ? ` (${subscription.id.value})` : ''}${details.length ? ` — ${details.join(', ')}` : ''}`,
    children: subscription.roleAssignments.map((a) => ({
      text: `${a.role?.value ?? '?'} → ${a.principal?.value ?? '?'}${a.scope ? ` at ${a.scope.value}` : ''}`,
    })),
  };
}

function group(title: string, children: Line[]): Line {
  return { text: `${title} (${children.length})`, children };
}

function list(items: string[]): string {
  return items.length ? ` [${items.join(', ')}]` : '';
}

function problemCounts(analysis: Analysis, start: number, end: number): string {
  const { errors, warnings } = countInSpan(analysis.problems, { start, end });
  const parts = [errors && `${errors} error${errors > 1 ? 's' : ''}`, warnings && `${warnings} warning${warnings > 1 ? 's' : ''}`].filter(Boolean);
  return parts.length ? `  ⚠ ${parts.join(', ')}` : '';
}

function render(line: Line, firstPrefix: string, restPrefix: string, out: string): string {
  out += `${firstPrefix}${line.text}\n`;
  const children = line.children ?? [];
  children.forEach((child, i) => {
    const last = i === children.length - 1;
    out = render(child, `${restPrefix}${last ? '└─ ' : '├─ '}`, `${restPrefix}${last ? '   ' : '│  '}`, out);
  });
  return out;
}
