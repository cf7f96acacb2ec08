/** Command-line parsing for `tenancy`: small and strict, so a typo in a flag is a usage error, not ignored. */
import type { Severity, SeverityOverride } from '../core/problems';

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
  /** `import`: print the summary only. */
  dryRun: boolean;
  /** `report`: write to this file instead of standard output. */
  output?: string;
}

export class UsageError extends Error {}

export const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif', 'junit', 'github'];
export const REPORT_FORMATS: readonly ReportFormat[] = ['md', 'csv'];
const LEVELS: readonly SeverityOverride[] = ['error', 'warning', 'info', 'off'];
const FAIL_LEVELS: readonly Severity[] = ['error', 'warning', 'info'];

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = {
    command: undefined, files: [], format: 'text', severities: {}, failSeverity: 'error', explain: false, help: false, version: false,
    reportFormat: 'md', dryRun: false,
  };
  let format: string | undefined;
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
    else if (flag === '--format' || flag === '-f') format = value();
    else if (flag === '--into') args.into = value();
    else if (flag === '--directory') args.directory = value();
    else if (flag === '--output' || flag === '-o') args.output = value();
    else if (flag === '--dry-run') {
      if (inline !== undefined) throw new UsageError('--dry-run takes no value');
      args.dryRun = true;
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
  if (format !== undefined) {
    // `report` has its own formats; every other command takes the problem formats of `check`.
    if (args.command === 'report') {
      if (!REPORT_FORMATS.includes(format as ReportFormat)) throw new UsageError(`unknown report format '${format}' (use ${REPORT_FORMATS.join(', ')})`);
      args.reportFormat = format as ReportFormat;
    } else {
      if (!FORMATS.includes(format as OutputFormat)) throw new UsageError(`unknown format '${format}' (use ${FORMATS.join(', ')})`);
      args.format = format as OutputFormat;
    }
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
  import [--into FILE] [--directory TENANT_ID] [--dry-run] AZ_JSON…
                Merge the JSON of \`az account list --all\`, \`az account tenant list\` and \`az ad user list\`
                into FILE (or print a new file), and print what was added, updated and left in conflict.
                Exit code 0: merged (conflicts are reported, not changed), 1: the file cannot take the
                import, 2: usage error or input that is not Azure CLI output.
  report [--format md|csv] [-o OUT] FILE
                Write a Markdown report (directories, users, guests, subscriptions, access, problems)
                or a CSV of the subscriptions.

Options:
  -f, --format FORMAT        Output of check: text (default), json, sarif (SARIF 2.1.0), junit (JUnit XML),
                             github (GitHub Actions workflow commands). Of report: md (default) or csv.
      --into FILE            import: the workspace file to merge into (created when missing).
      --directory TENANT_ID  import: the directory an \`az ad user list\` output comes from.
      --dry-run              import: print the summary, write nothing.
  -o, --output FILE          report: write to FILE instead of standard output.
  -s, --severity CODE=LEVEL  Change a rule's severity (error, warning, info, off); repeat or separate with commas.
      --fail-severity LEVEL  Exit 1 when a problem is at least this severe: error (default), warning or info.
      --explain              Show the chain of facts behind each problem (text, json and sarif).
  -h, --help                 Show this help.
  -v, --version              Show the version.
`;
