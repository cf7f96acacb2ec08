/**
 * Reference data about Azure and Microsoft Entra (built-in roles, offers, documentation pages) and
 * the lookups the rules and language features use. Lookups ignore case and surrounding spaces;
 * their maps are built once, on first use.
 */
import { AZURE_ROLE_ALIASES, azureBuiltInRoles } from './azureRoles';
import type { AzureRole } from './azureRoles';
import { ENTRA_ROLES, ENTRA_ROLE_ALIASES } from './entraRoles';
import type { EntraRole } from './entraRoles';
import { GUID } from '../formats';

export * from './azureRoles';
export * from './entraRoles';
export * from './offers';
export * from './sources';
export * from './roleDescriptions';

function fold(text: string): string {
  return text.trim().toLowerCase();
}

/**
 * A case-insensitive index of roles by name, former name (alias) and id. A role's own name wins
 * over another role's alias, and ids are looked up only for text shaped like a GUID.
 */
function buildIndex<R>(
  roles: readonly R[],
  nameOf: (role: R) => string,
  idOf: (role: R) => string,
  aliases: Readonly<Record<string, string>>,
): { byName: Map<string, R>; byId: Map<string, R> } {
  const byName = new Map<string, R>();
  const byId = new Map<string, R>();
  for (const role of roles) {
    byName.set(fold(nameOf(role)), role);
    byId.set(fold(idOf(role)), role);
  }
  for (const [alias, target] of Object.entries(aliases)) {
    const role = byName.get(fold(target));
    if (role && !byName.has(fold(alias))) byName.set(fold(alias), role);
  }
  return { byName, byId };
}

let azureIndex: ReturnType<typeof buildIndex<AzureRole>> | undefined;
let entraIndex: ReturnType<typeof buildIndex<EntraRole>> | undefined;

function azure() {
  return (azureIndex ??= buildIndex(azureBuiltInRoles(), (r) => r.name, (r) => r.id, AZURE_ROLE_ALIASES));
}

function entra() {
  return (entraIndex ??= buildIndex(ENTRA_ROLES, (r) => r.name, (r) => r.templateId, ENTRA_ROLE_ALIASES));
}

/**
 * The Azure built-in role with this name (any case), former name (`Azure AI User` is Foundry
 * User) or role definition id.
 */
export function findAzureRole(nameOrId: string): AzureRole | undefined {
  const key = fold(nameOrId);
  const { byName, byId } = azure();
  return byName.get(key) ?? (GUID.test(key) ? byId.get(key) : undefined);
}

/** The Azure built-in role with this role definition id (any case). */
export function findAzureRoleById(id: string): AzureRole | undefined {
  return azure().byId.get(fold(id));
}

/**
 * The Microsoft Entra built-in role with this name (any case), alias (`Company Administrator` is
 * Global Administrator) or template id.
 */
export function findEntraRole(nameOrId: string): EntraRole | undefined {
  const key = fold(nameOrId);
  const { byName, byId } = entra();
  return byName.get(key) ?? (GUID.test(key) ? byId.get(key) : undefined);
}

/** The Microsoft Entra built-in role with this template id (any case). */
export function findEntraRoleById(templateId: string): EntraRole | undefined {
  return entra().byId.get(fold(templateId));
}

/** Whether the text names an Azure built-in role (by name, former name or id). */
export function isAzureRoleName(name: string): boolean {
  return findAzureRole(name) !== undefined;
}

/** Whether the text names a Microsoft Entra built-in role (by name, alias or template id). */
export function isEntraRoleName(name: string): boolean {
  return findEntraRole(name) !== undefined;
}

/** Every name a role can be written with, for completion and did-you-mean: current names first. */
export function azureRoleNames(): string[] {
  return [...azureBuiltInRoles().map((r) => r.name), ...Object.keys(AZURE_ROLE_ALIASES)];
}

/** Every name an Entra role can be written with, for completion and did-you-mean: current names first. */
export function entraRoleNames(): string[] {
  return [...ENTRA_ROLES.map((r) => r.name), ...Object.keys(ENTRA_ROLE_ALIASES)];
}
