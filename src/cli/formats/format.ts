/** What every output format of `tenancy check` receives. */
import type { Severity } from '../../core/problems';
import type { FileReport } from '../formatProblems';

export interface FormatContext {
  /** Every file checked (read, even if it was not valid UTF-8), in order: formats list clean files too. */
  files: readonly string[];
  /** `--explain`: show each problem's chain of facts. */
  explain: boolean;
  /** `--fail-severity`: problems at least this severe make the check fail. */
  failSeverity: Severity;
  /** The tool's version, for formats that record it. */
  version: string;
}

export type Formatter = (reports: readonly FileReport[], context: FormatContext) => string;
