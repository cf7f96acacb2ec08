/** Turns the `yaml` package's errors and warnings into problems with code `YAML` and plain words. */
import type { Document, YAMLError } from 'yaml';
import type { Problem } from '../problems';

/** Beyond this many syntax errors in one parsed piece, the rest are summarised: garbage stays cheap. */
const MAX_SYNTAX_PROBLEMS = 50;

const EXPLAIN: Partial<Record<string, (error: YAMLError) => string>> = {
  DUPLICATE_KEY: () =>
    'This key appears twice in the same map; YAML allows each key once. Remove one of them (only the first is read).',
  TAB_AS_INDENT: () => 'Tabs cannot indent YAML; indent with spaces.',
  MULTIPLE_DOCS: () =>
    'The file holds several YAML documents (`---`); a workspace file is one document. Remove the separator or split the file.',
  BAD_INDENT: (e) => `Wrong indentation: ${lowerFirst(e.message)} Align the key with its siblings.`,
  MISSING_CHAR: (e) => `Incomplete YAML: ${lowerFirst(e.message)}`,
  ALIAS_PROPS: (e) => `Invalid alias: ${lowerFirst(e.message)}`,
  // The parser ran out of stack: brackets or `- - - …` nested thousands deep.
  RESOURCE_EXHAUSTION: (e) => /call stack/i.test(e.message)
    ? 'The YAML is nested too deeply to read here (thousands of levels of `[`, `{` or `- `). A workspace file needs about six levels: remove the extra nesting.'
    : `The YAML asks for too much work to read (${firstLine(e.message)}). Simplify the file.`,
};

/** @param toFile maps an offset of the parsed text to the whole file */
export function yamlProblems(doc: Document.Parsed, toFile: (offset: number) => number): Problem[] {
  const problems: Problem[] = [];
  const add = (error: YAMLError, severity: 'error' | 'warning') => {
    const explain = EXPLAIN[error.code];
    problems.push({
      code: 'YAML',
      severity,
      message: explain ? explain(error) : `YAML syntax error: ${error.message}`,
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
      message: `${hidden} more YAML syntax errors follow; is this really a YAML workspace file?`,
      start: toFile(last.pos[0]),
      end: toFile(last.pos[1]),
    });
  }
  return problems;
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0].replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
