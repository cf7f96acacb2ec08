/**
 * A 50,000-user workspace file (5 MB) in a real VS Code: its first parse runs in the worker thread,
 * the tree pages its long lists, the diagram opens on one directory, an edit inside a user re-reads
 * that user alone, and an edit of a directory's own fields has the directory parsed again in the
 * worker, the main thread placing it among the cached blocks.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { generateWorkspace } from '../../../bench/generateWorkspace';
import type { DiagramModel } from '../../../src/core/diagram';
import { DIAGRAM_COMMANDS } from '../../../src/vscode/diagram/registerDiagram';
import { EXTENSION_ID, closeAllEditorsDiscarding, codeOf, step, tenancyDiagnostics, waitFor, waitForDiagnostics, workspaceRoot } from './helpers';

interface Node { id: string; label: string; kind: string }
interface DiagramPanel { last?: { model: DiagramModel }; dispose(): void }
interface Analysis { text: string; stats: { mode: string; blocks: number; parsedBlocks: number; patchedBlocks?: number; parsedOffThread?: number } }
interface TestApi {
  tree: vscode.TreeDataProvider<Node>;
  store: { get(uri: vscode.Uri): Analysis | undefined; all(): Array<[vscode.Uri, Analysis]>; settled(): Promise<void> };
}

describe('a large generated workspace file', function () {
  // Measured with two CPU-bound processes beside the run on 2 cores: opening the 5 MB document,
  // editing it and getting its diagnostics took up to 107 s (3 s on a quiet machine).
  this.timeout(300_000);
  const api = () => vscode.extensions.getExtension<TestApi>(EXTENSION_ID)!.exports;
  const uri = () => vscode.Uri.joinPath(workspaceRoot(), 'large.generated.tenancy.yaml');
  const text = generateWorkspace({ users: 50_000 });

  before(async () => {
    await vscode.workspace.fs.writeFile(uri(), new TextEncoder().encode(text));
  });

  after(async () => {
    // A dirty copy of the large document would outlive the file (as an unsaved editor) and keep it
    // in the store for later suites: make sure its text is the file's again.
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri().toString());
    if (open) await restore(open);
    await closeAllEditorsDiscarding();
    await vscode.workspace.fs.delete(uri());
    await waitFor(() => api().store.all().length === 1, { timeoutMs: 60_000, message: 'the large file forgotten after its deletion' });
  });

  /**
   * Reverts the document to the generated text. `files.revert` acts on the active editor; if the
   * document is still dirty after it, the text is put back by an edit and saved (the same bytes).
   */
  async function restore(document: vscode.TextDocument): Promise<void> {
    if (!document.isDirty) return;
    await step('showing the large document', 60_000, vscode.window.showTextDocument(document));
    await step('reverting the large document', 60_000, vscode.commands.executeCommand('workbench.action.files.revert'));
    if (await waitFor(() => !document.isDirty, { timeoutMs: 5_000 }).then(() => true, () => false)) return;
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), text);
    await step('putting the generated text back', 60_000, vscode.workspace.applyEdit(edit));
    await step('saving the large document', 60_000, document.save());
  }

  it('is parsed off the main thread: the main thread only joins the blocks the worker parsed', async () => {
    const analysis = await waitFor(() => api().store.get(uri()), {
      timeoutMs: 120_000,
      message: () => `the analysis of the 5 MB file; analysed: ${api().store.all().map(([u, a]) => `${u.toString()} (${a.text.length} chars, ${JSON.stringify(a.stats)})`).join(', ')}`,
    });
    assert.equal(analysis.text.length, text.length);
    assert.equal(analysis.stats.mode, 'blocks');
    assert.ok(analysis.stats.blocks >= 200, `one block per directory (${analysis.stats.blocks})`);
    assert.equal(analysis.stats.parsedBlocks, 0, 'no block parsed on the main thread');
  });

  it('pages the users of each directory in the tree', async () => {
    const { tree } = api();
    const roots = (await tree.getChildren())!;
    assert.equal(roots.length, 2, 'one root per workspace file');
    const large = roots.find((n) => n.label.includes('large.generated'))!;
    const directories = (await tree.getChildren(large))!;
    assert.ok(directories.length >= 200, `${directories.length} directories`);
    const [users] = (await tree.getChildren(directories[0]))!;
    const page = (await tree.getChildren(users))!;
    assert.equal(page.length, 201, 'one page of 200 users and a "Show more" node');
    assert.equal(page[200].label, 'Show 50 more…');
  });

  it('opens the diagram on its first directory, each column cut to the limit', async () => {
    const panel = await vscode.commands.executeCommand<DiagramPanel>(DIAGRAM_COMMANDS.show, { uri: uri() });
    try {
      const { model } = panel!.last!;
      assert.equal(model.focus, model.containers.find((c) => !c.partial && c.kind === 'directory')?.id, 'one directory drawn');
      const perColumn = new Map<string, number>();
      for (const n of model.nodes) perColumn.set(`${n.container} ${n.column}`, (perColumn.get(`${n.container} ${n.column}`) ?? 0) + 1);
      assert.ok(Math.max(...perColumn.values()) <= 31, `at most 30 entries and a "+N more" box per column: ${JSON.stringify([...perColumn])}`);
      assert.ok(model.nodes.some((n) => n.kind === 'more' && (n.hidden ?? 0) > 0), `a "+N more" box (drawn: ${model.containers.map((c) => `${c.label}${c.id === model.focus ? ' (focus)' : ''}: ${c.columns.map((g) => `${g.column} ${g.count}`).join(', ')}`).join('; ')})`);
    } finally {
      panel?.dispose();
    }
  });

  it('re-analyses an edit of the open file and shows the new problem where it was typed', async () => {
    const document = await step('opening the 5 MB document', 120_000, vscode.workspace.openTextDocument(uri()));
    await step('showing the 5 MB document', 60_000, vscode.window.showTextDocument(document));
    const offset = document.getText().indexOf('upn: bruno.martin@contoso.com') + 'upn: bruno.martin@'.length;
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri(), new vscode.Range(document.positionAt(offset), document.positionAt(offset + 'contoso.com'.length)), 'unverified.example');
    assert.ok(await step('applying the edit', 120_000, vscode.workspace.applyEdit(edit)));
    const line = document.positionAt(offset).line;
    const diagnostics = await waitForDiagnostics(uri(), (all) => tenancyDiagnostics(all).some((d) => codeOf(d) === 'USR002' && d.range.start.line === line), {
      timeoutMs: 120_000, message: 'USR002 on the edited UPN',
    });
    assert.ok(diagnostics.length > 0);
    const analysis = api().store.get(uri())!;
    assert.deepEqual([analysis.stats.patchedBlocks, analysis.stats.parsedOffThread], [1, undefined], 'only the edited user was read again, here');
    await restore(document);
    assert.equal(document.isDirty, false);
  });

  it("re-analyses an edit of a directory's name with the directory parsed again in the worker", async () => {
    const document = await step('opening the 5 MB document', 120_000, vscode.workspace.openTextDocument(uri()));
    await step('showing the 5 MB document', 60_000, vscode.window.showTextDocument(document, { preview: false }));
    // The analysis of the text the last test put back must be over: an edit that comes while one runs is parsed here.
    await waitFor(() => api().store.get(uri())?.text === document.getText(), { timeoutMs: 120_000, message: 'the restored text analysed' });
    await step('the analyses settling', 120_000, api().store.settled());
    // Another file in front, the 5 MB document still open in its tab: VS Code asks the language features of
    // a shown editor after an edit (outline, folding, code actions), and a request that comes before the
    // worker's blocks is answered from an analysis made here, of the edited version (by design).
    const other = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceRoot(), 'contoso.tenancy.yaml'));
    await step('showing another file', 60_000, vscode.window.showTextDocument(other, { preview: false }));
    assert.ok(!vscode.window.visibleTextEditors.some((e) => e.document === document) && !document.isClosed, 'the 5 MB document open, not shown');
    const offset = document.getText().lastIndexOf('\n    name: ', document.getText().indexOf('upn: bruno.martin@contoso.com')) + '\n    name: '.length;
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri(), document.positionAt(offset), 'Renamed ');
    assert.ok(await step('applying the edit', 120_000, vscode.workspace.applyEdit(edit)));
    const analysis = await waitFor(() => {
      const current = api().store.get(uri());
      return current?.text.includes('\n    name: Renamed ') ? current : undefined;
    }, { timeoutMs: 120_000, message: 'the renamed directory analysed' });
    assert.deepEqual([analysis.stats.parsedBlocks, analysis.stats.parsedOffThread], [0, 1], 'only the edited directory was parsed again, in the worker');
    await restore(document);
    assert.equal(document.isDirty, false);
  });
});
