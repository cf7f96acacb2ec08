/**
 * `--format json`: an array of `{file, line, column, endLine, endColumn, severity, code, message, docs}`
 * (1-based; `end*` just past the problem), plus `explain` with `--explain`.
 */
import type { Formatter } from './format';

export const formatJson: Formatter = (reports, { explain }) => {
  const items = reports.map((r) => ({
    file: r.file,
    line: r.line,
    column: r.column,
    endLine: r.endLine,
    endColumn: r.endColumn,
    severity: r.severity,
    code: r.code,
    message: r.message,
    docs: r.docs,
    ...(explain && r.explain ? { explain: r.explain } : {}),
  }));
  return `${JSON.stringify(items, null, 2)}\n`;
};
