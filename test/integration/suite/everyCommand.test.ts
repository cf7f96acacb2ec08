/**
 * Every edit command, run with its prompts answered by arguments, changes the open document as
 * expected, and one undo restores it exactly. Also: the transfer preview's content, and a command
 * run from a tree node.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CommandResult } from '../../../src/vscode/commands/context';
import { COMMANDS } from '../../../src/vscode/commands/ids';
import { closeAllEditorsDiscarding, itAppliesAndUndoes, renderedTransferTab, waitFor, openFixture, revertFixture } from './helpers';
import type { CommandCase } from './helpers';

const FABRIKAM = '1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a';
const PRODUCTION = '0b1e5a7c-2f4d-4e6a-8b9c-0d1e2f3a4b5c';
const ANALYTICS = '3c9d2b41-7e5a-4f08-9b6c-2d4e6f8a0b1c';

const CASES: CommandCase[] = [
  {
    title: 'Add Directory appends a directory with its initial domain',
    command: COMMANDS.addDirectory,
    args: { id: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d', name: 'Litware', domains: ['litware.onmicrosoft.com'] },
    expect: (after) => assert.match(after, /\n {2}- id: 7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d\n {4}name: Litware\n {4}domains: \[litware\.onmicrosoft\.com\]/),
  },
  {
    title: 'Invite Guest adds the account to the directory\'s guests',
    command: COMMANDS.inviteGuest,
    args: { directoryId: FABRIKAM, upn: 'bob@contoso.com' },
    expect: (after) => assert.match(after, /name: Fabrikam[\s\S]*guests:[\s\S]*- upn: bob@contoso\.com/),
  },
  {
    title: 'Add Subscription adds an Azure subscription with owner and creator',
    command: COMMANDS.addSubscription,
    args: { directoryId: FABRIKAM, type: 'azure', id: '5d6e7f80-9a1b-4c2d-8e3f-405162738495', name: 'Fabrikam Web', owner: 'carol@fabrikam.com', createdBy: 'carol@fabrikam.com' },
    expect: (after) => assert.match(after, /- id: 5d6e7f80-9a1b-4c2d-8e3f-405162738495\n\s+name: Fabrikam Web\n\s+type: azure\n\s+owner: carol@fabrikam\.com\n\s+createdBy: carol@fabrikam\.com/),
  },
  {
    title: 'Add Role Assignment appends to the subscription\'s assignments, in their flow style',
    command: COMMANDS.addRoleAssignment,
    args: { subscriptionId: PRODUCTION, principal: 'alice@contoso.com', role: 'Reader', scope: '/resourceGroups/web' },
    expect: (after) => assert.match(after, /- \{ principal: alice@contoso\.com, role: Reader, scope: \/resourceGroups\/web \}/),
  },
  {
    title: 'Set Owner replaces the owner value only',
    command: COMMANDS.setOwner,
    args: { subscriptionId: ANALYTICS, owner: 'alice@contoso.com' },
    expect: (after, before) => assert.equal(after, before.replace('owner: carol@fabrikam.com             # planted: OWN002', 'owner: alice@contoso.com             # planted: OWN002')),
  },
  {
    title: 'Remove deletes one role assignment line',
    command: COMMANDS.removeEntity,
    args: { target: { kind: 'roleAssignment', subscriptionId: PRODUCTION, index: 2 }, confirm: true },
    expect: (after, before) => assert.equal(after, before.replace(/ +- \{ principal: carol@fabrikam\.com, role: Reader, scope: \/resourceGroups\/analytics \}\n/, '')),
  },
];

describe('every edit command', function () {
  this.timeout(60_000);
  let document: vscode.TextDocument;

  before(async () => {
    document = await openFixture();
  });

  afterEach(async () => {
    await revertFixture(document);
    assert.equal(document.isDirty, false);
  });

  after(closeAllEditorsDiscarding);

  itAppliesAndUndoes(CASES, () => document);

  it('transfer then recreate: assignments wait under pendingRoleAssignments, and come back for principals of the target', async () => {
    const before = document.getText();
    const moved = await vscode.commands.executeCommand<CommandResult>(COMMANDS.transferSubscription, { uri: document.uri, subscriptionId: PRODUCTION, targetDirectoryId: FABRIKAM, confirm: true });
    assert.equal(moved.applied, true, moved.reason);
    assert.match(document.getText(), /pendingRoleAssignments:[\s\S]*fromDirectory: 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f/);
    const recreated = await vscode.commands.executeCommand<CommandResult>(COMMANDS.recreateRoleAssignments, { uri: document.uri, subscriptionId: PRODUCTION });
    assert.equal(recreated.applied, true, recreated.reason);
    assert.match(document.getText(), /roleAssignments:\n\s+- \{ principal: carol@fabrikam\.com, role: Reader, scope: \/resourceGroups\/analytics \}/, 'carol, a member of Fabrikam, gets hers back');
    await vscode.commands.executeCommand('undo');
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), before);
  });

  it('previews a transfer: every assignment Azure deletes, who exists in the target, the checklist', async () => {
    const result = await vscode.commands.executeCommand<CommandResult>(COMMANDS.transferSubscription, { uri: document.uri, subscriptionId: PRODUCTION, targetDirectoryId: FABRIKAM, previewOnly: true });
    assert.equal(result.applied, false);
    const preview = result.preview!;
    for (const expected of ['Contoso Production', 'Fabrikam', 'alice@contoso.com', 'bob@contoso.com', 'carol@fabrikam.com', 'Key Vault', 'Managed identities', 'learn.microsoft.com']) {
      assert.ok(preview.includes(expected), `the preview mentions ${expected}:\n${preview}`);
    }
    // Rendered by VS Code's Markdown preview beside the file (a webview tab), not as its source.
    const tab = await waitFor(() => renderedTransferTab('Contoso Production'), { message: 'the rendered preview opens beside the file' });
    assert.ok(!document.isDirty, 'a preview edits nothing');
    await vscode.window.tabGroups.close(tab);
  });

  it('runs from a tree node: Recreate Role Assignments on a subscription node targets that subscription', async () => {
    const moved = await vscode.commands.executeCommand<CommandResult>(COMMANDS.transferSubscription, { uri: document.uri, subscriptionId: PRODUCTION, targetDirectoryId: FABRIKAM, confirm: true });
    assert.equal(moved.applied, true, moved.reason);
    const api = vscode.extensions.getExtension<{ tree: vscode.TreeDataProvider<{ label: string }> }>('tenancy.tenancy')!.exports;
    const production = await waitFor(async () => {
      const fabrikam = (await api.tree.getChildren())!.find((n) => n.label === 'Fabrikam');
      const subscriptions = fabrikam && (await api.tree.getChildren(fabrikam))!.find((n) => n.label === 'Subscriptions');
      return subscriptions && (await api.tree.getChildren(subscriptions))!.find((n) => n.label === 'Contoso Production');
    }, { message: 'Contoso Production under Fabrikam in the tree' });
    const result = await vscode.commands.executeCommand<CommandResult>(COMMANDS.recreateRoleAssignments, production);
    assert.equal(result?.applied, true, result?.reason);
    assert.match(document.getText(), /roleAssignments:\n\s+- \{ principal: carol@fabrikam\.com, role: Reader/);
  });
});
