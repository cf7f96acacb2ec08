/**
 * The English messages of the core: rule findings and their chains of facts, related locations,
 * YAML, schema and suppression problems, and the analysis' own problems. One function per message,
 * taking named parameters; `fr.ts` has the same functions. Names of things (directories,
 * subscriptions) arrive already formatted by `rules/naming.ts`; lists arrive joined.
 */
import type { SchemaKind } from '../schema/schemaKinds';

type Opt = string | undefined;

/** The import's kinds of entities, as the summary names them. */
type ImportKind = 'directory' | 'user' | 'guest' | 'subscription' | 'roleAssignment' | 'group' | 'servicePrincipal' | 'managementGroup';
/** What an item of an Azure CLI list is. */
type AzItem = 'subscription' | 'tenant' | 'user' | 'roleAssignment' | 'other';

const IMPORT_KIND: Record<ImportKind, string> = { directory: 'directory', user: 'user', guest: 'guest', subscription: 'subscription', roleAssignment: 'role assignment', group: 'group', servicePrincipal: 'service principal', managementGroup: 'management group' };
const IMPORT_KINDS: Record<ImportKind, string> = { directory: 'directories', user: 'users', guest: 'guests', subscription: 'subscriptions', roleAssignment: 'role assignments', group: 'groups', servicePrincipal: 'service principals', managementGroup: 'management groups' };
const AZ_KINDS = 'the JSON of `az account list --all -o json`, `az account tenant list -o json`, `az ad user list -o json` (or a Microsoft Graph page of users), `az ad group list -o json`, `az ad sp list --all -o json`, `az account management-group entities list -o json` (or `list`, `show --expand --recurse`) or `az role assignment list --all --include-inherited -o json`';

const NOUN: Record<SchemaKind, string> = {
  top: 'the top level of the file',
  directory: 'a directory',
  user: 'a user',
  guest: 'a guest',
  subscription: 'a subscription',
  roleAssignment: 'a role assignment',
  pendingRoleAssignment: 'a pending role assignment',
  group: 'a group',
  servicePrincipal: 'a service principal',
  managementGroup: 'a management group',
  managementGroupRoleAssignment: 'a management group\'s role assignment',
};

const PLURAL: Record<SchemaKind, string> = {
  top: 'top-level keys',
  directory: 'directories',
  user: 'users',
  guest: 'guests',
  subscription: 'subscriptions',
  roleAssignment: 'role assignments',
  pendingRoleAssignment: 'pending role assignments',
  group: 'groups',
  servicePrincipal: 'service principals',
  managementGroup: 'management groups',
  managementGroupRoleAssignment: 'management group role assignments',
};

const SHAPE: Record<SchemaKind, string> = {
  top: 'a map with `version: 1` and `directories:`',
  directory: 'a map of keys, at least `id:`, `name:` and `domains:`',
  user: 'a map of keys such as `upn:` and `displayName:`',
  guest: 'a map of keys such as `upn:` and `external:`',
  subscription: 'a map of keys, at least `id:`, `name:` and `type:`',
  roleAssignment: 'a map such as `{ principal: alice@contoso.com, role: Reader }`',
  pendingRoleAssignment: 'a map such as `{ principal: alice@contoso.com, role: Reader }`',
  group: 'a map of keys, at least `name:` (and `members:`)',
  servicePrincipal: 'a map of keys, at least `name:` and `type:`',
  managementGroup: 'a map of keys, at least `id:`',
  managementGroupRoleAssignment: 'a map such as `{ principal: Platform Engineers, role: Reader }`',
};

const SUBJECT: Record<SchemaKind, string> = {
  top: 'The file',
  directory: 'The directory',
  user: 'The user',
  guest: 'The guest',
  subscription: 'The subscription',
  roleAssignment: 'The role assignment',
  pendingRoleAssignment: 'The pending role assignment',
  group: 'The group',
  servicePrincipal: 'The service principal',
  managementGroup: 'The management group',
  managementGroupRoleAssignment: 'The management group\'s role assignment',
};

/** Why a required key matters: completes "The user is missing `upn`: …". */
const REQUIRED_WHY: Record<string, string> = {
  'top.version': 'write `version: 1` at the top; it says which version of the format the file follows',
  'top.directories': 'the list of Microsoft Entra directories (write `directories: []` when there are none yet)',
  'directory.id': 'its tenant ID, a GUID (Microsoft Entra admin center › Overview › Tenant ID)',
  'directory.name': 'the name shown in the tree and in reports, e.g. Contoso',
  'directory.domains': 'every directory has at least its initial *.onmicrosoft.com domain',
  'user.upn': 'the user principal name the user signs in with, like alice@contoso.com',
  'guest.upn': 'the guest\'s home account, like carol@fabrikam.com',
  'subscription.id': 'its subscription ID, a GUID (Azure portal › Subscriptions)',
  'subscription.name': 'the name shown in the portal, e.g. Contoso Production',
  'subscription.type': '`azure` or `office365`',
  'roleAssignment.principal': 'the UPN of the user or guest who gets the role',
  'roleAssignment.role': 'the Azure role it grants, e.g. Contributor or Reader',
  'pendingRoleAssignment.principal': 'the UPN of the user or guest who held the role',
  'pendingRoleAssignment.role': 'the Azure role that was assigned, e.g. Contributor',
  'group.name': 'the group\'s display name, unique in the directory, e.g. Platform Engineers',
  'servicePrincipal.name': 'its display name, unique in the directory, e.g. github-deploy',
  'servicePrincipal.type': '`application` or `managedIdentity`',
  'servicePrincipal.identity': 'a managed identity is `systemAssigned` or `userAssigned`',
  'servicePrincipal.resource': 'a system-assigned identity belongs to one Azure resource: write its resource id',
  'managementGroup.id': 'its id (its name in Azure), e.g. mg-platform',
  'managementGroupRoleAssignment.principal': 'the UPN, group or service principal that gets the role',
  'managementGroupRoleAssignment.role': 'the Azure role it grants, e.g. Reader',
};

/** What an empty text value should hold: completes "`name` is empty: …". */
const TEXT_WHAT: Record<string, string> = {
  'directory.name': 'give the directory its name, e.g. Contoso',
  'directory.alias': 'give a short nickname, or remove the key',
  'directory.customRoles': 'write the custom role\'s name, e.g. Contoso VM Operator',
  'user.displayName': 'write the user\'s name, e.g. Alice Martin, or remove the key',
  'user.roles': 'write a Microsoft Entra role name, e.g. Global Administrator',
  'guest.displayName': 'write the guest\'s name, or remove the key',
  'guest.roles': 'write a Microsoft Entra role name, e.g. Directory Readers',
  'subscription.name': 'give the subscription its name, e.g. Contoso Production',
  'subscription.alias': 'give a short nickname, or remove the key',
  'subscription.plan': 'write the product bought, e.g. Microsoft 365 E3',
  'roleAssignment.role': 'write an Azure role, e.g. Reader',
  'pendingRoleAssignment.role': 'write an Azure role, e.g. Reader',
  'group.name': 'give the group its name, e.g. Platform Engineers',
  'group.description': 'say what the group is for, or remove the key',
  'group.members': 'write a UPN, or a group\'s or service principal\'s name',
  'group.roles': 'write a Microsoft Entra role name, e.g. Helpdesk Administrator',
  'servicePrincipal.name': 'give it its name, e.g. github-deploy',
  'managementGroup.name': 'give it a display name, e.g. Platform, or remove the key',
  'managementGroupRoleAssignment.principal': 'write a UPN, or a group\'s or service principal\'s name',
  'managementGroupRoleAssignment.role': 'write an Azure role, e.g. Reader',
  'roleAssignment.principal': 'write a UPN, or a group\'s or service principal\'s name',
};

const KIND_WORD: Record<string, string> = {
  null: 'empty',
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true/false',
  array: 'a list',
  object: 'a map of keys',
};

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const didYouMean = (suggestion: Opt) => (suggestion ? ` Did you mean \`${suggestion}\`?` : '');

