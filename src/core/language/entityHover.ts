/**
 * Hover on a group, a service principal or a management group — at its definition or at any place
 * naming it (a role assignment's `principal`, a group's member, a management group's `parent`) — and
 * on a principal that names nothing or more than one thing.
 */
import type { Analysis } from '../analyze';
import type { Messages } from '../i18n';
import { fold } from '../model';
import type { Directory, Group, ManagementGroup, RoleAssignment, ServicePrincipal, Str } from '../model';
import { accountsIn, groupsOf, principalName, rootManagementGroup } from '../principals';
import type { Principal } from '../principals';
import type { SymbolReference } from '../references';
import { directoryLabel, managementGroupLabel, referenceIndexOf, subscriptionLabel } from './lookup';
import { code, md, roleList } from './markdown';

/** Hover on a reference to a group or a service principal. */
export function principalEntityHover(analysis: Analysis, reference: SymbolReference, target: Group | ServicePrincipal, m: Messages): string {
  const index = analysis.index;
  const directory = index.directoryOf(target);
  const lines: string[] = [];
  if (reference.entity !== target && index.directoryOf(reference.entity as { directoryIndex: number }) !== directory) {
    lines.push(m.hoverPrincipalElsewhere({ directory: md(directoryLabel(directory)) }), '');
  }
  if (target.kind === 'group') lines.push(...groupLines(analysis, target, directory, m));
  else lines.push(...servicePrincipalLines(analysis, target, directory, m));
  const memberOf = groupsOf(index, target);
  if (memberOf.length) {
    lines.push('', m.hoverMemberOfGroups({ groups: membershipList(memberOf, m) }));
  }
  lines.push(...accessLines(analysis, referenceIndexOf(analysis).referencesToEntity(target), memberOf, m));
  return lines.join('\n');
}

/** Groups a principal is in, the nested ones with the groups that lead to them. */
export function membershipList(memberships: ReturnType<typeof groupsOf>, m: Messages): string {
  const name = (g: Group) => md(principalName(g));
  return memberships.map(({ group, via }) => name(group) + (via.length > 1 ? ` (${m.hoverVia({ groups: via.slice(0, -1).map(name).join(' › ') })})` : '')).join(', ');
}

function groupLines(analysis: Analysis, group: Group, directory: Directory, m: Messages): string[] {
  const index = analysis.index;
  const lines = [m.hoverGroup({ name: md(group.name?.value ?? group.id?.value ?? '?'), directory: md(directoryLabel(directory)), roleAssignable: group.isAssignableToRole })];
  if (group.id) lines.push('', m.hoverObjectId({ id: code(group.id.value) }));
  if (group.description) lines.push('', md(group.description.value));
  const counts = { accounts: 0, groups: 0, servicePrincipals: 0, unresolved: 0 };
  for (const member of group.members) {
    const resolved = index.resolvePrincipal(directory, member.value);
    const kind = resolved.status === 'found' ? resolved.principal.kind : undefined;
    if (kind === 'group') counts.groups++;
    else if (kind === 'servicePrincipal') counts.servicePrincipals++;
    else if (kind) counts.accounts++;
    else counts.unresolved++;
  }
  lines.push('', m.hoverGroupMembers({ direct: group.members.length, ...counts, nested: accountsIn(index, group).length }));
  if (group.roles.length) lines.push('', m.hoverGroupEntraRoles({ roles: roleList(group.roles) }));
  return lines;
}

function servicePrincipalLines(analysis: Analysis, sp: ServicePrincipal, directory: Directory, m: Messages): string[] {
  const lines = [m.hoverServicePrincipal({
    name: md(sp.name?.value ?? sp.id?.value ?? '?'), directory: md(directoryLabel(directory)),
    type: sp.type?.value, identity: sp.identity?.value,
  })];
  const ids = [sp.appId && m.hoverAppId({ id: code(sp.appId.value) }), sp.id && m.hoverObjectId({ id: code(sp.id.value) })].filter(Boolean);
  if (ids.length) lines.push('', ids.join(' · '));
  if (sp.resource) {
    const id = /^\/subscriptions\/([^/]+)/i.exec(sp.resource.value)?.[1];
    const subscription = id ? analysis.index.subscriptionsById.get(fold(id))?.[0] : undefined;
    lines.push('', m.hoverResource({ resource: code(sp.resource.value), subscription: subscription ? md(subscriptionLabel(subscription)) : undefined }));
  }
  return lines;
}

/**
 * The role assignments of a principal, each with where it is: those naming it (by any of its names),
 * then those it gets through the groups it is in (each with the groups that lead to it).
 */
export function accessLines(analysis: Analysis, uses: readonly SymbolReference[], memberships: ReturnType<typeof groupsOf>, m: Messages): string[] {
  const references = referenceIndexOf(analysis);
  const items = accessItems(analysis, uses, m);
  for (const { group, via } of memberships) {
    const through = m.hoverVia({ groups: via.map((g) => md(principalName(g))).join(' › ') });
    items.push(...accessItems(analysis, references.referencesToEntity(group), m).map((item) => `${item} · ${through}`));
  }
  return items.length ? ['', m.hoverAccess(), ...items] : [];
}

