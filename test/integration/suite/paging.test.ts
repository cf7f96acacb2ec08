/** Large groups are paged: the tree shows one page and a "Show N more…" node that loads the next. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, waitFor } from './helpers';

interface Node { id: string }
interface TestApi { tree: vscode.TreeDataProvider<Node> }

describe('tree paging', () => {
  const config = () => vscode.workspace.getConfiguration('tenancy');

  before(async () => {
    await config().update('tree.pageSize', 1, vscode.ConfigurationTarget.Workspace);
  });

  after(async () => {
    await config().update('tree.pageSize', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('shows one page of users and a "Show more" node whose command loads the rest', async () => {
    const { tree } = vscode.extensions.getExtension<TestApi>(EXTENSION_ID)!.exports;
    const labels = async (nodes: Node[]) => Promise.all(nodes.map(async (n) => String((await tree.getTreeItem(n)).label)));
    const users = async () => {
      const [contoso] = (await tree.getChildren())!;
      const [usersGroup] = (await tree.getChildren(contoso))!;
      return (await tree.getChildren(usersGroup))!;
    };
    const firstPage = await waitFor(async () => {
      const nodes = await users();
      return nodes.length === 2 ? nodes : undefined;
    }, { timeoutMs: 10_000, message: 'one user and a "Show more" node' });
    assert.deepEqual(await labels(firstPage), ['alice@contoso.com', 'Show 1 more…']);
    const more = await tree.getTreeItem(firstPage[1]);
    assert.ok(more.command, 'the "Show more" node runs a command');
    await vscode.commands.executeCommand(more.command.command, ...(more.command.arguments ?? []));
    assert.deepEqual(await labels(await users()), ['alice@contoso.com', 'bob@contoso.com']);
  });
});