export const en = {
  // ── How things are named ─────────────────────────────────────────────────────────────────────
  unknownDirectory: () => 'an unknown directory',
  directoryNumber: (p: { number: number }) => `directory #${p.number}`,
  unnamedSubscription: () => 'unnamed subscription',
  quoted: (p: { name: string }) => `'${p.name}'`,
  withAlias: (p: { name: string; alias: string }) => `${p.name} (alias: ${p.alias})`,
  /** A list of accounts, ids or domains. */
  list: (p: { items: readonly string[] }) => p.items.join(', '),

  // ── Related locations ────────────────────────────────────────────────────────────────────────
  relatedFirstDefined: () => 'first defined here',
  relatedMemberEntry: () => 'member entry',
  relatedFirstAssigned: () => 'first assigned here',
  relatedInitialDomain: () => 'initial domain',
  relatedSameDirectoryName: () => 'directory with the same name',
  relatedSameSubscriptionName: () => 'subscription with the same name',
  relatedSameUserName: () => 'user with the same display name',
  relatedMisspeltRole: (p: { meant: string }) => `misspelt ${p.meant}?`,
  relatedDisabledHome: () => 'guest whose home account is disabled',
  relatedAlsoActive: (p: { subscription: string }) => `also active here: ${p.subscription}`,

  // ── Chains of facts (`--explain`) ────────────────────────────────────────────────────────────
  factAzureSubscriptionIn: (p: { subscription: string; directory: string }) => `Azure subscription ${p.subscription} in ${p.directory}`,
  factOffice365SubscriptionIn: (p: { subscription: string; directory: string }) => `Office 365 subscription ${p.subscription} in ${p.directory}`,
  factSubscriptionIn: (p: { subscription: string; directory: string }) => `subscription ${p.subscription} in ${p.directory}`,
  factActiveSubscriptionIn: (p: { subscription: string; directory: string }) => `active subscription ${p.subscription} in ${p.directory}`,
  factNoOffice365: (p: { directory: string }) => `${p.directory} holds no Office 365 subscription`,
  factUsedBy: (p: { accounts: string }) => `used by ${p.accounts}`,
  factHomeHoldsOffice365: (p: { directory: string }) => `home directory ${p.directory}, which holds Office 365`,
  factNoUsers: (p: { directory: string }) => `${p.directory} has no users`,
  factOnlyUserDisabled: (p: { directory: string }) => `the only user of ${p.directory} is disabled`,
  factAllUsersDisabled: (p: { count: number; directory: string }) => `all ${p.count} users of ${p.directory} are disabled`,
  factCreatedBy: (p: { creator: string }) => `created by ${p.creator}`,
  factOwnedBy: (p: { owner: string }) => `owned by ${p.owner}`,
  factTransferredFrom: (p: { directory: string }) => `transferred from ${p.directory} (recorded in the file)`,
  factHomeDirectoryIsNot: (p: { home: string; directory: string }) => `home directory ${p.home} ≠ ${p.directory}`,
  factGuestOf: (p: { upn: string; directory: string }) => `guest ${p.upn} of ${p.directory}`,
  factUserOf: (p: { upn: string; directory: string }) => `user ${p.upn} of ${p.directory}`,
  factAlsoUserOf: (p: { directory: string }) => `also a user of ${p.directory}`,
  factOnlyGuestOf: (p: { directory: string }) => `only a guest of ${p.directory}`,
  factNoSuchUser: (p: { upn: string; directory: string }) => `no user ${p.upn} in ${p.directory}`,
  factNotAnywhere: () => 'not a user of any directory of this estate, and not marked external',
  factDomainBelongsTo: (p: { domain: string; directory: string }) => `domain ${p.domain} belongs to ${p.directory}`,
  factNoManager: (p: { directory: string }) => `no enabled user or guest of ${p.directory} with Global Administrator or Billing Administrator`,
  factRoleAssignmentOn: (p: { role: Opt; subscription: string }) => `role assignment ${p.role ?? '(no role)'} on ${p.subscription}`,
  factTrusts: (p: { directory: string }) => `subscription trusts ${p.directory}`,
  factPrincipal: (p: { principal: string }) => `principal ${p.principal}`,
  factPrincipalUserOf: (p: { principal: string; directory: string }) => `principal ${p.principal}: user of ${p.directory}`,
  factPrincipalUndeclared: (p: { principal: string }) => `principal ${p.principal}: not declared in this estate`,
  factNeitherUserNorGuest: (p: { directory: string }) => `neither user nor guest of ${p.directory}`,
  factDisabledUserOf: (p: { directory: string }) => `user of ${p.directory} with enabled: false`,
  factBlockedGuestOf: (p: { directory: string }) => `guest of ${p.directory} with enabled: false`,
  factSameNameTwoDirectories: (p: { name: string }) => `same name '${p.name}' in two directories`,
  factDirectoryTenant: (p: { directory: string; id: Opt }) => `directory ${p.directory}, tenant ${p.id ?? '(no id)'}`,
  factSameDisplayName: (p: { name: string }) => `same display name '${p.name}'`,
  factUpnDomain: (p: { domain: string }) => `UPN domain ${p.domain}`,
  factDomainsOf: (p: { directory: string; domains: string }) => `domains of ${p.directory}: ${p.domains}`,

  // ── Rules ────────────────────────────────────────────────────────────────────────────────────
  ASC001: (p: { subscription: string; accounts: string; target: string; directory: string }) =>
    `Azure subscription ${p.subscription} is used by ${p.accounts} of ${p.target}, which holds the Office 365 subscriptions, ` +
    `but it lives in ${p.directory}. ` +
    'To use the same accounts for Azure and Office 365, the Azure subscription must be in the same directory as the Office 365 subscriptions. ' +
    `Transfer the subscription to ${p.target} — note that Azure deletes its role assignments when it changes directory.`,
  ASC001BothRoutes: (p: { subscription: string; accounts: string; target: string; directory: string }) =>
    `Azure subscription ${p.subscription} is used by ${p.accounts} of ${p.target}, which holds the Office 365 subscriptions, ` +
    `but it lives in ${p.directory}, an organisation with its own domain. Two routes work: ` +
    `associate the subscription with ${p.target} (Transfer subscription), so the same accounts use Azure and Office 365 — Azure then deletes its role assignments, and users of ${p.directory} keep access only as guests of ${p.target}; ` +
    `or keep it in ${p.directory} and give the accounts of ${p.target} access as B2B guests of ${p.directory}, which they sign in to with their ${p.target} account.`,
  ASC002Many: (p: { subscription: string; subscriptions: string; count: number; directory: string }) =>
    `${p.count} active subscriptions (${p.subscriptions}) belong to directory ${p.directory}, which has no enabled user. ` +
    'Users of the directory a subscription trusts are the only ones who can own and manage it. ' +
    'Add or re-enable a user of the directory, or transfer the subscriptions to a directory that has one.',
  ASC002: (p: { subscription: string; directory: string }) =>
    `${p.subscription} is active, but directory ${p.directory} has no enabled user. ` +
    'Users of the directory a subscription trusts are the only ones who can own and manage it. ' +
    'Add or re-enable a user of the directory, or transfer the subscription to a directory that has one.',
  ASC003: (p: { subscription: string; state: string; count: number }) =>
    `${p.subscription} is ${p.state} but still lists ${p.count} role assignment(s). ` +
    'A subscription that is not active grants no access to its resources, so these entries no longer describe real access. ' +
    'Remove them once the subscription is gone for good, or reactivate it.',
  CRT001: (p: { subscription: string; directory: string; creator: string; home: string }) =>
    `${p.subscription} is in ${p.directory}, but its creator ${p.creator} is a user of ${p.home}. ` +
    'A subscription is created in the directory of the user who creates it. ' +
    `Move the subscription to ${p.home} (or record how it was transferred here), or correct \`createdBy\`.`,
  CRT001Transferred: (p: { subscription: string; directory: string; creator: string; home: string }) =>
    `${p.subscription} was created by ${p.creator} in ${p.home} and then transferred to ${p.directory}, as the file records. ` +
    'A subscription keeps its creator and its billing ownership when it changes directory, so this is expected; moving it back would delete its role assignments again. ' +
    'Nothing to fix: recreate its pending role assignments here if that is not done yet.',
  CRT002: (p: { upn: string; field: string; where: string; suggestion: Opt }) =>
    `${p.upn} (${p.field} of ${p.where}) is not an account of any directory of this estate (this file and the other workspace files of its folder). ` +
    'Subscriptions are created, owned and accessed by users of a directory, or guests invited into it. ' +
    (p.suggestion ? `Did you mean ${p.suggestion}? ` : '') +
    'Correct the name, or add the user to its directory.',
  CRT002RoleAssignmentOf: (p: { subscription: string }) => `a role assignment of ${p.subscription}`,
  GST001: (p: { upn: string; directory: string; home: Opt; domain: string }) =>
    `Guest ${p.upn} of ${p.directory} has no home account in this estate (this file and the other workspace files of its folder). ` +
    'A guest (B2B) user signs in with an account that lives in its own home directory. ' +
    (p.home
      ? `Add ${p.upn} as a user of ${p.home}, which owns ${p.domain}, or mark the guest \`external: true\`.`
      : 'If the account lives outside the directories of this estate, mark the guest `external: true`; otherwise add its home directory.'),
  GST002: (p: { upn: string; directory: string }) =>
    `${p.upn} is both a user and a guest of ${p.directory}. ` +
    'An account has a single home directory; it is a guest only in other directories. ' +
    'Remove the guest entry.',
  OWN001ToFillIn: (p: { subscription: string; directory: string }) =>
    `The owner of Azure subscription ${p.subscription} is still to fill in: the file marks it \`unknown\` (the Azure CLI does not report the Account Administrator). ` +
    `Set \`owner\` to the user of ${p.directory} who owns it (Azure portal › Subscriptions › Properties), then remove \`owner\` from \`unknown\`.`,
  ASC002ToFillIn: (p: { subscription: string; directory: string }) =>
    `${p.subscription} is active, and the users of ${p.directory} are still to fill in: the file marks them \`unknown\`. ` +
    `Import a user list of ${p.directory} (\`tenancy import --directory …\`) or add its users, so that Tenancy can check that someone can manage the subscription.`,
  OWN001: (p: { subscription: string; creator: Opt; directory: string }) =>
    `Azure subscription ${p.subscription} has no owner. ` +
    'Azure subscriptions are owned by individual users of their directory (the Account Administrator). ' +
    (p.creator ? `Set \`owner\` to its creator, ${p.creator}.` : `Set \`owner\` to a user of ${p.directory}.`),
  OWN002HomeElsewhere: (p: { owner: string; subscription: string; home: string; directory: string; alsoGuest: boolean }) =>
    `Owner ${p.owner} of ${p.subscription} is a user of ${p.home}, not of ${p.directory}${p.alsoGuest ? '; here it is only a guest' : ''}. ` +
    'Azure subscriptions are owned by individual users of the directory the subscription belongs to. ' +
    `Pick a member of ${p.directory} as owner, or transfer the subscription to ${p.home}.`,
  OWN002Transferred: (p: { owner: string; subscription: string; home: string; directory: string; alsoGuest: boolean }) =>
    `${p.subscription} was transferred to ${p.directory} from ${p.home}, and its owner ${p.owner} is still a user of ${p.home}. ` +
    'Changing directory does not change billing ownership: the Account Administrator stays the same. ' +
    (p.alsoGuest
      ? `${p.owner} is a guest of ${p.directory}, so it can still sign in here. To hand the subscription over, transfer its billing ownership to a member of ${p.directory}.`
      : `Invite ${p.owner} as a guest of ${p.directory} so it can still manage the subscription, or transfer its billing ownership to a member of ${p.directory}.`),
  OWN002OnlyGuest: (p: { owner: string; subscription: string; directory: string }) =>
    `Owner ${p.owner} of ${p.subscription} is only a guest of ${p.directory}. ` +
    'Azure subscriptions are owned by individual users of the directory the subscription belongs to. ' +
    `Pick a member of ${p.directory} as owner.`,
  OWN002NotAUser: (p: { owner: string; subscription: string; directory: string }) =>
    `Owner ${p.owner} of ${p.subscription} is not a user of ${p.directory}. ` +
    'Azure subscriptions are owned by individual users of the directory the subscription belongs to. ' +
    `Add ${p.owner} to the directory's users, or pick one of its members as owner.`,
  OWN003: (p: { subscription: string; directory: string }) =>
    `Office 365 subscription ${p.subscription} names an owner. ` +
    'Office 365 subscriptions are owned by the directory itself; users with the right directory roles manage them. ' +
    `Remove \`owner\`, and give Global Administrator or Billing Administrator to whoever manages it in ${p.directory}.`,
  OWN004: (p: { directory: string; subscription: string; nearMisses: Opt; disabledHomes: Opt }) =>
    `Nobody in ${p.directory} can manage Office 365 subscription ${p.subscription}. ` +
    'Office 365 subscriptions belong to the directory and are managed by its users holding Global Administrator or Billing Administrator. ' +
    (p.disabledHomes ? `${p.disabledHomes} hold(s) such a role as guest(s), but their home account is disabled, so they cannot sign in. ` : '') +
    (p.nearMisses ? `Correct the misspelt role: ${p.nearMisses}.` : 'Give one of those roles to an enabled user of the directory.'),
  own004NearMiss: (p: { role: string; upn: string; meant: string }) => `'${p.role}' of ${p.upn} (${p.meant})`,
  RBA001: (p: { principal: string; subscription: string; directory: string; home: Opt }) =>
    `${p.principal} has a role on ${p.subscription} but is neither a user nor a guest of ${p.directory}` +
    `${p.home ? ` (it is a user of ${p.home})` : ''}. ` +
    'Azure RBAC only grants access to identities of the directory the subscription trusts. ' +
    `Invite ${p.principal} as a guest of ${p.directory}, or remove the assignment.`,
  RBA002EntraRole: (p: { role: string }) =>
    `'${p.role}' is a Microsoft Entra directory role, not an Azure role. Microsoft Entra roles manage the directory; Azure roles grant access to Azure resources, and neither spans the other.` +
    ` Give '${p.role}' through the user's \`roles\`, and pick an Azure role (Owner, Contributor, Reader…) here.`,
  RBA002: (p: { role: string; directory: string; suggestion: Opt }) =>
    `'${p.role}' is not an Azure built-in role nor a custom role of ${p.directory}. A role assignment grants a role definition that exists in the directory.` +
    (p.suggestion
      ? ` Did you mean '${p.suggestion}'?`
      : ' Use a built-in role name (Owner, Contributor, Reader…) or declare the custom role in the directory\'s `customRoles`.'),
  RBA003: (p: { principal: string; role: string; subscription: string }) =>
    `${p.principal} already has ${p.role} at this scope on ${p.subscription}. ` +
    'Azure keeps one role assignment per principal, role and scope; the repeat adds nothing. Remove the duplicate.',
  RBA007Syntax: (p: { scope: string; subscription: string; segment: string; suggestion: Opt }) =>
    `Scope \`${p.scope}\` of a role assignment of ${p.subscription} is not an Azure resource path ('${p.segment}' is not expected there). ` +
    'A scope below a subscription is /resourceGroups/{group}, optionally followed by /providers/{Namespace}/{type}/{name}, or the whole subscription (no scope). ' +
    (p.suggestion ? `Did you mean \`${p.suggestion}\`?` : 'Copy the scope from the Azure portal (the resource\'s Properties › Resource ID) or from az role assignment list.'),
  RBA007OtherSubscription: (p: { scope: string; subscription: string; other: string }) =>
    `Scope \`${p.scope}\` names subscription ${p.other}, but the assignment is listed under ${p.subscription}. ` +
    'A role assignment lives in the subscription its scope names; Azure would create it there, not here. ' +
    'Move the assignment to that subscription\'s roleAssignments, or correct the subscription id in the scope.',
  RBA007BadSubscriptionId: (p: { scope: string; subscription: string; value: string }) =>
    `Scope \`${p.scope}\` of a role assignment of ${p.subscription} names subscription '${p.value}', which is not a subscription ID. ` +
    'After /subscriptions/ comes the subscription\'s GUID. Write the scope below the subscription (e.g. /resourceGroups/web) or with its own id.',
  RBA007ManagementGroup: (p: { scope: string; subscription: string }) =>
    `Scope \`${p.scope}\` is a management group, above every subscription, but it is listed under ${p.subscription}. ` +
    'A management-group role assignment is not part of one subscription. Remove it here, or assign the role at the subscription instead.',
  RBA004: (p: { subscription: string; count: number; limit: number }) =>
    `${p.subscription} has ${p.count.toLocaleString('en-US')} role assignments; Azure allows ${p.limit.toLocaleString('en-US')} per subscription. ` +
    'Beyond the limit, new assignments fail. Assign roles to groups instead of individual users, or at a broader scope.',
  RBA005: (p: { subscription: string }) =>
    `Office 365 subscription ${p.subscription} has role assignments. ` +
    'Azure RBAC role assignments grant access to Azure resources; Office 365 is managed through directory roles. ' +
    'Remove `roleAssignments`, and give directory roles (such as Billing Administrator) to the users instead.',
  RBA006: (p: { principal: string; directory: string; role: Opt; subscription: string }) =>
    `${p.principal} is disabled in ${p.directory} but still holds ${p.role ?? 'a role'} on ${p.subscription}. ` +
    'A disabled account cannot sign in, so the assignment only keeps stale access on record. Remove the assignment.',
  SUB001: (p: { id: string; subscription: string; directory: string }) =>
    `Subscription ID ${p.id} is already used by ${p.subscription} in ${p.directory}. ` +
    'A subscription trusts exactly one directory, so it appears once in the estate. ' +
    'Correct the ID, or keep one entry (use "Transfer subscription" to move it).',
  SUB002: (p: { subscription: string; directory: string; other: string; otherDirectory: string; bothAliased: boolean }) =>
    `Subscription ${p.subscription} of ${p.directory} has the same name as subscription ${p.other} of ${p.otherDirectory}. ` +
    'Someone with access to both directories sees both names in the portal\'s subscription filter, in cost reports and in role-assignment pickers, and can act on the wrong one. ' +
    'Rename one of the subscriptions (Subscriptions › Overview › Rename)' +
    (p.bothAliased ? '.' : ', or give each an `alias`.'),
  TEN001: (p: { id: string; directory: string }) =>
    `Tenant ID ${p.id} is already used by directory ${p.directory}. ` +
    'A tenant ID identifies exactly one Microsoft Entra directory. ' +
    'Correct the ID (Microsoft Entra admin center › Overview › Tenant ID) or merge the two entries.',
  TEN002NoInitial: (p: { directory: string; suggestedDomain: string }) =>
    `Directory ${p.directory} has no initial *.onmicrosoft.com domain. ` +
    'Every Microsoft Entra directory is created with one initial domain, <name>.onmicrosoft.com, which cannot be removed. ' +
    `Add it to \`domains\` (for example ${p.suggestedDomain}).`,
  TEN002Second: (p: { directory: string; extra: string; initial: string }) =>
    `Directory ${p.directory} lists a second *.onmicrosoft.com domain, ${p.extra}; its initial domain is ${p.initial}. ` +
    'A directory has exactly one initial domain. Remove the extra one, or move it to the directory it belongs to.',
  TEN003: (p: { domain: string; directory: string }) =>
    `Domain ${p.domain} is already listed in directory ${p.directory}. ` +
    'A domain name can be verified in only one Microsoft Entra directory at a time. ' +
    'Remove it from one of the two directories.',
  TEN004: (p: { directory: string; other: string; id: Opt; otherId: Opt; bothAliased: boolean }) =>
    `Directory ${p.directory} has the same name as directory ${p.other} (tenant IDs ${p.id ?? 'no id'} and ${p.otherId ?? 'no id'}). ` +
    'The Azure portal, the directory switcher and transfer dialogs show directories by name, so two directories with one name are easily mistaken for each other. ' +
    'Rename one of them in the Microsoft Entra admin center (Overview › Properties › Name)' +
    (p.bothAliased ? '.' : ', and give each an `alias`.'),
  USR001: (p: { upn: string; directory: string }) =>
    `${p.upn} is already a user of ${p.directory}. ` +
    'A user principal name is the sign-in name of one account, and each account has a single home directory. ' +
    'Remove the duplicate, or invite the account as a guest instead.',
  USR001Guest: (p: { upn: string; directory: string }) =>
    `Guest ${p.upn} is listed twice in ${p.directory}. ` +
    'An account is invited into a directory once. Remove the duplicate entry.',
  USR002: (p: { upn: string; domain: string; directory: string; domains: string; suggestedUpn: string }) =>
    `${p.upn} uses the domain ${p.domain}, which is not a domain of directory ${p.directory} (${p.domains}). ` +
    "A user's UPN must end with one of the directory's verified domains. " +
    `Add ${p.domain} to the directory's \`domains\` (after verifying it), or change the UPN to ${p.suggestedUpn}.`,
  USR004: (p: { role: string; upn: string; directory: string; suggestion: Opt }) =>
    `'${p.role}' (a role of ${p.upn} in ${p.directory}) is not a Microsoft Entra built-in role. ` +
    'The roles of users, guests and role-assignable groups are Microsoft Entra directory roles; a misspelt one grants nothing. ' +
    (p.suggestion ? `Did you mean '${p.suggestion}'?` : 'Use the role\'s name as the Microsoft Entra admin center shows it; a custom directory role can be silenced with a tenancy-disable comment.'),
  USR004AzureRole: (p: { role: string; upn: string; directory: string }) =>
    `'${p.role}' (a role of ${p.upn} in ${p.directory}) is an Azure role, not a Microsoft Entra directory role. ` +
    'Azure roles grant access to Azure resources through a subscription\'s role assignments; directory roles manage the directory. ' +
    `Remove it here and add a role assignment { principal: ${p.upn}, role: ${p.role} } to the subscription instead.`,
  USR003: (p: { upn: string; other: string; name: string; directory: string }) =>
    `${p.upn} and ${p.other} are both called '${p.name}' in ${p.directory}. ` +
    'People pickers (role assignments, group members, owners) list users by display name, so the wrong account is easily chosen. ' +
    'Make the display names distinct, for example with a department or a middle initial.',
  noUpn: () => '(no upn)',
  ruleFailed: (p: { id: string; error: string }) => `Rule ${p.id} could not run on this file (${p.error}). Please report this.`,

  // ── The file as a whole ──────────────────────────────────────────────────────────────────────
  tooLarge: (p: { size: number; limit: number }) =>
    `The file is too large to check (${p.size} MiB; the limit is ${p.limit} MiB). ` +
    'Split it into one workspace file per group of directories.',
  binaryFile: () =>
    'The file contains a NUL character, so it is binary data, not YAML text. Open the right file, or save it again as UTF-8 text.',
  danglingAlias: (p: { name: string }) =>
    `The alias \`*${p.name}\` refers to no anchor: no \`&${p.name}\` is defined before it in this file. ` +
    `Define the anchor before its first use, or write the value out in place of the alias.`,
  editAnchorUsed: (p: { anchor: string; lines: string; count: number }) =>
    `This cannot be removed: it defines the anchor \`&${p.anchor}\`, which the ${p.count === 1 ? 'alias' : 'aliases'} \`*${p.anchor}\` on ${p.count === 1 ? 'line' : 'lines'} ${p.lines} still ${p.count === 1 ? 'uses' : 'use'}. ` +
    `Write the value out in place of each alias first (or move the anchor), then remove it.`,
  aliasBomb: (p: { detail: string }) =>
    `These aliases expand to too many nodes (${p.detail}). ` +
    'A workspace file has no need for deeply nested aliases: write the values out.',
  tooDeep: () =>
    'This value is nested too deeply to read (thousands of levels of `[`, `{` or `- `). A workspace file needs about six levels: remove the extra nesting.',
  directoryUnreadable: (p: { detail: string }) => `This directory could not be read (${p.detail}). Please report this.`,
  fileTooComplex: (p: { detail: string }) =>
    `The file is too complex to read (${p.detail}). A workspace file needs about six levels of nesting and no huge structures: simplify it.`,
  fileUnanalysable: (p: { detail: string }) => `The file could not be analysed (${p.detail}). Please report this.`,

  // ── YAML syntax (`detail` is the parser's own English sentence) ─────────────────────────────
  yamlDuplicateKey: () =>
    'This key appears twice in the same map; YAML allows each key once. Remove one of them (only the first is read).',
  yamlTabIndent: () => 'Tabs cannot indent YAML; indent with spaces.',
  yamlOverIndented: () => 'This line is indented deeper than the keys of the line above, so YAML cannot read it as a sibling key; align it with them. Until then the line is left out and the rest of the file is checked without it.',
  yamlDedented: (p: { key: string; spaces: number }) =>
    `\`${p.key}\` is dedented to the column of its list item's \`-\`, where YAML cannot read it as a key of that item (and loses the whole list); indent it ${p.spaces} more ${p.spaces === 1 ? 'space' : 'spaces'} to align it with the item's other keys. Until then the line is left out and the rest of the file is checked without it.`,
  yamlTabLine: () => 'This line is indented with a tab, which YAML does not allow; indent it with spaces. Until then the line is left out and the rest of the file is checked without it.',
  yamlMultipleDocs: () =>
    'The file holds several YAML documents (`---`); a workspace file is one document. Remove the separator or split the file.',
  yamlBadIndent: (p: { detail: string }) => `Wrong indentation: ${lowerFirst(p.detail)} Align the key with its siblings.`,
  yamlMissingChar: (p: { detail: string }) => `Incomplete YAML: ${lowerFirst(p.detail)}`,
  yamlAliasProps: (p: { detail: string }) => `Invalid alias: ${lowerFirst(p.detail)}`,
  yamlSyntax: (p: { detail: string }) => `YAML syntax error: ${p.detail}`,
  yamlTooDeep: () =>
    'The YAML is nested too deeply to read here (thousands of levels of `[`, `{` or `- `). A workspace file needs about six levels: remove the extra nesting.',
  yamlTooMuchWork: (p: { detail: string }) => `The YAML asks for too much work to read (${p.detail}). Simplify the file.`,
  yamlMoreErrors: (p: { count: number }) => `${p.count} more YAML syntax errors follow; is this really a YAML workspace file?`,

  // ── Suppression comments (SUP001) ────────────────────────────────────────────────────────────
  supNoRule: (p: { kind: string }) =>
    `This tenancy-${p.kind} comment names no rule. Write the rule ids after it, e.g. \`# tenancy-${p.kind} RBA003${p.kind === 'enable' ? '' : ' -- why'}\`.`,
  supUnsuppressible: (p: { id: string; isSuppression: boolean }) =>
    `${p.id} problems cannot be silenced with a comment: ${p.isSuppression ? 'remove the comment it reports instead' : 'they mean the file is not read as intended; fix the YAML instead'}. ` +
    'Remove this rule id from the comment.',
  supUnknown: (p: { id: string }) =>
    `${p.id} is not a Tenancy rule id, so this comment silences nothing. Correct the id (see the rules list in the docs) or remove it.`,
  supUnmatchedEnable: (p: { id: string }) =>
    `There is no \`# tenancy-disable ${p.id}\` above this comment, so enabling ${p.id} here changes nothing. Remove the id.`,
  supUnused: (p: { id: string }) =>
    `No ${p.id} problem is silenced by this comment any more. Remove ${p.id} from it (or the whole comment), so it does not hide a future problem by accident.`,

  // ── Schema (SCHEMA) ──────────────────────────────────────────────────────────────────────────
  schemaUnknownKey: (p: { key: string; kind: SchemaKind; sameButCase: Opt; suggestion: Opt; owner: SchemaKind | undefined; hint: 'indent' | 'guests' | undefined; allowed: string }) => {
    const top = p.kind === 'top';
    let message = `Unknown key \`${p.key}\` ${top ? 'at the top level of the file' : `in ${NOUN[p.kind]}`}.`;
    if (p.sameButCase) message += ` Keys are case-sensitive: did you mean \`${p.sameButCase}\`?`;
    else if (p.suggestion) message += ` Did you mean \`${p.suggestion}\`?`;
    else if (p.owner) {
      const hint = p.hint === 'indent' ? ': indent it under its directory' : p.hint === 'guests' ? ': move the entry under `guests` if its home account is elsewhere' : '';
      message += ` \`${p.key}\` is a key of ${p.owner === 'top' ? 'the top level' : NOUN[p.owner]}, not of ${top ? 'the top level' : NOUN[p.kind]}${hint}.`;
    }
    return `${message} ${top ? 'The top level can have' : `${capitalize(NOUN[p.kind])} can have`}: ${p.allowed}.`;
  },
  schemaMissingKey: (p: { key: string; kind: SchemaKind }) => {
    const why = REQUIRED_WHY[`${p.kind}.${p.key}`];
    return `${SUBJECT[p.kind]} is missing \`${p.key}\`${why ? `: ${why}` : ''}.`;
  },
  schemaOfferOnOffice365: () =>
    '`offer` applies only to Azure subscriptions; an Office 365 subscription is described by `plan` and `licenses`. Remove `offer`, or set `type: azure` if this is an Azure subscription.',
  schemaOffice365KeyOnAzure: (p: { key: string }) =>
    `\`${p.key}\` applies only to Office 365 subscriptions; an Azure subscription is described by its \`offer\`. Remove \`${p.key}\`, or set \`type: office365\` if this is an Office 365 subscription.`,
  schemaIdentityKeyOnApplication: (p: { key: string }) =>
    `\`${p.key}\` applies only to managed identities; an application's service principal has no Azure resource of its own. Remove \`${p.key}\`, or set \`type: managedIdentity\` if this is a managed identity.`,
  schemaForbiddenKey: (p: { key: string; subscriptionType: Opt }) =>
    `\`${p.key}\` is not allowed here${p.subscriptionType ? ` on a subscription of type \`${p.subscriptionType}\`` : ''}; remove it.`,
  schemaDuplicate: (p: { value: string; field: Opt }) => {
    const why = p.field === 'roles' ? ': a role is either held or not, so list it once' : p.field === 'domains' ? ': each domain is listed once' : '';
    return `\`${p.value}\` is listed twice in \`${p.field ?? 'this list'}\`${why}. Remove the duplicate.`;
  },
  schemaNotAllowed: (p: { value: string; kind: SchemaKind; field: Opt; allowed: readonly string[]; suggestion: Opt }) => {
    const what = p.kind === 'subscription' && p.field ? `a subscription ${p.field}` : `an allowed value for ${fieldName(p)}`;
    return `\`${p.value}\` is not ${what}; use ${orList(p.allowed, 'or')}.${didYouMean(p.suggestion)}`;
  },
  schemaVersionQuoted: () => '`version` must be the number 1, not text: write `version: 1` without quotes.',
  schemaVersionUnknown: (p: { value: string }) =>
    `This file says \`version: ${p.value}\`, but Tenancy reads version 1 of the workspace format. Write \`version: 1\` if the file follows this format, or update Tenancy.`,
  schemaConst: (p: { kind: SchemaKind; field: Opt; allowed: string; value: string }) =>
    `${fieldName(p)} must be \`${p.allowed}\`, not \`${p.value}\`.`,
  schemaLicensesMinimum: (p: { value: string; limit: number }) =>
    `\`${p.value}\` is not a number of licenses: a subscription has ${p.limit} or more seats. Write the number of seats bought.`,
  schemaMinimum: (p: { kind: SchemaKind; field: Opt; limit: number; value: string }) =>
    `${fieldName(p)} must be at least ${p.limit}, not ${p.value}.`,
  schemaNoDomains: () =>
    '`domains` is empty: every directory has at least its initial *.onmicrosoft.com domain. Add it, e.g. `domains: [contoso.onmicrosoft.com]`.',
  schemaMinItems: (p: { kind: SchemaKind; field: Opt; limit: number }) =>
    `${fieldName(p)} needs at least ${p.limit} item${p.limit === 1 ? '' : 's'}.`,
  schemaEmptyText: (p: { kind: SchemaKind; field: Opt; item: boolean }) => {
    const what = TEXT_WHAT[`${p.kind}.${p.field}`];
    return `${p.item ? `An item of ${fieldName(p)}` : fieldName(p)} is empty${what ? `: ${what}` : ''}.`;
  },
  schemaOther: (p: { kind: SchemaKind; field: Opt; detail: Opt; keyword: string }) =>
    `${fieldName(p)}: ${p.detail ?? `does not satisfy \`${p.keyword}\``}.`,
  schemaTopWrongType: (p: { actual: string }) =>
    `A workspace file is ${SHAPE.top} at the top, but ${p.actual === 'null' ? 'this file is empty' : `this file holds ${KIND_WORD[p.actual] ?? p.actual}`}.`,
  schemaItemWrongType: (p: { kind: SchemaKind; actual: string; upn: Opt }) =>
    `This item should be ${NOUN[p.kind]}: ${SHAPE[p.kind]}, but it is ${KIND_WORD[p.actual] ?? p.actual}.` +
    (p.upn !== undefined ? ` Write \`- upn: ${p.upn}\`.` : ''),
  schemaListEmpty: (p: { field: string; each: boolean; child: SchemaKind | undefined }) =>
    `${valueName(p)} has no value. Write \`${p.field}: []\` when there are none, or list the ${p.child ? PLURAL[p.child] : 'items'} below it, each on a line starting with \`- \`.`,
  schemaNotListOf: (p: { field: string; each: boolean; child: SchemaKind; actual: string }) =>
    `${valueName(p)} must be a list of ${PLURAL[p.child]}, each on a line starting with \`- \`, but it is ${KIND_WORD[p.actual] ?? p.actual}.`,
  schemaNotListScalar: (p: { field: string; each: boolean; actual: string; raw: string }) =>
    `${valueName(p)} must be a list, but it is ${KIND_WORD[p.actual] ?? p.actual}. Even a single item is written as a list: \`${p.field}: [${p.raw}]\`.`,
  schemaNotList: (p: { field: string; each: boolean; actual: string }) =>
    `${valueName(p)} must be a list, but it is ${KIND_WORD[p.actual] ?? p.actual}. Write one item per line, each starting with \`- \`.`,
  schemaTextEmpty: (p: { field: string; each: boolean }) => `${valueName(p)} has no value. Write a value, or remove the key.`,
  schemaBracedGuid: (p: { field: string; suggestion: string }) =>
    `\`${p.field}\` is a GUID written in braces, which YAML reads as a map. Write it without braces: \`${p.field}: ${p.suggestion}\`.`,
  schemaNotText: (p: { field: string; each: boolean; actual: string; raw: Opt }) =>
    `${valueName(p)} must be text, but it is ${KIND_WORD[p.actual] ?? p.actual}.` +
    (p.raw !== undefined ? ` YAML reads \`${p.raw}\` as ${KIND_WORD[p.actual] ?? p.actual}; put it in quotes: \`${JSON.stringify(p.raw)}\`.` : ''),
  schemaNotBoolean: (p: { field: string; each: boolean; actual: string; suggestion: Opt; value: Opt }) =>
    `${valueName(p)} must be \`true\` or \`false\`, but it is ${KIND_WORD[p.actual] ?? p.actual}.` +
    (p.suggestion ? ` Write \`${p.suggestion}\` (YAML 1.2 reads \`${p.value}\` as text).` : ''),
  schemaNotNumber: (p: { field: string; each: boolean; integer: boolean; actual: string; raw: Opt; unquoted: Opt }) =>
    `${valueName(p)} must be ${p.integer ? 'a whole number' : 'a number'}${p.field === 'licenses' ? ' of seats, e.g. 25' : ''}, but it is ${KIND_WORD[p.actual] ?? p.actual}${p.raw !== undefined ? ` (${p.raw})` : ''}.` +
    (p.unquoted !== undefined ? ` Remove the quotes: \`${p.field}: ${p.unquoted}\`.` : ''),
  schemaWrongType: (p: { field: string; each: boolean; expected: string; actual: string }) =>
    `${valueName(p)} must be ${KIND_WORD[p.expected] ?? p.expected}, but it is ${KIND_WORD[p.actual] ?? p.actual}.`,
  schemaNotTenantId: (p: { value: string; suggestion: Opt }) =>
    `\`${p.value}\` is not a tenant ID: directory ids are GUIDs like 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f (Microsoft Entra admin center › Overview › Tenant ID).${didYouMean(p.suggestion)}`,
  schemaNotSubscriptionId: (p: { value: string; suggestion: Opt }) =>
    `\`${p.value}\` is not a subscription ID: subscription ids are GUIDs like 0b1e5a7c-2f4d-4e6a-8b9c-0d1e2f3a4b5c (Azure portal › Subscriptions › Subscription ID).${didYouMean(p.suggestion)}`,
  schemaNotSourceTenantId: (p: { value: string; field: Opt; suggestion: Opt }) =>
    `\`${p.value}\` is not a tenant ID: ${p.field ? `\`${p.field}\`` : 'This value'} is the GUID of the directory the subscription was transferred from, like 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f.${didYouMean(p.suggestion)}`,
  schemaNotUpn: (p: { value: string; reason: string; field: Opt; suggestion: Opt }) => {
    const role =
      p.field === 'owner' ? ' `owner` is the user principal name of the Account Administrator.'
        : p.field === 'createdBy' ? ' `createdBy` is the user principal name of whoever signed up.'
          : '';
    return `\`${p.value}\` is not a valid user principal name: ${p.reason}. A UPN is alias@domain, like alice@contoso.com; the alias uses only A–Z, a–z, 0–9, ' . - _ ! # ^ ~ $ and the backquote.${role}${didYouMean(p.suggestion)}`;
  },
  schemaNotAccount: (p: { value: string; reason: string; suggestion: Opt }) =>
    `\`${p.value}\` is not an account address: ${p.reason}. Write the account as alias@domain, like carol@fabrikam.com.${didYouMean(p.suggestion)}`,
  accountNoDomain: () => 'it has no `@domain` part',
  accountTwoAts: () => 'it has more than one `@`',
  accountNoAlias: () => 'the part before `@` is empty',
  accountBadChar: (p: { char: string }) => {
    const what = p.char === ' ' ? 'a space' : /[^\x00-\x7f]/.test(p.char) ? `\`${p.char}\` (accented and other non-ASCII letters are not allowed)` : `\`${p.char}\``;
    return `it contains ${what} before \`@\``;
  },
  accountBadDomain: (p: { domain: string }) => `\`${p.domain}\` is not a domain name`,
  accountNotAliasAtDomain: () => 'it is not in the form alias@domain',
  schemaNotDomain: (p: { value: string; reason: 'labels' | 'account' | 'case' | 'oneLabel'; suggestion: Opt }) => {
    const reason = {
      labels: 'a domain name is labels of letters, digits and hyphens separated by dots',
      account: 'this is an account, not a domain; write only the part after `@`',
      case: 'domain names are written in lower case here',
      oneLabel: 'a domain name has at least two labels, like contoso.com',
    }[p.reason];
    return `\`${p.value}\` is not a valid domain name: ${reason}. Domains are written like contoso.com or contoso.onmicrosoft.com.${didYouMean(p.suggestion)}`;
  },
  schemaNotOffer: (p: { value: string; suggestion: Opt }) =>
    `\`${p.value}\` is not an Azure offer ID: offer IDs look like MS-AZR-0003P (Pay-As-You-Go) or MS-AZR-0017G (Microsoft Azure Plan), with four digits (Azure portal › Subscriptions › the subscription › Overview › Offer ID).${didYouMean(p.suggestion)}`,
  schemaNotScope: (p: { value: string }) =>
    `\`${p.value}\` is not a scope: a scope is a path below the subscription, starting with \`/\`, like /resourceGroups/web. Leave \`scope\` out to assign the role on the whole subscription.`,
  schemaNotObjectId: (p: { value: string; field: Opt; suggestion: Opt }) =>
    `\`${p.value}\` is not ${p.field === 'appId' ? 'an application (client) ID' : 'an object ID'}: ids are GUIDs like 3c2a1b0d-4e5f-4a6b-8c7d-9e0f1a2b3c4d (Microsoft Entra admin center › the entry › Overview).${didYouMean(p.suggestion)}`,
  schemaNotManagementGroupId: (p: { value: string }) =>
    `\`${p.value}\` is not a management group ID: an id is up to 90 letters, digits, \`-\`, \`_\`, \`(\`, \`)\` and \`.\`, not ending with a period, like mg-platform (Azure portal › Management groups › ID). The tenant root group's id is the tenant ID.`,
  schemaNotResourceId: (p: { value: string }) =>
    `\`${p.value}\` is not an Azure resource ID: write the full id, like /subscriptions/0b1e5a7c-2f4d-4e6a-8b9c-0d1e2f3a4b5c/resourceGroups/web/providers/Microsoft.Web/sites/contoso-web (the resource › JSON View › Resource ID).`,
  schemaBadForm: (p: { value: string; field: Opt; detail: Opt }) =>
    `${p.field ? `\`${p.field}\`` : 'This value'} \`${p.value}\` does not have the expected form (${p.detail ?? 'pattern'}).`,

  // ── Language features (src/core/language): hover, completion, rename. Texts from the file arrive escaped. ──
  hoverMemberOf: (p: { directory: string; blocked: boolean; roles: Opt }) =>
    `Member of **${p.directory}**${p.blocked ? ' · sign-in blocked' : ''}${p.roles ? ` · roles: ${p.roles}` : ''}`,
  hoverExternal: () => 'External account (its home directory is in no file of this estate)',
  hoverNotAMember: () => 'Not a member of any directory of this estate',
  hoverDefinedInFile: (p: { file: string }) => `Defined in ${p.file}`,
  hoverGuestIn: (p: { directory: string; roles: Opt }) => `- Guest in **${p.directory}**${p.roles ? ` · roles: ${p.roles}` : ''}`,
  hoverOwns: (p: { subscriptions: string }) => `**Owns:** ${p.subscriptions}`,
  hoverCreated: (p: { subscriptions: string }) => `**Created:** ${p.subscriptions}`,
  hoverAccess: () => '**Access:**',
  hoverAccessItem: (p: { role: string; subscription: Opt; scope: Opt; pending: boolean }) =>
    `- ${p.role} on ${p.subscription ?? 'a subscription'}${p.scope ? ` at ${p.scope}` : ''}${p.pending ? ' (pending, to recreate)' : ''}`,
  hoverDirectory: (p: { directory: string }) => `**${p.directory}** · Microsoft Entra directory`,
  hoverTenantId: (p: { id: string }) => `Tenant ID ${p.id}`,
  hoverDomains: (p: { domains: string }) => `Domains: ${p.domains}`,
  hoverNoDomains: () => 'No domains',
  hoverDirectoryCounts: (p: { users: number; guests: number; subscriptions: number }) =>
    `${plural(p.users, 'user')}, ${plural(p.guests, 'guest')}, ${plural(p.subscriptions, 'subscription')}`,
  hoverSubscription: (p: { subscription: string; type: Opt }) =>
    `**${p.subscription}** · ${p.type === 'office365' ? 'Office 365 / Microsoft 365 subscription' : p.type === 'azure' ? 'Azure subscription' : 'Subscription'}`,
  hoverSubscriptionId: (p: { id: string; directory: string; state: string }) => `Subscription ID ${p.id} · trusts **${p.directory}** · ${p.state}`,
  hoverOffer: (p: { offer: string; name: Opt }) => `Offer ${p.offer}${p.name ? `: ${p.name}` : ''}`,
  hoverPlan: (p: { plan: string; licenses: number | undefined }) => `Plan: ${p.plan}${p.licenses !== undefined ? ` · ${plural(p.licenses, 'license')}` : ''}`,
  hoverOwner: (p: { owner: string }) => `Owner: ${p.owner}`,
  hoverCreatedBy: (p: { creator: string }) => `Created by: ${p.creator}`,
  hoverRoleAssignments: (p: { count: number }) => plural(p.count, 'role assignment'),
  hoverEntraRole: (p: { role: string; privileged: boolean }) => `**${p.role}** · Microsoft Entra role${p.privileged ? ' (privileged)' : ''}`,
  hoverNotEntraRole: (p: { role: string }) => `${p.role} is not a Microsoft Entra built-in role.`,
  hoverAzureRole: (p: { role: string; category: string }) => `**${p.role}** · Azure built-in role (${p.category})`,
  hoverCustomRole: (p: { role: string; directory: string }) => `**${p.role}** · Azure custom role defined in ${p.directory}`,
  hoverNotAzureRole: (p: { role: string }) => `${p.role} is neither an Azure built-in role nor a custom role of this directory.`,
  hoverAzureOffer: (p: { name: string; id: string }) => `**${p.name}** · Azure offer ${p.id}`,
  hoverSupportPlan: () => 'A support plan, not a subscription that holds resources.',
  hoverUnknownOffer: (p: { offer: string }) => `${p.offer} is not a known Azure offer id.`,
  completionRequired: (p: { title: string }) => `${p.title} (required)`,
  completionDefault: () => 'default',
  completionEntraRole: (p: { privileged: boolean }): string => (p.privileged ? 'Microsoft Entra role (privileged)' : 'Microsoft Entra role'),
  completionEntraAlias: (p: { target: string }) => `Former or alternative name of ${p.target}`,
  completionCustomRole: (p: { directory: string }) => `Custom role of ${p.directory}`,
  completionAzureRole: (p: { category: string }) => `Azure built-in role · ${p.category}`,
  completionAzureAlias: (p: { target: string }) => `Former name of ${p.target}`,
  completionMemberOf: (p: { directory: string }) => `Member of ${p.directory}`,
  completionDisabled: () => 'disabled: cannot sign in',
  completionOtherDirectory: () => 'another directory: invite as a guest first',
  completionGuestIn: (p: { directory: string; home: Opt; external: boolean }) =>
    `Guest in ${p.directory}${p.home ? ` · member of ${p.home}` : p.external ? ' · external account' : ''}`,
  completionGuestElsewhere: (p: { directory: string; external: boolean }) => `${p.external ? 'External account' : 'Account'}, guest in ${p.directory}`,
  completionInFile: (p: { file: string }) => `in ${p.file}`,
  renameNothing: () => 'Only a UPN, a tenant ID or a subscription ID can be renamed.',
  renameEmpty: () => 'The new name is empty.',
  renameTaken: (p: { name: string; what: 'account' | 'directory' | 'subscription' }) =>
    `'${p.name}' is already ${p.what === 'account' ? 'an account' : p.what === 'directory' ? 'a directory' : 'a subscription'} in this file: renaming would merge the two. Pick another name.`,
  renameNotGuid: (p: { name: string }) => `'${p.name}' is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx, hexadecimal digits).`,
  renameNotUpn: (p: { name: string }) => `'${p.name}' is not a valid UPN: alias@domain, where the alias uses only A-Z a-z 0-9 ' . - _ ! # ^ ~ $ and backquote.`,
  renameNotAddress: (p: { name: string }) => `'${p.name}' is not a valid account address (alias@domain).`,

  // ── Counts (one plural rule per language, for every "N things" of the extension) ──
  count: (p: { count: number; noun: CountNoun }) => plural(p.count, ...COUNT_NOUN[p.noun]),

  // ── Relationship diagram (src/core/diagram) ──
  diagramTitle: () => 'Tenancy relationship diagram',
  diagramUndeclared: () => 'Not declared in the file',
  diagramMore: (p: { count: number }) => `+${p.count} more`,
  diagramDirectoryN: (p: { number: number }) => `Directory ${p.number}`,
  diagramUserN: (p: { number: number }) => `User ${p.number}`,
  diagramGuestN: (p: { number: number }) => `Guest ${p.number}`,
  diagramSubscriptionN: (p: { number: number }) => `Subscription ${p.number}`,
  diagramPending: () => 'pending',
  diagramColumn: (p: { column: 'members' | 'subscriptions' | 'guests' | 'principals' | 'managementGroups' }): string =>
    ({ members: 'Members', subscriptions: 'Subscriptions', guests: 'Guests', principals: 'Groups and service principals', managementGroups: 'Management groups' } as Record<string, string>)[p.column] ?? 'Entries',
  diagramPartial: () => 'only the entries the focused directory is linked to',
  diagramEdge: (p: { edge: 'owner' | 'creator' | 'directory' | 'guest' | 'role' | 'memberOf' | 'placedIn' }) =>
    ({ owner: 'owner', creator: 'created by', directory: 'owned by the directory', guest: 'guest of', memberOf: 'member of', placedIn: 'placed in' })[p.edge as string] ?? 'role',
  diagramMoreProblems: (p: { count: number }) => `+${plural(p.count, 'more problem')}`,
  diagramCounts: (p: { errors: number; warnings: number; infos: number }) =>
    [p.errors && plural(p.errors, 'error'), p.warnings && plural(p.warnings, 'warning'), p.infos && plural(p.infos, 'info', 'infos')].filter(Boolean).join(', '),

  // ── Subscription transfer preview (src/core/transfer.ts) ──
  noSubscriptionWithId: (p: { id: string }) => `There is no subscription with id ${p.id} in this file.`,
  noDirectoryWithId: (p: { id: string }) => `There is no directory with id ${p.id} in this file.`,
  noDirectoryInEstate: (p: { id: string }) => `There is no directory with id ${p.id} in this file or in the other files of its estate (the workspace files of its folder).`,
  xferTargetInFiles: (p: { id: string; files: string }) =>
    `Directories of several files of the estate have the id ${p.id} (${p.files}), so the target is ambiguous: give each tenant its own id (TEN001) first.`,
  xferMovesFile: (p: { from: string; to: string; directory: string }) => `In the estate, its entry moves from \`${p.from}\` to \`${p.to}\`, the file of ${p.directory}.`,
  alreadyTrusts: (p: { subscription: string; directory: string }) => `${p.subscription} already trusts ${p.directory}.`,
  xferNotAzure: (p: { subscription: string }) => `${p.subscription} is not an Azure subscription: Office 365 subscriptions stay with their directory.`,
  xferOfferLocked: (p: { name: string; id: string }) => `The directory of a ${p.name} (${p.id}) subscription can't be changed.`,
  xferDeleted: (p: { subscription: string }) => `${p.subscription} is deleted.`,
  xferTheSubscription: () => 'the subscription',
  xferPresence: (p: { presence: 'member' | 'guest' | 'no' }): string => (p.presence === 'member' ? 'yes (member)' : p.presence === 'guest' ? 'yes (guest)' : '**no**'),
  xferHeading: (p: { subscription: string; from: string; to: string }) => `## Transfer ${p.subscription} from ${p.from} to ${p.to}`,
  xferBlockers: () => '### Blockers',
  xferDeletedHeading: () => '### Role assignments Azure deletes',
  xferTableHeader: (p: { directory: string }) => `| principal | role | scope | exists in ${p.directory} |`,
  xferCustom: () => ' (custom)',
  xferRecorded: () => 'They are recorded under `pendingRoleAssignments` (with `fromDirectory`), to recreate where the principal exists in the target.',
  xferNone: () => 'None.',
  xferCarried: (p: { count: number }) => `${p.count} pending role assignment(s) from an earlier transfer move along.`,
  xferCustomRolesHeading: () => '### Custom roles not carried over',
  xferOwnerHeading: () => '### Owner',
  xferOwnerMember: (p: { upn: string; directory: string }) => `${p.upn} is a member of ${p.directory}.`,
  xferOwnerNotMember: (p: { upn: string; directory: string; guest: boolean }) =>
    `${p.upn} is ${p.guest ? 'only a guest' : 'not an account'} of ${p.directory}: the owner must be a user of the target directory.`,
  xferNoOwner: () => 'The subscription has no owner.',
  xferChecklistHeading: () => '### Checklist',
  xferActorTitle: () => 'An account in both directories',
  xferActorDetail: () => 'The person changing the directory needs Owner on the subscription and an account (member or guest) in both the source and the target directory.',
  xferRbacTitle: () => 'Role assignments are deleted',
  xferRbacDetail: () => 'Every Azure role assignment of the subscription is permanently deleted. Save them first (Tenancy records them as pendingRoleAssignments) and recreate them in the target directory.',
  xferCustomRolesTitle: () => 'Custom roles are deleted',
  xferCustomRolesDetail: () => 'Custom role definitions are not carried over. Save their JSON, recreate them in the target directory, then the assignments that use them.',
  xferClassicAdminsTitle: () => 'Classic administrators lose access',
  xferClassicAdminsDetail: () => 'The Service Administrator and Co-Administrators lose access; classic administrators are retired, use Azure role assignments instead.',
  xferManagedIdentitiesTitle: () => 'Managed identities',
  xferManagedIdentitiesDetail: () => 'System-assigned managed identities: disable and re-enable them. User-assigned managed identities: delete, recreate and re-attach them. Then recreate their role assignments.',
  xferKeyVaultTitle: () => 'Key Vault tenant ids and access policies',
  xferKeyVaultDetail: () => 'Update each key vault\'s tenant ID to the target directory, remove the old access policies and add new ones. Customer-managed keys stored in a moving key vault risk unrecoverable data: disable CMK or use another vault first.',
  xferStorageTitle: () => 'Storage ACLs and encryption sets',
  xferStorageDetail: () => 'Recreate ACLs on Azure Storage, Data Lake Storage and Azure Files; managed disks with disk encryption sets need their identity re-enabled and Key Vault permissions granted again.',
  xferBreakingTitle: () => 'Services that do not survive the move',
  xferBreakingDetail: () => 'Azure SQL and Azure Database for MySQL with Microsoft Entra authentication, AKS, Microsoft Entra Domain Services, Microsoft Dev Box and Azure Deployment Environments break or block the transfer: plan to recreate them.',
  xferPolicyTitle: () => 'Azure Policy',
  xferPolicyDetail: () => 'Export policy definitions, assignments and exemptions, and import and reassign them after the move.',
  xferAppsTitle: () => 'App registrations and other tenant-bound resources',
  xferAppsDetail: () => 'App registrations, Service Bus and Synapse identities, and Azure Stack registrations are tied to the directory: recreate or update them.',
  xferSurvivingAccessTitle: () => 'Access that survives',
  xferSurvivingAccessDetail: () => 'Storage account keys, management certificates and VM credentials keep working: rotate them if people of the source directory must lose access.',
  xferBillingTitle: () => 'Billing is unchanged',
  xferBillingDetail: () => '"Change directory" keeps the Account Administrator and billing; Office 365 subscriptions stay with their own directory.',

  // ── Edit planners' refusals (src/core/edits) ──
  editYamlErrors: (p: { detail: string }) => `The file has YAML syntax errors (${p.detail}); fix them before editing it with Tenancy.`,
  editNotWorkspace: () => 'The file is not a Tenancy workspace (its top level is not a map of `version` and `directories`).',
  editNotTenantId: (p: { id: string }) => `${p.id} is not a tenant id: directory ids are GUIDs like 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f.`,
  editDirectoryNeedsName: () => 'A directory needs a name.',
  editDirectoryNeedsDomain: () => 'A directory needs at least its initial *.onmicrosoft.com domain.',
  editDirectoryExists: (p: { id: string; directory: string }) => `The file already has a directory with id ${p.id} (${p.directory}); tenant ids are unique.`,
  editDomainLowerCase: (p: { domain: string }) => `Domain names are written in lower case: use ${p.domain}.`,
  editDomainElsewhere: (p: { domain: string; directory: string }) => `${p.domain} is already verified in ${p.directory}; a domain is verified in one directory only.`,
  editDomainHere: (p: { domain: string; directory: string }) => `${p.domain} is already a domain of ${p.directory}.`,
  editNoDomainList: (p: { directory: string }) => `${p.directory} has no list of domains to add to.`,
  editRoleNotAzure: (p: { subscription: string }) => `${p.subscription} is not an Azure subscription: Azure role assignments exist only on Azure subscriptions.`,
  editNotAccount: (p: { account: string }) => `${p.account} is not an account address (alias@domain).`,
  editNeedsRole: () => 'A role assignment needs a role.',
  editBadScope: (p: { scope: string }) => `The scope ${p.scope} must be a path below the subscription, starting with /.`,
  editDuplicateAssignment: (p: { principal: string; role: string; subscription: string }) => `${p.principal} already has ${p.role} at this scope on ${p.subscription}.`,
  editNotSubscriptionId: (p: { id: string }) => `${p.id} is not a subscription id: subscription ids are GUIDs.`,
  editSubscriptionNeedsName: () => 'A subscription needs a name.',
  editSubscriptionExists: (p: { id: string; subscription: string; directory: string }) =>
    `Subscription ${p.id} is already in the file (${p.subscription}, in ${p.directory}); a subscription trusts one directory.`,
  editAzureNeedsOwner: () => 'An Azure subscription needs an owner: the user who is its Account Administrator.',
  editOffice365NoOwner: () => 'An Office 365 subscription has no individual owner: it is owned by the directory itself.',
  editNotUpn: (p: { upn: string }) => `${p.upn} is not a user principal name.`,
  editNotUpnForm: (p: { upn: string }) => `${p.upn} is not a user principal name (alias@domain).`,
  editAlreadyUser: (p: { upn: string; directory: string }) => `${p.upn} is already a user of ${p.directory}; a UPN names one account, with one home directory.`,
  editGuestNotMember: (p: { upn: string; directory: string }) => `${p.upn} is a guest of ${p.directory}; remove the guest entry before adding the account as a member.`,
  editNotGuestOf: (p: { upn: string; directory: string }) => `${p.upn} is not a guest of ${p.directory}.`,
  editNoValue: () => 'There is no value at that position.',
  editValueChanged: (p: { expected: string }) => `The value there is no longer ${p.expected}.`,
  editUserHere: (p: { upn: string; directory: string }) => `${p.upn} is a user of ${p.directory}; an account is a guest only in other directories.`,
  editAlreadyGuest: (p: { upn: string; directory: string }) => `${p.upn} is already a guest of ${p.directory}.`,
  editTransfersOneByOne: () => 'Transfers move subscriptions between directories: apply them one at a time, after their preview.',
  editNoAutomaticFix: (p: { code: string }) => `No ${p.code} problem of this file has an automatic fix.`,
  editNotTogether: (p: { code: string }) => `The ${p.code} problems of this file can't be fixed together; fix them one by one.`,
  editNoPending: (p: { subscription: string }) => `${p.subscription} has no pending role assignments.`,
  editPendingNowhere: (p: { principals: string; directory: string }) =>
    `None of the pending principals (${p.principals}) is a user or guest of ${p.directory} yet: invite them first.`,
  editNoKey: (p: { subscription: string; key: string }) => `${p.subscription} has no ${p.key}.`,
  editNoAssignmentN: (p: { subscription: string; number: number }) => `${p.subscription} has no role assignment #${p.number}.`,
  editNotUserOf: (p: { upn: string; anywhere: boolean }) => `${p.upn} is not a user of ${p.anywhere ? 'any directory in this file' : 'that directory'}.`,
  editNoAccount: (p: { upn: string }) => `No account named ${p.upn} in this file.`,
  editAccountExists: (p: { to: string; from: string }) => `${p.to} is already an account of this file; renaming ${p.from} would merge two accounts.`,
  editNoOwnerToRemove: (p: { subscription: string }) => `${p.subscription} has no owner to remove.`,
  editOffice365Owner: (p: { subscription: string }) => `${p.subscription} is an Office 365 subscription: it is owned by the directory itself, not by a user.`,
  editTransferNotAzure: (p: { subscription: string }) =>
    `${p.subscription} is not an Azure subscription: an Office 365 subscription belongs to its directory and is not transferred.`,
  editFlowLists: () => 'The subscription lists are written in flow style ([…] / {…}); rewrite them as block lists to transfer with Tenancy.',
  editInOtherFile: (p: { file: string; reason: string }) => `In ${p.file}: ${p.reason}`,

  // ── Quick fix titles (src/core/edits/quickFixes.ts) ──
  fixTransferTo: (p: { directory: string }) => `Transfer subscription to ${p.directory}…`,
  fixDirectoryInFile: (p: { directory: string; file: string }) => `${p.directory} (in ${p.file})`,
  fixItsDirectory: () => 'its directory',
  fixPickOwner: () => 'Set a member of the subscription\'s directory as owner…',
  fixSetOwner: (p: { owner: string }) => `Set owner to ${p.owner}, who created the subscription`,
  fixRemoveOwner: () => 'Remove owner: an Office 365 subscription is owned by its directory',
  fixUse: (p: { value: string }) => `Use ${p.value}`,
  fixInvite: (p: { principal: string; directory: string }) => `Invite ${p.principal} as a guest of ${p.directory}`,
  fixUseRole: (p: { role: string }) => `Use role '${p.role}'`,
  fixRemoveDuplicate: () => 'Remove the duplicate role assignment',
  fixRemoveDisabledAssignment: (p: { principal: Opt }) => `Remove the role assignment of disabled ${p.principal ?? 'user'}`,
  fixRemoveAssignments: () => 'Remove the role assignments: only Azure subscriptions have them',
  fixAddUser: (p: { upn: string; directory: string }) => `Add ${p.upn} as a user of ${p.directory}`,
  fixMarkExternal: (p: { upn: string }) => `Mark ${p.upn} as an external account`,
  fixRemoveGuest: (p: { upn: string }) => `Remove the guest entry ${p.upn}`,
  fixRenameEverywhere: (p: { upn: string }) => `Rename to ${p.upn} everywhere`,
  fixAddDomain: (p: { domain: string; directory: string }) => `Add ${p.domain} to the domains of ${p.directory}`,
  fixAddInitialDomain: (p: { domain: string }) => `Add the initial domain ${p.domain}`,

  // ── Markdown report (src/core/report) ──
  reportTitle: (p: { title: Opt }) => `# Tenancy report${p.title ? ` — ${p.title}` : ''}`,
  reportTotals: (p: { directories: number; subscriptions: number; errors: number; warnings: number; infos: number }) =>
    `${plural(p.directories, 'directory', 'directories')}, ${plural(p.subscriptions, 'subscription')}; ${plural(p.errors, 'error')}, ${plural(p.warnings, 'warning')}, ${p.infos} info.`,
  reportOtherProblems: () => '## Other problems',
  reportNoDirectory: () => 'The file describes no directory.',
  reportUnnamedDirectory: () => '(unnamed directory)',
  reportNoId: () => '(none)',
  reportTenantId: (p: { id: string }) => `- Tenant ID: ${p.id}`,
  reportDomains: (p: { domains: string }) => `- Domains: ${p.domains}`,
  reportCustomRoles: (p: { roles: string }) => `- Custom roles: ${p.roles}`,
  reportNone: () => 'None.',
  reportUsers: (p: { count: number }) => `### Users (${p.count})`,
  reportUserColumns: () => 'UPN | Display name | Entra roles | Sign-in',
  reportSignIn: (p: { enabled: boolean }): string => (p.enabled ? 'enabled' : 'blocked'),
  reportGuests: (p: { count: number }) => `### Guests (${p.count})`,
  reportGuestColumns: () => 'Home account | Display name | Entra roles | Home',
  reportHome: (p: { external: boolean }): string => (p.external ? 'outside the estate' : 'in the estate'),
  reportSubscriptions: (p: { count: number }) => `### Subscriptions (${p.count})`,
  reportSubscriptionColumns: () => 'Name | ID | Type | State | Owner | Created by | Plan / offer',
  reportOwnedByDirectory: () => '(the directory)',
  reportLicenses: (p: { count: number }) => `${p.count} licenses`,
  reportAccess: () => '#### Access through role assignments',
  reportAccessColumns: () => 'Subscription | Principal | Role | Scope',
  reportWholeSubscription: () => '/ (whole subscription)',
  reportPending: (p: { role: string }) => `${p.role} (pending: to recreate after a transfer)`,
  reportProblems: (p: { count: number }) => `### Problems (${p.count})`,
  reportProblemColumns: () => 'Line | Severity | Code | Problem',
  reportSeverity: (p: { severity: 'error' | 'warning' | 'info' }): string => p.severity,

  // ── import from the Azure CLI: summary ──
  importKindWord: (p: { kind: ImportKind }): string => IMPORT_KIND[p.kind],
  importKindCount: (p: { kind: ImportKind; count: number }) => `${p.count} ${p.count === 1 ? IMPORT_KIND[p.kind] : IMPORT_KINDS[p.kind]}`,
  importCounts: (p: { added: number; updated: number; unchanged: number; conflicts: number }) =>
    `${p.added} added, ${p.updated} updated, ${p.unchanged} unchanged, ${plural(p.conflicts, 'conflict')}`,
  importNewFile: () => ' (new file)',
  importTextTitle: (p: { counts: string }) => `Import: ${p.counts}`,
  importTextSource: (p: { name: string; label: string; count: number }) => `from ${p.name}: ${p.label}, ${plural(p.count, 'item')}`,
  importMarkdownTitle: () => '## Import from the Azure CLI',
  importMarkdownSource: (p: { name: string; label: string; count: number }) => `${p.name}: \`${p.label}\`, ${plural(p.count, 'item')}`,
  importEmptyList: () => 'empty list',
  importAdded: () => 'Added',
  importUpdated: () => 'Updated',
  importConflicts: () => 'Conflicts (not changed)',
  importUnchanged: () => 'Unchanged',
  importSectionLine: (p: { title: string }) => `${p.title}:`,
  importUnchangedText: (p: { count: number; kinds: string }) => `Unchanged: ${p.count} (${p.kinds})`,
  importUnchangedMarkdown: (p: { count: number; kinds: string }) => `${p.count}: ${p.kinds}.`,
  importNone: () => '(none)',
  importNoteSeparator: () => '; ',
  /** `key`: ` (contoso.com)` or nothing; `changes` and `notes` already joined. */
  importEntry: (p: { kind: ImportKind; label: string; key: string; directory: Opt; changes: Opt; notes: Opt }) =>
    `${IMPORT_KIND[p.kind]} ${p.label}${p.key}${p.kind !== 'directory' && p.directory ? ` in ${p.directory}` : ''}${p.changes ? `: ${p.changes}` : ''}${p.notes ? ` — ${p.notes}` : ''}`,
  importConflict: (p: { kind: ImportKind; label: string; key: string; message: string; proposal: Opt }) =>
    `${IMPORT_KIND[p.kind]} ${p.label}${p.key}: ${p.message}${p.proposal ? ` Proposed: ${p.proposal}` : ''}`,

  // ── import from the Azure CLI: merge (refusals, conflicts, notes) ──
  importNotTenantId: (p: { id: string }) => `${p.id} is not a tenant id (a GUID like 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f).`,
  importUnknownDirectory: (p: { id: string }) =>
    `There is no directory with id ${p.id} in the file or in the imported tenants; import \`az account tenant list\` output with it, or add the directory first.`,
  importDirectoryInOtherFile: (p: { id: string; file: string }) =>
    `The directory ${p.id} is kept in ${p.file}, another file of this estate; import its lists into that file (\`--into ${p.file}\`).`,
  importInOtherFile: (p: { file: string }) => `it is kept in ${p.file}, another file of this estate: what the import lists of it is not recorded here.`,
  importInOtherFileProposal: (p: { file: string }) => `run the same import with \`--into ${p.file}\`.`,
  importNoInitialDomain: () => 'no *.onmicrosoft.com domain listed',
  importDefaultDomainOnly: () => 'only the default domain is known: import `az account tenant list` for the others',
  importDomainElsewhere: (p: { domain: string; label: string; owner: string }) =>
    `the Azure CLI lists ${p.domain} as a domain of ${p.label}, but the file has it verified in ${p.owner}; a domain is verified in one directory only.`,
  importDomainElsewhereProposal: (p: { owner: string }) => `if the domain moved, remove it from ${p.owner} and import again.`,
  /** `directory`: the name of the directory Azure says, when the file or the import has it. */
  importSubscriptionElsewhere: (p: { file: string; directory: Opt; tenant: string }) =>
    `the file has it in ${p.file}, but Azure says it trusts ${p.directory ?? `the directory ${p.tenant}`} (tenant ${p.tenant}).`,
  importTransferProposal: (p: { directory: string }) =>
    `move it to ${p.directory} with “Tenancy: Transfer Subscription to Another Directory…” (which previews the role assignments Azure deletes), or correct the file if the listing is wrong.`,
  importAddDirectoryProposal: (p: { tenant: string }) => `import \`az account tenant list\` output to add the directory ${p.tenant}, then transfer the subscription to it.`,
  importSubscriptionType: (p: { type: string }) =>
    `the file says it is an ${p.type === 'office365' ? 'Office 365' : p.type} subscription, but \`az account list\` lists only Azure subscriptions.`,
  importSubscriptionTypeProposal: () => 'check the id; if it is an Azure subscription, set `type: azure`.',
  importSubscriptionNoDirectory: (p: { tenant: string }) => `its directory (tenant ${p.tenant}) is not in the file, and this output does not name it.`,
  importSubscriptionNoDirectoryProposal: () => 'import `az account tenant list -o json` output together with it, or add the directory first.',
  importFactsUnknown: () => 'owner, creator and offer are not reported by the Azure CLI: recorded as `unknown`, to fill in',
  importManagedBy: (p: { directories: string }) => `managed through Azure Lighthouse by ${p.directories}`,
  importHomeNowInFile: () => 'its home account is now in the file',
  importDuplicate: (p: { differences: string }) => `listed more than once with different values (${p.differences}); none of them is imported.`,
  importDuplicateProposal: () => 'check the output (two listings of different dates?), and import one consistent listing.',
  importDirectoryName: (p: { file: string; azure: string }) => `the file calls it ${p.file}, Azure calls it ${p.azure}; the file's name is kept.`,
  importDirectoryNameProposal: (p: { azure: string }) => `to use Azure's name, set \`name: ${p.azure}\` (or keep yours and put it in \`alias\`).`,
  importPlaceholderRecorded: (p: { directory: string }) =>
    `the file has this id as a subscription of ${p.directory}, but \`az account list\` shows it as a tenant-level account (\`N/A(tenant level account)\`, from \`az login --allow-no-subscriptions\`): it is the directory's id, not a subscription.`,
  importPlaceholderRecordedProposal: () => 'remove this subscription entry.',
  importPlaceholderNoDirectory: () => 'a tenant-level account (`az login --allow-no-subscriptions`) shows this directory exists, but the output does not name it.',
  importAtRoot: () => 'assigned at the root scope `/`, above every tenant root group (an elevated Global Administrator): the format has no place for it',
  importOtherScope: (p: { scope: string }) => `scope ${p.scope} is not a subscription or below one`,
  importPrincipalType: (p: { type: string; name: string }) =>
    `${p.type === 'ServicePrincipal' ? 'a service principal or managed identity' : p.type === 'Group' ? 'a group' : p.type === 'ForeignGroup' ? 'a foreign group (of another directory)' : `a principal of type ${p.type}`} (${p.name}): the file records the users, guests, groups and service principals of the directory only`,
  importUnresolvedUser: (p: { id: string }) => `a user the Azure CLI could not name (object id ${p.id}; deleted?)`,
  importUnknownRole: (p: { id: string }) => `role ${p.id} has no name in the output`,
  importAssignmentNoSubscription: (p: { id: string }) => `subscription ${p.id} is neither in the file nor in this import.`,
  importAssignmentNoSubscriptionProposal: () => 'import `az account list --all -o json` output with it.',
  importCustomRole: (p: { role: string }) => `custom role ${p.role} added to the directory's customRoles`,
  importPrincipalNotListed: (p: { directory: string }) => `not a user or guest of ${p.directory} in the file: import its user list too (RBA001)`,
  importMorePages: () => 'a Microsoft Graph page that says more pages follow: give every page file',
  importNotRecorded: () => 'Not recorded',
  importToKnow: () => 'To know',
  importListedBy: (p: { account: string }) => `listed by ${p.account}`,
  importPaymentOverdue: (p: { azState: string }) => `Azure state ${p.azState}: still running, payment overdue`,
  importGuestNoExt: () => 'a guest whose UPN has no #EXT# part does not say which directory invited it.',
  importDomainUnknown: (p: { domain: string }) => `no directory of the file verifies ${p.domain}, so it is not known where this account belongs.`,
  importSayDirectoryProposal: () => 'say which directory the list comes from (`--directory TENANT_ID`), or import `az account tenant list` output with it.',
  importMemberIsGuest: (p: { directory: string }) => `the file has this account as a guest of ${p.directory}, but the Azure CLI lists it as a member.`,
  importMemberIsGuestProposal: () => 'remove the guest entry and import again, if the account now lives in this directory.',
  importOtherHome: (p: { file: string; directory: string }) =>
    `the file has this account as a user of ${p.file}, but the import lists it in ${p.directory}; an account has one home directory.`,
  importOtherHomeProposal: (p: { file: string }) => `check which directory the list came from; if the account moved, remove it from ${p.file} and import again.`,
  importGuestIsMember: (p: { directory: string; upn: string }) =>
    `the file has this account as a user of ${p.directory}, but the Azure CLI lists it there as a guest (${p.upn}).`,
  importGuestIsMemberProposal: () => 'check the account; a directory cannot have the same account as member and guest.',
  importSignInBlocked: () => 'sign-in blocked',
  importFromUpn: (p: { upn: string }) => `from ${p.upn}`,
  importExternal: () => 'home account outside the file: external',

  // ── import from the Azure CLI: reading its JSON ──
  azNotJson: (p: { error: string }) => `This is not JSON (${p.error}). Expected ${AZ_KINDS}.`,
  azRerunWithJson: () => 'It looks like table or TSV output: run the command again with `-o json`.',
  azManagedByNotList: (p: { found: string }) => `\`managedByTenants\` should be a list of objects with \`tenantId\`, found ${p.found}.`,
  azNotScope: (p: { scope: string }) => `'${p.scope}' is not a scope: scopes start with /.`,
  azNotRoleId: (p: { value: string }) => `'${p.value}' is not a role definition id: expected …/roleDefinitions/ then a GUID.`,
  azObject: () => `Expected a JSON list (${AZ_KINDS}), found an object.`,
  azNotList: (p: { found: string }) => `Expected a JSON list (${AZ_KINDS}), found ${p.found}.`,
  azNotObjects: (p: { found: string }) => `Expected a list of objects (${AZ_KINDS}), but item 0 is ${p.found}.`,
  azUnknownList: (p: { keys: string }) => `This JSON list is not Azure CLI output Tenancy can import: its first item has ${p.keys || 'no keys'}. Expected ${AZ_KINDS}.`,
  azUnknownState: (p: { azState: string }) => `Unknown subscription state '${p.azState}': expected one of Enabled, Warned, PastDue, Disabled, Expired, Deleted.`,
  azUserNotObject: (p: { found: string }) => `\`user\` should be an object with \`name\` and \`type\`, found ${p.found}.`,
  azDomainsNotList: (p: { found: string }) => `\`domains\` should be a list of domain names, found ${p.found}.`,
  azDomainNotText: (p: { found: string }) => `A domain should be text, found ${p.found}.`,
  azNotUpn: (p: { upn: string }) => `'${p.upn}' is not a user principal name (alias@domain).`,
  azEnabledNotBoolean: (p: { found: string }) => `\`accountEnabled\` should be true or false, found ${p.found}.`,
  azItemNotObject: (p: { index: number; kind: AzItem; found: string }) => `Item ${p.index} should be ${p.kind === 'other' ? 'an object' : `a ${p.kind === 'user' ? 'user' : p.kind === 'tenant' ? 'tenant' : p.kind === 'roleAssignment' ? 'role assignment' : 'subscription'} object`} like the others, found ${p.found}.`,
  azMissingKey: (p: { index: number; key: string }) => `Item ${p.index} has no \`${p.key}\`; every item of this list needs one.`,
  azNotText: (p: { key: string; found: string }) => `\`${p.key}\` should be text, found ${p.found}.`,
  azNotGuid: (p: { value: string; tenant: boolean }) => `'${p.value}' is not ${p.tenant ? 'a tenant id' : 'a subscription id'}: expected a GUID like 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f.`,
  // ── import from the Azure CLI: groups, service principals, management groups ──
  azNotMemberType: (p: { value: string }) => `'${p.value}' is not a member Tenancy knows: expected #microsoft.graph.user, group, servicePrincipal, device or orgContact.`,
  azNotBoolean: (p: { key: string; found: string }) => `\`${p.key}\` should be true or false, found ${p.found}.`,
  azNotTextList: (p: { key: string; found: string }) => `\`${p.key}\` should be a list of texts, found ${p.found}.`,
  azNotObjectId: (p: { value: string }) => `'${p.value}' is not an object id: expected a GUID like 8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f.`,
  azNotManagementGroupId: (p: { value: string }) => `'${p.value}' is not a management group id (letters, digits, - _ ( ) and ., up to 90 characters).`,
  azNotSubscriptionPath: (p: { value: string }) => `'${p.value}' is not a subscription: expected /subscriptions/ and a GUID.`,
  azBadParent: (p: { index: number }) => `The parent of item ${p.index} is not a management group (expected /providers/Microsoft.Management/managementGroups/ and its id).`,
  azBadChild: (p: { index: number }) => `Child ${p.index} is neither a management group nor a subscription.`,
  importNotSecurityGroup: (p: { microsoft365: boolean }) =>
    `${p.microsoft365 ? 'a Microsoft 365 group' : 'a distribution group'} without security (securityEnabled false): it cannot be given Azure roles, and the file records security groups`,
  importMembersNotListed: () => 'members not listed by `az ad group list`: import `az ad group member list` output with `--group`',
  importMembersAdded: (p: { count: number }) => `${plural(p.count, 'member')} from its member list`,
  importMemberNotPrincipal: (p: { type: string; group: string }) => `a member of ${p.group} that is a ${p.type === 'device' ? 'device' : 'contact'}: the format records users, guests, groups and service principals as members`,
  importMembersNoGroup: (p: { file: string }) =>
    `${p.file} is a group's member list (\`az ad group member list\`), which does not say which group it lists: say it with --group NAME_OR_OBJECT_ID (the VS Code command asks).`,
  importUnknownGroup: (p: { group: string }) => `There is no group ${p.group} in the file or in this import; import \`az ad group list -o json\` output with the member list, or add the group first.`,
  importGroupInSeveral: (p: { group: string; directories: string }) => `Several directories have a group ${p.group} (${p.directories}); say which with --directory TENANT_ID.`,
  importOthersApplications: (p: { count: number }) =>
    `${plural(p.count, 'service principal')} of applications other organisations own (Microsoft's own among them) left out: no imported role assignment names them`,
  importIdentityNoResource: () => 'a system-assigned managed identity whose resource `alternativeNames` does not give',
  importUserAssigned: () => 'user-assigned managed identity',
  importSystemAssigned: () => 'system-assigned managed identity: deleted with its resource',
  importListNoDirectory: (p: { kind: 'group' | 'servicePrincipal' }) =>
    `${p.kind === 'group' ? 'a group list' : 'a service principal list'} does not say which directory it comes from${p.kind === 'servicePrincipal' ? ' (only a managed identity\'s resource does, when its subscription is in the file)' : ''}.`,
  importSameName: (p: { directory: string; ids: string }) =>
    `more than one object of ${p.directory} has this name (object ids ${p.ids}); the file needs a unique name, so none of them is imported.`,
  importSameNameProposal: () => 'rename one in Microsoft Entra, or add them by hand with distinct names and their `id`s.',
  importObjectName: (p: { file: string; azure: string }) => `the file calls it ${p.file}, Azure calls it ${p.azure}; the file's name is kept (references use it).`,
  importObjectNameProposal: (p: { azure: string }) => `to follow Azure, rename it to ${p.azure} (Rename Symbol renames its references too).`,
  importParentUnknown: () => 'its parent is not in this output (`az account management-group list` has none): import `az account management-group entities list -o json` to place it',
  importRootGroup: () => 'the tenant root group',
  importRootGroupAdded: () => 'the tenant root group, added to hold its role assignments',
  importPlacedNotInFile: (p: { group: string }) =>
    `placed in management group ${p.group}, but not a subscription of this directory in the file: import \`az account list --all -o json\` too`,
  importPlacedElsewhere: (p: { file: string; azure: string; root: boolean }) =>
    `the file places it in management group ${p.file}, Azure ${p.root ? 'directly under the tenant root group' : `in ${p.azure}`}; a subscription is in one management group at most.`,
  importPlacedElsewhereProposal: () => 'if it was moved, take it out of the other group\'s `subscriptions` and import again.',
  importManagementGroupUnknown: (p: { group: string }) =>
    `assigned at management group ${p.group}, which is neither in the file nor in this import: import \`az account management-group entities list -o json\` too`,
  importInherited: () => 'inherited by every subscription below the management group',
  importPrincipalById: (p: { type: 'Group' | 'ServicePrincipal'; directory: string }) =>
    `${p.type === 'Group' ? 'a group' : 'a service principal'} ${p.directory} does not list in the file: recorded by object id; import ${p.type === 'Group' ? '`az ad group list`' : '`az ad sp list --all`'} too, or the check reports it as unknown`,
  /** A JSON value in an error: `type` is `typeof`, or `null` / `list`; `text` its JSON or its text. */
  azValue: (p: { type: string; text: string }): string =>
    p.type === 'null' ? 'null' : p.type === 'list' ? 'a list' : p.type === 'object' ? 'an object' : p.type === 'string' ? `the text ${p.text}` : `${p.type} ${p.text}`,

  // ── Edits of groups, service principals and management groups ───────────────────────────────
  editPrincipalNeedsName: (p: { kind: 'group' | 'servicePrincipal' }): string => (p.kind === 'group' ? 'A group needs a name.' : 'A service principal needs a name.'),
  editNameTaken: (p: { name: string; directory: string; kind: 'group' | 'servicePrincipal' }) =>
    `${p.name} is already the name of a ${p.kind === 'group' ? 'group' : 'service principal'} of ${p.directory}; role assignments and groups name principals by name, so names are unique in a directory.`,
  editNotObjectId: (p: { id: string }) => `${p.id} is not an object id: object ids and app ids are GUIDs like 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f.`,
  editObjectIdTaken: (p: { id: string; directory: string }) => `${p.id} already names a group or service principal of ${p.directory}.`,
  editRolesNeedAssignable: () => 'Only a role-assignable group (isAssignableToRole: true) can hold Microsoft Entra roles.',
  editNoGroup: (p: { group: string; directory: string }) => `${p.directory} has no group named ${p.group}.`,
  editUnknownMember: (p: { member: string; directory: string }) =>
    `${p.member} is not a user, guest, group or service principal of ${p.directory}: add it to the directory first (a group only holds objects of its own directory).`,
  editAmbiguousMember: (p: { member: string; directory: string }) => `${p.member} names more than one group or service principal of ${p.directory}: name it by its object id.`,
  editAlreadyMember: (p: { member: string; group: string }) => `${p.member} is already a member of ${p.group}.`,
  editGroupInItself: (p: { group: string }) => `${p.group} can't be a member of itself.`,
  editMemberCycle: (p: { member: string; group: string }) => `${p.member} already contains ${p.group} (directly or through nested groups): adding it would make a membership cycle.`,
  editAssignableNoGroups: (p: { group: string }) => `${p.group} is role-assignable: such a group can't contain other groups.`,
  editSpType: () => 'A service principal is of type application or managedIdentity.',
  editSpIdentity: () => 'A managed identity is systemAssigned or userAssigned.',
  editSpNeedsResource: () => 'A system-assigned managed identity needs the id of the resource it belongs to.',
  editSpAppOnly: () => '`identity` and `resource` are for managed identities only, not for an application.',
  editNotResourceId: (p: { resource: string }) => `${p.resource} is not an Azure resource id: /subscriptions/<id>/resourceGroups/<group>/providers/<namespace>/<type>/<name>.`,
  editNoManagementGroup: (p: { id: string; directory: string }) => `${p.directory} has no management group ${p.id}.`,
  editTenantRootGroup: () => 'the tenant root group',
  editAlreadyInManagementGroup: (p: { subscription: string; group: string }) => `${p.subscription} is already in ${p.group}.`,
  // ── Groups, service principals, management groups: rules, effective access, transfer consequences ──
  /** A principal that is not an account, in the transfer tables: a group, a service principal, or a name the file does not declare. */
  xferPrincipalCell: (p: { principal: string; kind: string; members: number | undefined }): string =>
    p.kind === 'group' ? `${p.principal} (group: ${p.members ?? 0} account(s))` : p.kind === 'servicePrincipal' ? `${p.principal} (service principal)` : `${p.principal} (not in the file)`,
  xferIdentitiesHeading: () => '### Managed identities of the subscription\'s resources',
  xferIdentity: (p: { name: string; resource: Opt; userAssigned: boolean; assignments: string }) =>
    (p.userAssigned
      ? `**${p.name}** (user-assigned): delete it, recreate it in the target directory and attach it again to the resources that use it.`
      : `**${p.name}** (system-assigned${p.resource ? `, of \`${p.resource}\`` : ''}): it stops working; disable and re-enable it on its resource.`) +
    (p.assignments ? ` Its role assignments are lost too: ${p.assignments}.` : ' It holds no role assignment in the file.'),
  xferIdentityAssignment: (p: { role: string; where: string; scope?: string }) => `${p.role} on ${p.where}${p.scope ? ` (${p.scope})` : ''}`,
  xferInheritedHeading: () => '### Access inherited from management groups that stops applying',
  xferInheritedTableHeader: (p: { directory: string }) => `| principal | role | management group | exists in ${p.directory} |`,
  xferHierarchy: (p: { from: Opt; chain: string; root: Opt }) =>
    (p.from ? `The subscription leaves management group ${p.from} (${p.chain}) ` : 'The subscription leaves the tenant root group ') +
    `and lands directly under the target's tenant root group${p.root ? ` (${p.root})` : ''}. The transfer takes it out of the management groups' \`subscriptions\`; place it in a management group of the target if it belongs in one.`,
  xferInheritedNone: () => 'No management group above the subscription holds a role assignment in the file.',
  xferCustomInTarget: () => ' (the target already declares it)',
  principalDescription: (p: { kind: 'user' | 'guest' | 'group' | 'servicePrincipal'; name: string; id: Opt }) =>
    `${p.kind === 'group' ? 'group' : p.kind === 'servicePrincipal' ? 'service principal' : p.kind === 'guest' ? 'guest' : 'user'} ${p.name}${p.id ? ` (${p.id})` : ''}`,
  managementGroupNamed: (p: { name: string }) => `management group ${p.name}`,
  factObjectOf: (p: { principal: string; kind: 'group' | 'servicePrincipal'; home: string }) => `${p.principal}: ${p.kind === 'group' ? 'a group' : 'a service principal'} of ${p.home}`,
  relatedSameName: () => 'same name',
  relatedFirstPlaced: () => 'first placed here',
  RBA001Elsewhere: (p: { principal: string; kind: 'group' | 'servicePrincipal'; where: string; directory: string; home: string }) =>
    p.kind === 'group'
      ? `Group ${p.principal} has a role on ${p.where}, but it is a group of ${p.home}, not of ${p.directory}. ` +
        'Azure RBAC assigns roles only to users, groups and service principals of the directory the subscription trusts; a group never spans directories. ' +
        `Use a group of ${p.directory} (its members from ${p.home} invited as guests), or remove the assignment.`
      : `Service principal ${p.principal} has a role on ${p.where}, but it is a service principal of ${p.home}, not of ${p.directory}. ` +
        'Azure RBAC assigns roles only to users, groups and service principals of the directory the subscription trusts: an application has a service principal in each directory that consented to it, and a managed identity lives in its own directory only. ' +
        `Add the application's service principal to ${p.directory} (consent to it there), or remove the assignment.`,
  CRT002Name: (p: { principal: string; where: string; directory: string; suggestion: Opt }) =>
    `'${p.principal}' (${p.where}) is not a user, group or service principal of ${p.directory}, nor of any other directory of this estate. ` +
    'A role assignment or a group membership names an object of the directory: a user\'s UPN, or a group\'s or service principal\'s name or object id. ' +
    (p.suggestion ? `Did you mean '${p.suggestion}'? ` : '') +
    'Correct the name, or declare the group or service principal under the directory\'s `groups` or `servicePrincipals`.',
  CRT002MemberOf: (p: { group: string }) => `a member of group ${p.group}`,
  CRT002RoleAssignmentOfManagementGroup: (p: { managementGroup: string }) => `a role assignment of management group ${p.managementGroup}`,
  PRN001Ambiguous: (p: { principal: string; count: number; candidates: string; directory: string; canType: boolean }) =>
    `'${p.principal}' fits ${p.count} principals of ${p.directory}: ${p.candidates}. ` +
    'A role assignment or a membership names exactly one object, so the file must say which. ' +
    (p.canType
      ? 'Add `principalType` (User, Group or ServicePrincipal), or write the object id instead of the name.'
      : 'Write the object id instead of the name, or rename one of them (GRP002).'),
  PRN001Type: (p: { principal: string; type: string; actual: string; directory: string; expected: string }) =>
    `\`principalType\` says ${p.type}, but '${p.principal}' is ${p.actual} of ${p.directory}. ` +
    'Azure records the type of the object a role is assigned to; the file contradicts itself, so either the type or the principal is wrong. ' +
    `Set \`principalType: ${p.expected}\`, or correct the principal.`,
  GRP001: (p: { group: string; cycle: string; directory: string }) =>
    `Group ${p.group} of ${p.directory} contains itself: ${p.cycle}. ` +
    'Microsoft Entra security groups can be nested, but a group can\'t be a member of itself, directly or through other groups, and a cycle makes effective access impossible to read. ' +
    'Remove one membership of the cycle.',
  GRP002: (p: { principal: string; other: string; directory: string }) =>
    `${p.principal} has the same name as ${p.other} in ${p.directory}. ` +
    'Microsoft Entra lets two objects share a display name, but then a role assignment or a member written by that name no longer says which one is meant. ' +
    'Rename one of them, or refer to them by object id.',
  GRP003: (p: { member: string; group: string; directory: string; home: Opt; kind: 'account' | 'group' | 'servicePrincipal' }) =>
    (p.kind === 'account'
      ? `${p.member} is listed as a member of group ${p.group} but is neither a user nor a guest of ${p.directory}${p.home ? ` (it is a user of ${p.home})` : ''}. `
      : `${p.member} is listed as a member of group ${p.group} of ${p.directory}, but it is a ${p.kind === 'group' ? 'group' : 'service principal'} of ${p.home}. `) +
    'A group\'s members are objects of the group\'s own directory; people of another directory join it as B2B guests. ' +
    (p.kind === 'account'
      ? `Invite ${p.member} as a guest of ${p.directory} and list the guest, or remove the member.`
      : `Remove the member, or list the matching ${p.kind === 'group' ? 'group' : 'service principal'} of ${p.directory}.`),
  GRP004: (p: { group: string; roles: string }) =>
    `Group ${p.group} holds Microsoft Entra role(s) ${p.roles} but is not role-assignable. ` +
    'Only groups created with `isAssignableToRole: true` ("Microsoft Entra roles can be assigned to the group") can hold Microsoft Entra roles, and the setting can only be chosen when the group is created. ' +
    'Set `isAssignableToRole: true` (a new role-assignable group in Entra), or give the roles to its members.',
  GRP005: (p: { group: string; member: string }) =>
    `Role-assignable group ${p.group} contains group ${p.member}. ` +
    'A group that can hold Microsoft Entra roles can\'t have groups as members: nesting is not supported for role-assignable groups. ' +
    `List the accounts of ${p.member} directly, or remove it.`,
  RBA006Group: (p: { group: string; role: Opt; where: string; accounts: string }) =>
    `Group ${p.group} holds ${p.role ?? 'a role'} on ${p.where}, but every account it reaches is disabled (${p.accounts}). ` +
    'A disabled account cannot sign in, so the assignment only keeps stale access on record. ' +
    'Remove the assignment, or add the people who need the access to the group.',
  MGT001: (p: { group: string; parent: string; directory: string; suggestion: Opt }) =>
    `Management group ${p.group} names parent '${p.parent}', which is neither a management group of ${p.directory} nor its tenant root group (the tenant id). ` +
    'Every management group has one parent, in the hierarchy of its own directory. ' +
    (p.suggestion ? `Did you mean '${p.suggestion}'?` : 'Declare the parent under `managementGroups`, or remove `parent` to place the group under the tenant root group.'),
  MGT002: (p: { cycle: string; directory: string }) =>
    `The management groups ${p.cycle} of ${p.directory} are their own ancestors. ` +
    'Management groups form a single tree under the tenant root group; Azure refuses a move that makes a group its own ancestor. ' +
    'Correct one `parent` of the cycle.',
  MGT003: (p: { group: string; depth: number }) =>
    `Management group ${p.group} is ${p.depth} levels below the tenant root group. ` +
    'A management-group tree supports up to six levels of depth, not counting the tenant root group and the subscriptions. ' +
    'Place it, or one of its ancestors, higher in the hierarchy.',
  MGT004: (p: { subscription: string; group: string; other: string }) =>
    `Subscription ${p.subscription} is placed in management group ${p.group}, and also in ${p.other}. ` +
    'A subscription has exactly one parent management group. ' +
    'Keep it in one of them.',
  MGT005: (p: { id: string; group: string; directory: string; other: Opt }) =>
    `Management group ${p.group} lists subscription ${p.id}, which is ${p.other ? `a subscription of ${p.other}, not` : 'not a subscription'} of ${p.directory}. ` +
    'A management group holds only subscriptions of its own directory; a subscription that changes directory leaves the hierarchy. ' +
    (p.other ? `Remove it here, and place it in a management group of ${p.other}.` : 'Correct the id, or add the subscription to the directory\'s `subscriptions`.'),
  MGT006: (p: { group: string; directory: string }) =>
    `The tenant root group ${p.group} of ${p.directory} names a parent. ` +
    'The tenant root group (whose id is the tenant id) is the top of the hierarchy: it has no parent and can\'t be moved. ' +
    'Remove `parent`.',
  MID001: (p: { identity: string; subscription: string; directory: string; other: string; userAssigned: boolean }) =>
    `Managed identity ${p.identity} of ${p.directory} belongs to subscription ${p.subscription}, which is in ${p.other}. ` +
    'A managed identity lives in the directory its subscription trusts; when the subscription changes directory, ' +
    (p.userAssigned ? 'a user-assigned identity must be deleted, recreated in the new directory and attached again to its resources. ' : 'a system-assigned identity stops working until it is disabled and re-enabled on its resource. ') +
    `Recreate it in ${p.other} and move its entry (and its role assignments) there.`,
  reportGroups: (p: { count: number }) => `### Groups (${p.count})`,
  reportGroupColumns: () => 'Group | Members | Accounts reached (nested) | Entra roles',
  reportServicePrincipals: (p: { count: number }) => `### Service principals (${p.count})`,
  reportServicePrincipalColumns: () => 'Name | Kind | App ID | Resource',
  reportServicePrincipalKind: (p: { type: Opt; identity: Opt }): string =>
    p.type === 'application' ? 'application' : p.type === 'managedIdentity' ? `managed identity (${p.identity === 'userAssigned' ? 'user-assigned' : 'system-assigned'})` : '(kind not given)',
  reportManagementGroups: (p: { count: number }) => `### Management groups (${p.count})`,
  reportManagementGroupColumns: () => 'Management group | ID | Parent | Subscriptions | Role assignments',
  reportTenantRoot: () => '(tenant root group)',
  reportEffectiveAccess: () => '#### Effective access of each account (direct, through groups, inherited from management groups: from the subscription up to the one holding the assignment)',
  reportEffectiveAccessColumns: () => 'Account | Subscription | Role | Scope | Through',
  reportThrough: (p: { route: 'direct' | 'group' | 'inherited'; groups: string; managementGroups: string }): string =>
    p.route === 'direct' ? 'direct assignment'
      : p.route === 'group' ? `group ${p.groups}`
        : `management group ${p.managementGroups}${p.groups ? `, group ${p.groups}` : ''}`,
  // ── Language features for groups, service principals and management groups (src/core/language) ──
  principalKind: (p: { kind: 'user' | 'guest' | 'group' | 'servicePrincipal' }): string =>
    p.kind === 'user' ? 'member' : p.kind === 'guest' ? 'guest' : p.kind === 'group' ? 'group' : 'service principal',
  hoverPrincipalElsewhere: (p: { directory: string }) => `⚠ Not an object of this directory: it is in **${p.directory}**. A role assignment or a group only holds objects of its own directory.`,
  hoverGroup: (p: { name: string; directory: string; roleAssignable: boolean }) =>
    `**${p.name}** · security group of **${p.directory}**${p.roleAssignable ? ' · role-assignable' : ''}`,
  hoverObjectId: (p: { id: string }) => `Object ID ${p.id}`,
  hoverAppId: (p: { id: string }) => `Application ID ${p.id}`,
  hoverGroupMembers: (p: { direct: number; accounts: number; groups: number; servicePrincipals: number; unresolved: number; nested: number }) => {
    const parts = [p.accounts && plural(p.accounts, 'account'), p.groups && plural(p.groups, 'group'), p.servicePrincipals && plural(p.servicePrincipals, 'service principal'), p.unresolved && `${p.unresolved} not found`].filter(Boolean);
    return `**Members:** ${plural(p.direct, 'direct member')}${parts.length ? ` (${parts.join(', ')})` : ''} · ${plural(p.nested, 'account')} in all, nested groups included`;
  },
  hoverGroupEntraRoles: (p: { roles: string }) => `**Microsoft Entra roles:** ${p.roles}`,
  hoverMemberOfGroups: (p: { groups: string }) => `**Member of:** ${p.groups}`,
  hoverAccountGroups: (p: { directory: string; groups: string }) => `**Groups in ${p.directory}:** ${p.groups}`,
  hoverVia: (p: { groups: string }) => `through ${p.groups}`,
  hoverServicePrincipal: (p: { name: string; directory: string; type: Opt; identity: Opt }) =>
    `**${p.name}** · ${p.type === 'managedIdentity' ? `${p.identity === 'systemAssigned' ? 'system-assigned ' : p.identity === 'userAssigned' ? 'user-assigned ' : ''}managed identity` : p.type === 'application' ? 'application (service principal)' : 'service principal'} of **${p.directory}**`,
  hoverResource: (p: { resource: string; subscription: Opt }) => `Resource ${p.resource}${p.subscription ? ` · in ${p.subscription}` : ''}`,
  hoverAccessAtManagementGroup: (p: { role: string; group: string; directory: string }) => `- ${p.role} on management group ${p.group} (${p.directory}), inherited below it`,
  hoverManagementGroup: (p: { name: string; id: string; directory: string }) => `**${p.name}** · management group ${p.id} of **${p.directory}**`,
  hoverSubscriptionManagementGroups: (p: { path: string }) => `Management groups: ${p.path}`,
  hoverManagementGroupPath: (p: { path: string }) => `Path: ${p.path}`,
  hoverTenantRootGroupName: () => 'Tenant Root Group',
  hoverTenantRootGroup: () => 'The tenant root group: its id is the tenant id.',
  hoverManagementGroupSubscriptions: (p: { subscriptions: string }) => `**Subscriptions:** ${p.subscriptions}`,
  hoverManagementGroupNoSubscriptions: () => 'No subscription placed directly in it.',
  hoverManagementGroupAssignments: () => '**Role assignments here and inherited:**',
  hoverManagementGroupAssignment: (p: { role: string; principal: string; from: Opt }) => `- ${p.role} → ${p.principal}${p.from ? ` (inherited from ${p.from})` : ''}`,
  hoverPrincipalAmbiguous: (p: { name: string; directory: string; candidates: string }) =>
    `${p.name} names more than one principal of **${p.directory}**: ${p.candidates}. Add \`principalType\` or write the object id.`,
  hoverPrincipalUnknown: (p: { name: string; directory: string; suggestion: Opt }) =>
    `${p.name} names no account, group or service principal of **${p.directory}**.${p.suggestion ? ` Did you mean ${p.suggestion}?` : ''}`,
  completionGroup: (p: { directory: string; members: number }) => `Group of ${p.directory} · ${plural(p.members, 'member')}`,
  completionServicePrincipal: (p: { directory: string; type: Opt; identity: Opt }) =>
    `${p.type === 'managedIdentity' ? `Managed identity${p.identity === 'systemAssigned' ? ' (system-assigned)' : p.identity === 'userAssigned' ? ' (user-assigned)' : ''}` : p.type === 'application' ? 'Application' : 'Service principal'} of ${p.directory}`,
  completionManagementGroup: (p: { name: Opt }) => `Management group${p.name ? ` · ${p.name}` : ''}`,
  completionTenantRootGroup: () => 'Tenant root group (the tenant id)',
  completionSubscriptionPlaced: (p: { name: string; group: Opt }) => `${p.name}${p.group ? ` · now in ${p.group}` : ''}`,
  renameTakenInDirectory: (p: { name: string; what: 'group' | 'servicePrincipal' | 'managementGroup' }) =>
    `'${p.name}' already names ${p.what === 'group' ? 'a group' : p.what === 'servicePrincipal' ? 'a service principal' : 'a management group'} of this directory: renaming would merge the two. Pick another name.`,
  renamePrincipalNameAccount: (p: { name: string }) => `'${p.name}' contains '@': a principal written with '@' is read as an account. Pick a name without '@'.`,
  renamePrincipalNameGuid: (p: { name: string }) => `'${p.name}' is a GUID: a principal written as a GUID is read as an object id. Pick a name, or rename the id instead.`,
  renameNotManagementGroupId: (p: { name: string }) => `'${p.name}' is not a management group id: letters, digits, - _ ( ) and ., up to 90 characters, not ending with a period.`,
  renameManagementGroupTenant: (p: { name: string }) => `'${p.name}' is the tenant id: only the tenant root group has it. Pick another id.`,
};

