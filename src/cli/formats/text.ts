/** `--format text`: `file:line:col: severity CODE message (docs)`, one line per problem, for people. */
import type { Formatter } from './format';

export const formatText: Formatter = (reports, { explain }) =>
  reports
    .map((r) => {
      const line = `${r.file}:${r.line}:${r.column}: ${r.severity} ${r.code} ${r.message}${r.docs ? ` (${r.docs})` : ''}\n`;
      if (!explain || !r.explain?.length) return line;
      return line + r.explain.map((fact, i) => `    ${i === 0 ? '' : '→ '}${fact}\n`).join('');
    })
    .join('');
