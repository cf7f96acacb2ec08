/**
 * The web entry point (`browser`): Tenancy in VS Code's web worker extension host (vscode.dev,
 * github.dev, a VS Code server's browser workbench). Everything the desktop does, with the
 * browser's means: files through `vscode.workspace.fs` (as on the desktop), on-demand bundles and
 * data read from the extension's folder by URL, large files parsed in a Web Worker.
 */
import * as vscode from 'vscode';
import { activateTenancy } from '../activateTenancy';
import { locateExtensionFiles } from './extensionFiles';
import { WebWorkerBlockParser } from './webBlockParser';

export async function activate(context: vscode.ExtensionContext) {
  await locateExtensionFiles(context.extensionUri);
  return activateTenancy(context, new WebWorkerBlockParser());
}

export function deactivate(): void {}
