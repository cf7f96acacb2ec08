/**
 * Tenancy in a workspace of YAML files that are not Tenancy's (a CI workflow, a Kubernetes
 * deployment, an application's settings): opening and editing them does not activate it. The witness
 * extension activates on `onLanguage:yaml`; once it is active, that event has fired.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, waitFor, workspaceRoot } from '../suite/helpers';

const WITNESS_ID = 'tenancy.activation-witness';

describe('activation in a workspace without Tenancy files', () => {
  it('stays inactive while the workspace\'s YAML files are opened and edited', async () => {
    const tenancy = vscode.extensions.getExtension(EXTENSION_ID);
    const witness = vscode.extensions.getExtension(WITNESS_ID);
    assert.ok(tenancy, `${EXTENSION_ID} is installed`);
    assert.ok(witness, `${WITNESS_ID} is installed`);
    for (const path of ['k8s/deployment.yaml', 'app.config.yaml', '.github/workflows/ci.yml']) {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceRoot(), path));
      const editor = await vscode.window.showTextDocument(document);
      assert.equal(document.languageId, 'yaml', `${path} is opened as YAML`);
      await editor.edit((e) => e.insert(new vscode.Position(0, 0), '# edited\n'));
    }
    await waitFor(() => witness.isActive, { timeoutMs: 15_000, message: 'the witness to activate on onLanguage:yaml' });
    assert.equal(tenancy.isActive, false, 'Tenancy is not active in a workspace without Tenancy files');
  });

  it('activates when the user opens its view', async () => {
    const tenancy = vscode.extensions.getExtension(EXTENSION_ID)!;
    await vscode.commands.executeCommand('tenancy.workspaceTree.focus');
    await waitFor(() => tenancy.isActive, { timeoutMs: 15_000, message: `${EXTENSION_ID} to activate with its view` });
  });
});