function accessItems(analysis: Analysis, uses: readonly SymbolReference[], m: Messages): string[] {
  const index = analysis.index;
  const items: string[] = [];
  for (const use of uses) {
    if ((use.role !== 'principal' && use.role !== 'pendingPrincipal') || use.entity.kind !== 'roleAssignment') continue;
    const assignment = use.entity;
    const directory = index.directoryOf(assignment);
    if (assignment.managementGroupIndex !== undefined) {
      const group = directory.managementGroups[assignment.managementGroupIndex];
      items.push(m.hoverAccessAtManagementGroup({ role: md(assignment.role?.value ?? '?'), group: md(group ? managementGroupLabel(group) : '?'), directory: md(directoryLabel(directory)) }));
      continue;
    }
    const subscription = directory.subscriptions[assignment.subscriptionIndex];
    items.push(m.hoverAccessItem({
      role: md(assignment.role?.value ?? '?'),
      subscription: subscription ? `${md(subscriptionLabel(subscription))} (${md(directoryLabel(directory))})` : undefined,
      scope: assignment.scope ? code(assignment.scope.value) : undefined,
      pending: use.role === 'pendingPrincipal',
    }));
  }
  return items;
}

/** The management groups from the tenant root group down to `group` (cycle-safe: stops at a repeat). */
export function managementGroupPath(directory: Directory, group: ManagementGroup): ManagementGroup[] {
  const path: ManagementGroup[] = [];
  const root = rootManagementGroup(directory);
  const tenant = directory.id && fold(directory.id.value);
  let current: ManagementGroup | undefined = group;
  while (current && !path.includes(current)) {
    path.unshift(current);
    if (current === root) return path;
    const parent: string | undefined = current.parent && fold(current.parent.value);
    current = !parent || parent === tenant ? root : directory.managementGroups.find((g) => g.id && fold(g.id.value) === parent);
    if (!current && parent && parent !== tenant) return path;
  }
  return path;
}

/** The names of a management-group path from the root, which is named even when the file does not list it. */
export function pathNames(path: readonly ManagementGroup[], root: ManagementGroup | undefined, m: Messages): string[] {
  const names = path.map((g) => (g === root && !g.name ? m.hoverTenantRootGroupName() : md(managementGroupLabel(g))));
  if (path[0] !== root || !root) names.unshift(m.hoverTenantRootGroupName());
  return names;
}

/** Hover on a management group (its `id`, or a `parent` naming it). */
export function managementGroupHover(analysis: Analysis, group: ManagementGroup, m: Messages): string {
  const index = analysis.index;
  const directory = index.directoryOf(group);
  const path = managementGroupPath(directory, group);
  const root = rootManagementGroup(directory);
  const names = pathNames(path, root, m);
  const lines = [
    m.hoverManagementGroup({ name: md(managementGroupLabel(group)), id: code(group.id?.value ?? '?'), directory: md(directoryLabel(directory)) }),
    '',
    m.hoverManagementGroupPath({ path: names.join(' › ') }),
    '',
  ];
  const subscriptions = group.subscriptions.map((id: Str) => {
    const subscription = index.subscriptionsById.get(fold(id.value))?.find((s) => s.directoryIndex === group.directoryIndex);
    return subscription ? md(subscriptionLabel(subscription)) : code(id.value);
  });
  lines.push(subscriptions.length ? m.hoverManagementGroupSubscriptions({ subscriptions: subscriptions.join(', ') }) : m.hoverManagementGroupNoSubscriptions());
  const assignments: string[] = [];
  for (const holder of path.slice().reverse()) {
    for (const assignment of holder.roleAssignments) {
      assignments.push(m.hoverManagementGroupAssignment({
        role: md(assignment.role?.value ?? '?'), principal: md(assignment.principal?.value ?? '?'),
        from: holder === group ? undefined : md(managementGroupLabel(holder)),
      }));
    }
  }
  if (assignments.length) lines.push('', m.hoverManagementGroupAssignments(), ...assignments);
  return lines.join('\n');
}

/** Hover on a `principal` or group member that is no symbol: it names nothing, or more than one thing, in its directory. */
export function unresolvedPrincipalHover(analysis: Analysis, directory: Directory, text: string, type: RoleAssignment['principalType'], m: Messages): string | undefined {
  const resolved = analysis.index.resolvePrincipal(directory, text, type?.value);
  const here = md(directoryLabel(directory));
  if (resolved.status === 'ambiguous') {
    const candidates = resolved.candidates.map((p: Principal) => `${md(principalName(p))} (${m.principalKind({ kind: p.kind })})`).join(', ');
    return m.hoverPrincipalAmbiguous({ name: code(text), directory: here, candidates });
  }
  if (resolved.status === 'unknown') return m.hoverPrincipalUnknown({ name: code(text), directory: here, suggestion: resolved.suggestion ? code(resolved.suggestion) : undefined });
  return undefined;
}
