/**
 * Turns an analysis into reports for the output formats (src/cli/formats/). Lines and columns are
 * 1-based here, and only here; `endColumn` is just past the problem's last character.
 */
import type { Analysis } from '../core/analyze';
import { ruleDocUrl } from '../core/ruleDocs';
import { LineIndex } from '../core/text/lineIndex';
import type { Severity } from '../core/problems';
import { cliEn } from './messages';
import type { CliMessages } from './messages';

/** A 1-based range in a file. */
export interface ReportRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface FileReport extends ReportRange {
  file: string;
  severity: Severity;
  code: string;
  message: string;
  /** Microsoft's page the rule comes from, for rule problems. */
  docs?: string;
  /** The chain of facts behind the problem (`Problem.explain`). */
  explain?: string[];
  /** Other places the problem points to, e.g. "first defined here", in this file or another file of its estate. */
  related?: Array<ReportRange & { message: string; file: string }>;
}

/**
 * @param textOf the text of another file of the estate, for related locations there (`RelatedLocation.file`).
 */
export function reportsOf(file: string, analysis: Analysis, textOf: (file: string) => string | undefined = () => undefined): FileReport[] {
  const indexes = new Map<string, LineIndex>([[file, new LineIndex(analysis.text)]]);
  const linesOf = (name: string) => {
    let lines = indexes.get(name);
    if (!lines) indexes.set(name, (lines = new LineIndex(textOf(name) ?? '')));
    return lines;
  };
  const range = (startOffset: number, endOffset: number, name = file): ReportRange => {
    const lines = linesOf(name);
    const start = lines.position(startOffset);
    const end = lines.position(endOffset);
    return { line: start.line + 1, column: start.column + 1, endLine: end.line + 1, endColumn: end.column + 1 };
  };
  return analysis.problems.map((problem) => ({
    file,
    ...range(problem.start, problem.end),
    severity: problem.severity,
    code: problem.code,
    message: problem.message,
    docs: ruleDocUrl(problem.code),
    ...(problem.explain ? { explain: problem.explain } : {}),
    ...(problem.related ? { related: problem.related.map((r) => ({ message: r.message, file: r.file ?? file, ...range(r.start, r.end, r.file) })) } : {}),
  }));
}

export function summary(reports: readonly FileReport[], files: number, m: CliMessages = cliEn): string {
  const count = (severity: Severity) => reports.filter((r) => r.severity === severity).length;
  return m.summary({ errors: count('error'), warnings: count('warning'), infos: count('info'), files });
}
