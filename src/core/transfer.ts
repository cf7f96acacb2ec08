/**
 * The transfer preview: what happens when an Azure subscription moves to another Microsoft Entra
 * directory ("Change directory"), computed from the model before anything is edited (rules.md,
 * "Transfer consequences"; Microsoft's "Transfer an Azure subscription to a different Microsoft
 * Entra directory").
 */
import { analyze } from './analyze';
import { fold } from './model';
import type { Directory, Subscription, Workspace } from './model';
import { ModelIndex } from './modelIndex';
import { findAzureRole } from './reference';
import { findOffer } from './reference/offers';
import { SOURCES } from './reference/sources';
import type { DocSource } from './reference/sources';

/** Whether an account exists in a directory: as a member, as a guest, or not at all. */
export type Presence = 'member' | 'guest' | 'no';

export interface DeletedAssignment {
  principal: string;
  role: string;
  scope?: string;
  /** Whether the principal exists in the target directory, so the assignment can be recreated there. */
  principalInTarget: Presence;
  /** The role is a custom role of the source directory: it is deleted too, and must be recreated first. */
  customRole: boolean;
}

export interface ChecklistItem {
  id: string;
  title: string;
  detail: string;
  sources: DocSource[];
}

export interface TransferPreview {
  subscription: { id: string; name: string; offer?: string };
  from: { id?: string; name: string };
  to: { id?: string; name: string };
  /** Reasons the transfer can't happen as described (the edit is still possible when this is empty). */
  blockers: string[];
  /** Every role assignment of the subscription: Azure deletes them all. */
  deletedAssignments: DeletedAssignment[];
  /** Pending assignments recorded by an earlier transfer, carried along unchanged. */
  carriedPending: number;
  /** Custom roles of the source directory the subscription's assignments use; not carried to the target. */
  customRoles: string[];
  /** The Account Administrator, who keeps billing ownership; must exist in the target directory. */
  owner?: { upn: string; inTarget: Presence };
  /** What must be done by hand around the change, with Microsoft's pages. */
  checklist: ChecklistItem[];
  toMarkdown(): string;
}

const xfer = SOURCES.XFER;

/** The fixed checklist of rules.md "Transfer consequences" (reference.md §9), beyond what the file records. */
export const TRANSFER_CHECKLIST: readonly ChecklistItem[] = [
  { id: 'actor', title: 'An account in both directories', detail: 'The person changing the directory needs Owner on the subscription and an account (member or guest) in both the source and the target directory.', sources: [xfer, SOURCES.ASSOC] },
  { id: 'rbac', title: 'Role assignments are deleted', detail: 'Every Azure role assignment of the subscription is permanently deleted. Save them first (Tenancy records them as pendingRoleAssignments) and recreate them in the target directory.', sources: [xfer] },
  { id: 'customRoles', title: 'Custom roles are deleted', detail: 'Custom role definitions are not carried over. Save their JSON, recreate them in the target directory, then the assignments that use them.', sources: [xfer, SOURCES.ROLES] },
  { id: 'classicAdmins', title: 'Classic administrators lose access', detail: 'The Service Administrator and Co-Administrators lose access; classic administrators are retired, use Azure role assignments instead.', sources: [xfer, SOURCES.ADMIN_ROLES] },
  { id: 'managedIdentities', title: 'Managed identities', detail: 'System-assigned managed identities: disable and re-enable them. User-assigned managed identities: delete, recreate and re-attach them. Then recreate their role assignments.', sources: [xfer] },
  { id: 'keyVault', title: 'Key Vault tenant ids and access policies', detail: 'Update each key vault\'s tenant ID to the target directory, remove the old access policies and add new ones. Customer-managed keys stored in a moving key vault risk unrecoverable data: disable CMK or use another vault first.', sources: [xfer] },
  { id: 'storage', title: 'Storage ACLs and encryption sets', detail: 'Recreate ACLs on Azure Storage, Data Lake Storage and Azure Files; managed disks with disk encryption sets need their identity re-enabled and Key Vault permissions granted again.', sources: [xfer] },
  { id: 'breaking', title: 'Services that do not survive the move', detail: 'Azure SQL and Azure Database for MySQL with Microsoft Entra authentication, AKS, Microsoft Entra Domain Services, Microsoft Dev Box and Azure Deployment Environments break or block the transfer: plan to recreate them.', sources: [xfer] },
  { id: 'policy', title: 'Azure Policy', detail: 'Export policy definitions, assignments and exemptions, and import and reassign them after the move.', sources: [xfer] },
  { id: 'apps', title: 'App registrations and other tenant-bound resources', detail: 'App registrations, Service Bus and Synapse identities, and Azure Stack registrations are tied to the directory: recreate or update them.', sources: [xfer] },
  { id: 'survivingAccess', title: 'Access that survives', detail: 'Storage account keys, management certificates and VM credentials keep working: rotate them if people of the source directory must lose access.', sources: [xfer] },
  { id: 'billing', title: 'Billing is unchanged', detail: '"Change directory" keeps the Account Administrator and billing; Office 365 subscriptions stay with their own directory.', sources: [xfer, SOURCES.BUO] },
];

/**
 * What transferring a subscription to another directory does. Accepts the file's text or an
 * analysed workspace; returns a refusal when the subscription or the directory is not in the file.
 */
