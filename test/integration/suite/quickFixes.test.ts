/**
 * Quick fixes in a real editor: listed by `vscode.executeCodeActionProvider` for Tenancy's
 * diagnostics, applied as undoable edits; the "suppress for this line" fix inserts the comment and
 * the diagnostic disappears; the diagnostic's hover text says why the rule fired.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, lineOf, tenancyDiagnostics, waitForDiagnostics, openFixture, revertFixture } from './helpers';

describe('quick fixes', () => {
  let document: vscode.TextDocument;
  const diagnostic = (code: string) => tenancyDiagnostics(vscode.languages.getDiagnostics(document.uri)).find((d) => codeOf(d) === code);
  const actionsFor = async (code: string) => {
    const d = diagnostic(code);
    assert.ok(d, `a ${code} diagnostic`);
    return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, d.range, vscode.CodeActionKind.QuickFix.value, 50))
      .filter((a) => a.diagnostics?.some((x) => codeOf(x) === code) ?? true);
  };

  before(async () => {
    document = await openFixture();
  });

  afterEach(async () => {
    await revertFixture(document);
    assert.equal(document.isDirty, false);
  });

  it('offers the suggested role name as the preferred fix, and applying it removes the problem (undo restores it)', async () => {
    const original = document.getText();
    const actions = await actionsFor('RBA002');
    const preferred = actions.find((a) => a.isPreferred);
    assert.ok(preferred, `a preferred fix among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.match(preferred.title, /Contributor/);
    assert.ok(actions.some((a) => a.title === 'Suppress RBA002 for this line'));
    assert.ok(await vscode.workspace.applyEdit(preferred.edit!));
    assert.equal(document.lineAt(lineOf(document, 'planted: RBA002')).text.includes('role: Contributor }'), true);
    await waitForDiagnostics(document.uri, (all) => !tenancyDiagnostics(all).some((d) => codeOf(d) === 'RBA002'), { message: 'RBA002 gone after the fix' });
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), original, 'one undo restores the file exactly');
  });

  it('suppresses one finding with a comment above its line, indented like it, and the diagnostic disappears', async () => {
    const line = lineOf(document, 'planted: RBA002');
    const indent = /^\s*/.exec(document.lineAt(line).text)![0];
    const suppress = (await actionsFor('RBA002')).find((a) => a.title === 'Suppress RBA002 for this line');
    assert.ok(suppress?.edit);
    assert.ok(await vscode.workspace.applyEdit(suppress.edit));
    assert.match(document.lineAt(line).text, new RegExp(`^${indent}# tenancy-disable-next-line RBA002 -- `));
    const after = await waitForDiagnostics(document.uri, (all) => !tenancyDiagnostics(all).some((d) => codeOf(d) === 'RBA002'), { message: 'RBA002 suppressed' });
    assert.deepEqual(tenancyDiagnostics(after).map((d) => codeOf(d)), ['OWN002'], 'nothing else appears (the suppression is used)');
  });

  it('explains why a rule fired in the diagnostic text, and offers fixes keyed on its data', async () => {
    const own002 = diagnostic('OWN002')!;
    assert.match(own002.message, /\nWhy: .*carol@fabrikam\.com.* → /);
    const actions = await actionsFor('OWN002');
    assert.ok(actions.length >= 2, `fixes for OWN002: ${actions.map((a) => a.title).join(' | ')}`);
  });

  it('offers first what OWN002 suggests: set a member as owner, which opens Set Owner on that subscription', async () => {
    const actions = await actionsFor('OWN002');
    const preferred = actions.find((a) => a.isPreferred);
    assert.equal(preferred?.title, 'Set a member of the subscription\'s directory as owner…', actions.map((a) => a.title).join(' | '));
    assert.equal(preferred.command?.command, 'tenancy.setOwner');
    const [args] = preferred.command.arguments as [{ uri: vscode.Uri; subscriptionId: string }];
    assert.equal(args.uri.toString(), document.uri.toString());
    assert.equal(args.subscriptionId, '3c9d2b41-7e5a-4f08-9b6c-2d4e6f8a0b1c', 'Contoso Analytics, whose owner is only a guest');
    assert.equal(preferred.edit, undefined, 'nothing is edited before the owner is picked');
    assert.ok(actions.some((a) => /^Transfer subscription to Fabrikam/.test(a.title)), 'the transfer stays offered');
  });
});
