/** Command-line parsing for `tenancy`: small and strict, so a typo in a flag is a usage error, not ignored. */
import type { Severity, SeverityOverride } from '../core/problems';

export type OutputFormat = 'text' | 'json' | 'sarif' | 'junit' | 'github';

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
}

export class UsageError extends Error {}

export const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif', 'junit', 'github'];
const LEVELS: readonly SeverityOverride[] = ['error', 'warning', 'info', 'off'];
const FAIL_LEVELS: readonly Severity[] = ['error', 'warning', 'info'];

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = {
    command: undefined, files: [], format: 'text', severities: {}, failSeverity: 'error', explain: false, help: false, version: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`${flag} needs a value`);
      return next;
    };
    if (flag === '--help' || flag === '-h') args.help = true;
    else if (flag === '--version' || flag === '-v') args.version = true;
    else if (flag === '--format' || flag === '-f') {
      const format = value();
      if (!FORMATS.includes(format as OutputFormat)) throw new UsageError(`unknown format '${format}' (use ${FORMATS.join(', ')})`);
      args.format = format as OutputFormat;
    } else if (flag === '--fail-severity') {
      const level = value();
      if (!FAIL_LEVELS.includes(level as Severity)) throw new UsageError(`--fail-severity takes ${FAIL_LEVELS.join(', ')} (got '${level}')`);
      args.failSeverity = level as Severity;
    } else if (flag === '--explain') {
      if (inline !== undefined) throw new UsageError('--explain takes no value');
      args.explain = true;
    } else if (flag === '--severity' || flag === '-s') {
      for (const setting of value().split(',')) {
        const [code, level] = setting.split('=');
        if (!code || !LEVELS.includes(level as SeverityOverride)) {
          throw new UsageError(`--severity takes CODE=LEVEL with LEVEL one of ${LEVELS.join(', ')} (got '${setting}')`);
        }
        args.severities[code.trim().toUpperCase()] = level as SeverityOverride;
      }
    } else if (flag === '--') {
      args.files.push(...argv.slice(i + 1)); // everything after `--` is a file name
      break;
    } else if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown option '${flag}'`);
    else if (args.command === undefined) args.command = arg;
    else args.files.push(arg);
  }
  return args;
}

export const USAGE = `Usage: tenancy <command> [options] PATH…

Commands:
  check PATH…   Check workspace files against the schema and the Azure / Office 365 association rules.
                A PATH is a file, a directory (searched for *.tenancy.yaml / *.tenancy.yml) or a glob
                (*, ?, ** — quote it). Exit code 0: nothing at or above --fail-severity, 1: problems
                at or above it, 2: usage or I/O failure.
  tree FILE     Print the directories of a workspace file with their users, guests and subscriptions.

Options:
  -f, --format FORMAT        Output of check: text (default), json, sarif (SARIF 2.1.0), junit (JUnit XML),
                             github (GitHub Actions workflow commands).
  -s, --severity CODE=LEVEL  Change a rule's severity (error, warning, info, off); repeat or separate with commas.
      --fail-severity LEVEL  Exit 1 when a problem is at least this severe: error (default), warning or info.
      --explain              Show the chain of facts behind each problem (text, json and sarif).
  -h, --help                 Show this help.
  -v, --version              Show the version.
`;
