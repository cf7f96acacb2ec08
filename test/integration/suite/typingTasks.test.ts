/**
 * Typing with no debounce: the work of each keystroke is a chain of short tasks (the change event,
 * the text, the analysis, one per listener), and however the edits and tasks interleave, the
 * diagnostics, the status bar and the store end on the last version — and `settled()` means they
 * all have it, with nothing left to wait for.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, codeOf, openFixture, revertFixture, tenancyDiagnostics } from './helpers';

interface TestApi {
  store: {
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
