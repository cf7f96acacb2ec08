/**
 * Microsoft Entra built-in roles (directory roles, assigned in `users[].roles`).
 *
 * Source: "Microsoft Entra built-in roles", MicrosoftDocs/entra-docs
 * docs/identity/role-based-access-control/permissions-reference.md
 * (https://learn.microsoft.com/entra/identity/role-based-access-control/permissions-reference),
 * version of 2026-01-20 (ms.date), commit 00fe95d60143bbf5f832cdd8bb74765b182c2d8f: the 123 rows of
 * its generated "All roles" table, in the page's order, plus Modern Commerce Administrator, which
 * the same page documents under "Roles not shown in the portal" (its template id is the one the
 * earlier versions of the page gave for "Modern Commerce User"). Roles the table marks with the
 * "Privileged" label have `privileged: true`.
 *
 * Aliases are the names other sources use for these roles: the Microsoft Graph / Azure AD
 * PowerShell (MSOnline) display names that the earlier versions of the page spelled out ("In the
 * Microsoft Graph API and Azure AD PowerShell, this role is identified as ..."), names of renamed
 * roles, and the Office 365 admin center wording of the origin pages ("Limited administrator >
 * Billing administrator"). Each alias maps to a role with the same template id.
 */

export interface EntraRole {
  /** Display name, as the Microsoft Entra admin center shows it. */
  name: string;
  /** Role template id (a GUID, the same in every tenant). */
  templateId: string;
  /** Marked "Privileged" by Microsoft (can lead to elevation of privilege). */
  privileged?: boolean;
}

