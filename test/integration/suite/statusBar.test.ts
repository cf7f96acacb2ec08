/**
 * A file already open when the extension starts gets its diagnostics without being edited, and the
 * workspace's problem count reaches the status bar's source of truth (the store's analyses).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, tenancyDiagnostics, waitFor, workspaceRoot } from './helpers';

describe('workspace files that are not edited', () => {
  it('every workspace file has diagnostics, open or not, without any edit', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'contoso.tenancy.yaml');
    await waitFor(() => tenancyDiagnostics(vscode.languages.getDiagnostics(uri)).length === 2, { timeoutMs: 10_000, message: 'diagnostics of the workspace file' });
    const api = vscode.extensions.getExtension<{ store: { all(): unknown[] } }>(EXTENSION_ID)!.exports;
    assert.equal(api.store.all().length, 1, 'one workspace file analysed');
  });
});
