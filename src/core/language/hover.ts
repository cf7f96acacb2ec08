/**
 * Hover at a cursor, as Markdown: an account (who it is, its directory, roles, groups, what it owns,
 * created and can reach through role assignments), a group, service principal or management group
 * (`entityHover.ts`), a tenant id (the directory), a subscription id (the subscription), a role (its
 * description), an offer id (its name), a principal that names nothing, or a key (its schema
 * description).
 */
import { accountKey } from '../identity';
import type { Analysis } from '../analyze';
import { fold } from '../model';
import type { Directory, Str, Subscription } from '../model';
import { azureRoleDescription, entraRoleDescription, findEntraRole, findOffer } from '../catalog';
import { builtInRole } from '../roleReference';
import { messagesFor } from '../i18n';
import type { Messages } from '../i18n';
import { groupsOf, managementGroupChain, rootManagementGroup } from '../principals';
import type { SymbolReference } from '../references';
import { accessLines, managementGroupHover, membershipList, pathNames, principalEntityHover, unresolvedPrincipalHover } from './entityHover';
import { directoryLabel, entitiesAt, referenceIndexOf, subscriptionLabel } from './lookup';
import { code, md, roleList } from './markdown';
import type { LanguageOptions } from './lookup';
import { propertyDocumentation, schemaObject } from './schemaPath';
import type { MapKind } from './schemaPath';

export interface HoverResult {
  /** Markdown. Text from the file is escaped. */
  markdown: string;
  /** The range hovered (a name, an id, a role, a key). */
  start: number;
  end: number;
}

/** Hover content at `offset` (0-based UTF-16) of the analysed text, if there is something to say. */
export function hoverAt(analysis: Analysis, offset: number, options: LanguageOptions = {}): HoverResult | undefined {
  const m = messagesFor(options.locale);
  const reference = referenceIndexOf(analysis).at(offset);
  if (reference) {
    const target = reference.target;
    const markdown =
      target?.kind === 'managementGroup' ? managementGroupHover(analysis, target, m)
        : target ? principalEntityHover(analysis, reference, target, m)
          : reference.kind === 'account' ? accountHover(analysis, reference, m)
            : reference.kind === 'directory' ? directoryHover(analysis, reference, m)
              : subscriptionHover(analysis, reference, m);
    return markdown ? { markdown, start: reference.start, end: reference.end } : undefined;
  }
  return valueHover(analysis, offset, m);
}

function accountHover(analysis: Analysis, reference: SymbolReference, m: Messages): string {
  const index = analysis.index;
  const uses = referenceIndexOf(analysis).referencesTo('account', reference.text);
  const member = index.member(reference.text);
  const guestEntries = index.guests.get(accountKey(reference.text)) ?? [];
  const displayName = member?.displayName?.value ?? guestEntries.find((g) => g.displayName)?.displayName?.value;
  const lines: string[] = [`**${md(displayName ?? reference.text)}**${displayName ? ` · ${code(reference.text)}` : ''}`, ''];
  if (member) {
    const home = index.directoryOf(member);
    lines.push(m.hoverMemberOf({ directory: md(directoryLabel(home)), blocked: !member.enabled, roles: member.roles.length ? roleList(member.roles) : undefined }));
  } else if (guestEntries.some((g) => g.external)) {
    lines.push(m.hoverExternal());
  } else {
    lines.push(m.hoverNotAMember());
  }
  for (const guest of guestEntries) {
    lines.push(m.hoverGuestIn({ directory: md(directoryLabel(index.directoryOf(guest))), roles: guest.roles.length ? roleList(guest.roles) : undefined }));
  }
  // The groups the account is in, in each directory it is an account of (nested groups included).
  const memberships: ReturnType<typeof groupsOf> = [];
  for (const entry of [...(member ? [member] : []), ...guestEntries]) {
    const groups = groupsOf(index, entry);
    if (!groups.length) continue;
    memberships.push(...groups);
    lines.push('', m.hoverAccountGroups({ directory: md(directoryLabel(index.directoryOf(entry))), groups: membershipList(groups, m) }));
  }
  const owns = uses.filter((u) => u.role === 'owner').map((u) => u.entity as Subscription);
  const created = uses.filter((u) => u.role === 'createdBy').map((u) => u.entity as Subscription);
  const subscriptionText = (s: Subscription) => `${md(subscriptionLabel(s))} (${md(directoryLabel(index.directoryOf(s)))})`;
  if (owns.length) lines.push('', m.hoverOwns({ subscriptions: owns.map(subscriptionText).join(', ') }));
  if (created.length) lines.push('', m.hoverCreated({ subscriptions: created.map(subscriptionText).join(', ') }));
  lines.push(...accessLines(analysis, uses, memberships, m));
  return lines.join('\n');
}

function directoryHover(analysis: Analysis, reference: SymbolReference, m: Messages): string | undefined {
  const directory = reference.entity.kind === 'directory' ? reference.entity : analysis.index.directoriesById.get(reference.key)?.[0];
  if (!directory) return undefined;
  return [
    ...(reference.role === 'rootGroup' || reference.role === 'parent' ? [m.hoverTenantRootGroup(), ''] : []),
    m.hoverDirectory({ directory: md(directoryLabel(directory)) }),
    '',
    m.hoverTenantId({ id: code(reference.text) }),
    '',
    directory.domains.length ? m.hoverDomains({ domains: directory.domains.map((d) => md(d.value)).join(', ') }) : m.hoverNoDomains(),
    '',
    m.hoverDirectoryCounts({ users: directory.users.length, guests: directory.guests.length, subscriptions: directory.subscriptions.length }),
  ].join('\n');
}

