/**
 * `--format github`: GitHub Actions workflow commands, one per problem, which the runner turns into
 * annotations on the pull request: `::error file=F,line=L,col=C,endLine=L,endColumn=C,title=CODE::message`.
 * Infos become `::notice`. Values are escaped as the runner expects: `%`, CR and LF everywhere, and
 * also `:` and `,` inside properties.
 */
import type { Severity } from '../../core/problems';
import type { Formatter } from './format';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escapes the message part of a workflow command. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value of a workflow command. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const formatGithub: Formatter = (reports) =>
  reports
    .map((r) => {
      const properties = [
        `file=${escapeProperty(r.file.replace(/\\/g, '/'))}`,
        `line=${r.line}`, `col=${r.column}`, `endLine=${r.endLine}`, `endColumn=${r.endColumn}`,
        `title=${escapeProperty(r.code)}`,
      ].join(',');
      return `::${COMMAND[r.severity]} ${properties}::${escapeData(`${r.message}${r.docs ? ` (${r.docs})` : ''}`)}\n`;
    })
    .join('');
