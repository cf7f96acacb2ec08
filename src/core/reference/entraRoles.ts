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
  description: string;
  /** Marked "Privileged" by Microsoft (can lead to elevation of privilege). */
  privileged?: boolean;
}

export const ENTRA_ROLES: readonly EntraRole[] = [
  { name: 'Agent ID Administrator', templateId: 'db506228-d27e-4b7d-95e5-295956d6615f', privileged: true, description: 'Manage all aspects of agents in a tenant including identity lifecycle operations for agent blueprints, agent service principals, agent identities, and agentic users.' },
  { name: 'Agent ID Developer', templateId: 'adb2368d-a9be-41b5-8667-d96778e081b0', description: 'Create an agent blueprint and its service principal in a tenant. User will be added as an owner of the agent blueprint and its service principal.' },
  { name: 'Agent Registry Administrator', templateId: '6b942400-691f-4bf0-9d12-d8a254a2baf5', description: 'Manage all aspects of the Agent Registry service in Microsoft Entra ID' },
  { name: 'AI Administrator', templateId: 'd2562ede-74db-457e-a7b6-544e236ebb61', description: 'Manage all aspects of Microsoft 365 Copilot and AI-related enterprise services in Microsoft 365.' },
  { name: 'Application Administrator', templateId: '9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3', privileged: true, description: 'Can create and manage all aspects of app registrations and enterprise apps.' },
  { name: 'Application Developer', templateId: 'cf1c38e5-3621-4004-a7cb-879624dced7c', privileged: true, description: 'Can create application registrations independent of the \'Users can register applications\' setting.' },
  { name: 'Attack Payload Author', templateId: '9c6df0f2-1e7c-4dc3-b195-66dfbd24aa8f', description: 'Can create attack payloads that an administrator can initiate later.' },
  { name: 'Attack Simulation Administrator', templateId: 'c430b396-e693-46cc-96f3-db01bf8bb62a', description: 'Can create and manage all aspects of attack simulation campaigns.' },
  { name: 'Attribute Assignment Administrator', templateId: '58a13ea3-c632-46ae-9ee0-9c0d43cd7f3d', description: 'Assign custom security attribute keys and values to supported Microsoft Entra objects.' },
  { name: 'Attribute Assignment Reader', templateId: 'ffd52fa5-98dc-465c-991d-fc073eb59f8f', description: 'Read custom security attribute keys and values for supported Microsoft Entra objects.' },
  { name: 'Attribute Definition Administrator', templateId: '8424c6f0-a189-499e-bbd0-26c1753c96d4', description: 'Define and manage the definition of custom security attributes.' },
  { name: 'Attribute Definition Reader', templateId: '1d336d2c-4ae8-42ef-9711-b3604ce3fc2c', description: 'Read the definition of custom security attributes.' },
  { name: 'Attribute Log Administrator', templateId: '5b784334-f94b-471a-a387-e7219fc49ca2', description: 'Read audit logs and configure diagnostic settings for events related to custom security attributes.' },
  { name: 'Attribute Log Reader', templateId: '9c99539d-8186-4804-835f-fd51ef9e2dcd', description: 'Read audit logs related to custom security attributes.' },
  { name: 'Attribute Provisioning Administrator', templateId: 'ecb2c6bf-0ab6-418e-bd87-7986f8d63bbe', privileged: true, description: 'Read and edit the provisioning configuration of all active custom security attributes for an application.' },
  { name: 'Attribute Provisioning Reader', templateId: '422218e4-db15-4ef9-bbe0-8afb41546d79', privileged: true, description: 'Read the provisioning configuration of all active custom security attributes for an application.' },
  { name: 'Authentication Administrator', templateId: 'c4e39bd9-1100-46d3-8c65-fb160da0071f', privileged: true, description: 'Can access to view, set and reset authentication method information for any non-admin user.' },
  { name: 'Authentication Extensibility Administrator', templateId: '25a516ed-2fa0-40ea-a2d0-12923a21473a', privileged: true, description: 'Customize sign in and sign up experiences for users by creating and managing custom authentication extensions.' },
  { name: 'Authentication Policy Administrator', templateId: '0526716b-113d-4c15-b2c8-68e3c22b9f80', description: 'Can create and manage the authentication methods policy, tenant-wide MFA settings, password protection policy, and verifiable credentials.' },
  { name: 'Azure DevOps Administrator', templateId: 'e3973bdf-4987-49ae-837a-ba8e231c7286', description: 'Can manage Azure DevOps policies and settings.' },
  { name: 'Azure Information Protection Administrator', templateId: '7495fdc4-34c4-4d15-a289-98788ce399fd', description: 'Can manage all aspects of the Azure Information Protection product.' },
  { name: 'B2C IEF Keyset Administrator', templateId: 'aaf43236-0c0d-4d5f-883a-6955382ac081', privileged: true, description: 'Can manage secrets for federation and encryption in the Identity Experience Framework (IEF).' },
  { name: 'B2C IEF Policy Administrator', templateId: '3edaf663-341e-4475-9f94-5c398ef6c070', description: 'Can create and manage trust framework policies in the Identity Experience Framework (IEF).' },
  { name: 'Billing Administrator', templateId: 'b0f54661-2d74-4c50-afa3-1ec803f12efe', description: 'Can perform common billing related tasks like updating payment information.' },
  { name: 'Cloud App Security Administrator', templateId: '892c5842-a9a6-463a-8041-72aa08ca3cf6', description: 'Can manage all aspects of the Defender for Cloud Apps product.' },
  { name: 'Cloud Application Administrator', templateId: '158c047a-c907-4556-b7ef-446551a6b5f7', privileged: true, description: 'Can create and manage all aspects of app registrations and enterprise apps except App Proxy.' },
  { name: 'Cloud Device Administrator', templateId: '7698a772-787b-4ac8-901f-60d6b08affd2', privileged: true, description: 'Limited access to manage devices in Microsoft Entra ID.' },
  { name: 'Compliance Administrator', templateId: '17315797-102d-40b4-93e0-432062caca18', description: 'Can read and manage compliance configuration and reports in Microsoft Entra ID and Microsoft 365.' },
  { name: 'Compliance Data Administrator', templateId: 'e6d1a23a-da11-4be4-9570-befc86d067a7', description: 'Creates and manages compliance content.' },
  { name: 'Conditional Access Administrator', templateId: 'b1be1c3e-b65d-4f19-8427-f6fa0d97feb9', privileged: true, description: 'Can manage Conditional Access capabilities.' },
  { name: 'Customer LockBox Access Approver', templateId: '5c4f9dcd-47dc-4cf7-8c9a-9e4207cbfc91', description: 'Can approve Microsoft support requests to access customer organizational data.' },
  { name: 'Desktop Analytics Administrator', templateId: '38a96431-2bdf-4b4c-8b6e-5d3d8abac1a4', description: 'Can access and manage Desktop management tools and services.' },
  { name: 'Directory Readers', templateId: '88d8e3e3-8f55-4a1e-953a-9b9898b8876b', description: 'Can read basic directory information. Commonly used to grant directory read access to applications and guests.' },
  { name: 'Directory Synchronization Accounts', templateId: 'd29b2b05-8046-44ba-8758-1e26182fcf32', description: 'Only used by Microsoft Entra Connect service.' },
  { name: 'Directory Writers', templateId: '9360feb5-f418-4baa-8175-e2a00bac4301', privileged: true, description: 'Can read and write basic directory information. For granting access to applications, not intended for users.' },
  { name: 'Domain Name Administrator', templateId: '8329153b-31d0-4727-b945-745eb3bc5f31', privileged: true, description: 'Can manage domain names in cloud and on-premises.' },
  { name: 'Dragon Administrator', templateId: 'e93e3737-fa85-474a-aee4-7d3fb86510f3', description: 'Manage all aspects of the Microsoft Dragon admin center.' },
  { name: 'Dynamics 365 Administrator', templateId: '44367163-eba1-44c3-98af-f5787879f96a', description: 'Can manage all aspects of the Dynamics 365 product.' },
  { name: 'Dynamics 365 Business Central Administrator', templateId: '963797fb-eb3b-4cde-8ce3-5878b3f32a3f', description: 'Access and perform all administrative tasks on Dynamics 365 Business Central environments.' },
  { name: 'Edge Administrator', templateId: '3f1acade-1e04-4fbc-9b69-f0302cd84aef', description: 'Manage all aspects of Microsoft Edge.' },
  { name: 'Exchange Administrator', templateId: '29232cdf-9323-42fd-ade2-1d097af3e4de', description: 'Can manage all aspects of the Exchange product.' },
  { name: 'Exchange Backup Administrator', templateId: '49eb8f75-97e9-4e37-9b2b-6c3ebfcffa31', description: 'Back up and restore content (including granular restore) for Exchange in Microsoft 365 Backup' },
  { name: 'Exchange Recipient Administrator', templateId: '31392ffb-586c-42d1-9346-e59415a2cc4e', description: 'Can create or update Exchange Online recipients within the Exchange Online organization.' },
  { name: 'Extended Directory User Administrator', templateId: 'dd13091a-6207-4fc0-82ba-3641e056ab95', description: 'Manage all aspects of external user profiles in the extended directory for Teams.' },
  { name: 'External ID User Flow Administrator', templateId: '6e591065-9bad-43ed-90f3-e9424366d2f0', description: 'Can create and manage all aspects of user flows.' },
  { name: 'External ID User Flow Attribute Administrator', templateId: '0f971eea-41eb-4569-a71e-57bb8a3eff1e', description: 'Can create and manage the attribute schema available to all user flows.' },
  { name: 'External Identity Provider Administrator', templateId: 'be2f45a1-457d-42af-a067-6ec1fa63bc45', privileged: true, description: 'Can configure identity providers for use in direct federation.' },
  { name: 'Fabric Administrator', templateId: 'a9ea8996-122f-4c74-9520-8edcd192826c', description: 'Can manage all aspects of the Fabric and Power BI products.' },
  { name: 'Global Administrator', templateId: '62e90394-69f5-4237-9190-012177145e10', privileged: true, description: 'Can manage all aspects of Microsoft Entra ID and Microsoft services that use Microsoft Entra identities.' },
  { name: 'Global Reader', templateId: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451', privileged: true, description: 'Can read everything that a Global Administrator can, but not update anything.' },
  { name: 'Global Secure Access Administrator', templateId: 'ac434307-12b9-4fa1-a708-88bf58caabc1', description: 'Create and manage all aspects of Global Secure Internet Access and Microsoft Global Secure Private Access, including managing access to public and private endpoints.' },
  { name: 'Global Secure Access Log Reader', templateId: '843318fb-79a6-4168-9e6f-aa9a07481cc4', description: 'Provides designated security personnel with read-only access to network traffic logs in Microsoft Entra Internet Access and Microsoft Entra Private Access for detailed analysis.' },
  { name: 'Groups Administrator', templateId: 'fdd7a751-b60b-444a-984c-02652fe8fa1c', description: 'Members of this role can create/manage groups, create/manage groups settings like naming and expiration policies, and view groups activity and audit reports.' },
  { name: 'Guest Inviter', templateId: '95e79109-95c0-4d8e-aee3-d01accf2d47b', description: 'Can invite guest users independent of the \'members can invite guests\' setting.' },
  { name: 'Helpdesk Administrator', templateId: '729827e3-9c14-49f7-bb1b-9608f156bbb8', privileged: true, description: 'Can reset passwords for non-administrators and Helpdesk Administrators.' },
  { name: 'Hybrid Identity Administrator', templateId: '8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2', privileged: true, description: 'Manage Active Directory to Microsoft Entra cloud provisioning, Microsoft Entra Connect, pass-through authentication (PTA), password hash synchronization (PHS), seamless single sign-on (seamless SSO), and federation settings. Does not have access to manage Microsoft Entra Connect Health.' },
  { name: 'Identity Governance Administrator', templateId: '45d8d3c5-c802-45c6-b32a-1d70b5e1e86e', description: 'Manage access using Microsoft Entra ID for identity governance scenarios.' },
  { name: 'Insights Administrator', templateId: 'eb1f4a8d-243a-41f0-9fbd-c7cdf6c5ef7c', description: 'Has administrative access in the Microsoft 365 Insights app.' },
  { name: 'Insights Analyst', templateId: '25df335f-86eb-4119-b717-0ff02de207e9', description: 'Access the analytical capabilities in Microsoft Viva Insights and run custom queries.' },
  { name: 'Insights Business Leader', templateId: '31e939ad-9672-4796-9c2e-873181342d2d', description: 'Can view and share dashboards and insights via the Microsoft 365 Insights app.' },
  { name: 'Intune Administrator', templateId: '3a2c62db-5318-420d-8d74-23affee5d9d5', privileged: true, description: 'Can manage all aspects of the Intune product.' },
  { name: 'IoT Device Administrator', templateId: '2ea5ce4c-b2d8-4668-bd81-3680bd2d227a', description: 'Provision new IoT devices, manage their lifecycle, configure certificates, and manage device templates.' },
  { name: 'Kaizala Administrator', templateId: '74ef975b-6605-40af-a5d2-b9539d836353', description: 'Can manage settings for Microsoft Kaizala.' },
  { name: 'Knowledge Administrator', templateId: 'b5a8dcf3-09d5-43a9-a639-8e29ef291470', description: 'Can configure knowledge, learning, and other intelligent features.' },
  { name: 'Knowledge Manager', templateId: '744ec460-397e-42ad-a462-8b3f9747a02c', description: 'Can organize, create, manage, and promote topics and knowledge.' },
  { name: 'License Administrator', templateId: '4d6ac14f-3453-41d0-bef9-a3e0c569773a', description: 'Can manage product licenses on users and groups.' },
  { name: 'Lifecycle Workflows Administrator', templateId: '59d46f88-662b-457b-bceb-5c3809e5908f', privileged: true, description: 'Create and manage all aspects of workflows and tasks associated with Lifecycle Workflows in Microsoft Entra ID.' },
  { name: 'Message Center Privacy Reader', templateId: 'ac16e43d-7b2d-40e0-ac05-243ff356ab5b', description: 'Can read security messages and updates in Office 365 Message Center only.' },
  { name: 'Message Center Reader', templateId: '790c1fb9-7f7d-4f88-86a1-ef1f95c05c1b', description: 'Can read messages and updates for their organization in Office 365 Message Center only.' },
  { name: 'Microsoft 365 Backup Administrator', templateId: '1707125e-0aa2-4d4d-8655-a7c786c76a25', description: 'Back up and restore content across supported services (SharePoint, OneDrive, and Exchange Online) in Microsoft 365 Backup' },
  { name: 'Microsoft 365 Migration Administrator', templateId: '8c8b803f-96e1-4129-9349-20738d9f9652', description: 'Perform all migration functionality to migrate content to Microsoft 365 using Migration Manager.' },
  { name: 'Microsoft 365 Support Engineer', templateId: '00cf5c54-4693-4f59-a0ac-ab79ef0a974d', description: 'Do not use - not intended for general use.' },
  { name: 'Microsoft Entra Joined Device Local Administrator', templateId: '9f06204d-73c1-4d4c-880a-6edb90606fd8', description: 'Users assigned to this role are added to the local administrators group on Microsoft Entra joined devices.' },
  { name: 'Microsoft Graph Data Connect Administrator', templateId: 'ee67aa9c-e510-4759-b906-227085a7fd4d', description: 'Manage aspects of Microsoft Graph Data Connect service in a tenant.' },
  { name: 'Microsoft Hardware Warranty Administrator', templateId: '1501b917-7653-4ff9-a4b5-203eaf33784f', description: 'Create and manage all aspects warranty claims and entitlements for Microsoft manufactured hardware, like Surface and HoloLens.' },
  { name: 'Microsoft Hardware Warranty Specialist', templateId: '281fe777-fb20-4fbb-b7a3-ccebce5b0d96', description: 'Create and read warranty claims for Microsoft manufactured hardware, like Surface and HoloLens.' },
  { name: 'Network Administrator', templateId: 'd37c8bed-0711-4417-ba38-b4abe66ce4c2', description: 'Can manage network locations and review enterprise network design insights for Microsoft 365 Software as a Service applications.' },
  { name: 'Office Apps Administrator', templateId: '2b745bdf-0803-4d80-aa65-822c4493daac', description: 'Can manage Office apps cloud services, including policy and settings management, and manage the ability to select, unselect and publish \'what\'s new\' feature content to end-user\'s devices.' },
  { name: 'Organizational Branding Administrator', templateId: '92ed04bf-c94a-4b82-9729-b799a7a4c178', description: 'Manage all aspects of organizational branding in a tenant.' },
  { name: 'Organizational Data Source Administrator', templateId: '9d70768a-0cbc-4b4c-aea3-2e124b2477f4', description: 'Set up and manage the ingestion of organizational data into Microsoft 365.' },
  { name: 'Organizational Messages Approver', templateId: 'e48398e2-f4bb-4074-8f31-4586725e205b', description: 'Review, approve, or reject new organizational messages for delivery in the Microsoft 365 admin center before they are sent to users.' },
  { name: 'Organizational Messages Writer', templateId: '507f53e4-4e52-4077-abd3-d2e1558b6ea2', description: 'Write, publish, manage, and review the organizational messages for end-users through Microsoft product surfaces.' },
  { name: 'Partner Tier1 Support', templateId: '4ba39ca4-527c-499a-b93d-d9b492c50246', privileged: true, description: 'Do not use - not intended for general use.' },
  { name: 'Partner Tier2 Support', templateId: 'e00e864a-17c5-4a4b-9c06-f5b95a8d5bd8', privileged: true, description: 'Do not use - not intended for general use.' },
  { name: 'Password Administrator', templateId: '966707d0-3269-4727-9be2-8c3a10f19b9d', privileged: true, description: 'Can reset passwords for non-administrators and Password Administrators.' },
  { name: 'People Administrator', templateId: '024906de-61e5-49c8-8572-40335f1e0e10', description: 'Manage profile photos of users and people settings for all users in the organization.' },
  { name: 'Permissions Management Administrator', templateId: 'af78dc32-cf4d-46f9-ba4e-4428526346b5', description: 'Manage all aspects of Microsoft Entra Permissions Management.' },
  { name: 'Places Administrator', templateId: '78b0ccd1-afc2-4f92-9116-b41aedd09592', description: 'Manage all aspects of the Microsoft Places service.' },
  { name: 'Power Platform Administrator', templateId: '11648597-926c-4cf3-9c36-bcebb0ba8dcc', description: 'Can create and manage all aspects of Microsoft Dynamics 365, Power Apps and Power Automate.' },
  { name: 'Printer Administrator', templateId: '644ef478-e28f-4e28-b9dc-3fdde9aa0b1f', description: 'Can manage all aspects of printers and printer connectors.' },
  { name: 'Printer Technician', templateId: 'e8cef6f1-e4bd-4ea8-bc07-4b8d950f4477', description: 'Can register and unregister printers and update printer status.' },
  { name: 'Privileged Authentication Administrator', templateId: '7be44c8a-adaf-4e2a-84d6-ab2649e08a13', privileged: true, description: 'Can access to view, set and reset authentication method information for any user (admin or non-admin).' },
  { name: 'Privileged Role Administrator', templateId: 'e8611ab8-c189-46e8-94e1-60213ab1f814', privileged: true, description: 'Can manage role assignments in Microsoft Entra ID, and all aspects of Privileged Identity Management.' },
  { name: 'Reports Reader', templateId: '4a5d8f65-41da-4de4-8968-e035b65339cf', description: 'Can read sign-in and audit reports.' },
  { name: 'Search Administrator', templateId: '0964bb5e-9bdb-4d7b-ac29-58e794862a40', description: 'Can create and manage all aspects of Microsoft Search settings.' },
  { name: 'Search Editor', templateId: '8835291a-918c-4fd7-a9ce-faa49f0cf7d9', description: 'Can create and manage the editorial content such as bookmarks, Q and As, locations, floorplan.' },
  { name: 'Security Administrator', templateId: '194ae4cb-b126-40b2-bd5b-6091b380977d', privileged: true, description: 'Can read security information and reports, and manage configuration in Microsoft Entra ID and Office 365.' },
  { name: 'Security Operator', templateId: '5f2222b1-57c3-48ba-8ad5-d4759f1fde6f', privileged: true, description: 'Creates and manages security events.' },
  { name: 'Security Reader', templateId: '5d6b6bb7-de71-4623-b4af-96380a352509', privileged: true, description: 'Can read security information and reports in Microsoft Entra ID and Office 365.' },
  { name: 'Service Support Administrator', templateId: 'f023fd81-a637-4b56-95fd-791ac0226033', description: 'Can read service health information and manage support tickets.' },
  { name: 'SharePoint Administrator', templateId: 'f28a1f50-f6e7-4571-818b-6a12f2af6b6c', description: 'Can manage all aspects of the SharePoint service.' },
  { name: 'SharePoint Advanced Management Administrator', templateId: '99009c4a-3b3f-4957-82a9-9d35e12db77e', description: 'Manage all aspects of SharePoint Advanced Management.' },
  { name: 'SharePoint Backup Administrator', templateId: '9d3e04ba-3ee4-4d1b-a3a7-9aef423a09be', description: 'Back up and restore content (including granular restore) for SharePoint and OneDrive in Microsoft 365 Backup' },
  { name: 'SharePoint Embedded Administrator', templateId: '1a7d78b6-429f-476b-b8eb-35fb715fffd4', description: 'Manage all aspects of SharePoint Embedded containers.' },
  { name: 'Skype for Business Administrator', templateId: '75941009-915a-4869-abe7-691bff18279e', description: 'Can manage all aspects of the Skype for Business product.' },
  { name: 'Teams Administrator', templateId: '69091246-20e8-4a56-aa4d-066075b2a7a8', description: 'Can manage the Microsoft Teams service.' },
  { name: 'Teams Communications Administrator', templateId: 'baf37b3a-610e-45da-9e62-d9d1e5e8914b', description: 'Can manage calling and meetings features within the Microsoft Teams service.' },
  { name: 'Teams Communications Support Engineer', templateId: 'f70938a0-fc10-4177-9e90-2178f8765737', description: 'Can troubleshoot communications issues within Teams using advanced tools.' },
  { name: 'Teams Communications Support Specialist', templateId: 'fcf91098-03e3-41a9-b5ba-6f0ec8188a12', description: 'Can troubleshoot communications issues within Teams using basic tools.' },
  { name: 'Teams Devices Administrator', templateId: '3d762c5a-1b6c-493f-843e-55a3b42923d4', description: 'Can perform management related tasks on Teams certified devices.' },
  { name: 'Teams Reader', templateId: '1076ac91-f3d9-41a7-a339-dcdf5f480acc', description: 'Read everything in the Teams admin center, but not update anything.' },
  { name: 'Teams Telephony Administrator', templateId: 'aa38014f-0993-46e9-9b45-30501a20909d', description: 'Manage voice and telephony features and troubleshoot communication issues within the Microsoft Teams service.' },
  { name: 'Tenant Creator', templateId: '112ca1a2-15ad-4102-995e-45b0bc479a6a', description: 'Create new Microsoft Entra or Azure AD B2C tenants.' },
  { name: 'Usage Summary Reports Reader', templateId: '75934031-6c7e-415a-99d7-48dbd49e875e', description: 'Read Usage reports and Adoption Score, but can\'t access user details.' },
  { name: 'User Administrator', templateId: 'fe930be7-5e62-47db-91af-98c3a49a38b1', privileged: true, description: 'Can manage all aspects of users and groups, including resetting passwords for limited admins.' },
  { name: 'User Experience Success Manager', templateId: '27460883-1df1-4691-b032-3b79643e5e63', description: 'View product feedback, survey results, and reports to find training and communication opportunities.' },
  { name: 'Virtual Visits Administrator', templateId: 'e300d9e7-4a2b-4295-9eff-f1c78b36cc98', description: 'Manage and share Virtual Visits information and metrics from admin centers or the Virtual Visits app.' },
  { name: 'Viva Glint Tenant Administrator', templateId: '0ec3f692-38d6-4d14-9e69-0377ca7797ad', description: 'Manage and configure Microsoft Viva Glint settings in the Microsoft 365 admin center.' },
  { name: 'Viva Goals Administrator', templateId: '92b086b3-e367-4ef2-b869-1de128fb986e', description: 'Manage and configure all aspects of Microsoft Viva Goals.' },
  { name: 'Viva Pulse Administrator', templateId: '87761b17-1ed2-4af3-9acd-92a150038160', description: 'Can manage all settings for Microsoft Viva Pulse app.' },
  { name: 'Windows 365 Administrator', templateId: '11451d60-acb2-45eb-a7d6-43d0f0125c13', description: 'Can provision and manage all aspects of Cloud PCs.' },
  { name: 'Windows Update Deployment Administrator', templateId: '32696413-001a-46ae-978c-ce0f6b3620d2', description: 'Can create and manage all aspects of Windows Update deployments through the Windows Update for Business deployment service.' },
  { name: 'Yammer Administrator', templateId: '810a2642-a034-447f-a5e8-41beaa378541', description: 'Manage all aspects of the Yammer service.' },
  { name: 'Modern Commerce Administrator', templateId: 'd24aef57-1500-4070-84db-2666f29cf966', description: 'Do not use. This role is automatically assigned from Commerce, and is not intended or supported for any other use.' },
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
