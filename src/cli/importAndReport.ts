/** `tenancy import` (Azure CLI JSON → workspace file) and `tenancy report` (Markdown or CSV). */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { analyze } from '../core/analyze';
import { applyEdits } from '../core/edits';
import { GUID } from '../core/formats';
import type { Locale } from '../core/i18n';
import { decodeAzureCliBytes, parseAzureCliJson, planImport, summaryToText } from '../core/import';
import type { ImportInput } from '../core/import';
import { reportCsv, reportMarkdown } from '../core/report';
import { LineIndex } from '../core/text/lineIndex';
import type { CliArgs } from './args';
import { USAGE } from './args';
import { describeReadFailure, readWorkspaceFile } from './readWorkspaceFile';

interface Io {
  out(text: string): void;
  err(text: string): void;
}

const EXIT = { ok: 0, refused: 1, usage: 2 } as const;

/**
 * Exit codes: 0 merged (conflicts are reported, never applied), 1 the workspace file cannot take the
 * import (YAML errors, an unknown `--directory`), 2 usage errors, unreadable files, input that is not
 * Azure CLI output. Nothing is written unless every input was read.
 */
export function importCommand(args: CliArgs, io: Io, locale: Locale = 'en'): number {
  if (args.files.length === 0) {
    io.err(`tenancy import: give at least one file of Azure CLI JSON output\n\n${USAGE}`);
    return EXIT.usage;
  }
  if (args.directory !== undefined && !GUID.test(args.directory)) {
    io.err(`tenancy import: --directory takes a tenant id (a GUID like 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f), got '${args.directory}'\n`);
    return EXIT.usage;
  }
  const inputs: ImportInput[] = [];
  let failed = false;
  for (const file of args.files) {
    const text = readJsonText(file);
    if (typeof text !== 'string') {
      io.err(`tenancy: ${text.error}\n`);
      failed = true;
      continue;
    }
    const parsed = parseAzureCliJson(text, locale);
    if (!parsed.ok) {
      const { line, column } = new LineIndex(text.replace(/^\uFEFF/, '')).position(parsed.error.offset - (text.startsWith('\uFEFF') ? 1 : 0));
      io.err(`${file}:${line + 1}:${column + 1}: ${parsed.error.path}: ${parsed.error.message}\n`);
      failed = true;
      continue;
    }
    inputs.push({ name: basename(file), document: parsed.document });
  }
  if (failed) return EXIT.usage;

  let workspaceText = '';
  if (args.into !== undefined && existsSync(args.into)) {
    const read = readWorkspaceFile(args.into);
    if (!read.ok) {
      io.err(`tenancy: ${describeReadFailure(args.into, read)}\n`);
      return EXIT.usage;
    }
    workspaceText = read.text;
  }
  const plan = planImport(workspaceText, inputs, { directoryId: args.directory, locale });
  if ('refused' in plan) {
    io.err(`tenancy import: ${plan.refused}\n`);
    return EXIT.refused;
  }
  const summary = summaryToText(plan.summary, locale);
  const merged = applyEdits(workspaceText, plan.edits);
  if (args.dryRun) {
    io.out(summary);
    return EXIT.ok;
  }
  if (args.into === undefined) {
    io.out(merged);
    io.err(summary);
    return EXIT.ok;
  }
  if (merged !== workspaceText || !existsSync(args.into)) {
    try {
      writeFileSync(args.into, merged);
    } catch (error) {
      io.err(`tenancy: cannot write ${args.into}: ${(error as Error).message}\n`);
      return EXIT.usage;
    }
  }
  io.out(summary);
  return EXIT.ok;
}

/** The text of an Azure CLI output file (UTF-8, or UTF-16 with a byte-order mark). */
function readJsonText(path: string): string | { error: string } {
  try {
    return decodeAzureCliBytes(readFileSync(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { error: `cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message}` };
  }
}

/** Exit codes: 0 written (whatever problems the file has: they are in the report), 2 usage or I/O errors. */
export function reportCommand(args: CliArgs, io: Io, locale: Locale = 'en'): number {
  if (args.files.length !== 1) {
    io.err(`tenancy report: give exactly one workspace file\n\n${USAGE}`);
    return EXIT.usage;
  }
  const file = args.files[0];
  const read = readWorkspaceFile(file);
  if (!read.ok) {
    io.err(`tenancy: ${describeReadFailure(file, read)}\n`);
    return EXIT.usage;
  }
  const analysis = analyze(read.text, { severities: args.severities, locale });
  const report = args.reportFormat === 'csv' ? reportCsv(analysis) : reportMarkdown(analysis, { title: basename(file), locale });
  if (args.output === undefined) {
    io.out(report);
    return EXIT.ok;
  }
  try {
    writeFileSync(args.output, report);
  } catch (error) {
    io.err(`tenancy: cannot write ${args.output}: ${(error as Error).message}\n`);
    return EXIT.usage;
  }
  return EXIT.ok;
}