/** What `count` counts. */
export type CountNoun = 'user' | 'guest' | 'subscription' | 'directory' | 'error' | 'warning' | 'info' | 'entry' | 'file' | 'workspaceFile' | 'access' | 'roleAssignment'
  | 'member' | 'group' | 'servicePrincipal' | 'managementGroup';

const COUNT_NOUN: Record<CountNoun, [string, string]> = {
  user: ['user', 'users'], guest: ['guest', 'guests'], subscription: ['subscription', 'subscriptions'], directory: ['directory', 'directories'],
  error: ['error', 'errors'], warning: ['warning', 'warnings'], info: ['info', 'infos'], entry: ['entry', 'entries'], file: ['file', 'files'], workspaceFile: ['workspace file', 'workspace files'],
  access: ['access', 'accesses'], roleAssignment: ['role assignment', 'role assignments'],
  member: ['member', 'members'], group: ['group', 'groups'], servicePrincipal: ['service principal', 'service principals'], managementGroup: ['management group', 'management groups'],
};

function plural(count: number, noun: string, many = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : many}`;
}

/** `name` in value messages: the key in backquotes, or the entity ("A user") when the value is the entity itself. */
function fieldName(p: { kind: SchemaKind; field: Opt }): string {
  return p.field ? `\`${p.field}\`` : capitalize(NOUN[p.kind]);
}

function valueName(p: { field: string; each: boolean }): string {
  return p.each ? `Each item of \`${p.field}\`` : `\`${p.field}\``;
}

function orList(values: readonly string[], or: string): string {
  const quoted = values.map((value) => `\`${value}\``);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} ${or} ${quoted[quoted.length - 1]}`;
}

/** Every message of the core, in one language. */
export type Messages = typeof en;
