/**
 * The one definition of each value format — GUIDs, UPNs, account addresses, domain names, Azure
 * offer ids, scopes — taken from the JSON Schema, which is the single source: the schema check, the
 * rules, rename, completion, the edit planners, the CLI and the extension's input boxes all test
 * values with these, so a value one of them accepts is never one another rejects.
 * (`test/unit/formats.test.ts` checks that every `pattern` of the schema is one of these.)
 */
import schema from './schema/tenancy.schema.json';

const definitions = schema.definitions;

export const FORMAT_PATTERNS = {
  guid: definitions.directory.properties.id.pattern,
  upn: definitions.user.properties.upn.pattern,
  email: definitions.guest.properties.upn.pattern,
  domain: definitions.directory.properties.domains.items.pattern,
  offer: definitions.subscription.properties.offer.pattern,
  scope: definitions.roleAssignment.properties.scope.pattern,
  managementGroupId: definitions.managementGroup.properties.id.pattern,
  resourceId: definitions.servicePrincipal.properties.resource.pattern,
} as const;

/** A tenant, subscription or role-definition id: `6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f`, either case. */
export const GUID = new RegExp(FORMAT_PATTERNS.guid);
/** A user principal name (members, `owner`, `createdBy`). */
export const UPN = new RegExp(FORMAT_PATTERNS.upn);
/** An account address (guests, principals): a UPN or any e-mail address. */
export const ACCOUNT_ADDRESS = new RegExp(FORMAT_PATTERNS.email);
/** A domain name as a directory lists it (lower case). */
export const DOMAIN = new RegExp(FORMAT_PATTERNS.domain);
/** An Azure offer id, any case. */
export const OFFER_ID = new RegExp(FORMAT_PATTERNS.offer);

/**
 * An account name as the Azure CLI prints it (`userPrincipalName`, a role assignment's
 * `principalName`): one `@`, no white space. Looser than `UPN` on purpose: Azure is the authority on
 * what it printed, and the file's rules check what the import writes.
 */
export const AZURE_ACCOUNT_NAME = /^[^@\s]+@[^@\s]+$/;

/** `alias@domain` patterns are `^[alias chars]+@domain$`: their parts, for messages that say which part is wrong. */
function parts(pattern: string): { alias: RegExp; domain: RegExp } {
  const at = pattern.indexOf('+@');
  return { alias: new RegExp(`${pattern.slice(0, at + 1)}$`), domain: new RegExp(`^${pattern.slice(at + 2)}`) };
}

/** The alias part of a UPN, alone. */
export const UPN_ALIAS = parts(FORMAT_PATTERNS.upn).alias;
/** The alias part of an account address, alone. */
export const ADDRESS_ALIAS = parts(FORMAT_PATTERNS.email).alias;
/** The domain part of a UPN or address: a domain name in any letter case. */
export const DOMAIN_ANY_CASE = parts(FORMAT_PATTERNS.upn).domain;

/** A management group's id (its name in Azure): `mg-platform`, or the tenant id for the root. */
export const MANAGEMENT_GROUP_ID = new RegExp(FORMAT_PATTERNS.managementGroupId);
/** An Azure resource id below a resource group: `/subscriptions/<id>/resourceGroups/<rg>/providers/<ns>/<type>/<name>`. */
export const RESOURCE_ID = new RegExp(FORMAT_PATTERNS.resourceId);

/** The subscription id of an Azure resource id, when it has one. */
export function subscriptionOfResource(resourceId: string): string | undefined {
  const match = /^\/subscriptions\/([^/]+)/i.exec(resourceId);
  return match && GUID.test(match[1]) ? match[1] : undefined;
}

export const isGuid = (value: string): boolean => GUID.test(value);
export const isUpn = (value: string): boolean => UPN.test(value);
export const isAccountAddress = (value: string): boolean => ACCOUNT_ADDRESS.test(value);
export const isOfferId = (value: string): boolean => OFFER_ID.test(value);
