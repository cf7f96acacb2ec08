/**
 * A line added or removed above a file's problems moves every diagnostic after it, in each of the
 * collections a file's diagnostics are spread over — handed to VS Code a few collections per task. Once
 * `settled()` resolves, every diagnostic is on its problem's line, after one line inserted near the
 * top and after quick edits that each land while the collections of the one before are still being
 * handed over. An edit that changes one problem is handed over in one task (one change of the file's
 * markers in the workbench), a line that moves them all in a few.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { generateCrowded } from '../../../bench/generateCrowded';
import { EXTENSION_ID, closeAllEditorsDiscarding, codeOf, suiteFolder, tenancyDiagnostics, waitForDiagnostics } from './helpers';

interface Store {
  get(uri: vscode.Uri): { text: string; problems: readonly unknown[] } | undefined;
  settled(): Promise<void>;
}
interface Timings {
  totals(): { tasks: Record<string, { count: number }>; steps: Record<string, { count: number }> };
  reset(): void;
  trace(on: boolean): void;
  trail(): Array<{ label: string }>;
}

describe('diagnostics after lines added or removed above them', function () {
  this.timeout(180_000);
  const files = suiteFolder('moved-lines');
  const uri = () => files.file('crowded.tenancy.yaml');
  const store = () => vscode.extensions.getExtension<{ store: Store }>(EXTENSION_ID)!.exports.store;
  const timings = () => vscode.extensions.getExtension<{ timings: Timings }>(EXTENSION_ID)!.exports.timings;
  /** How many tasks handed diagnostics over since the last reset, and how many collections they set. */
  const handedOver = () => {
    const { tasks, steps } = timings().totals();
    return { tasks: tasks['diagnostics: a collection']?.count ?? 0, sets: steps['diagnostics: set']?.count ?? 0 };
  };
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

  it('hands an edit that changes one problem over in one task, and a line moving every diagnostic in a few', async () => {
    await store().settled();
    // A user's domain in the middle of the file swapped for one its directory does not list: one USR002 more.
    const withProblems = new Set(tenancyDiagnostics(vscode.languages.getDiagnostics(uri())).map((d) => d.range.start.line));
    const line = document.getText().split('\n').findIndex((l, i) => i > document.lineCount / 2 && l.startsWith('      - upn: ') && !withProblems.has(i));
    const at = document.lineAt(line).text.indexOf('@') + 1;
    const domain = document.lineAt(line).text.slice(at);
    const usr002 = () => tenancyDiagnostics(vscode.languages.getDiagnostics(uri())).some((d) => codeOf(d) === 'USR002' && d.range.start.line === line);
    assert.ok(!usr002(), 'no USR002 on the line before the edit');

    timings().reset();
    assert.ok(await editor.edit((edit) => edit.replace(new vscode.Range(line, at, line, at + domain.length), 'unverified.example')));
    await store().settled();
    assert.ok(usr002(), 'the new USR002 is shown');
    // One task's sets reach the workbench as one change of the file's markers, which it copies to every other extension host.
    const word = handedOver();
    assert.ok(word.tasks === 1 && word.sets >= 1, `the collections that changed set in one task (${word.tasks} tasks, ${word.sets} sets)`);

    timings().reset();
    timings().trace(true);
    assert.ok(await insertNote('moves every problem below'));
    await store().settled();
    const order = timings().trail().map((t) => t.label);
    timings().trace(false);
    const { tasks, sets } = handedOver();
    assert.ok(sets > 8, `most collections set again: their diagnostics moved (${sets} sets)`);
    assert.ok(tasks < sets / 2, `${store().get(uri())!.problems.length} diagnostics handed over several collections per task (${sets} sets in ${tasks} tasks)`);
    // The squiggles come first: the tree, the status bar and the other listeners wait until every collection is handed over.
    const lastCollection = order.lastIndexOf('diagnostics: a collection');
    const others = order.filter((label, i) => i < lastCollection && ['tree', 'status bar', 'workspace files context'].includes(label));
    assert.deepEqual(others, [], `no other listener's task between the diagnostics' tasks (${order.join(', ')})`);

    assert.ok(await removeNote());
    assert.ok(await editor.edit((edit) => edit.replace(new vscode.Range(line, at, line, at + 'unverified.example'.length), domain)));
    await store().settled();
    assert.ok(!usr002(), 'the domain is back, and the USR002 gone');
  });
});
