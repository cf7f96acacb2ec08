/**
 * Language features of a workspace file as a user gets them, through VS Code's own commands:
 * completion (also on a half-typed line), hover, go to definition, find references, rename and the
 * outline, on the fixture workspace's contoso.tenancy.yaml. The one test that types restores the file.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { tenancyDiagnostics, waitFor, waitForDiagnostics, workspaceRoot } from './helpers';

/** The position `delta` characters into the only occurrence of `snippet` in the document. */
function positionIn(document: vscode.TextDocument, snippet: string, delta = 0): vscode.Position {
  const text = document.getText();
  const at = text.indexOf(snippet);
  if (at === -1 || text.indexOf(snippet, at + 1) !== -1) throw new Error(`expected one occurrence of "${snippet}"`);
  return document.positionAt(at + delta);
}

async function completions(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
  return list.items;
}

function label(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

describe('language features of a workspace file', () => {
  let document: vscode.TextDocument;

  before(async () => {
    document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceRoot(), 'contoso.tenancy.yaml'));
    await vscode.window.showTextDocument(document);
    await waitForDiagnostics(document.uri, (all) => tenancyDiagnostics(all).length === 2, { message: 'the analysis of the fixture' });
  });

  it('completes offer ids with their names', async () => {
    const items = await completions(document, positionIn(document, 'offer: MS-AZR-0003P                   # Pay', 'offer: MS-AZR-00'.length));
    const free = items.find((i) => label(i) === 'MS-AZR-0044P');
    assert.ok(free, `offers proposed: ${items.slice(0, 5).map(label).join(', ')}`);
    assert.equal(free.detail, 'Free Trial');
    assert.equal(free.kind, vscode.CompletionItemKind.Value);
  });

  it("completes an owner with the directory's members first, then its guests, each with its directory", async () => {
    const items = await completions(document, positionIn(document, 'owner: carol@fabrikam.com', 'owner: '.length));
    const accounts = items.filter((i) => i.kind === vscode.CompletionItemKind.User).sort((a, b) => (a.sortText! < b.sortText! ? -1 : 1));
    assert.deepEqual(accounts.map((i) => `${label(i)} — ${i.detail}`), [
      'alice@contoso.com — Alice Martin · Member of Contoso',
      'bob@contoso.com — Bob Nguyen · Member of Contoso',
      'carol@fabrikam.com — Guest in Contoso · member of Fabrikam',
    ]);
  });

  it('completes Azure role names with their descriptions inside a flow map', async () => {
    const items = await completions(document, positionIn(document, 'role: Contributer', 'role: Contr'.length));
    const contributor = items.find((i) => label(i) === 'Contributor');
    assert.ok(contributor);
    assert.match((contributor.documentation as vscode.MarkdownString).value, /Grants full access to manage all resources/);
  });

  it('completes the keys a subscription may still have on a half-typed line, then the file is restored', async () => {
    const editor = await vscode.window.showTextDocument(document);
    const after = positionIn(document, '        name: Contoso Analytics\n');
    const line = after.line + 1;
    try {
      assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(line, 0), '        sta\n')));
      const items = await completions(document, new vscode.Position(line, '        sta'.length));
      const keys = items.filter((i) => i.kind === vscode.CompletionItemKind.Property).map(label);
      assert.ok(keys.includes('state'), `keys proposed: ${keys.join(', ')}`);
      assert.ok(!keys.includes('name') && !keys.includes('owner'), 'keys already present are not proposed');
      const state = items.find((i) => label(i) === 'state')!;
      assert.match((state.documentation as vscode.MarkdownString).value, /subscription's state/);
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await waitFor(() => !document.isDirty && !document.getText().includes('        sta\n'), { message: 'the fixture to be restored' });
    await waitForDiagnostics(document.uri, (all) => tenancyDiagnostics(all).length === 2, { message: 'the two planted problems again' });
  });

  it('hovers an account with who it is and what it owns, and a role with its description', async () => {
    const account = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionIn(document, 'owner: alice@contoso.com', 'owner: al'.length));
    const text = hoverText(account);
    assert.match(text, /\*\*Alice Martin\*\*/);
    assert.match(text, /Member of \*\*Contoso\*\* · roles: Global Administrator/);
    assert.match(text, /\*\*Owns:\*\* Contoso Production \(Contoso\)/);
    const role = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionIn(document, 'role: Owner }', 'role: Ow'.length));
    assert.match(hoverText(role), /Azure built-in role/);
    const offer = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionIn(document, 'MS-AZR-0003P                   # Pay', 3));
    assert.match(hoverText(offer), /Pay-as-you-go/i);
  });

  it("goes from an owner to the account's member entry in its home directory", async () => {
    const locations = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>(
      'vscode.executeDefinitionProvider', document.uri, positionIn(document, 'owner: carol@fabrikam.com', 'owner: ca'.length));
    assert.equal(locations.length, 1);
    const location = locations[0];
    const range = 'targetRange' in location ? location.targetRange : location.range;
    assert.equal(document.getText(range), 'carol@fabrikam.com');
    assert.equal(range.start.line, positionIn(document, '      - upn: carol@fabrikam.com\n        displayName: Carol Smith').line);
  });

  it('finds every reference of an account', async () => {
    const locations = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider', document.uri, positionIn(document, 'owner: alice@contoso.com', 'owner: al'.length));
    assert.equal(locations.length, 6, locations.map((l) => l.range.start.line + 1).join(', '));
    for (const location of locations) assert.equal(document.getText(location.range), 'alice@contoso.com');
  });

  it('renames an account everywhere, and refuses a name another account has', async () => {
    const at = positionIn(document, 'owner: alice@contoso.com', 'owner: al'.length);
    const prepared = await vscode.commands.executeCommand<{ range: vscode.Range; placeholder: string }>('vscode.prepareRename', document.uri, at);
    assert.equal(prepared.placeholder, 'alice@contoso.com');
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', document.uri, at, 'alice.martin@contoso.com');
    const edits = edit.get(document.uri);
    assert.equal(edits.length, 6);
    assert.ok(edits.every((e) => e.newText === 'alice.martin@contoso.com' && document.getText(e.range) === 'alice@contoso.com'));
    assert.ok(!document.isDirty, 'the command computes the edit; nothing is applied');
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', document.uri, at, 'bob@contoso.com')),
      /already an account/,
    );
  });

  it('outlines directories with their users, guests and subscriptions', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    assert.deepEqual(symbols.map((s) => s.name), ['Contoso', 'Fabrikam']);
    assert.deepEqual(symbols[0].children.map((c) => c.name), [
      'alice@contoso.com', 'bob@contoso.com', 'carol@fabrikam.com', 'Contoso Production', 'Contoso Analytics', 'Microsoft 365 E3',
    ]);
    assert.equal(symbols[0].kind, vscode.SymbolKind.Namespace);
    assert.equal(document.getText(symbols[0].selectionRange), 'Contoso');
  });
});
