/** Renders problems for the terminal and for machines. Lines and columns are 1-based here, and only here. */
import type { Analysis } from '../core/analyze';
import { ruleDocUrl } from '../core/ruleDocs';
import { LineIndex } from '../core/text/lineIndex';
import type { Severity } from '../core/problems';

export interface FileReport {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  code: string;
  message: string;
  /** Microsoft's page the rule comes from, for rule problems. */
  docs?: string;
}

export function reportsOf(file: string, analysis: Analysis): FileReport[] {
  const lines = new LineIndex(analysis.text);
  return analysis.problems.map((problem) => {
    const start = lines.position(problem.start);
    const end = lines.position(problem.end);
    return {
      file,
      line: start.line + 1,
      column: start.column + 1,
      endLine: end.line + 1,
      endColumn: end.column + 1,
      severity: problem.severity,
      code: problem.code,
      message: problem.message,
      docs: ruleDocUrl(problem.code),
    };
  });
}

export function formatText(reports: readonly FileReport[]): string {
  return reports
    .map((r) => `${r.file}:${r.line}:${r.column}: ${r.severity} ${r.code} ${r.message}${r.docs ? ` (${r.docs})` : ''}\n`)
    .join('');
}

export function formatJson(reports: readonly FileReport[]): string {
  return `${JSON.stringify(reports, null, 2)}\n`;
}

export function summary(reports: readonly FileReport[], files: number): string {
  const count = (severity: Severity) => reports.filter((r) => r.severity === severity).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${count('info')} info in ${plural(files, 'file')}\n`;
}