function subscriptionHover(analysis: Analysis, reference: SymbolReference, m: Messages): string | undefined {
  const subscription = reference.entity.kind === 'subscription' ? reference.entity : analysis.index.subscriptionsById.get(reference.key)?.[0];
  if (!subscription) return undefined;
  const directory: Directory = analysis.index.directoryOf(subscription);
  const lines = [
    m.hoverSubscription({ subscription: md(subscriptionLabel(subscription)), type: subscription.type?.value }),
    '',
    m.hoverSubscriptionId({ id: code(reference.text), directory: md(directoryLabel(directory)), state: subscription.state }),
  ];
  if (subscription.offer) {
    const offer = findOffer(subscription.offer.value);
    lines.push('', m.hoverOffer({ offer: code(subscription.offer.value), name: offer ? md(offer.name) : undefined }));
  }
  if (subscription.plan) lines.push('', m.hoverPlan({ plan: md(subscription.plan.value), licenses: subscription.licenses?.value }));
  if (subscription.owner) lines.push('', m.hoverOwner({ owner: code(subscription.owner.value) }));
  if (subscription.createdBy) lines.push('', m.hoverCreatedBy({ creator: code(subscription.createdBy.value) }));
  if (subscription.roleAssignments.length) lines.push('', m.hoverRoleAssignments({ count: subscription.roleAssignments.length }));
  const groups = managementGroupChain(analysis.index, subscription).reverse();
  if (groups.length) lines.push('', m.hoverSubscriptionManagementGroups({ path: pathNames(groups, rootManagementGroup(directory), m).join(' › ') }));
  return lines.join('\n');
}

/** Hover on a role, an offer id, or a key. */
function valueHover(analysis: Analysis, offset: number, m: Messages): HoverResult | undefined {
  const at = entitiesAt(analysis.workspace, offset);
  const inside = (s: Str | undefined): s is Str => !!s && s.start <= offset && offset <= s.end;
  const holder = at.user ?? at.guest ?? at.group;
  if (holder) {
    const role = holder.roles.find(inside);
    if (role) {
      const entra = findEntraRole(role.value);
      const text = entra
        ? `${m.hoverEntraRole({ role: md(entra.name), privileged: !!entra.privileged })}\n\n${md(entraRoleDescription(entra))}`
        : m.hoverNotEntraRole({ role: code(role.value) });
      return { markdown: text, start: role.start, end: role.end };
    }
  }
  // A principal or a group member that is no symbol: it names nothing, or more than one thing.
  const principal = at.assignment?.principal ?? at.group?.members.find(inside);
  if (at.directory && inside(principal)) {
    const text = unresolvedPrincipalHover(analysis, at.directory, principal.value, at.assignment?.principalType, m);
    if (text) return { markdown: text, start: principal.start, end: principal.end };
  }
  if (at.assignment && inside(at.assignment.role)) {
    const role = at.assignment.role;
    const custom = at.directory?.customRoles.find((r) => fold(r.value) === fold(role.value));
    const azure = builtInRole(role.value);
    const text = azure
      ? `${m.hoverAzureRole({ role: md(azure.name), category: md(azure.category) })}\n\n${md(azureRoleDescription(azure))}`
      : custom ? m.hoverCustomRole({ role: md(custom.value), directory: md(directoryLabel(at.directory!)) })
        : m.hoverNotAzureRole({ role: code(role.value) });
    return { markdown: text, start: role.start, end: role.end };
  }
  if (at.subscription && !at.assignment && inside(at.subscription.offer)) {
    const offerText = at.subscription.offer;
    const offer = findOffer(offerText.value);
    const text = offer
      ? `${m.hoverAzureOffer({ name: md(offer.name), id: code(offer.id) })}${offer.note ? `\n\n${md(offer.note)}` : ''}${offer.supportPlan ? `\n\n${m.hoverSupportPlan()}` : ''}`
      : m.hoverUnknownOffer({ offer: code(offerText.value) });
    return { markdown: text, start: offerText.start, end: offerText.end };
  }
  return keyHover(at, offset);
}

/** The schema's description of the key under the cursor. */
function keyHover(at: ReturnType<typeof entitiesAt>, offset: number): HoverResult | undefined {
  const candidates: Array<[MapKind, Record<string, { start: number; end: number }> | undefined]> = [
    [at.managementGroup ? 'managementGroupRoleAssignment' : at.pending ? 'pendingRoleAssignment' : 'roleAssignment', at.assignment?.keys],
    ['managementGroup', at.managementGroup?.keys],
    ['group', at.group?.keys],
    ['servicePrincipal', at.servicePrincipal?.keys],
    ['subscription', at.subscription?.keys],
    ['user', at.user?.keys],
    ['guest', at.guest?.keys],
    ['directory', at.directory?.keys],
  ];
  for (const [kind, keys] of candidates) {
    if (!keys) continue;
    for (const [key, span] of Object.entries(keys)) {
      if (span.start <= offset && offset <= span.end) {
        const property = schemaObject(kind).properties[key];
        const documentation = property && propertyDocumentation(property);
        if (!documentation) return undefined;
        return { markdown: `**${md(property.title ?? key)}**\n\n${documentation}`, start: span.start, end: span.end };
      }
    }
  }
  return undefined;
}
