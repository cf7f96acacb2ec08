/** Command-line parsing for `tenancy`: small and strict, so a typo in a flag is a usage error, not ignored. */
import type { SeverityOverride } from '../core/problems';

export type OutputFormat = 'text' | 'json';

export interface CliArgs {
  command: string | undefined;
  files: string[];
  format: OutputFormat;
  severities: Record<string, SeverityOverride>;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {}

const FORMATS: readonly OutputFormat[] = ['text', 'json'];
const LEVELS: readonly SeverityOverride[] = ['error', 'warning', 'info', 'off'];

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { command: undefined, files: [], format: 'text', severities: {}, help: false, version: false };
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
      if (!FORMATS.includes(format as OutputFormat)) throw new UsageError(`unknown format '${format}' (use ${FORMATS.join(' or ')})`);
      args.format = format as OutputFormat;
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

export const USAGE = `Usage: tenancy <command> [options] FILE…

Commands:
  check FILE…   Check workspace files against the schema and the Azure / Office 365 association rules.
                Prints file:line:col: severity CODE message. Exit code 0: no errors, 1: errors, 2: usage or I/O failure.
  tree FILE     Print the directories of a workspace file with their users, guests and subscriptions.

Options:
  -f, --format text|json     Output format of check (default text).
  -s, --severity CODE=LEVEL  Change a rule's severity (error, warning, info, off); repeat or separate with commas.
  -h, --help                 Show this help.
  -v, --version              Show the version.
`;
