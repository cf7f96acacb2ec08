/**
 * Tenancy runs in the web worker extension host, as in vscode.dev and github.dev: the same worker as
 * these tests, with no Node API within reach, and its workspace files read through the workspace
 * file system (here the server's, as `vscode-remote` URIs).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hostKind } from '../web/hostKind';
import { EXTENSION_ID, tenancyDiagnostics, waitFor, waitForDiagnostics, workspaceRoot } from '../suite/helpers';

describe('the web worker extension host', () => {
  it('runs these tests in a web worker, where no Node API is reachable', () => {
    assert.equal(hostKind(), 'web worker');
    const scope = globalThis as Record<string, unknown>;
    for (const name of ['process', 'Buffer', 'global', 'setImmediate', '__dirname']) assert.equal(typeof scope[name], 'undefined', `${name} is defined`);
    // The host gives each extension a `require` that knows `vscode` only.
    const hostRequire = require as (id: string) => unknown;
    for (const id of ['fs', 'node:fs', 'path', 'child_process', 'worker_threads']) {
      assert.throws(() => hostRequire(id), `require('${id}') did not throw`);
    }
  });

  it('runs Tenancy in the same host, from its browser entry', async () => {
    const tenancy = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(tenancy, 'Tenancy is installed');
    await waitFor(() => tenancy.isActive, { timeoutMs: 20_000, message: 'Tenancy to activate' });
    // A web worker extension runs on the user's side of the window, like a UI extension.
    assert.equal(tenancy.extensionKind, vscode.ExtensionKind.UI);
    assert.equal((tenancy.packageJSON as { browser?: string }).browser, './dist/extension.web.js');
    // Its exports reach this worker as objects, not through a remote host's serialisation.
    assert.equal(typeof (tenancy.exports as { store?: { all?: unknown } }).store?.all, 'function');
  });

  it('reads the workspace file through the workspace file system and reports its problems', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'contoso.tenancy.yaml');
    assert.equal(uri.scheme, 'vscode-remote');
    const diagnostics = await waitForDiagnostics(uri, (all) => tenancyDiagnostics(all).length === 2, { timeoutMs: 20_000, message: 'the two planted problems of the unopened file' });
    assert.deepEqual(tenancyDiagnostics(diagnostics).map((d) => (typeof d.code === 'object' ? d.code.value : d.code)).sort(), ['OWN002', 'RBA002']);
  });
});
