/**
 * `--format json`: an array of `{file, line, column, endLine, endColumn, severity, code, message, docs}`
 * (1-based; `end*` just past the problem), `related` (`{file, line, column, endLine, endColumn, message}`:
 * other places it points to, possibly in another file of the estate) when it has any, plus `explain`
 * with `--explain`.
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
    ...(r.related?.length ? { related: r.related.map(({ file, line, column, endLine, endColumn, message }) => ({ file, line, column, endLine, endColumn, message })) } : {}),
    ...(explain && r.explain ? { explain: r.explain } : {}),
  }));
  return `${JSON.stringify(items, null, 2)}\n`;
};
