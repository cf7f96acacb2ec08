/**
 * The relationship diagram's commands: "Show Diagram" (the whole file, or one directory — from the
 * palette, the tree's directory nodes, or with a tenant id) and "Export Diagram as SVG". One panel
 * at a time; the commands return it, which is what the integration tests read.
 */
import * as vscode from 'vscode';
import type { Analysis } from '../../core/analyze';
import type { AnalysisStore } from '../analysisStore';
import { diagram } from '../chunks';
import type { DiagramPanel, DirectoryRef } from './diagramPanel';
import { DIAGRAM_VIEW_TYPE, parseState } from './messages';

export const DIAGRAM_COMMANDS = {
  show: 'tenancy.showDiagram',
  exportSvg: 'tenancy.exportDiagram',
} as const;

/** Registers the commands and the panel's serializer; returns the open panel, if any (for tests). */
export function registerDiagram(context: vscode.ExtensionContext, store: AnalysisStore): () => DiagramPanel | undefined {
  let panel: DiagramPanel | undefined;
  const open = (uri: vscode.Uri, directory: DirectoryRef | undefined, restored?: vscode.WebviewPanel): DiagramPanel => {
    if (panel && !restored) {
      panel.show(uri, directory);
      return panel;
    }
    panel?.dispose();
    const created = new (diagram().DiagramPanel)(context.extensionUri, store, uri, directory, restored);
    created.onDidDispose(() => { if (panel === created) panel = undefined; });
    return (panel = created);
  };
  context.subscriptions.push(
    vscode.commands.registerCommand(DIAGRAM_COMMANDS.show, async (arg?: unknown) => {
      const target = resolveTarget(store, arg);
      if (!target) {
        void vscode.window.showInformationMessage(vscode.l10n.t('No Tenancy workspace file (or no such directory) to draw.'));
        return undefined;
      }
      const shown = open(target.uri, target.directory);
      await shown.rendered();
      return shown;
    }),
    // After a window reload VS Code brings the panel back with the state its page saved.
    vscode.window.registerWebviewPanelSerializer(DIAGRAM_VIEW_TYPE, {
      deserializeWebviewPanel: async (restored, saved) => {
        const state = parseState(saved);
        const uri = state ? vscode.Uri.parse(state.uri) : store.all()[0]?.[0];
        if (!uri) {
          restored.dispose();
          return;
        }
        await open(uri, state?.directory ?? undefined, restored).rendered();
      },
    }),
    vscode.commands.registerCommand(DIAGRAM_COMMANDS.exportSvg, async (arg?: { target?: vscode.Uri | string }) => {
      const current = panel ?? (() => {
        const target = resolveTarget(store, undefined);
        return target && open(target.uri, target.directory);
      })();
      await current?.rendered();
      if (!current) return undefined;
      const target = typeof arg?.target === 'string' ? vscode.Uri.file(arg.target) : arg?.target;
      return current.exportSvg(target);
    }),
    { dispose: () => panel?.dispose() },
  );
  return () => panel;
}

/**
 * Which file and directory to draw, from the command's argument:
 * - nothing: the active editor's workspace file (else the first one analysed), all directories;
 * - a string: a tenant id, in the active file if it has it, else in the first file that does;
 * - a tree node (`entity` a directory, `uri` its file), or `{ uri?, directory? }`.
 */
function resolveTarget(store: AnalysisStore, arg: unknown): { uri: vscode.Uri; directory?: DirectoryRef } | undefined {
  const files = store.all();
  const active = vscode.window.activeTextEditor?.document.uri;
  const ordered = [...files.filter(([uri]) => uri.toString() === active?.toString()), ...files.filter(([uri]) => uri.toString() !== active?.toString())];
  if (arg === undefined || arg === null) return ordered[0] && { uri: ordered[0][0] };
  if (typeof arg === 'string') {
    const found = ordered.find(([, analysis]) => hasDirectory(analysis, arg));
    return found && { uri: found[0], directory: arg };
  }
  if (typeof arg !== 'object') return undefined;
  const { uri, entity, directory } = arg as { uri?: unknown; entity?: unknown; directory?: unknown };
  const fileUri = uri instanceof vscode.Uri ? uri : typeof uri === 'string' ? vscode.Uri.parse(uri) : ordered[0]?.[0];
  if (!fileUri) return undefined;
  if (isDirectoryEntity(entity)) return { uri: fileUri, directory: entity.id?.value ?? entity.index };
  if (typeof directory === 'string' || typeof directory === 'number') return { uri: fileUri, directory };
  return { uri: fileUri };
}

function hasDirectory(analysis: Analysis, id: string): boolean {
  return analysis.workspace.directories.some((d) => d.id?.value.toLowerCase() === id.trim().toLowerCase());
}

function isDirectoryEntity(value: unknown): value is { kind: 'directory'; index: number; id?: { value: string } } {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'directory'
    && typeof (value as { index?: unknown }).index === 'number';
}
