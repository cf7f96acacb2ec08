/**
 * Rename an account, a tenant id or a subscription id everywhere the file names it. Refuses a new
 * name that is not valid where the old one is used (a UPN where a UPN is required, a GUID for an
 * id) or that the file already uses for another account or entity: renaming must never merge two.
 */
import type { Analysis } from '../analyze';
import { messagesFor } from '../i18n';
import type { Messages } from '../i18n';
import { isAccountAddress, isGuid, isUpn } from '../formats';
import { inFormOf } from '../identity';
import { keyOf } from '../references';
import type { SymbolReference } from '../references';
import { yamlScalar } from './completion';
import { referenceIndexOf } from './lookup';
import type { LanguageOptions } from './lookup';

export interface RenameTarget {
  /** Range of the name under the cursor (quotes included when the file quotes it). */
  start: number;
  end: number;
  /** The name as written, without quotes. */
  placeholder: string;
}

export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** Either a result or the reason it cannot be done, for the user. */
export type Refusable<T> = { ok: true; value: T } | { ok: false; message: string };


/** What can be renamed at `offset` (0-based UTF-16). */
export function prepareRename(analysis: Analysis, offset: number, options: LanguageOptions = {}): Refusable<RenameTarget> {
  const reference = referenceIndexOf(analysis).at(offset);
  if (!reference) return { ok: false, message: messagesFor(options.locale).renameNothing() };
  return { ok: true, value: { start: reference.start, end: reference.end, placeholder: reference.text } };
}

/** The edits renaming what is at `offset` to `newName`, or why not. */
export function renameAt(analysis: Analysis, offset: number, newName: string, options: LanguageOptions = {}): Refusable<TextEdit[]> {
  const m = messagesFor(options.locale);
  const index = referenceIndexOf(analysis);
  const reference = index.at(offset);
  if (!reference) return { ok: false, message: m.renameNothing() };
  const name = newName.trim();
  const uses = index.referencesTo(reference.kind, reference.text);
  const invalid = validate(reference, uses, name, m);
  if (invalid) return { ok: false, message: invalid };
  if (keyOf(reference.kind, name) !== reference.key && index.referencesTo(reference.kind, name).length > 0) {
    return { ok: false, message: m.renameTaken({ name, what: reference.kind }) };
  }
  const edits = uses.map((use) => ({ start: use.start, end: use.end, newText: written(analysis.text.slice(use.start, use.end), use.kind === 'account' ? inFormOf(use.text, name) : name) }));
  return { ok: true, value: edits };
}

function validate(reference: SymbolReference, uses: readonly SymbolReference[], name: string, m: Messages): string | undefined {
  if (name === '') return m.renameEmpty();
  if (reference.kind !== 'account') {
    return isGuid(name) ? undefined : m.renameNotGuid({ name });
  }
  // Where a strict UPN is required (a member's upn, owner, createdBy), the new name must be one too.
  const strict = uses.some((u) => u.role === 'member' || u.role === 'owner' || u.role === 'createdBy');
  if (strict && !isUpn(name)) {
    return m.renameNotUpn({ name });
  }
  if (!isAccountAddress(name)) return m.renameNotAddress({ name });
  return undefined;
}

/** The new name written as the old one was: in the same quotes, or plain when it can be. */
function written(old: string, name: string): string {
  if (old.startsWith("'")) return `'${name.replace(/'/g, "''")}'`;
  if (old.startsWith('"')) return `"${name.replace(/["\\]/g, '\\$&')}"`;
  return yamlScalar(name, true);
}
