/**
 * The edit commands in a real editor: each applies one WorkspaceEdit to the open document (so undo
 * and the dirty state work), takes its arguments without prompting, refuses what the core refuses,
 * and refuses a plan computed against an older version of the document.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { applyPlan } from '../../../src/vscode/commands/context';
import type { CommandResult } from '../../../src/vscode/commands/context';
import { COMMANDS } from '../../../src/vscode/commands/registerCommands';
import { waitFor, openFixture, revertFixture, diagnosticCodes } from './helpers';

const FABRIKAM = '1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a';
const ANALYTICS = '3c9d2b41-7e5a-4f08-9b6c-2d4e6f8a0b1c';

describe('edit commands', () => {
  let document: vscode.TextDocument;
  const disposables: vscode.Disposable[] = [];
  const codes = () => diagnosticCodes(document.uri);

  before(async () => {
    const registered = await vscode.commands.getCommands(true);
    for (const id of Object.values(COMMANDS)) assert.ok(registered.includes(id), `the extension registers ${id}`);
    document = await openFixture();
  });

  afterEach(async () => {
    await revertFixture(document);
    assert.equal(document.isDirty, false);
  });

  after(() => {
    for (const d of disposables) d.dispose();
  });

  it('adds a user with its arguments, as one undoable edit', async () => {
    const before = document.getText();
    const result = await vscode.commands.executeCommand<CommandResult>(COMMANDS.addUser, { uri: document.uri, directoryId: FABRIKAM, upn: 'dave@fabrikam.com', displayName: 'Dave Lee' });
    assert.equal(result.applied, true);
    assert.equal(document.getText(), before.replace(/(roles: \[Global Administrator\]\n)(?![\s\S]*roles: \[Global Administrator\])/, '$1      - upn: dave@fabrikam.com\n        displayName: Dave Lee\n'));
    assert.ok(document.isDirty);
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), before);
  });

  it('transfers a subscription after a confirmation the arguments skip; its diagnostic goes', async () => {
    const result = await vscode.commands.executeCommand<CommandResult>(COMMANDS.transferSubscription, { uri: document.uri, subscriptionId: ANALYTICS, targetDirectoryId: FABRIKAM, confirm: true });
    assert.equal(result.applied, true);
    assert.match(document.getText(), /name: Fabrikam[\s\S]*subscriptions:\n {6}- id: 3c9d2b41/);
    await waitFor(() => !codes().includes('OWN002'), { timeoutMs: 10_000, message: `OWN002 gone (now: ${codes().join(', ')})` });
  });

  it('refuses what the core refuses, and edits nothing', async () => {
    const before = document.getText();
    const result = await vscode.commands.executeCommand<CommandResult>(COMMANDS.addUser, { uri: document.uri, directoryId: FABRIKAM, upn: 'alice@contoso.com' });
    assert.equal(result.applied, false);
    assert.match(result.reason!, /already a user of Contoso/);
    assert.equal(document.getText(), before);
  });

  it('refuses a plan computed against an older version of the document', async () => {
    const text = document.getText();
    const version = document.version;
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), '# edited meanwhile\n'));
    const result = await applyPlan({ document, version, text, analysis: undefined as never }, { edits: [{ start: 0, end: 0, newText: '# stale\n' }] });
    assert.equal(result.applied, false);
    assert.ok(!document.getText().includes('# stale'));
  });

  it('renames an account everywhere it is named', async () => {
    const result = await vscode.commands.executeCommand<CommandResult>(COMMANDS.renameUpn, { uri: document.uri, from: 'carol@fabrikam.com', to: 'carol.smith@fabrikam.com' });
    assert.equal(result.applied, true);
    assert.equal(document.getText().split('carol.smith@fabrikam.com').length - 1, 4);
    assert.ok(!document.getText().includes('carol@fabrikam.com'));
  });
});
