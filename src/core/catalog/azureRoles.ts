/**
 * Azure built-in roles (Azure RBAC), generated with azureRoles.json by scripts/extract-azure-roles.mjs: do not edit by hand.
 *
 * Source: "Azure built-in roles", MicrosoftDocs/azure-docs
 * articles/role-based-access-control/built-in-roles.md
 * (https://learn.microsoft.com/azure/role-based-access-control/built-in-roles).
 * Version used: the tables as published on learn.microsoft.com (a rendered copy of this file,
 * later than the repository version of 2026-04-09 at commit 00a583295ba737a5caf885472cb3bca3624e9cde,
 * which lacks 7 of these roles). The two copies were compared row by row: the roles they share have
 * the same ids. Former names of 8 renamed roles are in AZURE_ROLE_ALIASES.
 * 505 roles in 19 categories, in the page's order. The roles the page lists under
 * "Privileged" have `privileged: true`.
 */

export interface AzureRole {
  /** Display name (roleName), as Azure shows it. */
  name: string;
  /** Role definition id (a GUID, the same in every tenant). */
  id: string;
  /** The page's category: Privileged, General, Compute, Networking, Storage... */
  category: string;
  /** In the page's "Privileged" category. */
  privileged?: boolean;
}

let roles: readonly AzureRole[] | undefined;

/**
 * The roles, in the page's order: kept in `azureRoles.json` (beside the bundles in the shipped
 * build) and read on first use, so that loading the extension does not compile a 50 KB table.
 */
export function azureBuiltInRoles(): readonly AzureRole[] {
  return (roles ??= require('./azureRoles.json') as AzureRole[]);
}

/** Former names of renamed built-in roles (case-insensitive lookups: ./index.ts). */
export const AZURE_ROLE_ALIASES: Readonly<Record<string, string>> = {
  'Azure AI Account Owner': 'Foundry Account Owner',
  'Azure AI Owner': 'Foundry Owner',
  'Azure AI Project Manager': 'Foundry Project Manager',
  'Azure AI User': 'Foundry User',
  'Logic Apps Standard Contributor (Preview)': 'Logic Apps Standard Contributor',
  'Logic Apps Standard Developer (Preview)': 'Logic Apps Standard Developer',
  'Logic Apps Standard Operator (Preview)': 'Logic Apps Standard Operator',
  'Logic Apps Standard Reader (Preview)': 'Logic Apps Standard Reader',
};
