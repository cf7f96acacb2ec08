/**
 * Hover at a cursor, as Markdown: an account (who it is, its directory, roles, what it owns, created
 * and can reach through role assignments), a tenant id (the directory), a subscription id (the
 * subscription), a role (its description), an offer id (its name), or a key (its schema description).
 */
import type { Analysis } from '../analyze';
import { fold } from '../model';
import type { Directory, Str, Subscription } from '../model';
import { azureRoleDescription, entraRoleDescription, findAzureRole, findEntraRole, findOffer } from '../reference';
import type { SymbolReference } from '../references';
import { directoryLabel, entitiesAt, referenceIndexOf, subscriptionLabel } from './lookup';
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
export function hoverAt(analysis: Analysis, offset: number): HoverResult | undefined {
  const reference = referenceIndexOf(analysis).at(offset);
  if (reference) {
    const markdown =
      reference.kind === 'account' ? accountHover(analysis, reference)
        : reference.kind === 'directory' ? directoryHover(analysis, reference)
          : subscriptionHover(analysis, reference);
    return markdown ? { markdown, start: reference.start, end: reference.end } : undefined;
  }
  return valueHover(analysis, offset);
}

/** Escapes Markdown in text taken from the file. */
function md(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, '\\$&');
}

function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

function roleList(roles: readonly Str[]): string {
  return roles.map((r) => md(r.value)).join(', ');
}

function accountHover(analysis: Analysis, reference: SymbolReference): string {
  const index = analysis.index;
  const uses = referenceIndexOf(analysis).referencesTo('account', reference.text);
  const member = index.member(reference.text);
  const guestEntries = index.guests.get(fold(reference.text)) ?? [];
  const displayName = member?.displayName?.value ?? guestEntries.find((g) => g.displayName)?.displayName?.value;
  const lines: string[] = [`**${md(displayName ?? reference.text)}**${displayName ? ` · ${code(reference.text)}` : ''}`, ''];
  if (member) {
    const home = index.directoryOf(member);
    lines.push(`Member of **${md(directoryLabel(home))}**${member.enabled ? '' : ' · sign-in blocked'}${member.roles.length ? ` · roles: ${roleList(member.roles)}` : ''}`);
  } else if (guestEntries.some((g) => g.external)) {
    lines.push('External account (its home directory is not in this file)');
  } else {
    lines.push('Not a member of any directory in this file');
  }
  for (const guest of guestEntries) {
    lines.push(`- Guest in **${md(directoryLabel(index.directoryOf(guest)))}**${guest.roles.length ? ` · roles: ${roleList(guest.roles)}` : ''}`);
  }
  const owns = uses.filter((u) => u.role === 'owner').map((u) => u.entity as Subscription);
  const created = uses.filter((u) => u.role === 'createdBy').map((u) => u.entity as Subscription);
  const subscriptionText = (s: Subscription) => `${md(subscriptionLabel(s))} (${md(directoryLabel(index.directoryOf(s)))})`;
  if (owns.length) lines.push('', `**Owns:** ${owns.map(subscriptionText).join(', ')}`);
  if (created.length) lines.push('', `**Created:** ${created.map(subscriptionText).join(', ')}`);
  const access = uses.filter((u) => u.role === 'principal' || u.role === 'pendingPrincipal');
  if (access.length) {
    lines.push('', '**Access:**');
    for (const use of access) {
      if (use.entity.kind !== 'roleAssignment') continue;
      const assignment = use.entity;
      const subscription = index.directoryOf(assignment).subscriptions[assignment.subscriptionIndex];
      const scope = assignment.scope ? ` at ${code(assignment.scope.value)}` : '';
      const pending = use.role === 'pendingPrincipal' ? ' (pending, to recreate)' : '';
      lines.push(`- ${md(assignment.role?.value ?? '?')} on ${subscription ? subscriptionText(subscription) : 'a subscription'}${scope}${pending}`);
    }
  }
  return lines.join('\n');
}

