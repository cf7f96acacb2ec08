/**
 * One "Label: value" line of a tree tooltip. The colon comes from the catalog: French puts a narrow
 * no-break space before it (« Type : Azure »), which also keeps the colon from starting a line.
 */
import * as vscode from 'vscode';
import { escapeMarkdown } from '../markdown';

export function tooltipLine(md: vscode.MarkdownString, label: string, value: string | undefined): void {
  if (value === undefined || value === '') return;
  md.appendMarkdown(`\n\n${vscode.l10n.t('{0}:', label)} `).appendMarkdown(escapeMarkdown(value));
}
