/**
 * Azure offer ids (the `offer` of an Azure subscription, e.g. MS-AZR-0003P), with their names.
 *
 * Sources (MicrosoftDocs/azure-docs):
 * - "Understand Cost Management data", articles/cost-management-billing/costs/understand-cost-mgt-data.md,
 *   section "Supported Microsoft Azure offers" (version of 2024-02-16, commit ea2f919): every offer
 *   number of its two tables (supported, and "not supported yet") is here, with the table's name.
 *   The Microsoft Customer Agreement rows have no offer number ("N/A").
 * - "Transfer billing ownership of an Azure subscription",
 *   articles/cost-management-billing/manage/billing-subscription-transfer.md ("Supported
 *   subscription types"): adds MS-AZR-0064P and MS-AZR-0017G; Free Trial and Azure in Open can't
 *   be transferred in the portal; Sponsorship and support plans need Azure Support.
 * - "Associate or add an Azure subscription to your Microsoft Entra tenant", MicrosoftDocs/entra-docs
 *   docs/fundamentals/how-subscriptions-associated-directory.md: the directory of CSP
 *   (MS-AZR-0145P, MS-AZR-0146P, MS-AZR-159P), Microsoft Internal (MS-AZR-0015P) and Azure for
 *   Students Starter (MS-AZR-0144P) subscriptions can't be changed.
 *
 * Offer ids are compared case-insensitively (the sign-up link of the origin page uses
 * `offer=MS-AZR-0044p`); the ids below are in the upper case the documentation uses.
 */

export interface AzureOffer {
  /** Offer number, upper case (MS-AZR-0003P). */
  id: string;
  name: string;
  note?: string;
  /** Billing ownership can be transferred in the Azure portal (false: it can't). Unset: not documented. */
  transferable?: boolean;
  /** The subscription's directory can be changed (false: it can't). Unset: no documented restriction. */
  canChangeDirectory?: boolean;
  /** A support plan, not a subscription that holds resources. */
  supportPlan?: boolean;
}

const AZURE_PASS = 'Azure Pass';
const AZURE_PASS_NOTE = 'Azure Pass offer numbers: MS-AZR-0120P, MS-AZR-0122P - MS-AZR-0125P, MS-AZR-0128P - MS-AZR-0130P.';
const CSP_NOTE = 'Cloud Solution Provider (CSP).';

