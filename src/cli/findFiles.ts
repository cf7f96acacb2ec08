/**
 * Turns `tenancy check` arguments into files: a file stays as given, a directory is searched
 * recursively for workspace files (`*.tenancy.yaml`, `*.tenancy.yml`), and a simple glob (`*`, `?`,
 * `**`) is matched against the files under its fixed leading folders. Shells expand unquoted globs
 * themselves; this serves quoted ones and shells that do not (Windows).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cliEn } from './messages';
import type { CliMessages } from './messages';

export interface FoundFiles {
  /** Files to check, in argument order, each once; files of one directory or glob sorted by path. */
  files: string[];
  /** One message per argument that named nothing to check (exit code 2). */
  errors: string[];
}

const WORKSPACE_FILE = /\.tenancy\.ya?ml$/i;
const GLOB_CHARS = /[*?]/;

export function findFiles(args: readonly string[], m: CliMessages = cliEn): FoundFiles {
  const files: string[] = [];
  const seen = new Set<string>();
  const errors: string[] = [];
  const add = (file: string) => {
    if (!seen.has(file)) {
      seen.add(file);
      files.push(file);
    }
  };
  for (const arg of args) {
    if (GLOB_CHARS.test(arg)) {
      const matches = matchGlob(arg, errors, m);
      if (matches.length === 0) errors.push(m.noFileMatches({ pattern: arg }));
      matches.forEach(add);
    } else if (isDirectory(arg)) {
      const found = walk(arg, errors, m).filter((file) => WORKSPACE_FILE.test(file));
      if (found.length === 0) errors.push(m.noWorkspaceFileUnder({ dir: arg }));
      found.forEach(add);
    } else {
      add(arg); // a file, or a missing path the reader reports
    }
  }
  return { files, errors };
}

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Folders never searched: version control, dependencies and other hidden folders. */
function skipped(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/**
 * Every entry under a directory that is not a directory, sorted; symbolic links to folders are not
 * followed (no cycles). FIFOs, sockets and devices are listed too: a workspace file name on one gets
 * the reader's clear refusal instead of being skipped in silence. A folder that cannot be listed
 * (no permission) is an error, never a silent gap in the check.
 */
function walk(dir: string, errors: string[], m: CliMessages): string[] {
  const found: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    errors.push(m.cannotReadFolder({ dir, why: code === 'EACCES' || code === 'EPERM' ? m.permissionDenied() : (error as Error).message }));
    return found;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = dir === '.' ? entry.name : join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skipped(entry.name)) found.push(...walk(path, errors, m));
    } else if (!(entry.isSymbolicLink() && isDirectory(path))) {
      found.push(path);
    }
  }
  return found;
}

/** Files matching a glob: `*` and `?` stay inside one path segment, `**` spans any number of them. */
export function matchGlob(pattern: string, errors: string[] = [], m: CliMessages = cliEn): string[] {
  const normalized = pattern.replace(/\\/g, '/');
  const segments = normalized.split('/');
  const firstGlob = segments.findIndex((segment) => GLOB_CHARS.test(segment));
  const baseSegments = segments.slice(0, firstGlob);
  const base = baseSegments.length === 0 ? '.' : baseSegments.join('/') || '/';
  const rest = segments.slice(firstGlob).join('/');
  const regex = globToRegExp(rest);
  const prefix = base === '.' ? '' : base.endsWith('/') ? base : `${base}/`;
  return walk(base, errors, m)
    .map((path) => path.replace(/\\/g, '/'))
    .filter((path) => regex.test(prefix && path.startsWith(prefix) ? path.slice(prefix.length) : path));
}

export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      source += slash ? '(?:[^/]*/)*' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}
