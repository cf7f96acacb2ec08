/**
 * Groups, service principals and management groups in a real VS Code: the tree's new nodes (a
 * directory's groups with nested members and a membership cycle, its service principals, the
 * management-group hierarchy, role assignments naming a group, access through groups and inherited
 * from management groups in the by-user grouping), and each new command applied and undone in one step.
 * The estate is the Woodgrove Bank file of the edit planners' golden tests, written into the workspace.
 */
import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { CommandResult } from '../../../src/vscode/commands/context';
import { COMMANDS } from '../../../src/vscode/commands/ids';
import { closeAllEditorsDiscarding, EXTENSION_ID, itAppliesAndUndoes, waitFor, workspaceRoot } from './helpers';
import type { CommandCase } from './helpers';
import { acceptUntilDone } from './quickPicks';

interface Node { id: string; label: string; kind: string }
interface TestApi { tree: vscode.TreeDataProvider<Node>; store: { all(): Array<[vscode.Uri, { text: string }]> } }

const api = () => vscode.extensions.getExtension<TestApi>(EXTENSION_ID)!.exports;
const WOODGROVE = '2f6a9c14-7b3e-4d58-a1c2-9e8f7d6c5b4a';
const SANDBOX = '3a5c7e9b-1d2f-4a6c-8e0b-2d4f6a8c0e1b';
const ESTATE = readFileSync(join(__dirname, '..', '..', '..', 'test', 'fixtures', 'edits', 'principals.before.yaml'), 'utf8');

async function children(node?: Node): Promise<Node[]> {
  return (await api().tree.getChildren(node)) ?? [];
}

/** `label — description` rows, as the tree shows them. */
async function rows(nodes: Node[]): Promise<string[]> {
  return Promise.all(nodes.map(async (n) => {
    const item = await api().tree.getTreeItem(n);
    return item.description ? `${String(item.label)} — ${String(item.description)}` : String(item.label);
  }));
}

async function child(parent: Node | undefined, label: string): Promise<Node> {
  const nodes = await children(parent);
  const found = nodes.find((n) => n.label === label);
  assert.ok(found, `"${label}" among ${JSON.stringify(nodes.map((n) => n.label))}`);
  return found;
}

async function path(...labels: string[]): Promise<Node> {
  let node: Node | undefined;
  for (const label of labels) node = await child(node, label);
  return node!;
}

