/**
 * The `tenancy.*` settings the analysis and the outline read, once per folder until the configuration changes:
 * `getConfiguration` merges every settings layer on each call, which after each keystroke of a large
 * file cost more than the rest of the change event. Settings of `resource` scope differ by workspace
 * folder at most, so they are kept by folder (and each file's folder is remembered); the owner calls
 * `clear` when the configuration or the workspace folders change, before anything reads them again.
 */
import * as vscode from 'vscode';
import type { AnalyzeOptions } from '../core/analyze';
import { localeOf } from '../core/i18n';
import { OUTLINE_MAX_ITEMS } from '../core/language';

export interface AnalysisSettings {
  /** What the core is given (severities, rule options, the size limit, the locale). */
  readonly options: AnalyzeOptions;
  /** `tenancy.analysis.maxFileSizeMB` in UTF-16 units (or bytes on disk: close enough for a limit). */
  readonly maxLength: number;
  /** `tenancy.analysis.debounceMs`. */
  readonly debounceMs: number;
  /** `tenancy.outline.maxItems`: VS Code asks for the outline after each keystroke. */
  readonly outlineMaxItems: number;
}

export class Settings {
  private readonly byFolder = new Map<string, AnalysisSettings>();
  /** The settings of each file asked about: finding a file's workspace folder is itself a search, on every change event. */
  private readonly byFile = new Map<string, AnalysisSettings>();

  /** The settings that apply to a file. */
  of(uri: vscode.Uri): AnalysisSettings {
    const file = uri.toString();
    const known = this.byFile.get(file);
    if (known) return known;
    const key = vscode.workspace.getWorkspaceFolder(uri)?.uri.toString() ?? '';
    let settings = this.byFolder.get(key);
    if (!settings) this.byFolder.set(key, (settings = read(uri)));
    this.byFile.set(file, settings);
    return settings;
  }

  clear(): void {
    this.byFolder.clear();
    this.byFile.clear();
  }
}

function read(uri: vscode.Uri): AnalysisSettings {
  const config = vscode.workspace.getConfiguration('tenancy', uri);
  const maxLength = Math.max(1, config.get('analysis.maxFileSizeMB', 32)) * 1024 * 1024;
  return {
    options: {
      severities: config.get('rules.severity', {}),
      rules: { roleAssignmentLimit: config.get('rules.roleAssignmentLimit', 4000) },
      maxLength,
      // The display language of VS Code: `fr` and `fr-*` give French problem messages, anything else English.
      locale: localeOf(vscode.env.language),
    },
    maxLength,
    debounceMs: config.get('analysis.debounceMs', 150),
    outlineMaxItems: config.get('outline.maxItems', OUTLINE_MAX_ITEMS),
  };
}
