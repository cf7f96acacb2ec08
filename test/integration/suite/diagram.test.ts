/**
 * The relationship diagram in a real VS Code: the panel opens on the fixture and its page draws the
 * expected elements (the page reports the ids it drew, so its script ran under the panel's
 * Content-Security-Policy), a click reveals the YAML, malformed messages are ignored, the drawing
 * follows edits, one directory can be drawn alone (also from the tree's directory node), and the
 * drawing is exported as an SVG file.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { DiagramModel } from '../../../src/core/diagram';
import { DIAGRAM_COMMANDS } from '../../../src/vscode/diagram/registerDiagram';
import { EXTENSION_ID, closeAllEditorsDiscarding, waitFor, workspaceRoot, suiteFolder } from './helpers';

/** What the `tenancy.showDiagram` command returns: the panel (see src/vscode/diagram/diagramPanel.ts). */
interface Panel {
  last?: { uri: vscode.Uri; model: DiagramModel; svg: string; version: number };
  drawn?: { version: number; ids: string[]; changed: number };
  /** What the page last reported it shows: top-left corner in drawing units, scale, and whether the user moved it. */
  view?: { x: number; y: number; scale: number; moved: boolean };
  visible: boolean;
  handleMessage(message: unknown): Promise<boolean>;
  press(control: string): Thenable<boolean>;
  dispose(): void;
}
interface TreeNodeLike { label: string; kind: string }
interface TestApi { tree: vscode.TreeDataProvider<TreeNodeLike> }

const CONTOSO = 'dir:6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f';
const FABRIKAM_ID = '1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a';
const ANALYTICS = `${CONTOSO}/sub:3c9d2b41-7e5a-4f08-9b6c-2d4e6f8a0b1c`;

