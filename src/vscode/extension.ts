/** The desktop entry point (`main`): Tenancy in VS Code's Node extension host. */
import * as vscode from 'vscode';
import { activateTenancy } from './activateTenancy';
import { WorkerThreadBlockParser } from './blockParser';

export function activate(context: vscode.ExtensionContext) {
  return activateTenancy(context, new WorkerThreadBlockParser(vscode.Uri.joinPath(context.extensionUri, 'dist').fsPath));
}

export function deactivate(): void {}
