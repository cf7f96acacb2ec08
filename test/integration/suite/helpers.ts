/**
 * Helpers shared by the integration suites. Everything here waits on an event or polls with a
 * deadline: a suite never sleeps for a fixed time and hopes.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { CommandResult } from '../../../src/vscode/commands/context';

export const EXTENSION_ID = 'tenancy.tenancy';

export interface WaitOptions {
  /** Give up after this many milliseconds (default 10 000). */
  readonly timeoutMs?: number;
  /** Poll interval in milliseconds (default 50). */
  readonly intervalMs?: number;
  /** What was awaited, for the error; a function is called at the deadline to describe the state. */
  readonly message?: string | (() => string);
}

/**
 * Resolves with the first truthy value of `predicate`, polled every `intervalMs`; rejects after
 * `timeoutMs` with `message` (and the last error `predicate` threw, if any).
 */
export async function waitFor<T>(predicate: () => T | undefined | null | false | Promise<T | undefined | null | false>, options: WaitOptions = {}): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const intervalMs = options.intervalMs ?? 50;
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await predicate();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const message = typeof options.message === 'function' ? options.message() : options.message ?? 'condition';
      const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${message}${cause}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/**
 * Resolves with the diagnostics of `uri` once `predicate` accepts them: checked now, then on every
 * `languages.onDidChangeDiagnostics` event that names `uri`. Rejects after `timeoutMs`, showing
 * the diagnostics last seen.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: readonly vscode.Diagnostic[]) => boolean,
  options: Omit<WaitOptions, 'intervalMs'> = {},
): Promise<readonly vscode.Diagnostic[]> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (!predicate(diagnostics)) return false;
      finish();
      resolve(diagnostics);
      return true;
    };
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      finish();
      const seen = describeDiagnostics(vscode.languages.getDiagnostics(uri));
      const what = typeof options.message === 'function' ? options.message() : options.message ?? 'the expected diagnostics';
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what} on ${uri.fsPath}; last seen: ${seen}`));
    }, timeoutMs);
    const finish = (): void => {
      clearTimeout(timer);
      listener.dispose();
    };
    check();
  });
}

/**
 * Awaits one step of a test with its own deadline, so that a step that never finishes fails with
 * its name instead of the test's generic timeout.
 */
export async function step<T>(what: string, timeoutMs: number, work: PromiseLike<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms: ${what}`)), timeoutMs);
  });
  try {
    return await Promise.race([Promise.resolve(work), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** The diagnostic's code as a string (`code` may be a plain value or `{ value, target }`). */
export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** Only the diagnostics Tenancy published. */
export function tenancyDiagnostics(diagnostics: readonly vscode.Diagnostic[]): vscode.Diagnostic[] {
  return diagnostics.filter((d) => d.source === 'tenancy');
}

/** The codes of Tenancy's diagnostics on a file, sorted. */
export function diagnosticCodes(uri: vscode.Uri): string[] {
  return tenancyDiagnostics(vscode.languages.getDiagnostics(uri)).map((d) => codeOf(d)!).sort();
}

/** One line per diagnostic, `line:col code message` (1-based, for humans reading a failure). */
export function describeDiagnostics(diagnostics: readonly vscode.Diagnostic[]): string {
  if (diagnostics.length === 0) return '(none)';
  return diagnostics
    .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} [${d.source ?? '-'}] ${codeOf(d) ?? '-'} ${d.message}`)
    .join('; ');
}

/** The first workspace folder: the rig opens the fixture workspace there. */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open: the rig should open test/integration/fixtures/workspace');
  return folder.uri;
}

/** A folder of the test workspace that a suite fills with workspace files (an estate of its own). */
export function suiteFolder(name: string) {
  const folder = () => vscode.Uri.joinPath(workspaceRoot(), name);
  const file = (fileName: string) => vscode.Uri.joinPath(folder(), fileName);
  return {
    folder,
    file,
    write: (fileName: string, text: string) => vscode.workspace.fs.writeFile(file(fileName), new TextEncoder().encode(text)),
    delete: () => vscode.workspace.fs.delete(folder(), { recursive: true, useTrash: false }),
  };
}

