/**
 * The transfer preview, rendered beside the workspace file: the consequences the core computes
 * (`TransferPreview.toMarkdown()`: every assignment Azure deletes, managed identities, inherited
 * management-group access, custom roles, what can be recreated) and the checklist, in Markdown.
 * A `tenancy-transfer:` URI has no file behind it, so its source is read-only; VS Code's built-in
 * Markdown preview renders it (headings, tables, links, check boxes). Where that extension is
 * missing or disabled, the read-only source opens instead.
 */
import * as vscode from 'vscode';

export const TRANSFER_SCHEME = 'tenancy-transfer';
/** The built-in Markdown extension's command: renders a document in the column beside. */
const RENDERED_PREVIEW = 'markdown.showPreviewToSide';
const MARKDOWN_EXTENSION = 'vscode.markdown-language-features';

class PreviewDocuments implements vscode.TextDocumentContentProvider {
  readonly texts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }

  set(uri: vscode.Uri, text: string): void {
    const known = this.texts.has(uri.toString());
    this.texts.set(uri.toString(), text);
    if (known) this.changed.fire(uri);
  }
}

let documents: PreviewDocuments | undefined;

/** Registered on first use: activation never pays for it (the editing chunk is loaded lazily). */
function provider(): PreviewDocuments {
  if (!documents) {
    documents = new PreviewDocuments();
    vscode.workspace.registerTextDocumentContentProvider(TRANSFER_SCHEME, documents);
  }
  return documents;
}

/**
 * Opens (or refreshes) the preview of one transfer beside the active editor, one document per
 * subscription and target; `focus` moves the focus to it (a preview asked for on its own), else the
 * focus stays where the confirmation will be answered.
 */
export async function showTransferPreview(subscriptionId: string, targetDirectoryId: string, title: string, markdown: string, focus = false): Promise<vscode.TextDocument> {
  const uri = vscode.Uri.from({ scheme: TRANSFER_SCHEME, path: `/${title.replace(/[\\/]/g, '-')}.md`, query: `${subscriptionId}:${targetDirectoryId}` });
  provider().set(uri, markdown);
  let document = await vscode.workspace.openTextDocument(uri);
  if (document.getText() !== markdown) document = await vscode.workspace.openTextDocument(uri);
  if (document.languageId !== 'markdown') document = await vscode.languages.setTextDocumentLanguage(document, 'markdown');
  if (await showRendered(uri)) return document;
  await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: !focus });
  return document;
}

/**
 * The built-in Markdown preview of the document, beside the active editor; false when the
 * Markdown extension is absent or refuses. Locked: it stays on the transfer whatever editor is
 * active, and follows the document, so a refreshed text redraws the same tab. The confirmation
 * that may follow is a quick pick, which takes the focus whatever the preview did.
 */
async function showRendered(uri: vscode.Uri): Promise<boolean> {
  if (!vscode.extensions.getExtension(MARKDOWN_EXTENSION)) return false;
  try {
    await vscode.commands.executeCommand(RENDERED_PREVIEW, uri, { locked: true });
    return true;
  } catch {
    return false;
  }
}
