/** The output formats of `tenancy check`, one file each. */
import type { OutputFormat } from '../args';
import type { Formatter } from './format';
import { formatGithub } from './github';
import { formatJson } from './json';
import { formatJunit } from './junit';
import { formatSarif } from './sarif';
import { formatText } from './text';

export type { FormatContext, Formatter } from './format';

export const FORMATTERS: Readonly<Record<OutputFormat, Formatter>> = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  junit: formatJunit,
  github: formatGithub,
};
