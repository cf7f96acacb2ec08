/** Import from the Azure CLI: read its JSON, merge it into a workspace file (see docs/import-and-report.md). */
export { AZURE_STATES, decodeAzureCliBytes, externalAccount, KIND_LABELS, parseAzureCliJson } from './azureCli';
export type { AzDocument, AzParseResult, AzSubscription, AzTenant, AzUser } from './azureCli';
export { planImport } from './merge';
export type { ImportInput, ImportOptions, ImportPlan } from './merge';
export { changesFile, summaryCounts, summaryToMarkdown, summaryToText } from './summary';
export type { ConflictReason, FieldChange, ImportConflict, ImportEntityKind, ImportSource, ImportSummary, SummaryEntry } from './summary';