function directoryHover(analysis: Analysis, reference: SymbolReference): string | undefined {
  const directory = reference.entity.kind === 'directory' ? reference.entity : analysis.index.directoriesById.get(reference.key)?.[0];
  if (!directory) return undefined;
  return [
    `**${md(directoryLabel(directory))}** · Microsoft Entra directory`,
    '',
    `Tenant ID ${code(reference.text)}`,
    '',
    directory.domains.length ? `Domains: ${directory.domains.map((d) => md(d.value)).join(', ')}` : 'No domains',
    '',
    `${count(directory.users.length, 'user')}, ${count(directory.guests.length, 'guest')}, ${count(directory.subscriptions.length, 'subscription')}`,
  ].join('\n');
}

function subscriptionHover(analysis: Analysis, reference: SymbolReference): string | undefined {
  const subscription = reference.entity.kind === 'subscription' ? reference.entity : analysis.index.subscriptionsById.get(reference.key)?.[0];
  if (!subscription) return undefined;
  const directory: Directory = analysis.index.directoryOf(subscription);
  const type = subscription.type?.value === 'office365' ? 'Office 365 / Microsoft 365 subscription' : subscription.type?.value === 'azure' ? 'Azure subscription' : 'Subscription';
  const lines = [`**${md(subscriptionLabel(subscription))}** · ${type}`, '', `Subscription ID ${code(reference.text)} · trusts **${md(directoryLabel(directory))}** · ${subscription.state}`];
  if (subscription.offer) {
    const offer = findOffer(subscription.offer.value);
    lines.push('', `Offer ${code(subscription.offer.value)}${offer ? `: ${md(offer.name)}` : ''}`);
  }
  if (subscription.plan) lines.push('', `Plan: ${md(subscription.plan.value)}${subscription.licenses ? ` · ${count(subscription.licenses.value, 'license')}` : ''}`);
  if (subscription.owner) lines.push('', `Owner: ${code(subscription.owner.value)}`);
  if (subscription.createdBy) lines.push('', `Created by: ${code(subscription.createdBy.value)}`);
  if (subscription.roleAssignments.length) lines.push('', count(subscription.roleAssignments.length, 'role assignment'));
  return lines.join('\n');
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Hover on a role, an offer id, or a key. */
function valueHover(analysis: Analysis, offset: number): HoverResult | undefined {
  const at = entitiesAt(analysis.workspace, offset);
  const inside = (s: Str | undefined): s is Str => !!s && s.start <= offset && offset <= s.end;
  const holder = at.user ?? at.guest;
  if (holder) {
    const role = holder.roles.find(inside);
    if (role) {
      const entra = findEntraRole(role.value);
      const text = entra
        ? `**${md(entra.name)}** · Microsoft Entra role${entra.privileged ? ' (privileged)' : ''}\n\n${md(entraRoleDescription(entra))}`
        : `${code(role.value)} is not a Microsoft Entra built-in role.`;
      return { markdown: text, start: role.start, end: role.end };
    }
  }
  if (at.assignment && inside(at.assignment.role)) {
    const role = at.assignment.role;
    const custom = at.directory?.customRoles.find((r) => fold(r.value) === fold(role.value));
    const azure = findAzureRole(role.value);
    const text = azure
      ? `**${md(azure.name)}** · Azure built-in role (${md(azure.category)})\n\n${md(azureRoleDescription(azure))}`
      : custom ? `**${md(custom.value)}** · Azure custom role defined in ${md(directoryLabel(at.directory!))}`
        : `${code(role.value)} is neither an Azure built-in role nor a custom role of this directory.`;
    return { markdown: text, start: role.start, end: role.end };
  }
  if (at.subscription && !at.assignment && inside(at.subscription.offer)) {
    const offerText = at.subscription.offer;
    const offer = findOffer(offerText.value);
    const text = offer
      ? `**${md(offer.name)}** · Azure offer ${code(offer.id)}${offer.note ? `\n\n${md(offer.note)}` : ''}${offer.supportPlan ? '\n\nA support plan, not a subscription that holds resources.' : ''}`
      : `${code(offerText.value)} is not a known Azure offer id.`;
    return { markdown: text, start: offerText.start, end: offerText.end };
  }
  return keyHover(at, offset);
}

/** The schema's description of the key under the cursor. */
function keyHover(at: ReturnType<typeof entitiesAt>, offset: number): HoverResult | undefined {
  const candidates: Array<[MapKind, Record<string, { start: number; end: number }> | undefined]> = [
    [at.pending ? 'pendingRoleAssignment' : 'roleAssignment', at.assignment?.keys],
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
