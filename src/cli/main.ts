/** The `tenancy` command: the same core as the extension, headless. */
import { analyzeTooLarge } from '../core/analyze';
import { analysisOf, readEstates, viewOf } from './estates';
import { parseArgs, requestedLang, UsageError } from './args';
import type { CliArgs } from './args';
import { SEVERITY_RANK } from '../core/problems';
import { findFiles } from './findFiles';
import { reportsOf, summary } from './formatProblems';
import type { FileReport } from './formatProblems';
import { FORMATTERS } from './formats';
import { cliMessagesFor, localeFromEnv } from './messages';
import type { CliMessages } from './messages';
import type { Locale } from '../core/i18n';
import { printEstateTree, printTree } from './printTree';

import { importCommand, reportCommand } from './importAndReport';

declare const TENANCY_VERSION: string | undefined;

/** 1: problems at or above `--fail-severity` (default error); 2: usage errors or unreadable paths. */
export const EXIT = { ok: 0, errors: 1, usage: 2 } as const;

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

/**
 * Runs the command. Messages are in the language of `--lang`, else of the environment (`LC_ALL`,
 * `LC_MESSAGES`, `LANG`: `fr…` is French, anything else English).
 */
export function run(argv: readonly string[], io: Io, env: Readonly<Record<string, string | undefined>> = process.env): number {
  const locale = requestedLang(argv) ?? localeFromEnv(env);
  const m = cliMessagesFor(locale);
  const USAGE = m.usage();
  let args: CliArgs;
  try {
    args = parseArgs(argv, m);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`tenancy: ${error.message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const session: Session = { locale, m, usage: USAGE };
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
      return check(args, io, session);
    case 'tree':
      return tree(args, io, session);
    case 'import':
      return importCommand(args, io, locale);
    case 'report':
      return reportCommand(args, io, locale);
    default:
      io.err(`tenancy: ${m.unknownCommand({ command: args.command })}\n\n${USAGE}`);
      return EXIT.usage;
  }
}

/** The language of one run. */
interface Session {
  locale: Locale;
  m: CliMessages;
  usage: string;
}

function check(args: CliArgs, io: Io, { locale, m, usage }: Session): number {
  if (args.files.length === 0) {
    io.err(`tenancy check: ${m.noFileGiven()}\n\n${usage}`);
    return EXIT.usage;
  }
  const found = findFiles(args.files, m);
  for (const error of found.errors) io.err(`tenancy: ${error}\n`);
  let ioFailed = found.errors.length > 0;
  const reports: FileReport[] = [];
  const checked: string[] = [];
  // Each folder's files are one estate (docs/format.md#estates): its other workspace files are read too.
  const estates = readEstates(found.files, { severities: args.severities, locale }, m);
  for (const file of found.files) {
    const read = estates.reads.get(file)!;
    if (!read.ok && read.reason === 'io') {
      io.err(`tenancy: ${read.message}\n`);
      ioFailed = true;
      continue;
    }
    checked.push(file);
    if (!read.ok && read.reason === 'too-large') {
      reports.push(...reportsOf(file, analyzeTooLarge(read.size, read.maxLength, { severities: args.severities, locale })));
      continue;
    }
    if (!read.ok) {
      reports.push({
        file, line: read.line, column: read.column, endLine: read.line, endColumn: read.column + 1,
        severity: 'error', code: 'YAML', message: read.message,
      });
      continue;
    }
    reports.push(...reportsOf(file, analysisOf(estates, file)!, (other) => analysisOf(estates, other)?.text));
  }
  io.out(FORMATTERS[args.format](reports, { files: checked, explain: args.explain, failSeverity: args.failSeverity, version: version() }));
  if (args.format === 'text') io.err(summary(reports, checked.length, m));
  if (ioFailed) return EXIT.usage;
  const threshold = SEVERITY_RANK[args.failSeverity];
  return reports.some((r) => SEVERITY_RANK[r.severity] <= threshold) ? EXIT.errors : EXIT.ok;
}

function version(): string {
  return typeof TENANCY_VERSION === 'string' ? TENANCY_VERSION : 'dev';
}

function tree(args: CliArgs, io: Io, { locale, m, usage }: Session): number {
  if (args.files.length !== 1) {
    io.err(`tenancy tree: ${m.treeNeedsOneFile()}\n\n${usage}`);
    return EXIT.usage;
  }
  // A file with its estate's problems, or a folder's estate: each file, then its directories.
  const view = viewOf(args.files[0], { severities: args.severities, locale }, m, locale);
  if ('error' in view) {
    io.err(`tenancy: ${view.error}\n`);
    return EXIT.usage;
  }
  io.out(view.kind === 'file' ? printTree(view.analysis, m) : printEstateTree(view.files, m));
  return EXIT.ok;
}

if (require.main === module) {
  // `tenancy check … | head`: a reader that stops early is no failure of ours, and no stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit();
    });
  }
  process.exitCode = run(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  });
}
