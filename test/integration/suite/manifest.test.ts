/**
 * The commands the extension registers are exactly the ones its manifest declares: a command
 * declared but never registered is a dead palette entry, one registered but not declared has no
 * title, no menu and no translation.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, waitFor } from './helpers';

describe('manifest: declared and registered commands', () => {
  it('registers every declared command, and no undeclared tenancy. command', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    await extension.activate();
    await waitFor(() => extension.isActive, { message: `${EXTENSION_ID} to activate` });
    const declared = (extension.packageJSON.contributes.commands as { command: string }[]).map((c) => c.command).sort();
    const registered = (await vscode.commands.getCommands(true)).filter((id) => id.startsWith('tenancy.')).sort();
    // VS Code adds its own commands for each contributed view (focus, reset location…): not ours to declare.
    const views = (extension.packageJSON.contributes.views.tenancy as { id: string }[]).map((v) => v.id);
    const own = registered.filter((id) => !views.some((view) => id.startsWith(`${view}.`)) && !id.startsWith('tenancy.focus'));
    assert.deepEqual(own, declared);
  });
});
