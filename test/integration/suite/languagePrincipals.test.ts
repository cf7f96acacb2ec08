/**
 * Language features on groups, service principals and management groups as a user gets them through
 * VS Code's own commands, on a workspace file of its own (Woodgrove Bank, written by the suite and
 * removed after): hover and go to definition on a role assignment naming a group, and a rename of a
 * group applied to the document and undone in one step.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAllEditorsDiscarding, step, tenancyDiagnostics, waitFor, workspaceRoot } from './helpers';

interface TestApi { store: { get(uri: vscode.Uri): unknown; all(): unknown[] } }

const WOODGROVE = `# Azure roles go to groups; a pipeline deploys with an application; management groups hold subscriptions.
version: 1
directories:
  - id: 2f6a9c14-7b3e-4d58-a1c2-9e8f7d6c5b4a
    name: Woodgrove Bank
    domains: [woodgrovebank.onmicrosoft.com, woodgrovebank.com]
    users:
      - upn: maria.santos@woodgrovebank.com
        displayName: Maria Santos
        roles: [Global Administrator]
      - upn: james.okafor@woodgrovebank.com
        displayName: James Okafor
      - upn: chen.wei@woodgrovebank.com
        displayName: Chen Wei
    groups:
      - name: Platform Engineers
        id: 8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f
        description: Runs the landing zone
        members:
          - james.okafor@woodgrovebank.com
          - Landing Zone Consultants        # nested group
      - name: Landing Zone Consultants
        members: [chen.wei@woodgrovebank.com]
    servicePrincipals:
      - { name: github-deploy, type: application, appId: 5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9 }
    subscriptions:
      - id: 4b8c2d6e-1f3a-4c5b-9d7e-8f0a1b2c3d4e
        name: Woodgrove Production
        type: azure
        offer: MS-AZR-0017G
        owner: maria.santos@woodgrovebank.com
        createdBy: maria.santos@woodgrovebank.com
        roleAssignments:
          - { principal: 'Landing Zone Consultants', principalType: Group, role: Reader }   # quoted on purpose
          - principal: github-deploy
            role: Website Contributor
            scope: /resourceGroups/web-prod
    managementGroups:
      - id: mg-woodgrove
        name: Woodgrove
        subscriptions: [4b8c2d6e-1f3a-4c5b-9d7e-8f0a1b2c3d4e]
        roleAssignments:
          - principal: Platform Engineers
            role: Contributor
`;

function positionIn(document: vscode.TextDocument, snippet: string, delta = 0): vscode.Position {
  const text = document.getText();
  const at = text.indexOf(snippet);
  if (at === -1 || text.indexOf(snippet, at + 1) !== -1) throw new Error(`expected one occurrence of "${snippet}"`);
  return document.positionAt(at + delta);
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

describe('language features on groups and service principals', function () {
  this.timeout(60_000);
  const api = () => vscode.extensions.getExtension<TestApi>(EXTENSION_ID)!.exports;
  const file = () => vscode.Uri.joinPath(workspaceRoot(), 'woodgrove.tenancy.yaml');
  let document: vscode.TextDocument;

  before(async () => {
    await vscode.workspace.fs.writeFile(file(), new TextEncoder().encode(WOODGROVE));
    document = await vscode.workspace.openTextDocument(file());
    await vscode.window.showTextDocument(document);
    await waitFor(() => api().store.get(file()), { message: 'the Woodgrove file analysed' });
    assert.deepEqual(tenancyDiagnostics(vscode.languages.getDiagnostics(file())).map((d) => d.message), [], 'a clean estate');
  });

  after(async () => {
    await closeAllEditorsDiscarding();
    await vscode.workspace.fs.delete(file(), { useTrash: false });
    await waitFor(() => api().store.all().length === 1, { timeoutMs: 20_000, message: 'only the fixture file left' });
  });

  it('hovers a group named by a management group assignment with what it resolves to, and goes to its definition', async () => {
    const at = positionIn(document, '- principal: Platform Engineers', '- principal: Plat'.length);
    const hover = hoverText(await step('hover', 20_000, vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, at)));
    assert.match(hover, /\*\*Platform Engineers\*\* · security group of \*\*Woodgrove Bank\*\*/);
    assert.match(hover, /2 direct members \(1 account, 1 group\) · 2 accounts in all, nested groups included/);
    assert.match(hover, /Contributor on management group Woodgrove/);
    const locations = await step('definition', 20_000, vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', document.uri, at));
    assert.equal(locations.length, 1);
    const location = locations[0];
    const range = 'targetRange' in location ? location.targetRange : location.range;
    assert.equal(document.getText(range), 'Platform Engineers');
    assert.equal(range.start.line, positionIn(document, '- name: Platform Engineers').line);
  });

  it('completes a principal with the groups and service principals of the directory, and outlines them', async () => {
    const at = positionIn(document, '- principal: github-deploy', '- principal: '.length);
    const list = await step('completion', 20_000, vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, at));
    const item = (name: string) => list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === name);
    assert.equal(item('Platform Engineers')?.kind, vscode.CompletionItemKind.Class);
    assert.equal(item('Platform Engineers')?.detail, 'Group of Woodgrove Bank · 2 members');
    assert.equal(item('github-deploy')?.kind, vscode.CompletionItemKind.Interface);
    assert.equal(item('github-deploy')?.detail, 'Application of Woodgrove Bank');
    const symbols = await step('outline', 20_000, vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri));
    const children = symbols[0].children;
    assert.deepEqual(children.filter((c) => c.kind === vscode.SymbolKind.Class).map((c) => c.name), ['Platform Engineers', 'Landing Zone Consultants']);
    assert.deepEqual(children.filter((c) => c.kind === vscode.SymbolKind.Module).map((c) => `${c.name} — ${c.detail}`), ['Woodgrove — management group · mg-woodgrove']);
  });

  it('renames a nested group at every member and principal naming it, in one undoable edit that keeps quotes and comments', async () => {
    const editor = await vscode.window.showTextDocument(document);
    const at = positionIn(document, "principal: 'Landing Zone Consultants'", "principal: 'Land".length);
    const edit = await step('rename', 20_000, vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', document.uri, at, 'LZ Consultants'));
    assert.equal(edit.get(document.uri).length, 3, 'the name, the nested member, the quoted principal');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const renamed = document.getText();
    assert.ok(renamed.includes('          - LZ Consultants        # nested group'), 'the comment stays');
    assert.ok(renamed.includes("{ principal: 'LZ Consultants', principalType: Group, role: Reader }"), 'the quotes stay');
    assert.ok(renamed.includes('      - name: LZ Consultants\n'));
    assert.ok(!renamed.includes('Landing Zone Consultants'));
    await waitFor(() => tenancyDiagnostics(vscode.languages.getDiagnostics(file())).length === 0 && document.isDirty, { message: 'the renamed file still clean' });
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('undo');
    await waitFor(() => document.getText() === WOODGROVE, { message: 'one undo restores the file' });
    assert.ok(!document.isDirty);
  });
});
