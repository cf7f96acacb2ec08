/**
 * Grouping "by user": for every account, what it can reach — subscriptions it owns or created, its
 * role assignments, the directories it is a guest in. The question admins ask before removing someone.
 */
import * as vscode from 'vscode';
import { accountKey } from '../../core/identity';
import type { Guest, Span, User } from '../../core/model';
import { count } from '../count';
import { indirectAccessOf } from './effectiveAccess';
import { pagedChildren } from './paging';
import type { BuildContext, TreeNode } from './treeNode';
import { siblingIds } from './treeNode';

interface Access {
  label: string;
  description: string;
  icon: string;
  span: Span;
}

export function accountNodes(context: BuildContext, parent: TreeNode | undefined, parentId: string): TreeNode[] {
  const { filter } = context;
  const accounts = accountsOf(context).filter((account) => {
    if (!filter.active) return true;
    const accesses = accessOf(context, account);
    const textMatched = filter.matchesText(account) || accesses.some((a) => filter.matchesStrings([a.label]));
    return textMatched && (!filter.settings.problemsOnly || filter.hasProblems(account) || accesses.some((a) => filter.hasProblems(a.span)));
  });
  return pagedChildren(context, { id: parentId, uri: context.uri, node: parent }, accounts, (account) => {
    const accesses = accessOf(context, account);
    const directory = context.analysis.index.directoryOf(account);
    const node: TreeNode = {
      id: `${parentId}/acct:${accountKey(account.upn!.value)}`, parent, uri: context.uri, kind: 'account', entity: account, span: account,
      label: account.upn!.value,
      description: [
        account.enabled ? undefined : vscode.l10n.t('disabled'),
        account.kind === 'guest' ? vscode.l10n.t('guest in {0}', directory.name?.value ?? '?') : directory.name?.value,
        accesses.length === 0 ? vscode.l10n.t('no access') : count(accesses.length, 'access'),
      ].filter(Boolean).join(' · '),
      icon: !account.enabled ? 'circle-slash' : account.kind === 'guest' ? 'person-add' : 'person', contextValue: 'account', emptyLabel: vscode.l10n.t('No subscriptions, role assignments or invitations'),
    };
    node.children = () => {
      const ids = siblingIds();
      return accesses.map((access) => ({
        id: `${node.id}/${ids(`${access.icon}:${access.label}`)}`, parent: node, uri: context.uri, kind: 'access' as const,
        label: access.label, description: access.description, icon: access.icon, span: access.span, contextValue: 'access',
      }));
    };
    return node;
  });
}

/** Every account once: members in file order, then guests who are a member of no directory here. */
function accountsOf(context: BuildContext): Array<User | Guest> {
  const { index } = context.analysis;
  const seen = new Set<string>();
  const accounts: Array<User | Guest> = [];
  const add = (account: User | Guest) => {
    if (!account.upn) return;
    const key = accountKey(account.upn.value);
    if (seen.has(key)) return;
    seen.add(key);
    accounts.push(account);
  };
  for (const directory of index.directories) for (const user of directory.users) add(user);
  for (const directory of index.directories) for (const guest of directory.guests) add(guest);
  return accounts;
}

function accessOf(context: BuildContext, account: User | Guest): Access[] {
  const { index } = context.analysis;
  const key = accountKey(account.upn!.value);
  const subscriptionName = (s: { name?: { value: string }; id?: { value: string } }) => s.name?.value ?? s.id?.value ?? '?';
  const directoryName = (i: number) => index.directories[i].name?.value ?? '?';
  const accesses: Access[] = [];
  for (const s of index.subscriptionsByOwner.get(key) ?? []) {
    // "Subscription owner", never just "Owner": the role named Owner reads "Role Owner on …" below.
    accesses.push({ label: vscode.l10n.t('Subscription owner: {0}', subscriptionName(s)), description: directoryName(s.directoryIndex), icon: 'star-full', span: s.owner! });
  }
  for (const s of index.subscriptionsByCreator.get(key) ?? []) {
    accesses.push({ label: vscode.l10n.t('Created {0}', subscriptionName(s)), description: directoryName(s.directoryIndex), icon: 'add', span: s.createdBy! });
  }
  for (const a of index.assignmentsByPrincipal.get(key) ?? []) {
    const s = index.directories[a.directoryIndex].subscriptions[a.subscriptionIndex];
    accesses.push({
      label: vscode.l10n.t('Role {0} on {1}', a.role?.value ?? '?', subscriptionName(s)),
      description: [directoryName(a.directoryIndex), a.scope?.value].filter(Boolean).join(' · '), icon: 'key', span: a,
    });
  }
  for (const g of index.guests.get(key) ?? []) {
    if (g === account) continue;
    accesses.push({ label: vscode.l10n.t('Guest in {0}', directoryName(g.directoryIndex)), description: g.roles.map((r) => r.value).join(', '), icon: 'person-add', span: g });
  }
  accesses.push(...indirectAccessOf(context, account));
  return accesses;
}
