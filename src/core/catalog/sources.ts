/**
 * The Microsoft documentation pages the rules cite (each rule's page under docs/rules links them). Each URL is derived
 * from the page's path in its docs repository, checked to exist there:
 * MicrosoftDocs/azure-docs `articles/X/Y.md` -> https://learn.microsoft.com/azure/X/Y and
 * MicrosoftDocs/entra-docs `docs/X/Y.md` -> https://learn.microsoft.com/entra/X/Y
 * (no locale segment: learn.microsoft.com picks the reader's language).
 */

export interface DocSource {
  key: string;
  title: string;
  url: string;
}

/** The keys rules use (`Rule.sources`, src/core/rules/rule.ts): a new page is a key here and its entry below. */
export type DocSourceKey =
  | 'BUO' | 'ASSOC' | 'O365T' | 'XFER' | 'ROLES' | 'LIMITS' | 'DOMAINS' | 'GUESTS' | 'ENTRA_ROLES' | 'ADMIN_ROLES' | 'SCOPES'
  | 'GROUPS' | 'GROUP_ROLES' | 'MANAGEMENT_GROUPS' | 'MANAGED_IDENTITIES';

export const SOURCES: { readonly [K in DocSourceKey]: DocSource & { key: K } } = {
  // azure-docs articles/cost-management-billing/manage/microsoft-365-account-for-azure-subscription.md
  // (earlier articles/billing/billing-use-existing-office-365-account-azure-subscription.md, then
  // .../manage/office-365-account-for-azure-subscription.md). The latest redirection file of that
  // folder (.openpublishing.redirection.cost-management-billing.json) retires this page too, to
  // /microsoft-365/enterprise/azure-integration; this URL still resolves, through that redirect.
  BUO: {
    key: 'BUO',
    title: 'Sign up for an Azure subscription with your Microsoft 365 account',
    url: 'https://learn.microsoft.com/azure/cost-management-billing/manage/microsoft-365-account-for-azure-subscription',
  },
  // entra-docs docs/fundamentals/how-subscriptions-associated-directory.md (earlier azure-docs
  // articles/active-directory/fundamentals/active-directory-how-subscriptions-associated-directory.md).
  ASSOC: {
    key: 'ASSOC',
    title: 'Associate or add an Azure subscription to your Microsoft Entra tenant',
    url: 'https://learn.microsoft.com/entra/fundamentals/how-subscriptions-associated-directory',
  },
  // azure-docs articles/billing/billing-add-office-365-tenant-to-azure-subscription.md (2017, classic
  // portal) is retired. The sign-up page (BUO) now sends readers who "already have both a
  // Microsoft 365 account and an Azure subscription" to "Associate a Microsoft 365 tenant to an
  // Azure subscription", which links to the ASSOC page: that is the current equivalent.
  O365T: {
    key: 'O365T',
    title: 'Associate an Office 365 tenant to an Azure subscription (retired; now "Associate or add an Azure subscription to your Microsoft Entra tenant")',
    url: 'https://learn.microsoft.com/entra/fundamentals/how-subscriptions-associated-directory',
  },
  // azure-docs articles/role-based-access-control/transfer-subscription.md
  XFER: {
    key: 'XFER',
    title: 'Transfer an Azure subscription to a different Microsoft Entra directory',
    url: 'https://learn.microsoft.com/azure/role-based-access-control/transfer-subscription',
  },
  // azure-docs articles/role-based-access-control/built-in-roles.md
  ROLES: {
    key: 'ROLES',
    title: 'Azure built-in roles',
    url: 'https://learn.microsoft.com/azure/role-based-access-control/built-in-roles',
  },
  // azure-docs articles/azure-resource-manager/management/azure-subscription-service-limits.md
  // (its RBAC rows come from includes/role-based-access-control/limits.md)
  LIMITS: {
    key: 'LIMITS',
    title: 'Azure subscription and service limits, quotas, and constraints',
    url: 'https://learn.microsoft.com/azure/azure-resource-manager/management/azure-subscription-service-limits',
  },
  // entra-docs docs/fundamentals/add-custom-domain.md
  DOMAINS: {
    key: 'DOMAINS',
    title: 'Add your custom domain name to your tenant',
    url: 'https://learn.microsoft.com/entra/fundamentals/add-custom-domain',
  },
  // entra-docs docs/external-id/user-properties.md
  GUESTS: {
    key: 'GUESTS',
    title: 'Properties of a Microsoft Entra B2B collaboration user',
    url: 'https://learn.microsoft.com/entra/external-id/user-properties',
  },
  // entra-docs docs/identity/role-based-access-control/permissions-reference.md
  ENTRA_ROLES: {
    key: 'ENTRA_ROLES',
    title: 'Microsoft Entra built-in roles',
    url: 'https://learn.microsoft.com/entra/identity/role-based-access-control/permissions-reference',
  },
  // azure-docs articles/role-based-access-control/rbac-and-directory-admin-roles.md
  ADMIN_ROLES: {
    key: 'ADMIN_ROLES',
    title: 'Azure roles, Microsoft Entra roles, and classic subscription administrator roles',
    url: 'https://learn.microsoft.com/azure/role-based-access-control/rbac-and-directory-admin-roles',
  },
  // azure-docs articles/role-based-access-control/scope-overview.md
  SCOPES: {
    key: 'SCOPES',
    title: 'Understand scope for Azure RBAC',
    url: 'https://learn.microsoft.com/azure/role-based-access-control/scope-overview',
  },
  // entra-docs docs/fundamentals/how-to-manage-groups.md
  GROUPS: {
    key: 'GROUPS',
    title: 'Manage Microsoft Entra groups and group membership',
    url: 'https://learn.microsoft.com/entra/fundamentals/how-to-manage-groups',
  },
  // entra-docs docs/identity/role-based-access-control/groups-concept.md
  GROUP_ROLES: {
    key: 'GROUP_ROLES',
    title: 'Use Microsoft Entra groups to manage role assignments',
    url: 'https://learn.microsoft.com/entra/identity/role-based-access-control/groups-concept',
  },
  // azure-docs articles/governance/management-groups/overview.md
  MANAGEMENT_GROUPS: {
    key: 'MANAGEMENT_GROUPS',
    title: 'What are Azure management groups?',
    url: 'https://learn.microsoft.com/azure/governance/management-groups/overview',
  },
  // entra-docs docs/identity/managed-identities-azure-resources/overview.md
  MANAGED_IDENTITIES: {
    key: 'MANAGED_IDENTITIES',
    title: 'What are managed identities for Azure resources?',
    url: 'https://learn.microsoft.com/entra/identity/managed-identities-azure-resources/overview',
  },
};
