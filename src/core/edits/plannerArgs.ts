/**
 * The arguments of the edit planners that quick fixes call (`PlannerCall`, src/core/rules/fixes.ts).
 * Their own module, importing nothing, so that rules can name them without importing the editing code.
 */

export interface SetOwnerArgs {
  subscriptionId: string;
  /** The new owner's UPN, or `null` to remove `owner` (an Office 365 subscription has none). */
  owner: string | null;
}

export interface TransferSubscriptionArgs {
  subscriptionId: string;
  targetDirectoryId: string;
}

export interface InviteGuestArgs {
  directoryId: string;
  /** The guest's home account. */
  upn: string;
  displayName?: string;
  roles?: string[];
  /** Default: `true` when the account is a user of no directory in the file. */
  external?: boolean;
}

export interface AddUserArgs {
  directoryId: string;
  upn: string;
  displayName?: string;
  /** Microsoft Entra directory roles. */
  roles?: string[];
  /** `false` writes `enabled: false`; the default (enabled) writes nothing. */
  enabled?: boolean;
}

export interface MarkGuestExternalArgs {
  directoryId: string;
  upn: string;
}

export interface AddDomainArgs {
  directoryId: string;
  domain: string;
}

export interface ReplaceValueArgs {
  /** An offset inside the scalar to replace (e.g. a problem's start). */
  offset: number;
  /** The value expected there (compared case-insensitively); the plan is refused when it differs. */
  expected?: string;
  value: string;
}

export interface RenameUpnArgs {
  from: string;
  to: string;
}

export type RemoveTarget =
  | { kind: 'directory'; id: string }
  /** A member; `directoryId` picks one when the file repeats the UPN. */
  | { kind: 'user'; upn: string; directoryId?: string }
  /** A guest entry; `index` (position in `guests`) picks one when the directory lists it twice. */
  | { kind: 'guest'; directoryId: string; upn: string; index?: number }
  | { kind: 'subscription'; id: string }
  /** One role assignment by its position in `roleAssignments` (or `pendingRoleAssignments`). */
  | { kind: 'roleAssignment'; subscriptionId: string; index: number; pending?: boolean }
  /** Every role assignment of a subscription. */
  | { kind: 'roleAssignments'; subscriptionId: string };