export const AZURE_OFFERS: readonly AzureOffer[] = [
  // Pay-as-you-go
  { id: 'MS-AZR-0003P', name: 'Pay-as-you-go', transferable: true },
  { id: 'MS-AZR-0023P', name: 'Pay-as-you-go Dev/Test', transferable: true },
  { id: 'MS-AZR-0025P', name: 'Microsoft Cloud Partner Program (MPN)', note: 'Formerly Microsoft Partner Network.', transferable: true },
  { id: 'MS-AZR-0044P', name: 'Free Trial', note: 'Billing ownership can\'t be transferred in the Azure portal.', transferable: false },
  { id: 'MS-AZR-0111P', name: 'Azure in Open', note: 'Billing ownership can\'t be transferred in the Azure portal.', transferable: false },
  { id: 'MS-AZR-0120P', name: AZURE_PASS, note: AZURE_PASS_NOTE },
  { id: 'MS-AZR-0122P', name: AZURE_PASS, note: AZURE_PASS_NOTE },
  { id: 'MS-AZR-0123P', name: AZURE_PASS, note: AZURE_PASS_NOTE },
  { id: 'MS-AZR-0124P', name: AZURE_PASS, note: AZURE_PASS_NOTE },
  { id: 'MS-AZR-0125P', name: AZURE_PASS, note: AZURE_PASS_NOTE },
  { id: 'MS-AZR-0128P', name: AZURE_PASS, note: AZURE_PASS_NOTE },
  { id: 'MS-AZR-0129P', name: AZURE_PASS, note: AZURE_PASS_NOTE },
  { id: 'MS-AZR-0130P', name: AZURE_PASS, note: AZURE_PASS_NOTE },
  { id: 'MS-AZR-0144P', name: 'Azure for Students Starter', canChangeDirectory: false },
  { id: 'MS-AZR-0170P', name: 'Azure for Students' },
  { id: 'MS-AZR-0036P', name: 'Microsoft Azure Sponsorship', note: 'Billing ownership is transferred through Azure Support.' },
  // Visual Studio and MSDN
  { id: 'MS-AZR-0029P', name: 'Visual Studio Enterprise – MPN', transferable: true },
  { id: 'MS-AZR-0059P', name: 'Visual Studio Professional', transferable: true },
  { id: 'MS-AZR-0060P', name: 'Visual Studio Test Professional', transferable: true },
  { id: 'MS-AZR-0063P', name: 'Visual Studio Enterprise', transferable: true },
  { id: 'MS-AZR-0064P', name: 'Visual Studio Enterprise: BizSpark', transferable: true },
  { id: 'MS-AZR-0062P', name: 'MSDN Platforms', transferable: true },
  // Enterprise Agreement and Microsoft Customer Agreement
  { id: 'MS-AZR-0017P', name: 'Microsoft Azure Enterprise', note: 'Enterprise Agreement (EA); billing ownership is transferred by the enterprise administrator.', transferable: true },
  { id: 'MS-AZR-0148P', name: 'Enterprise Dev/Test', note: 'Enterprise Agreement (EA).' },
  { id: 'MS-AZR-0017G', name: 'Microsoft Azure Plan', note: 'Microsoft Customer Agreement (Cost Management lists its offer number as N/A); transferable only for accounts created by sign-up on the Azure website.', transferable: true },
  // Cloud Solution Provider
  { id: 'MS-AZR-0145P', name: 'Microsoft Azure', note: CSP_NOTE, canChangeDirectory: false },
  { id: 'MS-AZR-0146P', name: 'Cloud Solution Provider', note: CSP_NOTE, canChangeDirectory: false },
  { id: 'MS-AZR-159P', name: 'Cloud Solution Provider', note: `${CSP_NOTE} Written this way (three digits) in the Entra page; probably MS-AZR-0159P.`, canChangeDirectory: false },
  // Microsoft internal
  { id: 'MS-AZR-0015P', name: 'Microsoft Internal', canChangeDirectory: false },
  // Sovereign clouds
  { id: 'MS-AZR-USGOV-0003P', name: 'Azure Government pay-as-you-go' },
  { id: 'MS-AZR-USGOV-0017P', name: 'Azure Government Enterprise' },
  { id: 'MS-AZR-USGOV-0145P', name: 'Azure Government CSP', note: CSP_NOTE },
  { id: 'MS-AZR-DE-0003P', name: 'Azure Germany pay-as-you-go' },
  { id: 'MS-AZR-DE-0145P', name: 'Azure Germany in CSP for Microsoft Cloud Germany', note: CSP_NOTE },
  // Support plans
  { id: 'MS-AZR-0041P', name: 'Standard support', supportPlan: true },
  { id: 'MS-AZR-0042P', name: 'Professional Direct support', supportPlan: true },
  { id: 'MS-AZR-0043P', name: 'Developer support', supportPlan: true },
  { id: 'MS-AZR-DE-0043P', name: 'Germany support plan', supportPlan: true },
  { id: 'MS-AZR-USGOV-0041P', name: 'Azure Government Standard Support', supportPlan: true },
  { id: 'MS-AZR-USGOV-0042P', name: 'Azure Government Pro-Direct Support', supportPlan: true },
  { id: 'MS-AZR-USGOV-0043P', name: 'Azure Government Developer Support', supportPlan: true },
];

let offersById: Map<string, AzureOffer> | undefined;

/** The offer with this id, ignoring case and surrounding spaces (`ms-azr-0044p` is Free Trial). */
export function findOffer(id: string): AzureOffer | undefined {
  if (!offersById) offersById = new Map(AZURE_OFFERS.map((offer) => [offer.id.toUpperCase(), offer]));
  return offersById.get(id.trim().toUpperCase());
}