/** The 0-based line of the only line of `document` that contains `marker`. */
export function lineOf(document: vscode.TextDocument, marker: string): number {
  const lines = document.getText().split(/\r?\n/);
  const found = lines.flatMap((text, line) => (text.includes(marker) ? [line] : []));
  if (found.length !== 1) throw new Error(`expected one line containing "${marker}" in ${document.uri.fsPath}, found ${found.length}`);
  return found[0]!;
}

/** Closes every editor without a save prompt (a prompt would block the suite): each is reverted as it closes. */
export async function closeAllEditorsDiscarding(): Promise<void> {
  for (let i = 0; i < 50 && vscode.window.activeTextEditor; i++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Opens the fixture `contoso.tenancy.yaml` in an editor once its two planted problems are published. */
export async function openFixture(): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceRoot(), 'contoso.tenancy.yaml'));
  await vscode.window.showTextDocument(document);
  await waitForDiagnostics(document.uri, (all) => tenancyDiagnostics(all).length === 2, { timeoutMs: 15_000, message: 'the two planted problems' });
  return document;
}

/**
 * Reverts the fixture after a test edited it, and waits until its diagnostics are those of the
 * reverted text again (later suites read their ranges).
 */
export async function revertFixture(document: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(document);
  const dirtyBefore = document.isDirty;
  const versionBefore = document.version;
  if (document.isDirty) await vscode.commands.executeCommand('workbench.action.files.revert');
  const versionAfterRevert = document.version;
  await waitForDiagnostics(document.uri, (all) => {
    const mine = tenancyDiagnostics(all);
    const on = (code: string) => mine.find((d) => codeOf(d) === code);
    return mine.length === 2 && document.getText(on('RBA002')?.range) === 'Contributer' && document.getText(on('OWN002')?.range) === 'carol@fabrikam.com';
  }, { timeoutMs: 15_000, message: () => `the planted problems back on the reverted text (${documentState(document)}; dirty before the revert: ${dirtyBefore}, version ${versionBefore} → ${versionAfterRevert} after it)` });
}

/** What a failed wait on `document` should say: its version and dirty state, and what the store analysed. */
export function documentState(document: vscode.TextDocument): string {
  const store = vscode.extensions.getExtension<{ store: { get(uri: vscode.Uri): { text: string } | undefined; current(d: vscode.TextDocument): unknown } }>(EXTENSION_ID)?.exports?.store;
  const analysed = store?.get(document.uri);
  const active = vscode.window.activeTextEditor?.document.uri.toString() === document.uri.toString();
  let disk = 'unreadable';
  try {
    disk = readFileSync(document.uri.fsPath, 'utf8') === document.getText() ? 'the same text on disk' : 'another text on disk';
  } catch {
    // a file that is gone, or not on this machine
  }
  return `${disk}, document version ${document.version}, ${document.isDirty ? 'dirty' : 'not dirty'}, ${active ? 'active' : `not active (active: ${vscode.window.activeTextEditor?.document.uri.toString() ?? 'none'})`}; the store holds ${analysed ? (analysed.text === document.getText() ? 'an analysis of this text' : 'an analysis of another text') : 'no analysis'}${store?.current(document) ? ' of this version' : ', not of this version'}`;
}

/** An edit command run with its prompts answered by arguments, and what it must do to the document. */
export interface CommandCase {
  title: string;
  command: string;
  args: Record<string, unknown>;
  /** Checks the document's text after the command. */
  expect: (after: string, before: string) => void;
}

/** One test per case: the command changes the document as expected, and one undo restores it exactly. */
export function itAppliesAndUndoes(cases: readonly CommandCase[], document: () => vscode.TextDocument): void {
  for (const c of cases) {
    it(`${c.title}; one undo restores the file`, async () => {
      await vscode.window.showTextDocument(document());
      const before = document().getText();
      const result = await vscode.commands.executeCommand<CommandResult>(c.command, { uri: document().uri, ...c.args });
      assert.equal(result.applied, true, result.reason);
      c.expect(document().getText(), before);
      await vscode.commands.executeCommand('undo');
      assert.equal(document().getText(), before);
    });
  }
}

/** The tab where VS Code's Markdown preview renders the transfer of `name` (a webview, not a text editor). */
export function renderedTransferTab(name: string): vscode.Tab | undefined {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs)
    .find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('markdown.preview') && t.label.includes(`Transfer ${name}`));
}
