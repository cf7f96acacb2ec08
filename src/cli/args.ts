/** Command-line parsing for `tenancy`: small and strict, so a typo in a flag is a usage error, not ignored. */
import { LOCALES } from '../core/i18n';
import type { Locale } from '../core/i18n';
import type { Severity, SeverityOverride } from '../core/problems';
import { RULES } from '../core/rules';
import { SUPPRESSION_CODE } from '../core/suppressions';
import { didYouMean } from '../core/text/didYouMean';
import { cliEn } from './messages';
import type { CliMessages } from './messages';

export type OutputFormat = 'text' | 'json' | 'sarif' | 'junit' | 'github';
export type ReportFormat = 'md' | 'csv';

export interface CliArgs {
  command: string | undefined;
  files: string[];
  format: OutputFormat;
  severities: Record<string, SeverityOverride>;
  /** `check` exits 1 when a problem has this severity or a worse one. */
  failSeverity: Severity;
  /** Print (text) or include (json, sarif) each problem's chain of facts. */
  explain: boolean;
  help: boolean;
  version: boolean;
  /** `report`: md (default) or csv. */
  reportFormat: ReportFormat;
  /** `import`: the workspace file to merge into (absent: print the new file). */
  into?: string;
  /** `import`: tenant id of the directory that `az ad user list` output belongs to. */
  directory?: string;
  /** `import`: the group (name or object id) whose `az ad group member list` output is given. */
  group?: string;
  /** `import`: print the summary only. */
  dryRun: boolean;
  /** `report`: write to this file instead of standard output. */
  output?: string;
  /** `--lang`: the language of messages, when given (otherwise the environment's). */
  lang?: Locale;
}

export class UsageError extends Error {}

export const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif', 'junit', 'github'];
export const REPORT_FORMATS: readonly ReportFormat[] = ['md', 'csv'];
const LEVELS: readonly SeverityOverride[] = ['error', 'warning', 'info', 'off'];
const FAIL_LEVELS: readonly Severity[] = ['error', 'warning', 'info'];

/** @param m the texts of usage errors */
export function parseArgs(argv: readonly string[], m: CliMessages = cliEn): CliArgs {
  const args: CliArgs = {
    command: undefined, files: [], format: 'text', severities: Object.create(null) as Record<string, SeverityOverride>, failSeverity: 'error', explain: false, help: false, version: false,
    reportFormat: 'md', dryRun: false,
  };
  let format: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = argv[++i];
      if (next === undefined) throw new UsageError(m.needsValue({ flag }));
      return next;
    };
    if (flag === '--help' || flag === '-h') args.help = true;
    else if (flag === '--version' || flag === '-v') args.version = true;
    else if (flag === '--format' || flag === '-f') format = value();
    else if (flag === '--into') args.into = value();
    else if (flag === '--directory') args.directory = value();
    else if (flag === '--group') args.group = value();
    else if (flag === '--output' || flag === '-o') args.output = value();
    else if (flag === '--dry-run') {
      if (inline !== undefined) throw new UsageError(m.dryRunTakesNoValue());
      args.dryRun = true;
    } else if (flag === '--fail-severity') {
      const level = value();
      if (!FAIL_LEVELS.includes(level as Severity)) throw new UsageError(m.badFailSeverity({ levels: FAIL_LEVELS.join(', '), got: level }));
      args.failSeverity = level as Severity;
    } else if (flag === '--explain') {
      if (inline !== undefined) throw new UsageError(m.explainTakesNoValue());
      args.explain = true;
    } else if (flag === '--severity' || flag === '-s') {
      for (const setting of value().split(',')) {
        const [code, level] = setting.split('=');
        if (!code || !LEVELS.includes(level as SeverityOverride)) {
          throw new UsageError(m.badSeverity({ levels: LEVELS.join(', '), got: setting }));
        }
        const known = code.trim().toUpperCase();
        if (!severityCodes().includes(known)) throw new UsageError(m.unknownRuleCode({ code: code.trim(), suggestion: didYouMean(known, severityCodes()) ?? '' }));
        args.severities[known] = level as SeverityOverride;
      }
    } else if (flag === '--lang') {
      const lang = value();
      if (!LOCALES.includes(lang as Locale)) throw new UsageError(m.badLang({ langs: LOCALES.join(', '), got: lang }));
      args.lang = lang as Locale;
    } else if (flag === '--') {
      args.files.push(...argv.slice(i + 1)); // everything after `--` is a file name
      break;
    } else if (flag.startsWith('-') && flag !== '-') throw new UsageError(m.unknownOption({ flag }));
    else if (args.command === undefined) args.command = arg;
    else args.files.push(arg);
  }
  if (format !== undefined) {
    // `report` has its own formats; every other command takes the problem formats of `check`.
    if (args.command === 'report') {
      if (!REPORT_FORMATS.includes(format as ReportFormat)) throw new UsageError(m.unknownReportFormat({ format, formats: REPORT_FORMATS.join(', ') }));
      args.reportFormat = format as ReportFormat;
    } else {
      if (!FORMATS.includes(format as OutputFormat)) throw new UsageError(m.unknownFormat({ format, formats: FORMATS.join(', ') }));
      args.format = format as OutputFormat;
    }
  }
  return args;
}

/** Codes `--severity` takes: every rule's, the suppression check's, and the YAML and schema problems'. */
function severityCodes(): string[] {
  return [...RULES.map((rule) => rule.id), SUPPRESSION_CODE, 'YAML', 'SCHEMA'];
}

/** The English help text (`cliFr.usage()` is the French one). */
export const USAGE = cliEn.usage();

/**
 * The language asked for with `--lang` (read before parsing, so that usage errors are in it too),
 * else undefined. A wrong value is reported by `parseArgs`.
 */
export function requestedLang(argv: readonly string[]): Locale | undefined {
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    const value = argv[i] === '--lang' ? argv[i + 1] : argv[i].startsWith('--lang=') ? argv[i].slice('--lang='.length) : undefined;
    if (LOCALES.includes(value as Locale)) return value as Locale;
  }
  return undefined;
}
