/** Turns the `yaml` package's errors and warnings into problems with code `YAML` and plain words. */
import type { Document, YAMLError } from 'yaml';
import type { Messages } from '../i18n';
import type { Problem } from '../problems';

/** Beyond this many syntax errors in one parsed piece, the rest are summarised: garbage stays cheap. */
const MAX_SYNTAX_PROBLEMS = 50;

/** Plain words for the parser's errors, by its error code; `detail` is the parser's own (English) sentence. */
const EXPLAIN: Partial<Record<string, (m: Messages, detail: string) => string>> = {
  DUPLICATE_KEY: (m) => m.yamlDuplicateKey(),
  TAB_AS_INDENT: (m) => m.yamlTabIndent(),
  MULTIPLE_DOCS: (m) => m.yamlMultipleDocs(),
  BAD_INDENT: (m, detail) => m.yamlBadIndent({ detail }),
  MISSING_CHAR: (m, detail) => m.yamlMissingChar({ detail }),
  ALIAS_PROPS: (m, detail) => m.yamlAliasProps({ detail }),
  // The parser ran out of stack: brackets or `- - - …` nested thousands deep.
  RESOURCE_EXHAUSTION: (m, detail) => (/call stack/i.test(detail) ? m.yamlTooDeep() : m.yamlTooMuchWork({ detail: firstLine(detail) })),
};

/**
 * @param toFile maps an offset of the parsed text to the whole file
 * @param m the messages in the analysis' locale
 */
export function yamlProblems(doc: Document.Parsed, toFile: (offset: number) => number, m: Messages): Problem[] {
  const problems: Problem[] = [];
  const add = (error: YAMLError, severity: 'error' | 'warning') => {
    const explain = EXPLAIN[error.code];
    problems.push({
      code: 'YAML',
      severity,
      message: explain ? explain(m, error.message) : m.yamlSyntax({ detail: error.message }),
      start: toFile(error.pos[0]),
      end: toFile(Math.max(error.pos[1], error.pos[0])),
      data: { yamlCode: error.code },
    });
  };
  doc.errors.slice(0, MAX_SYNTAX_PROBLEMS).forEach((e) => add(e, 'error'));
  doc.warnings.slice(0, MAX_SYNTAX_PROBLEMS).forEach((w) => add(w, 'warning'));
  const hidden = Math.max(0, doc.errors.length - MAX_SYNTAX_PROBLEMS);
  if (hidden > 0) {
    const last = doc.errors[doc.errors.length - 1];
    problems.push({
      code: 'YAML',
      severity: 'error',
      message: m.yamlMoreErrors({ count: hidden }),
      start: toFile(last.pos[0]),
      end: toFile(last.pos[1]),
    });
  }
  return problems;
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0].replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
}
