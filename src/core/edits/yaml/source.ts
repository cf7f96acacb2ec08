/**
 * Text surgery on a YAML file located through the `yaml` package's node ranges. The planners never
 * re-serialise the document: they cut and insert whole lines (or flow items) so everything they do
 * not touch — comments, key order, quoting, blank lines, indentation, line endings — stays byte for
 * byte. All offsets are 0-based UTF-16 offsets into the file's text.
 */
import type { Document } from 'yaml';

export interface Source {
  text: string;
  doc: Document.Parsed;
  /** The file's line ending: new lines use it, so CRLF files stay CRLF. */
  eol: string;
  /** Extra indentation of a block sequence under its key (2, or 0 for "indentless" sequences). */
  seqIndent: number;
}
