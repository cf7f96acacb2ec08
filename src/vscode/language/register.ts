/**
 * Registers the language features of workspace files (completion, hover, definition, references,
 * rename, outline). Every provider reads the analysis of the document's current text through one
 * `DocumentAnalyses`; offsets are converted to positions in the providers only.
 */
import * as vscode from 'vscode';
import type { AnalysisStore } from '../analysisStore';
import { timedProvider } from '../timings';
import { WORKSPACE_GLOB } from '../workspaceFiles';
import { COMPLETION_TRIGGERS, CompletionProvider } from './completion';
import { DefinitionProvider } from './definition';
import { DocumentAnalyses } from './documentAnalyses';
import { DocumentSymbolProvider } from './documentSymbols';
import { HoverProvider } from './hover';
import { ReferenceProvider } from './references';
import { RenameProvider } from './rename';

export const WORKSPACE_SELECTOR: vscode.DocumentSelector = { language: 'yaml', pattern: WORKSPACE_GLOB };

/** Registers every language feature; disposing the result unregisters them all. */
export function registerLanguageFeatures(store: AnalysisStore): vscode.Disposable {
  const analyses = new DocumentAnalyses(store);
  return vscode.Disposable.from(
    analyses,
    vscode.languages.registerCompletionItemProvider(WORKSPACE_SELECTOR, timedProvider('completion', new CompletionProvider(analyses)), ...COMPLETION_TRIGGERS),
    vscode.languages.registerHoverProvider(WORKSPACE_SELECTOR, timedProvider('hover', new HoverProvider(analyses))),
    vscode.languages.registerDefinitionProvider(WORKSPACE_SELECTOR, timedProvider('definition', new DefinitionProvider(analyses))),
    vscode.languages.registerReferenceProvider(WORKSPACE_SELECTOR, timedProvider('references', new ReferenceProvider(analyses))),
    vscode.languages.registerRenameProvider(WORKSPACE_SELECTOR, timedProvider('rename', new RenameProvider(analyses))),
    vscode.languages.registerDocumentSymbolProvider(WORKSPACE_SELECTOR, timedProvider('outline', new DocumentSymbolProvider(analyses)), { label: 'Tenancy' }),
  );
}
