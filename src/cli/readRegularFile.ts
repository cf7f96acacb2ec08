/**
 * The one way the CLI reads a file: only a regular file is opened (a FIFO would block forever, a
 * device like /dev/zero never ends), and the read stops as soon as it passes the limit, whatever
 * size the file claimed when it was opened (it may grow while read).
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';

/** What the path names, when it is not a regular file. */
export type NotRegular = 'directory' | 'fifo' | 'socket' | 'character-device' | 'block-device' | 'other';

export type RawRead =
  | { ok: true; bytes: Buffer }
  | { ok: false; reason: 'missing' }
  | { ok: false; reason: 'not-regular'; kind: NotRegular }
  /** `size`: the size on disk, or the bytes read before giving up (then more than the limit). */
  | { ok: false; reason: 'too-large'; size: number }
  | { ok: false; reason: 'io'; detail: string };

const CHUNK = 1024 * 1024;
const CHUNK_MIN = 64 * 1024;

export function readRegularFile(path: string, maxBytes: number): RawRead {
  let fd: number | undefined;
  try {
    // Checked before opening: opening a FIFO for reading blocks until some process writes to it.
    const kind = notRegular(statSync(path));
    if (kind) return { ok: false, reason: 'not-regular', kind };
    // O_NONBLOCK: should the path become a FIFO between the check and the open, the open still returns.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stats = fstatSync(fd); // what was opened, not what the path names a moment later
    const opened = notRegular(stats);
    if (opened) return { ok: false, reason: 'not-regular', kind: opened };
    if (stats.size > maxBytes) return { ok: false, reason: 'too-large', size: stats.size };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      // The first read asks for the whole file as it was sized (and one byte more, to see it grew).
      const want = total === 0 ? Math.max(stats.size + 1, CHUNK_MIN) : CHUNK;
      const chunk = Buffer.allocUnsafe(Math.min(want, maxBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) return { ok: false, reason: 'too-large', size: total };
    }
    return { ok: true, bytes: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, reason: 'missing' };
    if (code === 'EISDIR') return { ok: false, reason: 'not-regular', kind: 'directory' };
    return { ok: false, reason: 'io', detail: (error as Error).message };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function notRegular(stats: Stats): NotRegular | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return 'directory';
  if (stats.isFIFO()) return 'fifo';
  if (stats.isSocket()) return 'socket';
  if (stats.isCharacterDevice()) return 'character-device';
  if (stats.isBlockDevice()) return 'block-device';
  return 'other';
}
