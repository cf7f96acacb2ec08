import type { Messages } from '../i18n';

/** What completion proposes: one entry, as the editor shows it. Its own module so that the completion sources share it without importing each other. */
export type CompletionKind =
  | 'key' | 'enum' | 'offer' | 'entraRole' | 'azureRole' | 'customRole' | 'account' | 'directoryId'
  | 'group' | 'servicePrincipal' | 'managementGroupId' | 'subscriptionId';

export interface CompletionEntry {
  label: string;
  kind: CompletionKind;
  /** One line shown next to the label (the offer's name, the account's directory…). */
  detail?: string;
  /** Markdown documentation. */
  documentation?: string;
  /** Text that replaces the range [start, end) of the result. */
  insertText: string;
  /** Ordering among the entries (they are returned in this order too). */
  sortText: string;
  /** Text the editor matches against what was typed, when not the label. */
  filterText?: string;
  /** A key whose values can be completed: ask for them right after inserting it. */
  suggestValues?: boolean;
}

/** A detail, with the file its entry is in when that is another file of the estate. */
export function withFile(detail: string, file: string | undefined, m: Messages): string {
  return file ? `${detail} · ${m.completionInFile({ file })}` : detail;
}