describe('relationship diagram', () => {
  let document: vscode.TextDocument;
  let panel: Panel;
  const fixture = () => vscode.Uri.joinPath(workspaceRoot(), 'contoso.tenancy.yaml');
  const show = async (arg?: unknown) => {
    const shown = await vscode.commands.executeCommand<Panel>(DIAGRAM_COMMANDS.show, arg);
    assert.ok(shown?.last, 'the command returns the panel with its diagram');
    return shown;
  };
  /** Waits until the page has drawn the panel's latest diagram. */
  const drawn = () => waitFor(() => panel.drawn && panel.last && panel.drawn.version === panel.last.version && panel.drawn, {
    timeoutMs: 20_000, message: () => `the page to draw version ${panel.last?.version} (last drawn: ${panel.drawn?.version})`,
  });

  before(async () => {
    document = await vscode.workspace.openTextDocument(fixture());
    await vscode.window.showTextDocument(document);
    await waitFor(() => vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'tenancy').length === 2, { timeoutMs: 15_000, message: 'the fixture analysed' });
    panel = await show();
  });

  after(async () => {
    panel?.dispose();
    await vscode.window.showTextDocument(document);
    if (document.isDirty) await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('opens on the active workspace file and draws its directories, entries and relationships, problems marked', async () => {
    const { model, uri } = panel.last!;
    assert.equal(uri.toString(), document.uri.toString());
    assert.deepEqual(model.containers.map((c) => [c.label, c.severity ?? null]), [['Contoso', 'error'], ['Fabrikam', null]]);
    assert.deepEqual(model.nodes.map((n) => `${n.kind} ${n.label}${n.severity ? ` (${n.severity})` : ''}`), [
      'member alice@contoso.com',
      'member bob@contoso.com',
      'subscription Contoso Production (error)',
      'subscription Contoso Analytics (error)',
      'subscription Microsoft 365 E3',
      'guest carol@fabrikam.com',
      'member carol@fabrikam.com',
    ]);
    const edges = model.edges.map((e) => `${e.kind}${e.label ? ` ${e.label}` : ''}${e.severity ? ` (${e.severity})` : ''}`);
    assert.deepEqual(edges.sort(), [
      'creator', 'creator', 'creator', 'directory', 'guest', 'owner', 'owner (error)',
      'role Contributer (error)', 'role Owner', 'role Reader',
    ]);

    const page = await drawn();
    const clickable = [...model.containers, ...model.nodes].filter((x) => x.span).map((x) => x.id).concat(model.edges.map((e) => e.id));
    for (const id of clickable) assert.ok(page.ids.includes(id), `the page drew ${id}`);
  });

  it('routes every edge around the boxes it does not join, and keeps the focus ring apart from the error colour', async () => {
    const { model, svg } = panel.last!;
    const inside = (p: { x: number; y: number }, q: { x: number; y: number }, b: { x: number; y: number; width: number; height: number }) =>
      Math.max(p.x, q.x) > b.x + 1 && Math.min(p.x, q.x) < b.x + b.width - 1 && Math.max(p.y, q.y) > b.y + 1 && Math.min(p.y, q.y) < b.y + b.height - 1;
    assert.ok(model.edges.length >= 10);
    for (const edge of model.edges) {
      for (let i = 1; i < edge.points.length; i++) {
        const [p, q] = [edge.points[i - 1], edge.points[i]];
        assert.ok(p.x === q.x || p.y === q.y, `${edge.id} has a slanted segment`);
        for (const node of model.nodes) {
          if (node.id !== edge.from && node.id !== edge.to) assert.ok(!inside(p, q, node), `${edge.kind} edge ${edge.id} crosses ${node.label}`);
        }
      }
    }
    // Tooltips say what is wrong, not that something is.
    assert.match(svg, /<title>owner\nOWN002: Owner carol@fabrikam\.com of &#39;Contoso Analytics&#39;/);
    assert.ok(!/in this entry|error here/.test(svg));
  });

  it('reveals the YAML of a clicked element in the editor', async () => {
    const { model } = panel.last!;
    const owner = model.edges.find((e) => e.kind === 'owner' && e.to === ANALYTICS)!;
    assert.equal(await panel.handleMessage({ type: 'reveal', id: owner.id }), true);
    let editor = await waitFor(() => vscode.window.activeTextEditor?.document.uri.toString() === document.uri.toString() && vscode.window.activeTextEditor);
    assert.equal(editor.document.getText(editor.selection), 'owner: carol@fabrikam.com');

    assert.equal(await panel.handleMessage({ type: 'reveal', id: ANALYTICS }), true);
    editor = vscode.window.activeTextEditor!;
    assert.match(editor.document.getText(editor.selection), /^id: 3c9d2b41-7e5a-4f08-9b6c-2d4e6f8a0b1c\n[\s\S]*createdBy: alice@contoso\.com$/);
  });

  it('ignores messages of any other shape', async () => {
    const before = vscode.window.activeTextEditor?.selection;
    for (const message of [
      undefined, null, 'reveal', [], { type: 'reveal' }, { type: 'reveal', id: 42 }, { type: 'reveal', id: 'no-such-id' },
      { type: 'reveal', id: ANALYTICS, extra: true }, { type: 'reveal', id: 'x'.repeat(5000) }, { type: 'focus', directory: 7 },
      { type: 'focus', directory: '00000000-0000-4000-8000-000000000000' }, { type: 'rendered', version: -1, ids: [] },
      { type: 'rendered', version: 1, ids: [1] }, { type: 'run', command: 'workbench.action.quit' },
    ]) {
      assert.equal(await panel.handleMessage(message), false, JSON.stringify(message));
    }
    assert.deepEqual(vscode.window.activeTextEditor?.selection, before);
  });

  it('follows the document as it is edited', async () => {
    const start = document.getText().indexOf('Contoso Production');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(document.positionAt(start), document.positionAt(start + 'Contoso Production'.length)), 'Contoso Prod <EU>');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor(() => panel.last?.model.nodes.some((n) => n.label === 'Contoso Prod <EU>'), { timeoutMs: 15_000, message: 'the renamed subscription in the diagram' });
    assert.ok(panel.last!.svg.includes('Contoso Prod &lt;EU&gt;'), 'the new name is escaped');
    const page = await drawn();
    // The page replaced the renamed subscription's box (and what quotes its name), not the whole drawing.
    assert.ok(page.changed >= 1 && page.changed <= 4, `${page.changed} of ${page.ids.length} elements redrawn`);
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor(() => panel.last?.model.nodes.some((n) => n.label === 'Contoso Production'), { timeoutMs: 15_000, message: 'the diagram back to the reverted text' });
    await drawn();
  });

  it('zooms in from the toolbar, pans with the arrow keys, and keeps the view when an edit redraws the drawing', async () => {
    await drawn();
    const fitted = await waitFor(() => panel.view, { message: 'the page to report its view' });
    assert.equal(fitted.moved, false, 'opened fitted to the window');

    assert.ok(await panel.press('zoomIn'), 'the "Zoom in" button');
    const zoomed = await waitFor(() => panel.view?.moved && panel.view, { message: 'the view zoomed in' });
    assert.ok(Math.abs(zoomed.scale - fitted.scale * 1.25) < 1e-9, `zoomed by 125 % (from ${fitted.scale} to ${zoomed.scale})`);
    assert.ok(zoomed.x > fitted.x && zoomed.y > fitted.y, 'around the window\'s centre: the corner moved into the drawing');

    assert.ok(await panel.press('ArrowRight'));
    assert.ok(await panel.press('ArrowDown'));
    const panned = await waitFor(() => panel.view && panel.view.y !== zoomed.y && panel.view, { message: 'the view panned' });
    assert.equal(panned.scale, zoomed.scale);
    assert.ok(Math.abs(panned.x - (zoomed.x + 60 / zoomed.scale)) < 1e-9 && Math.abs(panned.y - (zoomed.y + 60 / zoomed.scale)) < 1e-9, 'one arrow step (60 px) right and down');

    const start = document.getText().indexOf('name: Contoso Analytics') + 'name: '.length;
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(document.positionAt(start), document.positionAt(start + 'Contoso Analytics'.length)), 'Contoso Insights');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor(() => panel.last?.model.nodes.some((n) => n.label === 'Contoso Insights'), { timeoutMs: 15_000, message: 'the renamed subscription in the diagram' });
    await drawn();
    assert.deepEqual(panel.view, panned, 'the redraw kept the zoom and the pan');

    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor(() => panel.last?.model.nodes.some((n) => n.label === 'Contoso Analytics'), { timeoutMs: 15_000, message: 'the diagram back to the reverted text' });
    await drawn();
    assert.deepEqual(panel.view, panned);

    assert.ok(await panel.press('fit'), 'the "Fit to window" button');
    await waitFor(() => panel.view && !panel.view.moved, { message: 'the view fitted again' });
    assert.deepEqual(panel.view, fitted);
  });

  it('draws one directory with the foreign entries it is linked to: by tenant id, from the page, from the tree', async () => {
    panel = await show(FABRIKAM_ID);
    assert.equal(panel.last!.model.focus, `dir:${FABRIKAM_ID}`);
    assert.deepEqual(panel.last!.model.containers.map((c) => [c.label, c.partial]), [['Contoso', true], ['Fabrikam', false]]);
    assert.deepEqual(panel.last!.model.nodes.map((n) => n.label), ['carol@fabrikam.com', 'carol@fabrikam.com'], 'Carol and her guest entry in Contoso');
    await drawn();

    assert.equal(await panel.handleMessage({ type: 'focus', directory: null }), true, 'the page\'s directory picker');
    assert.equal(panel.last!.model.focus, undefined);
    assert.equal(panel.last!.model.containers.length, 2);

    const api = vscode.extensions.getExtension<TestApi>(EXTENSION_ID)!.exports;
    const contosoNode = ((await api.tree.getChildren()) ?? []).find((n) => n.label === 'Contoso');
    assert.ok(contosoNode && contosoNode.kind === 'directory');
    panel = await show(contosoNode);
    assert.equal(panel.last!.model.focus, CONTOSO);
    const menus = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.menus['view/item/context'] as Array<{ command: string; when: string }>;
    assert.ok(menus.some((m) => m.command === DIAGRAM_COMMANDS.show && /viewItem == directory/.test(m.when)), 'offered on directory nodes');
    await drawn();
  });

  it('exports the drawing as a self-contained SVG file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tenancy-diagram-'));
    try {
      const target = vscode.Uri.file(join(folder, 'contoso.svg'));
      const written = await vscode.commands.executeCommand<vscode.Uri>(DIAGRAM_COMMANDS.exportSvg, { target });
      assert.equal(written?.toString(), target.toString());
      const svg = readFileSync(target.fsPath, 'utf8');
      assert.ok(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'));
      assert.match(svg, /<style>[\s\S]*\.sev-error/, 'colours embedded, no theme variables needed');
      assert.ok(!svg.includes('var(--vscode'));
      assert.ok(svg.includes('>Contoso Analytics<'));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('relationship diagram of an estate in several files', function () {
  this.timeout(60_000);
  const { folder, file, write, delete: deleteFolder } = suiteFolder('diagram-estate');
  const PROVIDER = [
    'version: 1', 'directories:', '  - id: 5b7c2e91-3d4f-4a6b-9c8d-0e1f2a3b4c5d', '    name: Northwind Managed Services',
    '    domains: [northwindmsp.onmicrosoft.com, northwindmsp.com]', '    users:', '      - upn: priya.raman@northwindmsp.com', '        displayName: Priya Raman', '',
  ].join('\n');
  const CUSTOMER = [
    'version: 1', 'directories:', '  - id: 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f', '    name: Contoso', '    domains: [contoso.onmicrosoft.com, contoso.com]',
    '    users:', '      - upn: alice@contoso.com', '    guests:', '      - upn: priya.raman@northwindmsp.com', '      - upn: sam.okafor@northwindmsp.com', '',
  ].join('\n');
  const PRIYA = 'dir:5b7c2e91-3d4f-4a6b-9c8d-0e1f2a3b4c5d/member:priya.raman@northwindmsp.com';
  const SAM = 'dir:5b7c2e91-3d4f-4a6b-9c8d-0e1f2a3b4c5d/member:sam.okafor@northwindmsp.com';
  let panel: Panel | undefined;
  const api = () => vscode.extensions.getExtension<{ store: { all(): Array<[vscode.Uri, unknown]> } }>(EXTENSION_ID)!.exports;
  const analysed = () => api().store.all().filter(([uri]) => uri.toString().startsWith(`${folder().toString()}/`)).length;

  before(async () => {
    await write('northwind-msp.tenancy.yaml', PROVIDER);
    await write('contoso.tenancy.yaml', CUSTOMER);
    await waitFor(() => analysed() === 2, { timeoutMs: 20_000, message: 'both files of the estate analysed' });
  });

  after(async () => {
    panel?.dispose();
    await closeAllEditorsDiscarding();
    await deleteFolder();
    await waitFor(() => analysed() === 0, { timeoutMs: 20_000, message: 'the estate\'s files forgotten' });
  });

  it('draws the directories of both files, the guests linked to their home accounts across files, and reveals an entry in its own file', async () => {
    panel = await vscode.commands.executeCommand<Panel>(DIAGRAM_COMMANDS.show, { uri: file('contoso.tenancy.yaml') });
    const model = await waitFor(() => panel?.last?.model.edges.some((e) => e.kind === 'guest') && panel.last.model, { timeoutMs: 20_000, message: 'the estate drawn with its guest link' });
    assert.deepEqual(model.containers.map((c) => c.label), ['Contoso', 'Northwind Managed Services']);
    assert.deepEqual(model.edges.filter((e) => e.kind === 'guest').map((e) => e.to), [PRIYA], 'Priya\'s guest entry linked to her account in the provider\'s file');
    await waitFor(() => panel!.drawn?.version === panel!.last?.version, { timeoutMs: 20_000, message: 'the page to draw the estate' });
    assert.ok(panel.drawn!.ids.includes(PRIYA), 'the page drew the account of the other file');

    assert.equal(await panel.handleMessage({ type: 'reveal', id: PRIYA }), true);
    const editor = await waitFor(() => vscode.window.activeTextEditor?.document.uri.toString() === file('northwind-msp.tenancy.yaml').toString() && vscode.window.activeTextEditor, {
      message: 'the provider\'s file opened',
    });
    assert.equal(editor.document.getText(editor.selection), 'upn: priya.raman@northwindmsp.com\n        displayName: Priya Raman');

    // A user typed in the provider's file (unsaved) links the customer's other guest.
    await editor.edit((edit) => edit.insert(editor.document.positionAt(editor.document.getText().length), '      - upn: sam.okafor@northwindmsp.com\n'));
    await waitFor(() => panel!.last?.model.edges.some((e) => e.kind === 'guest' && e.to === SAM), {
      timeoutMs: 15_000, message: () => `Sam's guest entry linked after the edit of the other file (panel visible: ${panel!.visible}; edges: ${panel!.last?.model.edges.map((e) => `${e.kind} ${e.to}`).join(', ')})`,
    });
  });
});
