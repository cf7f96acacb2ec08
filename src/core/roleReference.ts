/**
 * Canonical Azure role references: the same role written by name (any case, a former name), by its
 * role-definition id, or by the id's full resource path
 * (`/subscriptions/…/providers/Microsoft.Authorization/roleDefinitions/<id>`) is one role.
 * Azure compares role assignments by role-definition id (a second assignment of the same role to
 * the same principal at the same scope fails with RoleAssignmentExists), so every comparison of
 * roles — RBA003, the edit planners' duplicate checks, the transfer preview — goes through `roleKey`.
 */
import { GUID } from './formats';
import { findAzureRole } from './catalog';
import type { AzureRole } from './catalog';

const DEFINITION_PATH = /^(?:\/subscriptions\/[^/]+)?\/providers\/Microsoft\.Authorization\/roleDefinitions\/([^/]+)\/?$/i;

/** The role-definition id a role reference spells (a bare GUID or its resource path), if it is one. */
export function roleDefinitionId(text: string): string | undefined {
  const trimmed = text.trim();
  const id = DEFINITION_PATH.exec(trimmed)?.[1] ?? trimmed;
  return GUID.test(id) ? id.toLowerCase() : undefined;
}

/** The Azure built-in role a reference names: by name, former name, id or id path. */
export function builtInRole(text: string): AzureRole | undefined {
  return findAzureRole(text) ?? (roleDefinitionId(text) ? findAzureRole(roleDefinitionId(text)!) : undefined);
}

/**
 * The key under which two references to one role are equal: a built-in role by its id, anything
 * else (a custom role's name, an unknown id) folded, with runs of spaces as one.
 */
export function roleKey(text: string): string {
  const role = builtInRole(text);
  if (role) return `builtin:${role.id.toLowerCase()}`;
  return roleDefinitionId(text) ?? text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Whether two role references name the same role. */
export function sameRole(a: string, b: string): boolean {
  return roleKey(a) === roleKey(b);
}
