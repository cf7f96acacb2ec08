/**
 * The transfer preview: what happens when an Azure subscription moves to another Microsoft Entra
 * directory ("Change directory"), computed from the model before anything is edited (docs/edits.md,
 * "Transfers"; Microsoft's "Transfer an Azure subscription to a different Microsoft
 * Entra directory").
 */
import { analyze } from './analyze';
import { messagesFor } from './i18n';
import type { Locale, Messages } from './i18n';
import { fold } from './model';
import type { Directory, Subscription, Workspace } from './model';
import { ModelIndex } from './modelIndex';
import { refuse } from './refusal';
import type { Refusable } from './refusal';
import { findOffer } from './catalog/offers';
import { SOURCES } from './catalog/sources';
import type { DocSource } from './catalog/sources';

import { transferConsequences } from './transferConsequences';
import type { DeletedAssignment, HierarchyChange, LostInheritedAccess, ManagedIdentityConsequence, Presence } from './transferConsequences';

export type { DeletedAssignment, HierarchyChange, LostInheritedAccess, ManagedIdentityConsequence, Presence, PrincipalKind } from './transferConsequences';

export interface ChecklistItem {
  id: string;
  title: string;
  detail: string;
  sources: DocSource[];
}

export interface TransferPreview {
  subscription: { id: string; name: string; offer?: string };
  /** `file`: the workspace file, given when the move crosses two files of an estate. */
  from: { id?: string; name: string; file?: string };
  to: { id?: string; name: string; file?: string };
  /** Reasons the transfer can't happen as described (the edit is still possible when this is empty). */
  blockers: string[];
  /** Every role assignment of the subscription (to users, guests, groups, service principals): Azure deletes them all. */
  deletedAssignments: DeletedAssignment[];
  /** Managed identities whose resource is in the subscription: broken (system-assigned) or to recreate (user-assigned), with their assignments. */
  managedIdentities: ManagedIdentityConsequence[];
  /** Assignments at the management groups above the subscription: they stop applying when it leaves the hierarchy. */
  inheritedAccess: LostInheritedAccess[];
  /** The management group the subscription leaves, and the target's tenant root group it lands under. */
  hierarchy: HierarchyChange;
  /** Pending assignments recorded by an earlier transfer, carried along unchanged. */
  carriedPending: number;
  /** Custom roles of the source directory the subscription's assignments use; not carried to the target. */
  customRoles: string[];
  /** Those of `customRoles` the target directory already declares. */
  customRolesInTarget: string[];
  /** The Account Administrator, who keeps billing ownership; must exist in the target directory. */
  owner?: { upn: string; inTarget: Presence };
  /** What must be done by hand around the change, with Microsoft's pages. */
  checklist: ChecklistItem[];
  toMarkdown(): string;
}

const xfer = SOURCES.XFER;

/** The checklist's items and Microsoft's pages for each; their title and detail come from the message catalog (`xfer<Id>Title`, `xfer<Id>Detail`). */
const CHECKLIST_SOURCES: ReadonlyArray<[string, DocSource[]]> = [
  ['actor', [xfer, SOURCES.ASSOC]],
  ['rbac', [xfer]],
  ['customRoles', [xfer, SOURCES.ROLES]],
  ['classicAdmins', [xfer, SOURCES.ADMIN_ROLES]],
  ['managedIdentities', [xfer]],
  ['keyVault', [xfer]],
  ['storage', [xfer]],
  ['breaking', [xfer]],
  ['policy', [xfer]],
  ['apps', [xfer]],
  ['survivingAccess', [xfer]],
  ['billing', [xfer, SOURCES.BUO]],
];

/** The fixed checklist (docs/edits.md), beyond what the file records, in a language: what Microsoft's transfer page says to check by hand. */
export function transferChecklist(locale: Locale = 'en'): ChecklistItem[] {
  const m = messagesFor(locale) as unknown as Record<string, () => string>;
  return CHECKLIST_SOURCES.map(([id, sources]) => {
    const key = `xfer${id[0].toUpperCase()}${id.slice(1)}`;
    return { id, title: m[`${key}Title`](), detail: m[`${key}Detail`](), sources };
  });
}

