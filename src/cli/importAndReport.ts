/** `tenancy import` (Azure CLI JSON → workspace file) and `tenancy report` (Markdown or CSV). */
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { analyze } from '../core/analyze';
import { applyEdits } from '../core/edits';
import { GUID } from '../core/formats';
import type { Locale } from '../core/i18n';
import { decodeAzureCliBytes, parseAzureCliJson, planImport, summaryToText } from '../core/import';
import type { ImportInput } from '../core/import';
import { isRefused, refuse } from '../core/refusal';
import type { Refusable } from '../core/refusal';
import { reportCsv, reportMarkdown } from '../core/report';
import { LineIndex } from '../core/text/lineIndex';
import type { CliArgs } from './args';
import { USAGE } from './args';
import { describeReadFailure, readWorkspaceFile, whyUnreadable } from './readWorkspaceFile';
import { readRegularFile } from './readRegularFile';
import { AtomicWriteError, writeFileAtomic } from './atomicWrite';
import { cliMessagesFor } from './messages';
import type { CliMessages } from './messages';
import { escapeControls } from '../core/text/printable';
import { MAX_IMPORT_INPUT_BYTES } from '../core/import/limits';

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
  const m = cliMessagesFor(locale);
  const inputs: ImportInput[] = [];
  let failed = false;
  for (const file of args.files) {
    const read = readJsonText(file, m);
    if (isRefused(read)) {
      io.err(`tenancy: ${read.refused}\n`);
      failed = true;
      continue;
    }
    const { text } = read;
    const parsed = parseAzureCliJson(text, locale);
    if (isRefused(parsed)) {
      const { line, column } = new LineIndex(text.replace(/^\uFEFF/, '')).position(parsed.at.offset - (text.startsWith('\uFEFF') ? 1 : 0));
      io.err(`${file}:${line + 1}:${column + 1}: ${escapeControls(parsed.at.path)}: ${escapeControls(parsed.refused)}\n`);
      failed = true;
      continue;
    }
    inputs.push({ name: basename(file), document: parsed });
  }
  if (failed) return EXIT.usage;

  let workspaceText = '';
  const intoExists = args.into !== undefined && exists(args.into);
  if (args.into !== undefined && intoExists) {
    // Read through the same checks as `check`: a FIFO or a device as the target is refused, never opened.
    const read = readWorkspaceFile(args.into, m);
    if (!read.ok) {
      io.err(`tenancy: ${describeReadFailure(args.into, read, locale)}\n`);
      return EXIT.usage;
    }
    workspaceText = read.text;
  }
  const plan = planImport(workspaceText, inputs, { directoryId: args.directory, group: args.group, locale });
  if (isRefused(plan)) {
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
  if (merged !== workspaceText || !intoExists) {
    const failure = write(args.into, merged, m);
    if (failure) {
      io.err(`tenancy: ${failure}\n`);
      return EXIT.usage;
    }
  }
  io.out(summary);
  return EXIT.ok;
}

/** The text of an Azure CLI output file (UTF-8, or UTF-16 with a byte-order mark), read up to the limit. */
function readJsonText(path: string, m: CliMessages): Refusable<{ text: string }> {
  const read = readRegularFile(path, MAX_IMPORT_INPUT_BYTES);
  if (read.ok) return { text: decodeAzureCliBytes(read.bytes) };
  if (read.reason === 'too-large') return refuse(m.inputTooLarge({ path, size: mebibytes(read.size), limit: mebibytes(MAX_IMPORT_INPUT_BYTES) }));
  return refuse(m.cannotRead({ path, why: whyUnreadable(read, m) }));
}

function mebibytes(bytes: number): string {
  return String(Math.floor((bytes / 1024 / 1024) * 10) / 10);
}

/** Whether the path names anything; a dangling symbolic link does not (writing through it creates its file). */
function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Replaces the file atomically; undefined when written, else the message saying why not and that the file is unchanged. */
function write(path: string, text: string, m: CliMessages): string | undefined {
  try {
    writeFileAtomic(path, text);
    return undefined;
  } catch (error) {
    if (!(error instanceof AtomicWriteError)) throw error;
    return m.cannotWrite({ path, why: m.writeWhy({ code: error.code, detail: error.detail }), existed: error.existed });
  }
}

/** Exit codes: 0 written (whatever problems the file has: they are in the report), 2 usage or I/O errors. */
export function reportCommand(args: CliArgs, io: Io, locale: Locale = 'en'): number {
  const m = cliMessagesFor(locale);
  if (args.files.length !== 1) {
    io.err(`tenancy report: give exactly one workspace file\n\n${USAGE}`);
    return EXIT.usage;
  }
  const file = args.files[0];
  const read = readWorkspaceFile(file, m);
  if (!read.ok) {
    io.err(`tenancy: ${describeReadFailure(file, read, locale)}\n`);
    return EXIT.usage;
  }
  const analysis = analyze(read.text, { severities: args.severities, locale });
  const report = args.reportFormat === 'csv' ? reportCsv(analysis) : reportMarkdown(analysis, { title: basename(file), locale });
  if (args.output === undefined) {
    io.out(report);
    return EXIT.ok;
  }
  const failure = write(args.output, report, m);
  if (failure) {
    io.err(`tenancy: ${failure}\n`);
    return EXIT.usage;
  }
  return EXIT.ok;
}
