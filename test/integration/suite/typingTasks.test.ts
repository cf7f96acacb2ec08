/**
 * Typing with no debounce: the work of each keystroke is a chain of short tasks (the change event,
 * the text, the analysis in steps, one per listener), and however the edits and tasks interleave, the
 * diagnostics, the status bar and the store end on the last version — and `settled()` means they
 * all have it, with nothing left to wait for. A request that comes while a large file's analysis
 * is half-way through its steps gets the analysis of the version it asked about.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { generateWorkspace } from '../../../bench/generateWorkspace';
import { EXTENSION_ID, codeOf, closeAllEditorsDiscarding, openFixture, revertFixture, suiteFolder, tenancyDiagnostics, waitFor } from './helpers';

interface TestApi {
  store: {
    get(uri: vscode.Uri): { text: string } | undefined;
    current(document: vscode.TextDocument): { text: string; problems: Array<{ severity: string }> } | undefined;
    all(): Array<[vscode.Uri, { problems: Array<{ severity: string }> }]>;
    settled(): Promise<void>;
  };
  statusBar: vscode.StatusBarItem;
  timings: { longest(): { tasks: Record<string, number>; steps: Record<string, number> }; reset(): void };
}

describe('typing with no debounce', () => {
  let document: vscode.TextDocument;
  const api = () => vscode.extensions.getExtension<TestApi>(EXTENSION_ID)!.exports;
  const config = () => vscode.workspace.getConfiguration('tenancy');

  before(async () => {
    await config().update('analysis.debounceMs', 0, vscode.ConfigurationTarget.Workspace);
    document = await openFixture();
    await api().store.settled();
  });

  after(async () => {
    await config().update('analysis.debounceMs', undefined, vscode.ConfigurationTarget.Workspace);
    await revertFixture(document);
  });

  it('after a burst of edits, settled() means the diagnostics, the status bar and the store all show the last version', async () => {
    const editor = await vscode.window.showTextDocument(document);
    const line = document.getText().split('\n').findIndex((l) => l.includes('- upn: bob@contoso.com'));
    const usr002 = () => tenancyDiagnostics(vscode.languages.getDiagnostics(document.uri)).some((d) => codeOf(d) === 'USR002' && d.range.start.line === line);
    api().timings.reset();
    // Five swaps of Bob's domain, each applied without waiting for its analysis: odd, so USR002 stays.
    for (let i = 0; i < 5; i++) {
      const [from, to] = i % 2 === 0 ? ['contoso.com', 'unverified.example'] : ['unverified.example', 'contoso.com'];
      const at = document.lineAt(line).text.indexOf(from);
      assert.ok(await editor.edit((edit) => edit.replace(new vscode.Range(line, at, line, at + from.length), to)));
    }
    await api().store.settled();

    const analysis = api().store.current(document);
    assert.equal(analysis?.text, document.getText(), 'the store holds the analysis of the last version');
    assert.ok(usr002(), 'USR002 on the unverified domain, published without waiting any further');
    assert.equal(tenancyDiagnostics(vscode.languages.getDiagnostics(document.uri)).length, analysis.problems.length, 'one diagnostic per problem of the last analysis');
    const warnings = api().store.all().reduce((sum, [, a]) => sum + a.problems.filter((p) => p.severity === 'warning').length, 0);
    assert.match(api().statusBar.text, new RegExp(`\\$\\(warning\\) ${warnings}$`), 'the status bar counts the last analyses');

    // Each step ran as a task of its own, not inside the change event.
    const { tasks } = api().timings.longest();
    for (const label of ['change event', 'text of an edit', 'analysis']) assert.ok(label in tasks, `"${label}" ran as a task of its own (tasks: ${Object.keys(tasks).join(', ')})`);
  });
});

describe('typing in a large file with no debounce: requests while its analysis runs in steps', () => {
  const large = suiteFolder('typing-large');
  const api = () => vscode.extensions.getExtension<TestApi>(EXTENSION_ID)!.exports;
  const config = () => vscode.workspace.getConfiguration('tenancy');
  let document: vscode.TextDocument;

  before(async function () {
    this.timeout(300_000);
    await config().update('analysis.debounceMs', 0, vscode.ConfigurationTarget.Workspace);
    // 8,000 users in 32 directories (about 0.8 MB: analysed in the extension host, several tasks per edit).
    await large.write('estate.tenancy.yaml', generateWorkspace({ users: 8_000, plantProblems: 7 }));
    document = await vscode.workspace.openTextDocument(large.file('estate.tenancy.yaml'));
    await vscode.window.showTextDocument(document);
    await waitFor(() => api().store.get(document.uri)?.text === document.getText(), { timeoutMs: 240_000, message: 'the first analysis of the large file' });
    await api().store.settled();
  });

  after(async function () {
    this.timeout(60_000);
    await config().update('analysis.debounceMs', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAllEditorsDiscarding();
    await large.delete();
  });

  it('the outline asked at any moment after an edit shows that edit, and everything ends on the last version', async function () {
    this.timeout(300_000);
    const editor = await vscode.window.showTextDocument(document);
    // The name of a directory near the top: the blocks after it move on every edit.
    const line = document.getText().split('\n').findIndex((l, i, lines) => i > 40 && /^    name: /.test(l) && lines[i - 1].startsWith('  - id: '));
    assert.ok(line > 0, 'a directory name near the top');
    for (let i = 0; i < 8; i++) {
      const name = `Renamed Tenant ${i}`;
      const text = document.lineAt(line).text;
      assert.ok(await editor.edit((edit) => edit.replace(new vscode.Range(line, '    name: '.length, line, text.length), name)));
      // Asked at once, or after a few ms, while the edit's text, analysis or listeners are still to come.
      await new Promise((resolve) => setTimeout(resolve, (i % 4) * 15));
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
      const names = (symbols ?? []).map((s) => s.name);
      assert.ok(names.some((n) => n.includes(name)), `edit ${i + 1}: the outline shows "${name}" (directories: ${names.slice(0, 4).join(', ')}…)`);
    }
    await api().store.settled();
    assert.equal(api().store.current(document)?.text, document.getText(), 'the store holds the analysis of the last version');
    const problems = api().store.current(document)!.problems.length;
    assert.equal(tenancyDiagnostics(vscode.languages.getDiagnostics(document.uri)).length, problems, 'one diagnostic per problem of the last analysis');
  });
});