export function previewTransfer(input: string | Workspace, subscriptionId: string, targetDirectoryId: string): TransferPreview | { refused: string } {
  const workspace = typeof input === 'string' ? analyze(input, { split: false }).workspace : input;
  const index = new ModelIndex(workspace);
  const subscription = index.subscriptionsById.get(fold(subscriptionId))?.[0];
  if (!subscription) return { refused: `There is no subscription with id ${subscriptionId} in this file.` };
  const target = index.directoriesById.get(fold(targetDirectoryId))?.[0];
  if (!target) return { refused: `There is no directory with id ${targetDirectoryId} in this file.` };
  const source = index.directoryOf(subscription);

  const presence = (upn: string): Presence => (index.isMemberOf(upn, target) ? 'member' : index.guestIn(upn, target) ? 'guest' : 'no');
  const sourceCustom = new Map(source.customRoles.map((r) => [fold(r.value), r.value]));
  const usedCustom = new Set<string>();
  const deletedAssignments: DeletedAssignment[] = [];
  for (const assignment of subscription.roleAssignments) {
    if (!assignment.principal || !assignment.role) continue;
    const role = assignment.role.value;
    const customRole = !findAzureRole(role) && sourceCustom.has(fold(role));
    if (customRole) usedCustom.add(sourceCustom.get(fold(role))!);
    deletedAssignments.push({ principal: assignment.principal.value, role, scope: assignment.scope?.value, principalInTarget: presence(assignment.principal.value), customRole });
  }

  const blockers: string[] = [];
  if (target === source) blockers.push(`${label(subscription)} already trusts ${dirLabel(target)}.`);
  if (subscription.type?.value !== 'azure') blockers.push(`${label(subscription)} is not an Azure subscription: Office 365 subscriptions stay with their directory.`);
  const offer = subscription.offer?.value;
  const offerInfo = offer ? findOffer(offer) : undefined;
  if (offerInfo?.canChangeDirectory === false) blockers.push(`The directory of a ${offerInfo.name} (${offerInfo.id}) subscription can't be changed.`);
  if (subscription.state === 'deleted') blockers.push(`${label(subscription)} is deleted.`);

  const preview: Omit<TransferPreview, 'toMarkdown'> = {
    subscription: { id: subscription.id!.value, name: subscription.name?.value ?? subscription.id!.value, offer },
    from: { id: source.id?.value, name: dirLabel(source) },
    to: { id: target.id?.value, name: dirLabel(target) },
    blockers,
    deletedAssignments,
    carriedPending: subscription.pendingRoleAssignments.length,
    customRoles: [...usedCustom],
    owner: subscription.owner ? { upn: subscription.owner.value, inTarget: presence(subscription.owner.value) } : undefined,
    checklist: [...TRANSFER_CHECKLIST],
  };
  return { ...preview, toMarkdown: () => transferPreviewToMarkdown(preview) };
}

function label(subscription: Subscription): string {
  return subscription.alias?.value ?? subscription.name?.value ?? subscription.id?.value ?? 'the subscription';
}

function dirLabel(directory: Directory): string {
  return directory.alias?.value ?? directory.name?.value ?? directory.id?.value ?? `directory #${directory.index + 1}`;
}

const PRESENCE_TEXT: Record<Presence, string> = { member: 'yes (member)', guest: 'yes (guest)', no: '**no**' };

/** Markdown for a confirmation view or a report. */
export function transferPreviewToMarkdown(preview: Omit<TransferPreview, 'toMarkdown'>): string {
  const out: string[] = [];
  out.push(`## Transfer ${preview.subscription.name} from ${preview.from.name} to ${preview.to.name}`, '');
  if (preview.blockers.length) {
    out.push('### Blockers', '', ...preview.blockers.map((b) => `- ${b}`), '');
  }
  out.push('### Role assignments Azure deletes', '');
  if (preview.deletedAssignments.length) {
    out.push(`| principal | role | scope | exists in ${escapeCell(preview.to.name)} |`, '|---|---|---|---|');
    for (const a of preview.deletedAssignments) {
      out.push(`| ${escapeCell(a.principal)} | ${escapeCell(a.role)}${a.customRole ? ' (custom)' : ''} | ${escapeCell(a.scope ?? '/')} | ${PRESENCE_TEXT[a.principalInTarget]} |`);
    }
    out.push('', 'They are recorded under `pendingRoleAssignments` (with `fromDirectory`), to recreate where the principal exists in the target.', '');
  } else {
    out.push('None.', '');
  }
  if (preview.carriedPending) out.push(`${preview.carriedPending} pending role assignment(s) from an earlier transfer move along.`, '');
  if (preview.customRoles.length) {
    out.push('### Custom roles not carried over', '', ...preview.customRoles.map((r) => `- ${r}`), '');
  }
  out.push('### Owner', '');
  if (preview.owner) {
    out.push(preview.owner.inTarget === 'member'
      ? `${preview.owner.upn} is a member of ${preview.to.name}.`
      : `${preview.owner.upn} is ${preview.owner.inTarget === 'guest' ? 'only a guest' : 'not an account'} of ${preview.to.name}: the owner must be a user of the target directory.`, '');
  } else {
    out.push('The subscription has no owner.', '');
  }
  out.push('### Checklist', '');
  for (const item of preview.checklist) {
    out.push(`- [ ] **${item.title}.** ${item.detail} ${item.sources.map((s) => `[${s.title}](${s.url})`).join(', ')}`);
  }
  out.push('');
  return out.join('\n');
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}
