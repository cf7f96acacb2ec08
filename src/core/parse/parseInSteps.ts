/**
 * `yaml`'s `parseDocument`, in steps: the edited directory of a large file is the longest single
 * piece of a re-analysis (a tenth of a 5,000-user file), so the editor must be able to pause inside
 * it. The lexer and the parser pause every `LEXEMES_PER_STEP` lexemes; composing the document from
 * the parsed tokens is the last step. The document is the one `parseDocument` returns for the same
 * text and options (the same lexer, parser and composer, fed the same way; tested).
 */
import { Composer, Lexer, Parser, YAMLParseError } from 'yaml';
import type { CST, Document, DocumentOptions, ParseOptions, SchemaOptions } from 'yaml';
import type { Steps } from '../steps';

/** A few milliseconds of lexing and parsing (a directory of 250 users is about 15,000 lexemes). */
export const LEXEMES_PER_STEP = 4_096;

/** Without a line counter or pretty errors (the analysis maps offsets itself). */
export type StepParseOptions = Omit<ParseOptions, 'lineCounter' | 'prettyErrors'> & DocumentOptions & SchemaOptions;

export function* parseDocumentInSteps(source: string, options: StepParseOptions): Steps<Document.Parsed> {
  const parser = new Parser();
  const tokens: CST.Token[] = [];
  let lexemes = 0;
  for (const lexeme of new Lexer().lex(source)) {
    for (const token of parser.next(lexeme)) tokens.push(token);
    if (++lexemes % LEXEMES_PER_STEP === 0) yield;
  }
  for (const token of parser.end()) tokens.push(token);
  yield;
  // As `parseDocument`: the first document, and an error on it for a second one.
  let doc: Document.Parsed | undefined;
  for (const next of new Composer(options).compose(tokens, true, source.length)) {
    if (!doc) doc = next;
    else if (doc.options.logLevel !== 'silent') {
      doc.errors.push(new YAMLParseError(next.range.slice(0, 2) as [number, number], 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
      break;
    }
  }
  return doc!;
}
