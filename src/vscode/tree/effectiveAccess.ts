/**
 * The by-user grouping's indirect access (src/core/access.ts): role assignments that reach an account
 * through a group it belongs to (nested groups too), and those inherited from a management group above
 * a subscription. Direct assignments are listed by the grouping itself. An inherited assignment is one
 * row for the management group, with the number of subscriptions below it, not one row per subscription.
 */
import * as vscode from 'vscode';
import { accountAccess } from '../../core/access';
import type { Grant } from '../../core/access';
import type { Guest, RoleAssignment, Span, User } from '../../core/model';
import { principalName } from '../../core/principals';
import type { BuildContext } from './treeNode';
import { count } from '../count';

export interface IndirectAccess {
  label: string;
  description: string;
  icon: string;
  span: Span;
}

export function indirectAccessOf(context: BuildContext, account: User | Guest): IndirectAccess[] {
  const { index } = context.analysis;
  const grants = accountAccess(index, account.upn!.value).filter((g) => g.route !== 'direct');
  const byAssignment = new Map<RoleAssignment, Grant[]>();
  for (const grant of grants) byAssignment.set(grant.assignment, [...(byAssignment.get(grant.assignment) ?? []), grant]);
  const rows: IndirectAccess[] = [];
  for (const [assignment, list] of byAssignment) {
    const first = list[0];
    const role = assignment.role?.value ?? '?';
    const via = first.groups.length ? vscode.l10n.t('via group {0}', first.groups.map(principalName).join(' › ')) : '';
    if (first.route === 'group') {
      const s = first.subscription;
      rows.push({ label: vscode.l10n.t('Role {0} on {1}', role, s.name?.value ?? s.id?.value ?? '?'), description: [via, assignment.scope?.value].filter(Boolean).join(' · '), icon: 'organization', span: assignment });
    } else {
      const holder = first.managementGroups[first.managementGroups.length - 1];
      const group = holder?.name?.value ?? holder?.id?.value ?? '?';
      rows.push({
        label: vscode.l10n.t('Role {0} inherited from management group {1}', role, group),
        description: [count(new Set(list.map((g) => g.subscription)).size, 'subscription'), via].filter(Boolean).join(' · '),
        icon: 'type-hierarchy', span: assignment,
      });
    }
  }
  return rows;
}
