/**
 * Gives each suite a fresh copy of the fixture workspace, so that one failing suite cannot leave
 * an edited document, a stray file or a changed setting for the next: every editor is reverted and
 * closed, the workspace folder is made byte-equal to the pristine fixture again (extra files and
 * `.vscode/settings.json` removed, changed files rewritten), and the suite starts once VS Code and
 * Tenancy have caught up (default settings, the fixture's diagnostics published from disk).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';

const TENANCY = 'tenancy.tenancy';

export async function freshWorkspace(fixtureDir: string, workspaceDir: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  await closeEverything(workspaceDir, deadline);
  syncFolder(fixtureDir, workspaceDir);
  await until(deadline, 'the workspace settings back to their defaults', settingsAreDefaults);
  const tenancy = vscode.extensions.getExtension(TENANCY);
  if (tenancy?.isActive) await until(deadline, 'Tenancy\'s diagnostics back to those of the fixture files', () => diagnosticsMatchFixture(workspaceDir));
}

/**
 * Reverts every dirty document of the workspace (shown or not) and closes every editor, without a
 * save prompt. Documents outside the workspace (VS Code's own user settings, which it may open and
 * write while the rig configures it) are not the suites' to revert.
 */
async function closeEverything(workspaceDir: string, deadline: number): Promise<void> {
  const inWorkspace = (document: vscode.TextDocument) => document.uri.scheme !== 'file' || document.uri.fsPath.startsWith(workspaceDir);
  for (const document of vscode.workspace.textDocuments) {
    if (!document.isDirty || !inWorkspace(document) || Date.now() > deadline) continue;
    try {
      const editor = await vscode.window.showTextDocument(document, { preview: false });
      if (editor.document === document) await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    } catch {
      // Another editor opened meanwhile ("Could NOT open editor"): revert the document by its URI instead.
      await vscode.commands.executeCommand('workbench.action.files.revertResource', document.uri).then(undefined, () => undefined);
    }
  }
  for (let i = 0; i < 50 && vscode.window.activeTextEditor; i++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Makes `target` hold exactly the files of `source`, touching only what differs. */
function syncFolder(source: string, target: string): void {
  mkdirSync(target, { recursive: true });
  const wanted = new Set(readdirSync(source));
  for (const name of readdirSync(target)) {
    if (!wanted.has(name)) rmSync(join(target, name), { recursive: true, force: true });
  }
  for (const name of wanted) {
    const from = join(source, name);
    const to = join(target, name);
    if (statSync(from).isDirectory()) {
      if (existsSync(to) && !statSync(to).isDirectory()) rmSync(to, { force: true });
      syncFolder(from, to);
      continue;
    }
    if (existsSync(to) && statSync(to).isDirectory()) rmSync(to, { recursive: true, force: true });
    const bytes = readFileSync(from);
    if (!existsSync(to) || !readFileSync(to).equals(bytes)) writeFileSync(to, bytes);
  }
}

/** True once no Tenancy setting has a workspace or folder value (the fixture has no settings file). */
function settingsAreDefaults(): boolean {
  const properties = (vscode.extensions.getExtension(TENANCY)?.packageJSON as { contributes?: { configuration?: { properties?: Record<string, unknown> } } } | undefined)?.contributes?.configuration?.properties ?? {};
  const folder = vscode.workspace.workspaceFolders?.[0];
  const config = vscode.workspace.getConfiguration(undefined, folder?.uri);
  return Object.keys(properties).every((key) => {
    const values = config.inspect(key);
    return values?.workspaceValue === undefined && values?.workspaceFolderValue === undefined;
  });
}

/**
 * True when Tenancy's diagnostics are those of the fixture's files as written: each file's planted
 * problems (marked `# planted: CODE`) on their lines, and nothing on a file that no longer exists.
 */
function diagnosticsMatchFixture(workspaceDir: string): boolean {
  const expected = new Map<string, string[]>();
  for (const path of filesUnder(workspaceDir).filter((p) => /\.tenancy\.ya?ml$/.test(p))) {
    const planted = readFileSync(path, 'utf8')
      .split(/\r\n|\r|\n/)
      .flatMap((line, index) => [...line.matchAll(/planted: ([A-Z]+\d+)/g)].map((m) => `${index}:${m[1]}`));
    expected.set(vscode.Uri.file(path).toString(), planted.sort());
  }
  for (const [uri, diagnostics] of vscode.languages.getDiagnostics()) {
    const mine = diagnostics.filter((d) => d.source === 'tenancy');
    if (mine.length === 0) continue;
    const want = expected.get(uri.toString());
    if (!want) return false; // diagnostics of a file that is gone, or not from the fixture
    const seen = mine.map((d) => `${d.range.start.line}:${typeof d.code === 'object' ? d.code.value : d.code}`).sort();
    if (seen.join() !== want.join()) return false;
    expected.delete(uri.toString());
  }
  return [...expected.values()].every((want) => want.length === 0);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

async function until(deadline: number, what: string, done: () => boolean): Promise<void> {
  for (;;) {
    if (done()) return;
    if (Date.now() > deadline) throw new Error(`a fresh fixture workspace: timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

