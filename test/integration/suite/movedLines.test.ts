/**
 * A line added or removed above a file's problems moves every diagnostic after it, in each of the
 * collections a file's diagnostics are spread over — handed to VS Code one collection per task. Once
 * `settled()` resolves, every diagnostic is on its problem's line, after one line inserted near the
 * top and after quick edits that each land while the collections of the one before are still being
 * handed over.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { generateCrowded } from '../../../bench/generateCrowded';
import { EXTENSION_ID, closeAllEditorsDiscarding, codeOf, suiteFolder, tenancyDiagnostics, waitForDiagnostics } from './helpers';

interface Store {
  get(uri: vscode.Uri): { text: string; problems: readonly unknown[] } | undefined;
  settled(): Promise<void>;
}

describe('diagnostics after lines added or removed above them', function () {
  this.timeout(180_000);
  const files = suiteFolder('moved-lines');
  const uri = () => files.file('crowded.tenancy.yaml');
  const store = () => vscode.extensions.getExtension<{ store: Store }>(EXTENSION_ID)!.exports.store;
  const config = () => vscode.workspace.getConfiguration('tenancy');
  // 2,000 users with repeated names: 481 problems, all shown, on lines 244 to 5,197.
  const text = generateCrowded({ users: 2_000 });
  /** The first line of the first directory: comments inserted there move every problem. */
  const TOP = 3;
  let document: vscode.TextDocument;
  let editor: vscode.TextEditor;

  /** Each Tenancy diagnostic as `line:column code "the text it underlines"`, sorted. */
  const shown = () => tenancyDiagnostics(vscode.languages.getDiagnostics(uri()))
    .map((d) => `${d.range.start.line}:${d.range.start.character} ${codeOf(d)} ${JSON.stringify(document.getText(d.range))}`)
    .sort();
  /** The same diagnostics `lines` lines further down, for those at or below `from`. */
  const movedDown = (before: readonly string[], from: number, lines: number) => before
    .map((s) => {
      const line = Number(s.slice(0, s.indexOf(':')));
      return line < from ? s : `${line + lines}${s.slice(s.indexOf(':'))}`;
    })
    .sort();
  const insertNote = (note: string) => editor.edit((edit) => edit.insert(new vscode.Position(TOP, 0), `  # ${note}\n`));
  const removeNote = () => editor.edit((edit) => edit.delete(new vscode.Range(TOP, 0, TOP + 1, 0)));

  before(async () => {
    // No debounce: each edit's analysis comes at once, while the collections of the last are still being handed over.
    await config().update('analysis.debounceMs', 0, vscode.ConfigurationTarget.Workspace);
    await files.write('crowded.tenancy.yaml', text);
    document = await vscode.workspace.openTextDocument(uri());
    editor = await vscode.window.showTextDocument(document);
    await waitForDiagnostics(uri(), (all) => tenancyDiagnostics(all).length > 400, { timeoutMs: 60_000, message: 'the file\'s diagnostics' });
    await store().settled();
    assert.equal(tenancyDiagnostics(vscode.languages.getDiagnostics(uri())).length, store().get(uri())!.problems.length, 'one diagnostic per problem');
  });

  after(async () => {
    await config().update('analysis.debounceMs', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAllEditorsDiscarding();
    await files.delete().then(undefined, () => undefined);
  });

  it('moves every diagnostic with its line when a line is inserted near the top, by the time settled() resolves', async () => {
    const before = shown();
    const lines = before.map((s) => Number(s.slice(0, s.indexOf(':'))));
    assert.ok(Math.max(...lines) - Math.min(...lines) > 4_000, `problems over thousands of lines (${Math.min(...lines) + 1}–${Math.max(...lines) + 1}), so in every collection`);

    assert.ok(await insertNote('two colleagues share a name here'));
    await store().settled();

    assert.equal(store().get(uri())?.text, document.getText(), 'the store holds the edited text');
    assert.deepEqual(shown(), movedDown(before, TOP, 1), 'every diagnostic one line further down, underlining the same text');
  });

  it('ends on the last version after quick line-adding and line-removing edits, each made while the last one\'s diagnostics were being handed over', async () => {
    await store().settled();
    const before = shown();
    // Each next edit is made as soon as the first collection of the one before is handed over, without waiting for the rest.
    const edits = [() => insertNote('one'), () => insertNote('two'), () => removeNote(), () => insertNote('three'), () => insertNote('four')];
    for (const edit of edits) {
      const changed = new Promise<void>((resolve) => {
        const listener = vscode.languages.onDidChangeDiagnostics((e) => {
          if (e.uris.some((u) => u.toString() === uri().toString())) { listener.dispose(); resolve(); }
        });
      });
      assert.ok(await edit());
      await changed;
    }
    await store().settled();

    assert.equal(store().get(uri())?.text, document.getText(), 'the store holds the last version');
    assert.deepEqual(shown(), movedDown(before, TOP, 3), 'every diagnostic three lines further down (four notes added, one removed), underlining the same text');
  });
});
