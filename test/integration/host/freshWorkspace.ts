/**
 * Gives each suite a fresh copy of the fixture workspace, so that one failing suite cannot leave
 * an edited document, a stray file or a changed setting for the next: every editor is reverted and
 * closed, the workspace folder is made byte-equal to the pristine fixture again (extra files and
 * `.vscode/settings.json` removed, changed files rewritten), and the suite starts once VS Code and
 * Tenancy have caught up (default settings, the fixture's diagnostics published from disk).
 */
import * as vscode from 'vscode';

const TENANCY = 'tenancy.tenancy';

export async function freshWorkspace(fixtureDir: string, workspaceDir: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  await closeEverything(workspaceDir, deadline);
  // The paths are the server's; the workspace folder's URI tells how this host reaches them.
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(workspaceDir);
  const workspace = folder.with({ path: workspaceDir });
  await syncFolder(folder.with({ path: fixtureDir }), workspace);
  await until(deadline, 'the workspace settings back to their defaults', settingsAreDefaults);
  const tenancy = vscode.extensions.getExtension(TENANCY);
  if (tenancy?.isActive) {
    const planted = await plantedProblems(workspace);
    await until(deadline, 'Tenancy\'s diagnostics back to those of the fixture files', () => diagnosticsMatch(planted));
  }
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

/**
 * Makes `target` hold exactly the files of `source`, touching only what differs. Through
 * `vscode.workspace.fs`, so that it works in both extension hosts (the web worker host has no disk).
 */
async function syncFolder(source: vscode.Uri, target: vscode.Uri): Promise<void> {
  const fs = vscode.workspace.fs;
  await fs.createDirectory(target);
  const wanted = new Map(await fs.readDirectory(source));
  for (const [name] of await fs.readDirectory(target)) {
    if (!wanted.has(name)) await fs.delete(child(target, name), { recursive: true, useTrash: false });
  }
  for (const [name, type] of wanted) {
    const from = child(source, name);
    const to = child(target, name);
    const existing = await typeOf(to);
    if (type & vscode.FileType.Directory) {
      if (existing !== undefined && !(existing & vscode.FileType.Directory)) await fs.delete(to, { useTrash: false });
      await syncFolder(from, to);
      continue;
    }
    if (existing !== undefined && existing & vscode.FileType.Directory) await fs.delete(to, { recursive: true, useTrash: false });
    const bytes = await fs.readFile(from);
    if (existing === undefined || !sameBytes(await fs.readFile(to), bytes)) await fs.writeFile(to, bytes);
  }
}

async function typeOf(uri: vscode.Uri): Promise<vscode.FileType | undefined> {
  try {
    return (await vscode.workspace.fs.stat(uri)).type;
  } catch {
    return undefined;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

function child(folder: vscode.Uri, name: string): vscode.Uri {
  return vscode.Uri.joinPath(folder, name);
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
 * Each fixture file's planted problems (marked `# planted: CODE`) as `line:CODE`, by the URI of its
 * copy in the workspace.
 */
async function plantedProblems(workspace: vscode.Uri): Promise<Map<string, string[]>> {
  const expected = new Map<string, string[]>();
  for (const uri of (await filesUnder(workspace)).filter((u) => /\.tenancy\.ya?ml$/.test(u.path))) {
    const planted = new TextDecoder()
      .decode(await vscode.workspace.fs.readFile(uri))
      .split(/\r\n|\r|\n/)
      .flatMap((line, index) => [...line.matchAll(/planted: ([A-Z]+\d+)/g)].map((m) => `${index}:${m[1]}`));
    expected.set(uri.toString(), planted.sort());
  }
  return expected;
}

/** True when Tenancy's diagnostics are the planted problems, and nothing on a file that no longer exists. */
function diagnosticsMatch(planted: ReadonlyMap<string, string[]>): boolean {
  const expected = new Map(planted);
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

async function filesUnder(dir: vscode.Uri): Promise<vscode.Uri[]> {
  const found: vscode.Uri[] = [];
  for (const [name, type] of await vscode.workspace.fs.readDirectory(dir)) {
    const uri = child(dir, name);
    if (type & vscode.FileType.Directory) found.push(...(await filesUnder(uri)));
    else found.push(uri);
  }
  return found;
}

async function until(deadline: number, what: string, done: () => boolean): Promise<void> {
  for (;;) {
    if (done()) return;
    if (Date.now() > deadline) throw new Error(`a fresh fixture workspace: timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

