/** How every piece of a file is parsed: a whole file, a directory block, the entries an edit re-reads. */
import type { DocumentOptions, ParseOptions } from 'yaml';

export const PARSE_OPTIONS: ParseOptions & DocumentOptions = { prettyErrors: false, uniqueKeys: true, logLevel: 'error' };
