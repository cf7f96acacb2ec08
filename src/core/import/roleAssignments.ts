/**
 * What an entry of `az role assignment list --all --include-inherited` means for the workspace
 * format: which subscription and scope it applies to, who gets the role, and which role — or why
 * the file cannot record it yet (groups, service principals, management groups).
 */
import { AZURE_ACCOUNT_NAME, GUID } from '../formats';
import { findAzureRole, findAzureRoleById } from '../catalog';
import { externalAccount } from './azureCli';
import type { AzRoleAssignment } from './azureCli';

/** Where an assignment is defined. */
export type AssignmentScope =
  /** On a subscription; `scope` is the path below it (`/resourceGroups/web`…), undefined for the whole subscription. */
  | { level: 'subscription'; subscriptionId: string; scope?: string }
  /** On a management group (inherited by every subscription below it). */
  | { level: 'managementGroup'; name: string }
  /** On the root scope `/` (tenant-wide). */
  | { level: 'root' }
  | { level: 'other' };

const SUBSCRIPTION_SCOPE = /^\/subscriptions\/([^/]+)(\/.*)?$/i;
const MANAGEMENT_GROUP_SCOPE = /^\/providers\/Microsoft\.Management\/managementGroups\/([^/]+)\/?$/i;

export function scopeOf(scope: string): AssignmentScope {
  const sub = SUBSCRIPTION_SCOPE.exec(scope);
  if (sub && GUID.test(sub[1])) {
    const below = sub[2]?.replace(/\/+$/, '');
    return { level: 'subscription', subscriptionId: sub[1].toLowerCase(), ...(below ? { scope: below } : {}) };
  }
  const group = MANAGEMENT_GROUP_SCOPE.exec(scope);
  if (group) return { level: 'managementGroup', name: group[1] };
  if (scope === '/') return { level: 'root' };
  return { level: 'other' };
}

/**
 * The principal as the format writes it: a user's UPN, or a guest's home account for the
 * `#EXT#` form. Undefined when the file cannot represent it (not a user, or a user whose name the
 * CLI could not resolve — a deleted account prints an empty `principalName`).
 */
export function principalOf(a: AzRoleAssignment): string | undefined {
  if (a.principalType !== 'User' || !a.principalName || !AZURE_ACCOUNT_NAME.test(a.principalName)) return undefined;
  return externalAccount(a.principalName) ?? a.principalName;
}

/**
 * The role's name: a built-in role is recognised by its id (the same in every tenant), or by its
 * name, and written with its documented name; any other role is a custom role of the directory,
 * written as printed.
 */
export function roleOf(a: AzRoleAssignment): { name: string; custom: boolean } | undefined {
  const builtIn = a.roleDefinitionGuid ? findAzureRoleById(a.roleDefinitionGuid) : undefined;
  if (builtIn) return { name: builtIn.name, custom: false };
  if (!a.roleDefinitionName) return undefined;
  // Without an id (or with one the reference does not know), a built-in role is still known by name.
  const byName = findAzureRole(a.roleDefinitionName);
  return byName ? { name: byName.name, custom: false } : { name: a.roleDefinitionName, custom: true };
}
