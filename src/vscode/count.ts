/** "1 user", "3 users", « 0 utilisateur »: the core catalog's one plural rule per language, in VS Code's language. */
import * as vscode from 'vscode';
import { localeOf, messagesFor } from '../core/i18n';
import type { CountNoun } from '../core/i18n';

export function count(n: number, noun: CountNoun): string {
  return messagesFor(localeOf(vscode.env.language)).count({ count: n, noun });
}
