/**
 * The starter workspace file offered to a user with none yet: one directory, an administrator, one
 * Azure and one Office 365 subscription, with comments that say what each part means. It passes
 * every rule, so the first thing a user sees is a clean file to grow, not a list of problems.
 */
export function starterWorkspace(tenantId: string, subscriptionId: string, office365Id: string): string {
  return `# Tenancy workspace: which Microsoft Entra directories exist, who belongs to each, and which
# Azure and Office 365 subscriptions live where. Replace the example values with your own;
# the format is described in the Tenancy documentation (docs/format.md).
version: 1
directories:
  - id: ${tenantId}              # the tenant id (Entra admin center → Overview)
    name: Contoso
    domains: [contoso.onmicrosoft.com, contoso.com]   # the initial *.onmicrosoft.com domain first
    users:
      - upn: admin@contoso.com
        displayName: Contoso Administrator
        roles: [Global Administrator]                  # can manage the Office 365 subscriptions
    guests: []
    subscriptions:
      - id: ${subscriptionId}
        name: Contoso Production
        type: azure                                    # owned by a user of this directory
        owner: admin@contoso.com
        createdBy: admin@contoso.com
        roleAssignments:
          - { principal: admin@contoso.com, role: Owner }
      - id: ${office365Id}
        name: Microsoft 365 Business Standard
        type: office365                                # owned by the directory itself: no owner
        createdBy: admin@contoso.com
`;
}
