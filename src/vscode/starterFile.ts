/**
 * "Tenancy: Create Starter Workspace File" (also the button of the empty tree): writes a small,
 * clean workspace file with fresh GUIDs next to the user's files and opens it. Never overwrites:
 * an existing name gets a number.
 */
import * as vscode from 'vscode';
import { starterWorkspace } from '../core/starter';

export const CREATE_STARTER_COMMAND = 'tenancy.createStarterFile';

export function registerStarterFile(): vscode.Disposable {
  return vscode.commands.registerCommand(CREATE_STARTER_COMMAND, async (target?: vscode.Uri) => {
    const text = starterWorkspace(crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID());
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!target && !folder) {
      // No folder to write into: an untitled document the user can save where they like.
      const document = await vscode.workspace.openTextDocument(vscode.Uri.parse('untitled:directories.tenancy.yaml'));
      const editor = await vscode.window.showTextDocument(document);
      await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), text));
      return document.uri;
    }
    const uri = await freeName(target ?? vscode.Uri.joinPath(folder!.uri, 'directories.tenancy.yaml'));
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    await vscode.window.showTextDocument(uri);
    return uri;
  });
}

/** `name.tenancy.yaml`, or `name-2.tenancy.yaml`, … : the first that does not exist. */
async function freeName(uri: vscode.Uri): Promise<vscode.Uri> {
  const match = /^(.*?)(\.tenancy\.ya?ml)$/i.exec(uri.path);
  for (let n = 1; ; n++) {
    const candidate = n === 1 || !match ? uri : uri.with({ path: `${match[1]}-${n}${match[2]}` });
    try {
      await vscode.workspace.fs.stat(candidate);
    } catch {
      return candidate;
    }
    if (!match) throw new Error(vscode.l10n.t('{0} already exists.', uri.fsPath));
  }
}
