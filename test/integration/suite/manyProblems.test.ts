/**
 * A file with more problems than the editor draws (500 markers per file): Tenancy publishes no more
 * than it draws, the problems on the lines in view and of the last edit first, then errors, and one
 * information diagnostic saying how many are left out; scrolling to other problems shows them.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { generateCrowded } from '../../../bench/generateCrowded';
import { EXTENSION_ID, closeAllEditorsDiscarding, codeOf, describeDiagnostics, suiteFolder, tenancyDiagnostics, waitForDiagnostics } from './helpers';

interface Problem { code: string; severity: 'error' | 'warning' | 'info'; start: number }
interface Store { get(uri: vscode.Uri): { text: string; problems: readonly Problem[] } | undefined }

describe('a file with more problems than the editor draws', function () {
  this.timeout(240_000);
  const files = suiteFolder('many-problems');
  const uri = () => files.file('crowded.tenancy.yaml');
  const store = () => vscode.extensions.getExtension<{ store: Store }>(EXTENSION_ID)!.exports.store;
  // 5,000 users with repeated names: 1,208 problems (788 errors, 277 warnings, 143 infos).
  const text = generateCrowded({ users: 5_000 });

  after(async () => {
    await closeAllEditorsDiscarding();
    await files.delete().then(undefined, () => undefined);
  });

  const shownOn = (line: number, code: string) => (all: readonly vscode.Diagnostic[]) =>
    tenancyDiagnostics(all).some((d) => codeOf(d) === code && d.range.start.line === line);

  it('publishes 499 of them, those in view and where the user edits, then errors, and a note counting the rest', async () => {
    await files.write('crowded.tenancy.yaml', text);
    const document = await vscode.workspace.openTextDocument(uri());
    const editor = await vscode.window.showTextDocument(document);
    const published = tenancyDiagnostics(await waitForDiagnostics(uri(), (all) => tenancyDiagnostics(all).length === 500, { timeoutMs: 180_000, message: 'five hundred diagnostics' }));
    const problems = store().get(uri())!.problems;
    assert.ok(problems.length > 500, `${problems.length} problems`);

    const note = published.filter((d) => codeOf(d) === undefined);
    assert.equal(note.length, 1, 'one note');
    assert.equal(note[0].severity, vscode.DiagnosticSeverity.Information);
    assert.match(note[0].message, new RegExp(`499 of the ${problems.length.toLocaleString('en')} problems`));
    assert.match(note[0].message, /Tenancy view/);
    // The file has more errors than fit: past the lines in view, only errors are shown, the file's first ones.
    const inView = (d: vscode.Diagnostic) => editor.visibleRanges.some((r) => r.start.line <= d.range.start.line && d.range.start.line <= r.end.line);
    const elsewhere = published.filter((d) => codeOf(d) !== undefined && !inView(d));
    assert.ok(elsewhere.length > 0 && elsewhere.every((d) => d.severity === vscode.DiagnosticSeverity.Error),
      `past the view, errors only: ${describeDiagnostics(elsewhere.filter((d) => d.severity !== vscode.DiagnosticSeverity.Error).slice(0, 5))}`);

    // The last information of the file is far below the view: the editor would never draw it (errors fill the 500).
    const last = problems.filter((p) => p.severity === 'info').at(-1)!;
    const line = document.positionAt(last.start).line;
    assert.ok(!editor.visibleRanges.some((r) => r.start.line <= line && line <= r.end.line), 'out of view');
    assert.ok(!shownOn(line, last.code)(published), `${last.code} on line ${line + 1} not shown before the edit`);

    // A comment added at the end of its line, as a user notes why two people share a name: that line's problems are shown.
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri(), document.lineAt(line).range.end, ' # two colleagues share this name');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitForDiagnostics(uri(), shownOn(line, last.code), {
      timeoutMs: 60_000, message: () => `${last.code} on the edited line ${line + 1} (shown there: ${describeDiagnostics(tenancyDiagnostics(vscode.languages.getDiagnostics(uri())).filter((d) => Math.abs(d.range.start.line - line) < 3))})`,
    });

    // Scrolling to an information in the middle of the file shows it.
    const middle = problems.filter((p) => p.severity === 'info')[Math.floor(problems.filter((p) => p.severity === 'info').length / 2)];
    const middleLine = document.positionAt(middle.start).line;
    assert.ok(!shownOn(middleLine, middle.code)(vscode.languages.getDiagnostics(uri())), `${middle.code} on line ${middleLine + 1} not shown before the scroll`);
    editor.revealRange(new vscode.Range(middleLine, 0, middleLine, 0), vscode.TextEditorRevealType.InCenter);
    const after = await waitForDiagnostics(uri(), shownOn(middleLine, middle.code), { timeoutMs: 30_000, message: `${middle.code} on line ${middleLine + 1}, scrolled into view` });
    assert.equal(tenancyDiagnostics(after).length, 500, 'still no more than the editor draws');
  });
});
