/**
 * `--format text`: `file:line:col: severity CODE message (docs)`, one line per problem, for people; a
 * place it points to in another file of the estate follows on a line of its own (`    ↳ file:line:col: message`).
 * Control characters are escaped (a newline as `\n`, ESC as `\x1b`): a name in a message or a file
 * name cannot start a line of its own and pass for a problem, nor send commands to the terminal.
 */
import { escapeControls } from '../../core/text/printable';
import type { Formatter } from './format';

export const formatText: Formatter = (reports, { explain }) =>
  reports
    .map((r) => {
      const line = `${escapeControls(r.file)}:${r.line}:${r.column}: ${r.severity} ${r.code} ${escapeControls(r.message)}${r.docs ? ` (${r.docs})` : ''}\n`;
      const elsewhere = (r.related ?? []).filter((rel) => rel.file !== r.file)
        .map((rel) => `    ↳ ${escapeControls(rel.file)}:${rel.line}:${rel.column}: ${escapeControls(rel.message)}\n`).join('');
      if (!explain || !r.explain?.length) return line + elsewhere;
      return line + elsewhere + r.explain.map((fact, i) => `    ${i === 0 ? '' : '→ '}${escapeControls(fact)}\n`).join('');
    })
    .join('');
