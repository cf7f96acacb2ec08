/**
 * Rename an account, a tenant id, a subscription id, a group, a service principal or a management
 * group everywhere the file names it, in one edit. Refuses a new name that is not valid where the old
 * one is used (a UPN where a UPN is required, a GUID for an id, a management group id's form) or that
 * the file already uses for another account or entity: renaming must never merge two.
 */
import { readableText } from '../analyze';
import type { Analysis } from '../analyze';
import { messagesFor } from '../i18n';
import type { Messages } from '../i18n';
import { MANAGEMENT_GROUP_ID, isAccountAddress, isGuid, isUpn } from '../formats';
import { inFormOf } from '../identity';
import { fold } from '../model';
import { namesAnAccount } from '../principals';
import { keyOf } from '../references';
import type { ScopedEntity, SymbolReference } from '../references';
import { yamlScalar } from './completion';
import { referenceIndexOf } from './lookup';
import type { LanguageOptions } from './lookup';
import { refuse } from '../refusal';
import type { Refusable } from '../refusal';
import type { TextEdit } from '../text/textEdit';

export interface RenameTarget {
  /** Range of the name under the cursor (quotes included when the file quotes it). */
  start: number;
  end: number;
  /** The name as written, without quotes. */
  placeholder: string;
}

export type { TextEdit } from '../text/textEdit';


/** What can be renamed at `offset` (0-based UTF-16). */
export function prepareRename(analysis: Analysis, offset: number, options: LanguageOptions = {}): Refusable<RenameTarget> {
  const reference = referenceIndexOf(analysis).at(offset);
  if (!reference) return refuse(messagesFor(options.locale).renameNothing());
  return { start: reference.start, end: reference.end, placeholder: reference.text };
}

/** Reads the text of a range of the analysed file(s): an estate's joined offsets read from each file's text. */
export type TextReader = (start: number, end: number) => string;

/** The edits renaming what is at `offset` to `newName`, or why not. */
export function renameAt(
  analysis: Analysis, offset: number, newName: string, options: LanguageOptions = {},
  textAt: TextReader = (start, end) => readableText(analysis).slice(start, end),
): Refusable<TextEdit[]> {
  const m = messagesFor(options.locale);
  const index = referenceIndexOf(analysis);
  const reference = index.at(offset);
  if (!reference) return refuse(m.renameNothing());
  const name = newName.trim();
  if (name === '') return refuse(m.renameEmpty());
  if (reference.target) return renameScoped(analysis, reference, reference.target, name, m, textAt);
  const kind = reference.kind as 'account' | 'directory' | 'subscription';
  const uses = index.sameSymbol(reference);
  const invalid = validate(reference, uses, name, m);
  if (invalid) return refuse(invalid);
  if (keyOf(kind, name) !== reference.key && index.referencesTo(kind, name).length > 0) {
    return refuse(m.renameTaken({ name, what: kind }));
  }
  const edits = uses.map((use) => ({
    start: use.start,
    end: use.end,
    // The id inside a resource id is part of a longer scalar: written bare.
    newText: use.role === 'resource' ? name : written(textAt(use.start, use.end), use.kind === 'account' ? inFormOf(use.text, name) : name),
  }));
  return edits;
}

/**
 * Renames one name of a group, service principal or management group: the uses written with that
 * name (a group named by object id keeps its id when its display name changes). The new name must
 * not be read as something else (an account, an object id) nor name another principal or
 * management group of the directory.
 */
function renameScoped(analysis: Analysis, reference: SymbolReference, target: ScopedEntity, name: string, m: Messages, textAt: TextReader): Refusable<TextEdit[]> {
  const index = referenceIndexOf(analysis);
  const directory = analysis.index.directoryOf(target);
  const uses = index.referencesToEntity(target).filter((use) => use.spelling === reference.spelling);
  let invalid: string | undefined;
  if (target.kind === 'managementGroup') {
    if (!MANAGEMENT_GROUP_ID.test(name)) invalid = m.renameNotManagementGroupId({ name });
    else if (directory.id && fold(directory.id.value) === fold(name)) invalid = m.renameManagementGroupTenant({ name });
    else if (directory.managementGroups.some((g) => g !== target && g.id && fold(g.id.value) === fold(name))) invalid = m.renameTakenInDirectory({ name, what: 'managementGroup' });
  } else {
    if (reference.spelling === 'name') {
      if (namesAnAccount(name)) invalid = m.renamePrincipalNameAccount({ name });
      else if (isGuid(name)) invalid = m.renamePrincipalNameGuid({ name });
    } else if (!isGuid(name)) invalid = m.renameNotGuid({ name });
    const other = invalid ? undefined : analysis.index.principalsOf(directory).candidates(name).find((p) => p !== target);
    if (other) invalid = m.renameTakenInDirectory({ name, what: other.kind === 'group' ? 'group' : 'servicePrincipal' });
  }
  if (invalid) return refuse(invalid);
  return uses.map((use) => ({ start: use.start, end: use.end, newText: written(textAt(use.start, use.end), name) }));
}

function validate(reference: SymbolReference, uses: readonly SymbolReference[], name: string, m: Messages): string | undefined {
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