describe('groups, service principals and management groups', function () {
  this.timeout(60_000);
  let document: vscode.TextDocument;
  const uri = () => vscode.Uri.joinPath(workspaceRoot(), 'woodgrove.tenancy.yaml');

  before(async () => {
    writeFileSync(uri().fsPath, ESTATE);
    document = await vscode.workspace.openTextDocument(uri());
    await vscode.window.showTextDocument(document);
    await waitFor(async () => (await children()).some((n) => n.label === 'woodgrove.tenancy.yaml') && api().store.all().some(([u]) => u.toString() === uri().toString()),
      { timeoutMs: 20_000, message: 'the Woodgrove file in the tree' });
  });

  afterEach(async () => {
    if (document.isDirty) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await vscode.commands.executeCommand('tenancy.tree.groupByDirectory');
  });

  after(closeAllEditorsDiscarding);

  it('shows groups, service principals and management groups under the directory, with counts', async () => {
    const directory = await path('woodgrove.tenancy.yaml', 'Woodgrove Bank (woodgrove)');
    assert.deepEqual(await rows(await children(directory)), [
      'Users — 6', 'Guests — 1', 'Subscriptions — 4', 'Groups — 5', 'Service principals — 3', 'Management groups — 6',
    ]);
    assert.deepEqual(await rows(await children(await child(directory, 'Service principals'))), [
      'github-deploy — application · 1 role assignment',
      'woodgrove-web — system-assigned identity · woodgrove-web · 1 role assignment',
      'id-batch-jobs — user-assigned identity · id-batch-jobs · 1 role assignment',
    ]);
    const icons = await Promise.all((await children(await child(directory, 'Service principals'))).map(async (n) => ((await api().tree.getTreeItem(n)).iconPath as vscode.ThemeIcon).id));
    assert.deepEqual(icons, ['robot', 'key', 'key']);
  });

  it('expands a group to its members, a nested group to its own, and lists what the group holds', async () => {
    const platform = await path('woodgrove.tenancy.yaml', 'Woodgrove Bank (woodgrove)', 'Groups', 'Platform Engineers');
    assert.equal((await rows([platform]))[0], 'Platform Engineers — 4 members · 2 role assignments');
    assert.deepEqual(await rows(await children(platform)), [
      'james.okafor@woodgrovebank.com — James Okafor',
      'chen.wei@woodgrovebank.com — Chen Wei',
      'ahmed.haddad@woodgrovebank.com — Ahmed Haddad · disabled',
      'Landing Zone Consultants — 1 member',
      'Role Reader on management group Tenant Root Group — inherited by everything below',
      'Role Contributor on management group Woodgrove — inherited by everything below',
    ]);
    assert.deepEqual(await rows(await children(await child(platform, 'Landing Zone Consultants'))), ['nadia_fourthcoffee.com#EXT#@woodgrovebank.onmicrosoft.com — Nadia Petrova (Fourth Coffee) · guest']);
  });

  it('stops a membership cycle at a leaf that says so', async () => {
    const flow = '[nadia_fourthcoffee.com#EXT#@woodgrovebank.onmicrosoft.com]';
    const at = document.getText().indexOf(flow);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, document.positionAt(at + flow.length - 1), ', Platform Engineers');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const inner = await waitFor(async () => {
      const consultants = await path('woodgrove.tenancy.yaml', 'Woodgrove Bank (woodgrove)', 'Groups', 'Platform Engineers', 'Landing Zone Consultants');
      return (await children(consultants)).find((n) => n.label === 'Platform Engineers');
    }, { message: 'Platform Engineers inside Landing Zone Consultants' });
    // The leaf also counts the problem the cycle is (GRP001), before what it is.
    assert.equal((await rows([inner]))[0], 'Platform Engineers — ✕1 · membership cycle: already above');
    assert.equal((await api().tree.getTreeItem(inner)).collapsibleState, vscode.TreeItemCollapsibleState.None, 'the cycle is not expandable');
  });

  it('shows the management-group hierarchy with subscriptions under their group and inherited assignments', async () => {
    const root = await path('woodgrove.tenancy.yaml', 'Woodgrove Bank (woodgrove)', 'Management groups', 'Tenant Root Group');
    assert.deepEqual(await rows(await children(root)), [
      'Woodgrove — mg-woodgrove · 1 role assignment',
      'Reader — Platform Engineers (group) · inherited by everything below',
    ]);
    const corp = await child(await child(await child(root, 'Woodgrove'), 'Landing zones'), 'Corp');
    assert.deepEqual((await children(corp)).map((n) => n.label), ['Woodgrove Production', 'Woodgrove Data']);
  });

  it('names the group or service principal a subscription\'s role assignment goes to', async () => {
    const production = await path('woodgrove.tenancy.yaml', 'Woodgrove Bank (woodgrove)', 'Subscriptions', 'Woodgrove Production');
    assert.deepEqual(await rows(await children(production)), [
      'Contributor — App Developers (group) · /resourceGroups/web-prod',
      'Website Contributor — github-deploy (application) · /resourceGroups/web-prod',
      'Key Vault Secrets User — woodgrove-web (system-assigned identity) · /resourceGroups/web-prod/providers/Microsoft.KeyVault/vaults/kv-woodgrove-prod',
    ]);
  });

  it('by user: access through a group and inherited from a management group', async () => {
    await vscode.commands.executeCommand('tenancy.tree.groupByUser');
    const nadia = await waitFor(async () => {
      const file = (await children()).find((n) => n.label === 'woodgrove.tenancy.yaml');
      return file && (await children(file)).find((n) => n.label.startsWith('nadia_fourthcoffee.com'));
    }, { message: 'Nadia in the by-user grouping' });
    const access = await rows(await children(nadia));
    assert.ok(access.includes('Role Reader inherited from management group Tenant Root Group — 3 subscriptions · via group Landing Zone Consultants › Platform Engineers'), access.join('\n'));
    assert.ok(access.includes('Role Contributor inherited from management group Woodgrove — 3 subscriptions · via group Landing Zone Consultants › Platform Engineers'), access.join('\n'));
  });

  const CASES: CommandCase[] = [
    {
      title: 'Add Group appends a group with its members',
      command: COMMANDS.addGroup,
      args: { directoryId: WOODGROVE, name: 'Security Reviewers', members: ['maria.santos@woodgrovebank.com', 'Helpdesk Operators'] },
      expect: (after) => assert.match(after, /\n {6}- name: Security Reviewers\n {8}members: \[maria\.santos@woodgrovebank\.com, Helpdesk Operators\]\n {4}servicePrincipals:/),
    },
    {
      title: 'Add Member to Group appends to the group\'s flow list',
      command: COMMANDS.addGroupMember,
      args: { directoryId: WOODGROVE, group: 'App Developers', member: 'chen.wei@woodgrovebank.com' },
      expect: (after, before) => assert.equal(after, before.replace('members: [sofia.lindqvist@woodgrovebank.com, github-deploy]', 'members: [sofia.lindqvist@woodgrovebank.com, github-deploy, chen.wei@woodgrovebank.com]')),
    },
    {
      title: 'Add Service Principal appends a user-assigned managed identity',
      command: COMMANDS.addServicePrincipal,
      args: { directoryId: WOODGROVE, name: 'id-reports', type: 'managedIdentity', identity: 'userAssigned', resource: '/subscriptions/7c3e9a1f-2b4d-4e6f-8a0c-1d2e3f4a5b6c/resourceGroups/reports/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-reports' },
      expect: (after) => assert.match(after, /- name: id-reports\n {8}type: managedIdentity\n {8}identity: userAssigned\n {8}resource: \/subscriptions\//),
    },
    {
      title: 'Place Subscription in Management Group moves it out of its group in the same edit',
      command: COMMANDS.placeInManagementGroup,
      args: { subscriptionId: SANDBOX, managementGroupId: 'mg-corp' },
      expect: (after, before) => assert.equal(after, before
        .replace('subscriptions: [4b8c2d6e-1f3a-4c5b-9d7e-8f0a1b2c3d4e, 7c3e9a1f-2b4d-4e6f-8a0c-1d2e3f4a5b6c]', `subscriptions: [4b8c2d6e-1f3a-4c5b-9d7e-8f0a1b2c3d4e, 7c3e9a1f-2b4d-4e6f-8a0c-1d2e3f4a5b6c, ${SANDBOX}]`)
        .replace(`subscriptions: [${SANDBOX}]`, 'subscriptions: []')),
    },
  ];

  itAppliesAndUndoes(CASES, () => document);

  it('a refused command says why and edits nothing', async () => {
    const before = document.getText();
    const result = await vscode.commands.executeCommand<CommandResult>(COMMANDS.addGroupMember, { uri: document.uri, directoryId: WOODGROVE, group: 'Landing Zone Consultants', member: 'Platform Engineers' });
    assert.equal(result.applied, false);
    assert.match(result.reason ?? '', /membership cycle/);
    assert.equal(document.getText(), before);
  });

  it('runs from a tree node: Add Member to Group on a group node targets that group', async () => {
    const finance = await path('woodgrove.tenancy.yaml', 'Woodgrove Bank (woodgrove)', 'Groups', 'Finance Readers');
    const running = vscode.commands.executeCommand<CommandResult>(COMMANDS.addGroupMember, finance);
    // The member picker lists the directory's principals; Enter takes the first one (a member of the directory).
    const result = await acceptUntilDone(running);
    assert.equal(result?.applied, true, result?.reason);
    assert.match(document.getText(), /- name: Finance Readers\n {8}members: \[maria\.santos@woodgrovebank\.com\]/);
  });
});
