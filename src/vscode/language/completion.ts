/**
 * Completion: keys, enum values, offers, roles, accounts, groups, service principals and ids from the
 * core, as VS Code items. Accounts, principals and tenant ids come from the whole estate (the workspace
 * files of the document's folder), those of another file naming it.
 */
import * as vscode from 'vscode';
import { estateCompletionsAt } from '../../core/estate/language';
import { localeOf } from '../../core/i18n';
import { completionsAt } from '../../core/language';
import type { CompletionKind } from '../../core/language';
import type { DocumentAnalyses } from './documentAnalyses';

const KINDS: Record<CompletionKind, vscode.CompletionItemKind> = {
  key: vscode.CompletionItemKind.Property,
  enum: vscode.CompletionItemKind.EnumMember,
  offer: vscode.CompletionItemKind.Value,
  entraRole: vscode.CompletionItemKind.Constant,
  azureRole: vscode.CompletionItemKind.Constant,
  customRole: vscode.CompletionItemKind.Constant,
  account: vscode.CompletionItemKind.User,
  directoryId: vscode.CompletionItemKind.Reference,
  group: vscode.CompletionItemKind.Class,
  servicePrincipal: vscode.CompletionItemKind.Interface,
  managementGroupId: vscode.CompletionItemKind.Folder,
  subscriptionId: vscode.CompletionItemKind.Reference,
};

/** Typing these after a key (`owner: `, `roles: [`, `{ principal: x, `) opens the list of values. */
export const COMPLETION_TRIGGERS = [' ', '[', ','];

export class CompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly analyses: DocumentAnalyses) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position, _token: vscode.CancellationToken, context: vscode.CompletionContext): vscode.CompletionItem[] {
    const offset = document.offsetAt(position);
    const options = { locale: localeOf(vscode.env.language) };
    const estate = this.analyses.estateOf(document);
    const inEstate = estate && estateCompletionsAt(estate, document.uri.toString(), offset, options);
    const analysis = inEstate ? undefined : this.analyses.of(document);
    const result = inEstate ?? (analysis && completionsAt(analysis, offset, options));
    if (!result) return [];
    // A space or comma opens the list only for values: not for keys at every indentation.
    if (context.triggerKind === vscode.CompletionTriggerKind.TriggerCharacter && result.context === 'key') return [];
    const start = document.positionAt(result.start);
    const range = { inserting: new vscode.Range(start, position), replacing: new vscode.Range(start, document.positionAt(Math.max(result.end, offset))) };
    return result.items.map((entry) => {
      const item = new vscode.CompletionItem(entry.label, KINDS[entry.kind]);
      item.detail = entry.detail;
      if (entry.documentation) item.documentation = new vscode.MarkdownString(entry.documentation);
      item.insertText = entry.insertText;
      item.sortText = entry.sortText;
      item.filterText = entry.filterText;
      item.range = range;
      if (entry.suggestValues) item.command = { command: 'editor.action.triggerSuggest', title: vscode.l10n.t('Suggest values') };
      return item;
    });
  }
}
