/**
 * The one way the CLI writes a file: the new bytes go to a temporary file in the target's folder,
 * are flushed to disk, then renamed over the target. A rename within one folder is atomic, so a
 * reader, a crash, a kill or a full disk sees either the old file or the complete new one, never
 * a cut one. The target keeps its permissions; a symbolic link is written through (the file it
 * points at is replaced and the link stays a link).
 */
import { closeSync, fchmodSync, fsyncSync, lstatSync, openSync, readlinkSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';

export class AtomicWriteError extends Error {
  constructor(
    /** Why, in a few words (the system's error code translated by the caller when it knows it). */
    readonly code: string | undefined,
    readonly detail: string,
    /** Whether the target existed before: it is then untouched, else it was not created. */
    readonly existed: boolean,
  ) {
    super(detail);
  }
}

/** Links followed before giving up (the kernel's own limit is 40). */
const MAX_LINKS = 40;

/** Writes `data` to `target` atomically; throws an AtomicWriteError and leaves the target as it was on failure. */
export function writeFileAtomic(target: string, data: string | Uint8Array): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const real = followLinks(target);
  let mode: number | undefined;
  let existed = false;
  try {
    const stats = statSync(real);
    existed = true;
    if (!stats.isFile()) throw new AtomicWriteError(stats.isDirectory() ? 'EISDIR' : 'ENOTREG', 'not a regular file', true);
    mode = stats.mode & 0o7777;
  } catch (error) {
    if (error instanceof AtomicWriteError) throw error;
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw fromSystem(error, existed);
  }
  const temp = join(dirname(real), `.${basename(real)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    // 0o666 is narrowed by the umask, as for any new file; an existing target's mode is copied below.
    fd = openSync(temp, 'wx', 0o666);
    if (mode !== undefined) fchmodSync(fd, mode);
    for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, real);
  } catch (error) {
    if (fd !== undefined) try { closeSync(fd); } catch { /* already failing */ }
    try { unlinkSync(temp); } catch { /* never created, or already gone */ }
    throw fromSystem(error, existed);
  }
  syncFolder(dirname(real));
}

/** The path a chain of symbolic links ends at (which may not exist yet: a link to a file to create). */
function followLinks(path: string): string {
  let current = resolve(path);
  for (let hops = 0; hops <= MAX_LINKS; hops++) {
    let stats;
    try {
      stats = lstatSync(current);
    } catch {
      return current; // missing: the file to create
    }
    if (!stats.isSymbolicLink()) return current;
    const link = readlinkSync(current);
    current = isAbsolute(link) ? link : resolve(dirname(current), link);
  }
  throw new AtomicWriteError('ELOOP', 'too many levels of symbolic links', true);
}

/** Makes the rename itself durable; some systems cannot open a folder for that, which is no failure. */
function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    /* best effort */
  } finally {
    if (fd !== undefined) try { closeSync(fd); } catch { /* ignore */ }
  }
}

function fromSystem(error: unknown, existed: boolean): AtomicWriteError {
  if (error instanceof AtomicWriteError) return error;
  const e = error as NodeJS.ErrnoException;
  return new AtomicWriteError(e.code, (e.message ?? String(e)).replace(/^[A-Z]+: /, ''), existed);
}
