/**
 * Role descriptions, kept in JSON files next to the bundles and read on first use: they are only
 * shown by hover and completion, and make up a quarter of the extension's size, so activation does
 * not pay for them.
 */
import type { AzureRole } from './azureRoles';
import type { EntraRole } from './entraRoles';

let azure: Readonly<Record<string, string>> | undefined;
let entra: Readonly<Record<string, string>> | undefined;

export function azureRoleDescription(role: AzureRole): string {
  azure ??= require('./azureRoleDescriptions.json') as Record<string, string>;
  return azure[role.id] ?? '';
}

export function entraRoleDescription(role: EntraRole): string {
  entra ??= require('./entraRoleDescriptions.json') as Record<string, string>;
  return entra[role.templateId] ?? '';
}