/** The checklist in English. */
export const TRANSFER_CHECKLIST: readonly ChecklistItem[] = transferChecklist('en');

/**
 * What transferring a subscription to another directory does. Accepts the file's text or an
 * analysed workspace; returns a refusal when the subscription or the directory is not in the file.
 * Its sentences (refusals, blockers, checklist, Markdown) are in `options.locale` (default `en`).
 */
export function previewTransfer(input: string | Workspace, subscriptionId: string, targetDirectoryId: string, options: { locale?: Locale } = {}): Refusable<TransferPreview> {
  const locale = options.locale ?? 'en';
  const m = messagesFor(locale);
  const workspace = typeof input === 'string' ? analyze(input, { split: false }).workspace : input;
  const index = new ModelIndex(workspace);
  const subscription = index.subscriptionsById.get(fold(subscriptionId))?.[0];
  if (!subscription) return refuse(m.noSubscriptionWithId({ id: subscriptionId }));
  const target = index.directoriesById.get(fold(targetDirectoryId))?.[0];
  if (!target) return refuse(m.noDirectoryWithId({ id: targetDirectoryId }));
  return transferPreviewOf(index, subscription, target, { locale });
}

/**
 * The preview of moving `subscription` to `target`, both entities of the model `index` was built on
 * (one file's, or an estate's joined model, where principals and home accounts resolve across files).
 * `files` names the file the entry leaves and the one it goes to, when they differ.
 */
export function transferPreviewOf(index: ModelIndex, subscription: Subscription, target: Directory, options: { locale?: Locale; files?: { from: string; to: string } } = {}): TransferPreview {
  const locale = options.locale ?? 'en';
  const m = messagesFor(locale);
  const source = index.directoryOf(subscription);

  const presence = (upn: string): Presence => (index.isMemberOf(upn, target) ? 'member' : index.guestIn(upn, target) ? 'guest' : 'no');
  const consequences = transferConsequences(index, subscription, target);

  const blockers: string[] = [];
  const label = (s: Subscription) => s.alias?.value ?? s.name?.value ?? s.id?.value ?? m.xferTheSubscription();
  const dirLabel = (d: Directory) => d.alias?.value ?? d.name?.value ?? d.id?.value ?? m.directoryNumber({ number: d.index + 1 });
  if (target === source) blockers.push(m.alreadyTrusts({ subscription: label(subscription), directory: dirLabel(target) }));
  if (subscription.type?.value !== 'azure') blockers.push(m.xferNotAzure({ subscription: label(subscription) }));
  const offer = subscription.offer?.value;
  const offerInfo = offer ? findOffer(offer) : undefined;
  if (offerInfo?.canChangeDirectory === false) blockers.push(m.xferOfferLocked({ name: offerInfo.name, id: offerInfo.id }));
  if (subscription.state === 'deleted') blockers.push(m.xferDeleted({ subscription: label(subscription) }));

  const preview: Omit<TransferPreview, 'toMarkdown'> = {
    subscription: { id: subscription.id!.value, name: subscription.name?.value ?? subscription.id!.value, offer },
    from: { id: source.id?.value, name: dirLabel(source), ...(options.files ? { file: options.files.from } : {}) },
    to: { id: target.id?.value, name: dirLabel(target), ...(options.files ? { file: options.files.to } : {}) },
    blockers,
    ...consequences,
    carriedPending: subscription.pendingRoleAssignments.length,
    owner: subscription.owner ? { upn: subscription.owner.value, inTarget: presence(subscription.owner.value) } : undefined,
    checklist: transferChecklist(locale),
  };
  return { ...preview, toMarkdown: () => transferPreviewToMarkdown(preview, locale) };
}

