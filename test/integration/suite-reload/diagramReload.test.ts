/**
 * The diagram survives a window reload: a real one, Developer: Reload Window (run.mjs, the `reload`
 * session). The test runs twice, once in each extension host of the window. Before the reload it
 * draws one directory, tells the rig (a `reload` event) and reloads the window; the host it runs in
 * then ends. After the reload, VS Code brings the panel back through the serializer Tenancy
 * registered, with the state the page saved, and the test checks it draws the same file and
 * directory, and the page the same elements. What the first run saw waits in a file beside the
 * run's events (the workspace is not reset between the two runs in this session).
 */
import * as assert from 'node:assert/strict';
import { appendFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as vscode from 'vscode';
import type { DiagramModel } from '../../../src/core/diagram';
import { DIAGRAM_VIEW_TYPE } from '../../../src/vscode/diagram/messages';
import { DIAGRAM_COMMANDS } from '../../../src/vscode/diagram/registerDiagram';
import { EXTENSION_ID, waitFor, workspaceRoot } from '../suite/helpers';

interface Panel {
  last?: { uri: vscode.Uri; model: DiagramModel; version: number };
  drawn?: { version: number; ids: string[] };
}
interface TestApi { diagramPanel: () => Panel | undefined }
interface BeforeReload { uri: string; focus: string; model: DiagramModel; ids: string[] }

const FABRIKAM_ID = '1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a';

const config = JSON.parse(readFileSync(process.env.TENANCY_IT_CONFIG!, 'utf8')) as { eventsFile: string };
const savedFile = join(dirname(config.eventsFile), 'before-reload.json');

/** The panel once its page has drawn its latest diagram. */
const drawnPanel = (api: TestApi) => {
  const panel = api.diagramPanel();
  return panel?.last && panel.drawn?.version === panel.last.version && panel;
};

describe('relationship diagram across a window reload', () => {
  it('comes back through its serializer on the file and directory its page saved', async function () {
    if (!existsSync(savedFile)) {
      // Before the reload.
      this.timeout(90_000);
      const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceRoot(), 'contoso.tenancy.yaml'));
      await vscode.window.showTextDocument(document);
      await waitFor(() => vscode.languages.getDiagnostics(document.uri).some((d) => d.source === 'tenancy'), { timeoutMs: 20_000, message: 'the fixture analysed' });
      await vscode.commands.executeCommand(DIAGRAM_COMMANDS.show, FABRIKAM_ID);
      const api = vscode.extensions.getExtension<TestApi>(EXTENSION_ID)!.exports;
      const panel = await waitFor(() => drawnPanel(api), { timeoutMs: 20_000, message: 'the page to draw Fabrikam' });
      assert.equal(panel.last!.model.focus, `dir:${FABRIKAM_ID}`);
      const before: BeforeReload = { uri: panel.last!.uri.toString(), focus: panel.last!.model.focus!, model: panel.last!.model, ids: panel.drawn!.ids };
      writeFileSync(savedFile, JSON.stringify(before));
      // VS Code in the browser writes its UI state (an editor's webview state among it) every 5 s, and a
      // reload cannot wait for the write: reloaded sooner, the panel comes back with the state written
      // before, without its directory. A user reloading at once would see the same; the test waits as
      // they usually do, with room for a loaded machine.
      await new Promise((resolve) => setTimeout(resolve, 12_000));
      appendFileSync(config.eventsFile, `${JSON.stringify({ type: 'reload', reason: 'the diagram across a window reload' })}\n`);
      // The reload ends this extension host; the test runs again in the next one.
      await vscode.commands.executeCommand('workbench.action.reloadWindow');
      await new Promise((resolve) => setTimeout(resolve, 80_000));
      assert.fail('the rig did not reload the window');
    }

    // After the reload.
    const before = JSON.parse(readFileSync(savedFile, 'utf8')) as BeforeReload;
    rmSync(savedFile);
    const tenancy = vscode.extensions.getExtension<TestApi>(EXTENSION_ID)!;
    await waitFor(() => tenancy.isActive, { timeoutMs: 20_000, message: 'Tenancy to activate' });
    const restored = await waitFor(() => drawnPanel(tenancy.exports), {
      timeoutMs: 25_000,
      message: () => `the panel to come back (tabs: ${vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label).join(', ')})`,
    });
    const tab = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith(DIAGRAM_VIEW_TYPE));
    assert.ok(tab, 'the diagram is an editor tab again');
    assert.equal(restored.last!.uri.toString(), before.uri, 'the same file');
    assert.equal(restored.last!.model.focus, before.focus, 'the same directory');
    assert.deepEqual(JSON.parse(JSON.stringify(restored.last!.model)), before.model, 'the same drawing');
    assert.deepEqual(restored.drawn!.ids, before.ids, 'the page draws the same elements');
  });
});