export const ENTRA_ROLES: readonly EntraRole[] = [
  { name: 'Agent ID Administrator', templateId: 'db506228-d27e-4b7d-95e5-295956d6615f', privileged: true },
  { name: 'Agent ID Developer', templateId: 'adb2368d-a9be-41b5-8667-d96778e081b0' },
  { name: 'Agent Registry Administrator', templateId: '6b942400-691f-4bf0-9d12-d8a254a2baf5' },
  { name: 'AI Administrator', templateId: 'd2562ede-74db-457e-a7b6-544e236ebb61' },
  { name: 'Application Administrator', templateId: '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3', privileged: true },
  { name: 'Application Developer', templateId: 'cf1c38e5-3621-4004-a7cb-879624dced7c', privileged: true },
  { name: 'Attack Payload Author', templateId: '9c6df0f2-1e7c-4dc3-b195-66dfbd24aa8f' },
  { name: 'Attack Simulation Administrator', templateId: 'c430b396-e693-46cc-96f3-db01bf8bb62a' },
  { name: 'Attribute Assignment Administrator', templateId: '58a13ea3-c632-46ae-9ee0-9c0d43cd7f3d' },
  { name: 'Attribute Assignment Reader', templateId: 'ffd52fa5-98dc-465c-991d-fc073eb59f8f' },
  { name: 'Attribute Definition Administrator', templateId: '8424c6f0-a189-499e-bbd0-26c1753c96d4' },
  { name: 'Attribute Definition Reader', templateId: '1d336d2c-4ae8-42ef-9711-b3604ce3fc2c' },
  { name: 'Attribute Log Administrator', templateId: '5b784334-f94b-471a-a387-e7219fc49ca2' },
  { name: 'Attribute Log Reader', templateId: '9c99539d-8186-4804-835f-fd51ef9e2dcd' },
  { name: 'Attribute Provisioning Administrator', templateId: 'ecb2c6bf-0ab6-418e-bd87-7986f8d63bbe', privileged: true },
  { name: 'Attribute Provisioning Reader', templateId: '422218e4-db15-4ef9-bbe0-8afb41546d79', privileged: true },
  { name: 'Authentication Administrator', templateId: 'c4e39bd9-1100-46d3-8c65-fb160da0071f', privileged: true },
  { name: 'Authentication Extensibility Administrator', templateId: '25a516ed-2fa0-40ea-a2d0-12923a21473a', privileged: true },
  { name: 'Authentication Policy Administrator', templateId: '0526716b-113d-4c15-b2c8-68e3c22b9f80' },
  { name: 'Azure DevOps Administrator', templateId: 'e3973bdf-4987-49ae-837a-ba8e231c7286' },
  { name: 'Azure Information Protection Administrator', templateId: '7495fdc4-34c4-4d15-a289-98788ce399fd' },
  { name: 'B2C IEF Keyset Administrator', templateId: 'aaf43236-0c0d-4d5f-883a-6955382ac081', privileged: true },
  { name: 'B2C IEF Policy Administrator', templateId: '3edaf663-341e-4475-9f94-5c398ef6c070' },
  { name: 'Billing Administrator', templateId: 'b0f54661-2d74-4c50-afa3-1ec803f12efe' },
  { name: 'Cloud App Security Administrator', templateId: '892c5842-a9a6-463a-8041-72aa08ca3cf6' },
  { name: 'Cloud Application Administrator', templateId: '158c047a-c907-4556-b7ef-446551a6b5f7', privileged: true },
  { name: 'Cloud Device Administrator', templateId: '7698a772-787b-4ac8-901f-60d6b08affd2', privileged: true },
  { name: 'Compliance Administrator', templateId: '17315797-102d-40b4-93e0-432062caca18' },
  { name: 'Compliance Data Administrator', templateId: 'e6d1a23a-da11-4be4-9570-befc86d067a7' },
  { name: 'Conditional Access Administrator', templateId: 'b1be1c3e-b65d-4f19-8427-f6fa0d97feb9', privileged: true },
  { name: 'Customer LockBox Access Approver', templateId: '5c4f9dcd-47dc-4cf7-8c9a-9e4207cbfc91' },
  { name: 'Desktop Analytics Administrator', templateId: '38a96431-2bdf-4b4c-8b6e-5d3d8abac1a4' },
  { name: 'Directory Readers', templateId: '88d8e3e3-8f55-4a1e-953a-9b9898b8876b' },
  { name: 'Directory Synchronization Accounts', templateId: 'd29b2b05-8046-44ba-8758-1e26182fcf32' },
  { name: 'Directory Writers', templateId: '9360feb5-f418-4baa-8175-e2a00bac4301', privileged: true },
  { name: 'Domain Name Administrator', templateId: '8329153b-31d0-4727-b945-745eb3bc5f31', privileged: true },
  { name: 'Dragon Administrator', templateId: 'e93e3737-fa85-474a-aee4-7d3fb86510f3' },
  { name: 'Dynamics 365 Administrator', templateId: '44367163-eba1-44c3-98af-f5787879f96a' },
  { name: 'Dynamics 365 Business Central Administrator', templateId: '963797fb-eb3b-4cde-8ce3-5878b3f32a3f' },
  { name: 'Edge Administrator', templateId: '3f1acade-1e04-4fbc-9b69-f0302cd84aef' },
  { name: 'Exchange Administrator', templateId: '29232cdf-9323-42fd-ade2-1d097af3e4de' },
  { name: 'Exchange Backup Administrator', templateId: '49eb8f75-97e9-4e37-9b2b-6c3ebfcffa31' },
  { name: 'Exchange Recipient Administrator', templateId: '31392ffb-586c-42d1-9346-e59415a2cc4e' },
  { name: 'Extended Directory User Administrator', templateId: 'dd13091a-6207-4fc0-82ba-3641e056ab95' },
  { name: 'External ID User Flow Administrator', templateId: '6e591065-9bad-43ed-90f3-e9424366d2f0' },
  { name: 'External ID User Flow Attribute Administrator', templateId: '0f971eea-41eb-4569-a71e-57bb8a3eff1e' },
  { name: 'External Identity Provider Administrator', templateId: 'be2f45a1-457d-42af-a067-6ec1fa63bc45', privileged: true },
  { name: 'Fabric Administrator', templateId: 'a9ea8996-122f-4c74-9520-8edcd192826c' },
  { name: 'Global Administrator', templateId: '62e90394-69f5-4237-9190-012177145e10', privileged: true },
  { name: 'Global Reader', templateId: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451', privileged: true },
  { name: 'Global Secure Access Administrator', templateId: 'ac434307-12b9-4fa1-a708-88bf58caabc1' },
  { name: 'Global Secure Access Log Reader', templateId: '843318fb-79a6-4168-9e6f-aa9a07481cc4' },
  { name: 'Groups Administrator', templateId: 'fdd7a751-b60b-444a-984c-02652fe8fa1c' },
  { name: 'Guest Inviter', templateId: '95e79109-95c0-4d8e-aee3-d01accf2d47b' },
  { name: 'Helpdesk Administrator', templateId: '729827e3-9c14-49f7-bb1b-9608f156bbb8', privileged: true },
  { name: 'Hybrid Identity Administrator', templateId: '8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2', privileged: true },
  { name: 'Identity Governance Administrator', templateId: '45d8d3c5-c802-45c6-b32a-1d70b5e1e86e' },
  { name: 'Insights Administrator', templateId: 'eb1f4a8d-243a-41f0-9fbd-c7cdf6c5ef7c' },
  { name: 'Insights Analyst', templateId: '25df335f-86eb-4119-b717-0ff02de207e9' },
  { name: 'Insights Business Leader', templateId: '31e939ad-9672-4796-9c2e-873181342d2d' },
  { name: 'Intune Administrator', templateId: '3a2c62db-5318-420d-8d74-23affee5d9d5', privileged: true },
  { name: 'IoT Device Administrator', templateId: '2ea5ce4c-b2d8-4668-bd81-3680bd2d227a' },
  { name: 'Kaizala Administrator', templateId: '74ef975b-6605-40af-a5d2-b9539d836353' },
  { name: 'Knowledge Administrator', templateId: 'b5a8dcf3-09d5-43a9-a639-8e29ef291470' },
  { name: 'Knowledge Manager', templateId: '744ec460-397e-42ad-a462-8b3f9747a02c' },
  { name: 'License Administrator', templateId: '4d6ac14f-3453-41d0-bef9-a3e0c569773a' },
  { name: 'Lifecycle Workflows Administrator', templateId: '59d46f88-662b-457b-bceb-5c3809e5908f', privileged: true },
  { name: 'Message Center Privacy Reader', templateId: 'ac16e43d-7b2d-40e0-ac05-243ff356ab5b' },
  { name: 'Message Center Reader', templateId: '790c1fb9-7f7d-4f88-86a1-ef1f95c05c1b' },
  { name: 'Microsoft 365 Backup Administrator', templateId: '1707125e-0aa2-4d4d-8655-a7c786c76a25' },
  { name: 'Microsoft 365 Migration Administrator', templateId: '8c8b803f-96e1-4129-9349-20738d9f9652' },
  { name: 'Microsoft 365 Support Engineer', templateId: '00cf5c54-4693-4f59-a0ac-ab79ef0a974d' },
  { name: 'Microsoft Entra Joined Device Local Administrator', templateId: '9f06204d-73c1-4d4c-880a-6edb90606fd8' },
  { name: 'Microsoft Graph Data Connect Administrator', templateId: 'ee67aa9c-e510-4759-b906-227085a7fd4d' },
  { name: 'Microsoft Hardware Warranty Administrator', templateId: '1501b917-7653-4ff9-a4b5-203eaf33784f' },
  { name: 'Microsoft Hardware Warranty Specialist', templateId: '281fe777-fb20-4fbb-b7a3-ccebce5b0d96' },
  { name: 'Network Administrator', templateId: 'd37c8bed-0711-4417-ba38-b4abe66ce4c2' },
  { name: 'Office Apps Administrator', templateId: '2b745bdf-0803-4d80-aa65-822c4493daac' },
  { name: 'Organizational Branding Administrator', templateId: '92ed04bf-c94a-4b82-9729-b799a7a4c178' },
  { name: 'Organizational Data Source Administrator', templateId: '9d70768a-0cbc-4b4c-aea3-2e124b2477f4' },
  { name: 'Organizational Messages Approver', templateId: 'e48398e2-f4bb-4074-8f31-4586725e205b' },
  { name: 'Organizational Messages Writer', templateId: '507f53e4-4e52-4077-abd3-d2e1558b6ea2' },
  { name: 'Partner Tier1 Support', templateId: '4ba39ca4-527c-499a-b93d-d9b492c50246', privileged: true },
  { name: 'Partner Tier2 Support', templateId: 'e00e864a-17c5-4a4b-9c06-f5b95a8d5bd8', privileged: true },
  { name: 'Password Administrator', templateId: '966707d0-3269-4727-9be2-8c3a10f19b9d', privileged: true },
  { name: 'People Administrator', templateId: '024906de-61e5-49c8-8572-40335f1e0e10' },
  { name: 'Permissions Management Administrator', templateId: 'af78dc32-cf4d-46f9-ba4e-4428526346b5' },
  { name: 'Places Administrator', templateId: '78b0ccd1-afc2-4f92-9116-b41aedd09592' },
  { name: 'Power Platform Administrator', templateId: '11648597-926c-4cf3-9c36-bcebb0ba8dcc' },
  { name: 'Printer Administrator', templateId: '644ef478-e28f-4e28-b9dc-3fdde9aa0b1f' },
  { name: 'Printer Technician', templateId: 'e8cef6f1-e4bd-4ea8-bc07-4b8d950f4477' },
  { name: 'Privileged Authentication Administrator', templateId: '7be44c8a-adaf-4e2a-84d6-ab2649e08a13', privileged: true },
  { name: 'Privileged Role Administrator', templateId: 'e8611ab8-c189-46e8-94e1-60213ab1f814', privileged: true },
  { name: 'Reports Reader', templateId: '4a5d8f65-41da-4de4-8968-e035b65339cf' },
  { name: 'Search Administrator', templateId: '0964bb5e-9bdb-4d7b-ac29-58e794862a40' },
  { name: 'Search Editor', templateId: '8835291a-918c-4fd7-a9ce-faa49f0cf7d9' },
  { name: 'Security Administrator', templateId: '194ae4cb-b126-40b2-bd5b-6091b380977d', privileged: true },
  { name: 'Security Operator', templateId: '5f2222b1-57c3-48ba-8ad5-d4759f1fde6f', privileged: true },
  { name: 'Security Reader', templateId: '5d6b6bb7-de71-4623-b4af-96380a352509', privileged: true },
  { name: 'Service Support Administrator', templateId: 'f023fd81-a637-4b56-95fd-791ac0226033' },
  { name: 'SharePoint Administrator', templateId: 'f28a1f50-f6e7-4571-818b-6a12f2af6b6c' },
  { name: 'SharePoint Advanced Management Administrator', templateId: '99009c4a-3b3f-4957-82a9-9d35e12db77e' },
  { name: 'SharePoint Backup Administrator', templateId: '9d3e04ba-3ee4-4d1b-a3a7-9aef423a09be' },
  { name: 'SharePoint Embedded Administrator', templateId: '1a7d78b6-429f-476b-b8eb-35fb715fffd4' },
  { name: 'Skype for Business Administrator', templateId: '75941009-915a-4869-abe7-691bff18279e' },
  { name: 'Teams Administrator', templateId: '69091246-20e8-4a56-aa4d-066075b2a7a8' },
  { name: 'Teams Communications Administrator', templateId: 'baf37b3a-610e-45da-9e62-d9d1e5e8914b' },
  { name: 'Teams Communications Support Engineer', templateId: 'f70938a0-fc10-4177-9e90-2178f8765737' },
  { name: 'Teams Communications Support Specialist', templateId: 'fcf91098-03e3-41a9-b5ba-6f0ec8188a12' },
  { name: 'Teams Devices Administrator', templateId: '3d762c5a-1b6c-493f-843e-55a3b42923d4' },
  { name: 'Teams Reader', templateId: '1076ac91-f3d9-41a7-a339-dcdf5f480acc' },
  { name: 'Teams Telephony Administrator', templateId: 'aa38014f-0993-46e9-9b45-30501a20909d' },
  { name: 'Tenant Creator', templateId: '112ca1a2-15ad-4102-995e-45b0bc479a6a' },
  { name: 'Usage Summary Reports Reader', templateId: '75934031-6c7e-415a-99d7-48dbd49e875e' },
  { name: 'User Administrator', templateId: 'fe930be7-5e62-47db-91af-98c3a49a38b1', privileged: true },
  { name: 'User Experience Success Manager', templateId: '27460883-1df1-4691-b032-3b79643e5e63' },
  { name: 'Virtual Visits Administrator', templateId: 'e300d9e7-4a2b-4295-9eff-f1c78b36cc98' },
  { name: 'Viva Glint Tenant Administrator', templateId: '0ec3f692-38d6-4d14-9e69-0377ca7797ad' },
  { name: 'Viva Goals Administrator', templateId: '92b086b3-e367-4ef2-b869-1de128fb986e' },
  { name: 'Viva Pulse Administrator', templateId: '87761b17-1ed2-4af3-9acd-92a150038160' },
  { name: 'Windows 365 Administrator', templateId: '11451d60-acb2-45eb-a7d6-43d0f0125c13' },
  { name: 'Windows Update Deployment Administrator', templateId: '32696413-001a-46ae-978c-ce0f6b3620d2' },
  { name: 'Yammer Administrator', templateId: '810a2642-a034-447f-a5e8-41beaa378541' },
  { name: 'Modern Commerce Administrator', templateId: 'd24aef57-1500-4070-84db-2666f29cf966' },
];

/**
 * Other names of built-in roles, mapped to the current display name. Lookups through
 * `findEntraRole` (./index.ts) ignore case.
 */
export const ENTRA_ROLE_ALIASES: Record<string, string> = {
  // Wording of the Azure / Office 365 sign-up pages: "Limited administrator > Billing administrator"
  // (Office 365 admin center), "you must be a global admin or billing admin".
  'Limited administrator > Billing administrator': 'Billing Administrator',
  'Billing admin': 'Billing Administrator',
  'Global admin': 'Global Administrator',
  // Microsoft Graph / Azure AD Graph / MSOnline display names (same template ids).
  'Company Administrator': 'Global Administrator',
  'User Account Administrator': 'User Administrator',
  'Exchange Service Administrator': 'Exchange Administrator',
  'SharePoint Service Administrator': 'SharePoint Administrator',
  'Lync Service Administrator': 'Skype for Business Administrator',
  'Intune Service Administrator': 'Intune Administrator',
  'Teams Service Administrator': 'Teams Administrator',
  'CRM Service Administrator': 'Dynamics 365 Administrator',
  'Dynamics 365 Service Administrator': 'Dynamics 365 Administrator',
  'Power BI Service Administrator': 'Fabric Administrator',
  'Device Administrators': 'Microsoft Entra Joined Device Local Administrator',
  'Partner Tier 1 Support': 'Partner Tier1 Support',
  'Partner Tier 2 Support': 'Partner Tier2 Support',
  // Renamed roles.
  'Power BI Administrator': 'Fabric Administrator',
  'Azure AD Joined Device Local Administrator': 'Microsoft Entra Joined Device Local Administrator',
  'B2C User Flow Administrator': 'External ID User Flow Administrator',
  'B2C User Flow Attribute Administrator': 'External ID User Flow Attribute Administrator',
  'Modern Commerce User': 'Modern Commerce Administrator',
};

/** Roles the page lists as deprecated ("They have been deprecated and will be removed"). */
export const ENTRA_DEPRECATED_ROLES: readonly string[] = [
  'AdHoc License Administrator',
  'Device Join',
  'Device Managers',
  'Device Users',
  'Email Verified User Creator',
  'Mailbox Administrator',
  'Workplace Device Join',
];

/**
 * The directory roles that can buy and manage Office 365 / Microsoft 365 subscriptions: those
 * subscriptions belong to the directory, and "users with the right permissions" (Global
 * Administrator or Billing Administrator) manage them (OWN004).
 */
export const OFFICE365_MANAGER_ROLES = ['Global Administrator', 'Billing Administrator'] as const;