/** Markdown for a confirmation view or a report. */
export function transferPreviewToMarkdown(preview: Omit<TransferPreview, 'toMarkdown'>, locale: Locale = 'en'): string {
  const m: Messages = messagesFor(locale);
  const out: string[] = [];
  out.push(m.xferHeading({ subscription: preview.subscription.name, from: preview.from.name, to: preview.to.name }), '');
  if (preview.from.file && preview.to.file) out.push(m.xferMovesFile({ from: preview.from.file, to: preview.to.file, directory: preview.to.name }), '');
  if (preview.blockers.length) {
    out.push(m.xferBlockers(), '', ...preview.blockers.map((b) => `- ${b}`), '');
  }
  out.push(m.xferDeletedHeading(), '');
  const target = escapeCell(preview.to.name);
  if (preview.deletedAssignments.length) {
    out.push(m.xferTableHeader({ directory: target }), '|---|---|---|---|');
    for (const a of preview.deletedAssignments) {
      const who = cell(a, m);
      out.push(`| ${escapeCell(who)} | ${escapeCell(a.role)}${a.customRole ? m.xferCustom() : ''} | ${escapeCell(a.scope ?? '/')} | ${m.xferPresence({ presence: a.principalInTarget })} |`);
    }
    out.push('', m.xferRecorded(), '');
  } else {
    out.push(m.xferNone(), '');
  }
  if (preview.carriedPending) out.push(m.xferCarried({ count: preview.carriedPending }), '');
  if (preview.managedIdentities.length) {
    out.push(m.xferIdentitiesHeading(), '');
    for (const identity of preview.managedIdentities) {
      const assignments = identity.assignments.map((a) => m.xferIdentityAssignment(a)).join('; ');
      out.push(`- ${m.xferIdentity({ name: identity.name, resource: identity.resource, userAssigned: identity.action === 'recreate', assignments })}`);
    }
    out.push('');
  }
  out.push(m.xferInheritedHeading(), '');
  if (preview.inheritedAccess.length) {
    out.push(m.xferInheritedTableHeader({ directory: target }), '|---|---|---|---|');
    for (const a of preview.inheritedAccess) {
      const who = cell(a, m);
      out.push(`| ${escapeCell(who)} | ${escapeCell(a.role)} | ${escapeCell(a.chain.join(' › '))} | ${m.xferPresence({ presence: a.principalInTarget })} |`);
    }
    out.push('');
  } else {
    out.push(m.xferInheritedNone(), '');
  }
  const hierarchy = preview.hierarchy;
  out.push(m.xferHierarchy({ from: hierarchy.from?.name, chain: hierarchy.chain.join(' › '), root: hierarchy.toRootGroupId }), '');
  if (preview.customRoles.length) {
    const declared = new Set(preview.customRolesInTarget);
    out.push(m.xferCustomRolesHeading(), '', ...preview.customRoles.map((r) => `- ${r}${declared.has(r) ? m.xferCustomInTarget() : ''}`), '');
  }
  out.push(m.xferOwnerHeading(), '');
  if (preview.owner) {
    out.push(preview.owner.inTarget === 'member'
      ? m.xferOwnerMember({ upn: preview.owner.upn, directory: preview.to.name })
      : m.xferOwnerNotMember({ upn: preview.owner.upn, directory: preview.to.name, guest: preview.owner.inTarget === 'guest' }), '');
  } else {
    out.push(m.xferNoOwner(), '');
  }
  out.push(m.xferChecklistHeading(), '');
  for (const item of preview.checklist) {
    out.push(`- [ ] **${item.title}.** ${item.detail} ${item.sources.map((s) => `[${s.title}](${s.url})`).join(', ')}`);
  }
  out.push('');
  return out.join('\n');
}

/** How a table names a principal: an account by its UPN; a group, service principal or undeclared name with what it is. */
function cell(a: { principal: string; principalKind: string; members?: string[] }, m: Messages): string {
  const account = a.principalKind === 'user' || a.principalKind === 'guest' || (a.principalKind === 'unknown' && a.principal.includes('@'));
  return account ? a.principal : m.xferPrincipalCell({ principal: a.principal, kind: a.principalKind, members: a.members?.length });
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}
