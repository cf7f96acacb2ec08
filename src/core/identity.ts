/**
 * The canonical identity of an account: what makes two ways of writing a UPN the same person.
 *
 * - Letter case does not matter (Microsoft Entra compares UPNs without regard to case).
 * - A B2B guest's UPN in the inviting directory, `carol_fabrikam.com#EXT#@contoso.onmicrosoft.com`
 *   (the form the Entra admin center and Microsoft Graph show), is the home account
 *   `carol@fabrikam.com`: Entra builds it from the home address by replacing its `@` with `_` and
 *   appending `#EXT#@` and the inviting directory's initial domain. A domain name has no `_`, so the
 *   last `_` before `#EXT#` is the one that stood for `@`.
 *
 * Every comparison of accounts goes through `accountKey`: the model index, the rules, the reference
 * index (definition, references, rename), completion, the tree and the diagram.
 */

import { DOMAIN_ANY_CASE } from './formats';

const EXT = /^(.+)_([^_@]+)#EXT#@[^@]+$/i;

/** The home address an `#EXT#` UPN stands for (`carol@fabrikam.com`), or undefined when it is not one. */
export function externalHomeAddress(upn: string): string | undefined {
  const match = EXT.exec(upn.trim());
  return match && DOMAIN_ANY_CASE.test(match[2]) ? `${match[1]}@${match[2]}` : undefined;
}

/** Whether the UPN carries the `#EXT#@` marker of a B2B guest's UPN, whether or not it decodes to an address. */
export function hasExtMarker(upn: string): boolean {
  return /#EXT#@/i.test(upn);
}

/** Whether the UPN is written in the `#EXT#` form. */
export function isExtForm(upn: string): boolean {
  return externalHomeAddress(upn) !== undefined;
}

/** The key under which two spellings of the same account are equal: the home address, folded. */
export function accountKey(upn: string): string {
  return (externalHomeAddress(upn) ?? upn.trim()).toLowerCase();
}

/** Whether two UPNs name the same account. */
export function sameAccount(a: string, b: string): boolean {
  return accountKey(a) === accountKey(b);
}

/**
 * `newHome` written the way `old` was: in the `#EXT#` form with the same inviting domain when `old`
 * was in that form, as it is otherwise. Used by rename, so a guest keeps the form the file uses.
 */
export function inFormOf(old: string, newHome: string): string {
  const match = /#EXT#@([^@]+)$/i.exec(old.trim());
  if (!match || isExtForm(newHome)) return newHome;
  const at = newHome.lastIndexOf('@');
  if (at <= 0) return newHome;
  return `${newHome.slice(0, at)}_${newHome.slice(at + 1)}#EXT#@${match[1]}`;
}
