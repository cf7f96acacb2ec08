/** The `tenancy` command: the same core as the extension, headless. */
import { analyze, analyzeTooLarge } from '../core/analyze';
import { parseArgs, UsageError, USAGE } from './args';
import type { CliArgs } from './args';
import { SEVERITY_RANK } from '../core/problems';
import { findFiles } from './findFiles';
import { reportsOf, summary } from './formatProblems';
import type { FileReport } from './formatProblems';
import { FORMATTERS } from './formats';
import { printTree } from './printTree';
import { describeReadFailure, readWorkspaceFile } from './readWorkspaceFile';
import { importCommand, reportCommand } from './importAndReport';

declare const TENANCY_VERSION: string | undefined;

/** 1: problems at or above `--fail-severity` (default error); 2: usage errors or unreadable paths. */
export const EXIT = { ok: 0, errors: 1, usage: 2 } as const;

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export function run(argv: readonly string[], io: Io): number {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`tenancy: ${error.message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  if (args.version) {
    io.out(`${version()}\n`);
    return EXIT.ok;
  }
  if (args.help || args.command === undefined) {
    (args.help ? io.out : io.err)(USAGE);
    return args.help ? EXIT.ok : EXIT.usage;
  }
  switch (args.command) {
    case 'check':
      return check(args, io);
    case 'tree':
      return tree(args, io);
    case 'import':
      return importCommand(args, io);
    case 'report':
      return reportCommand(args, io);
    default:
      io.err(`tenancy: unknown command '${args.command}'\n\n${USAGE}`);
      return EXIT.usage;
  }
}

function check(args: CliArgs, io: Io): number {
  if (args.files.length === 0) {
    io.err(`tenancy check: no file given\n\n${USAGE}`);
    return EXIT.usage;
  }
  const found = findFiles(args.files);
  for (const error of found.errors) io.err(`tenancy: ${error}\n`);
  let ioFailed = found.errors.length > 0;
  const reports: FileReport[] = [];
  const checked: string[] = [];
  for (const file of found.files) {
    const read = readWorkspaceFile(file);
    if (!read.ok && read.reason === 'io') {
      io.err(`tenancy: ${read.message}\n`);
      ioFailed = true;
      continue;
    }
    checked.push(file);
    if (!read.ok && read.reason === 'too-large') {
      reports.push(...reportsOf(file, analyzeTooLarge(read.size, read.maxLength, { severities: args.severities })));
      continue;
    }
    if (!read.ok) {
      reports.push({
        file, line: read.line, column: read.column, endLine: read.line, endColumn: read.column + 1,
        severity: 'error', code: 'YAML', message: read.message,
      });
      continue;
    }
    reports.push(...reportsOf(file, analyze(read.text, { severities: args.severities })));
  }
  io.out(FORMATTERS[args.format](reports, { files: checked, explain: args.explain, failSeverity: args.failSeverity, version: version() }));
  if (args.format === 'text') io.err(summary(reports, checked.length));
  if (ioFailed) return EXIT.usage;
  const threshold = SEVERITY_RANK[args.failSeverity];
  return reports.some((r) => SEVERITY_RANK[r.severity] <= threshold) ? EXIT.errors : EXIT.ok;
}

function version(): string {
  return typeof TENANCY_VERSION === 'string' ? TENANCY_VERSION : 'dev';
}

function tree(args: CliArgs, io: Io): number {
  if (args.files.length !== 1) {
    io.err(`tenancy tree: give exactly one file\n\n${USAGE}`);
    return EXIT.usage;
  }
  const read = readWorkspaceFile(args.files[0]);
  if (!read.ok) {
    io.err(`tenancy: ${describeReadFailure(args.files[0], read)}\n`);
    return EXIT.usage;
  }
  io.out(printTree(analyze(read.text, { severities: args.severities })));
  return EXIT.ok;
}

if (require.main === module) {
  process.exitCode = run(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  });
}
