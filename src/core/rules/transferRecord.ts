/**
 * The transfer a file records for a subscription: `transferredFrom` (written by the transfer
 * command), or — in files written before that key existed — the `fromDirectory` of its pending role
 * assignments. Microsoft's transfer documentation: changing a subscription's directory does not
 * change its billing ownership, so after a transfer an owner and a creator from the former
 * directory are expected, and moving the subscription back would delete its role assignments again.
 */
import { fold } from '../model';
import type { Directory, Subscription } from '../model';
import type { ModelIndex } from '../modelIndex';

export interface TransferRecord {
  /** Tenant ID of the former directory. */
  fromId: string;
  /** The former directory, when the file has it. */
  from?: Directory;
}

export function transferRecord(subscription: Subscription, index: ModelIndex): TransferRecord | undefined {
  const fromId = subscription.transferredFrom?.value ?? subscription.pendingRoleAssignments.find((a) => a.fromDirectory)?.fromDirectory?.value;
  if (!fromId) return undefined;
  return { fromId, from: index.directoriesById.get(fold(fromId))?.[0] };
}

/** Whether the subscription came, by a recorded transfer, from this directory. */
export function transferredFrom(subscription: Subscription, directory: Directory, index: ModelIndex): boolean {
  return transferRecord(subscription, index)?.from === directory;
}
