/**
 * The estates of the files a command names (docs/format.md#estates): the files are grouped by folder,
 * and each folder's other workspace files (not its sub-folders') join the estate, so that references
 * to them resolve, even when only some files are named. Only the named files are reported.
 */
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Analysis, AnalyzeOptions } from '../core/analyze';
import type { Locale } from '../core/i18n';
import { isDirectory } from './findFiles';
import { analyzeEstate } from '../core/estate/estate';
import type { EstateAnalysis, JoinedEstate } from '../core/estate/estate';
import type { ElsewhereDirectory } from '../core/import/merge';
import type { CliMessages } from './messages';
import { describeReadFailure, readWorkspaceFile } from './readWorkspaceFile';
import type { ReadResult } from './readWorkspaceFile';

const WORKSPACE_FILE = /\.tenancy\.ya?ml$/i;

export interface EstateRead {
  /** Each named file's read, by its path as named: the failures are the caller's to report. */
  reads: Map<string, ReadResult>;
  /** One analysis per folder; look a readable file up with `analysisOf`. */
  estates: EstateAnalysis[];
}

/**
 * Reads the named files and their folders' other workspace files, and analyses each folder as one
 * estate. A workspace file of the folder that was not named and cannot be read takes no part.
 */
export function readEstates(named: readonly string[], options: AnalyzeOptions, m: CliMessages): EstateRead {
  const reads = new Map<string, ReadResult>();
  const folders = new Map<string, { dir: string; files: Array<{ file: string; text: string }>; seen: Set<string> }>();
  for (const file of named) {
    const read = readWorkspaceFile(file, m);
    reads.set(file, read);
    const dir = dirname(file);
    const key = resolve(dir);
    let folder = folders.get(key);
    if (!folder) folders.set(key, (folder = { dir, files: [], seen: new Set() }));
    folder.seen.add(resolve(file));
    if (read.ok) folder.files.push({ file, text: read.text });
  }
  const estates: EstateAnalysis[] = [];
  for (const folder of folders.values()) {
    for (const sibling of siblings(folder.dir)) {
      if (folder.seen.has(resolve(sibling))) continue;
      const read = readWorkspaceFile(sibling, m);
      if (read.ok) folder.files.push({ file: sibling, text: read.text });
    }
    if (folder.files.length > 0) estates.push(analyzeEstate(folder.files, options));
  }
  return { reads, estates };
}

/** The analysis of a file read by `readEstates`. */
export function analysisOf(read: EstateRead, file: string) {
  for (const estate of read.estates) {
    const analysis = estate.files.get(file);
    if (analysis) return analysis;
  }
  return undefined;
}

/** The workspace files directly in a folder, sorted; none when it cannot be listed (its named files still are). */
export function siblings(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => !entry.isDirectory() && WORKSPACE_FILE.test(entry.name))
      .map((entry) => (dir === '.' ? entry.name : join(dir, entry.name)))
      .sort();
  } catch {
    return [];
  }
}

/** What `tree` and `report` show of a PATH: one file (with its estate's problems), or a folder's estates. */
export type EstateView =
  | { kind: 'file'; file: string; analysis: Analysis; estate: EstateAnalysis; joined: JoinedEstate }
  | { kind: 'folder'; dir: string; files: Array<{ file: string; analysis: Analysis }>; estate: EstateAnalysis };

/**
 * Reads a file and its folder's estate, or a folder's workspace files (not its sub-folders'). Failures
 * are messages: the named file cannot be read, or the folder holds no readable workspace file.
 */
export function viewOf(path: string, options: AnalyzeOptions, m: CliMessages, locale: Locale): EstateView | { error: string } {
  if (isDirectory(path)) {
    const files = siblings(path);
    if (files.length === 0) return { error: m.noWorkspaceFileUnder({ dir: path }) };
    const read = readEstates(files, options, m);
    const estate = read.estates[0];
    if (!estate) return { error: describeReadFailure(files[0], read.reads.get(files[0]) as Exclude<ReadResult, { ok: true }>, locale) };
    const readable = files.filter((file) => estate.files.has(file));
    return { kind: 'folder', dir: path, files: readable.map((file) => ({ file, analysis: estate.files.get(file)! })), estate };
  }
  const read = readEstates([path], options, m);
  const result = read.reads.get(path)!;
  if (!result.ok) return { error: describeReadFailure(path, result, locale) };
  const estate = read.estates[0];
  const joined = estate.estates.find((e) => e.files.includes(path))!;
  return { kind: 'file', file: path, analysis: estate.files.get(path)!, estate, joined };
}

/**
 * The directories of the other files of `into`'s estate (none when it stands alone), for `tenancy
 * import --into`: what the import lists of them is left to their files.
 */
export function elsewhereOf(into: string, m: CliMessages): ElsewhereDirectory[] {
  const analysis = readEstates([into], {}, m).estates[0];
  if (!analysis || analysis.files.get(into)?.workspace.standalone) return [];
  const found: ElsewhereDirectory[] = [];
  for (const [file, other] of analysis.files) {
    if (file === into || other.workspace.standalone) continue;
    for (const d of other.workspace.directories) {
      if (!d.id) continue;
      found.push({
        file, id: d.id.value, name: d.name?.value ?? d.id.value,
        domains: d.domains.map((domain) => domain.value), subscriptions: d.subscriptions.flatMap((s) => (s.id ? [s.id.value] : [])),
      });
    }
  }
  return found;
}
