/**
 * Reads a workspace file for the CLI: bytes → text, refusing non-UTF-8 input with the position of the
 * first bad byte instead of silently replacing it. A UTF-8 byte-order mark is dropped (editors do the same),
 * so offsets, lines and columns match what an editor shows.
 */
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { DEFAULT_MAX_LENGTH, analyzeTooLarge } from '../core/analyze';
import type { Locale } from '../core/i18n';
import { cliEn } from './messages';
import type { CliMessages } from './messages';

export type ReadResult =
  | { ok: true; text: string }
  | { ok: false; reason: 'io'; message: string }
  | { ok: false; reason: 'encoding'; message: string; line: number; column: number }
  /** Larger on disk than the limit: never read (a 200 MB file is refused in a millisecond, not loaded first). */
  | { ok: false; reason: 'too-large'; size: number; maxLength: number };

/**
 * @param maxBytes files larger than this on disk are not read at all. Bytes are compared with the
 *   core's limit in UTF-16 units: for ASCII text they are the same number, and UTF-8 never takes
 *   fewer bytes than UTF-16 units, so nothing the core would accept is refused for ASCII files.
 */
export function readWorkspaceFile(path: string, m: CliMessages = cliEn, maxBytes = DEFAULT_MAX_LENGTH): ReadResult {
  let bytes: Buffer;
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const stats = fstatSync(fd); // the size of the file opened, not of whatever the path names a moment later
    if (stats.isDirectory()) return { ok: false, reason: 'io', message: m.cannotRead({ path, why: m.isADirectory() }) };
    if (stats.size > maxBytes) return { ok: false, reason: 'too-large', size: stats.size, maxLength: maxBytes };
    bytes = readFileSync(fd);
    // A file that grew after the check (or a device reporting no size) is still held to the limit.
    if (bytes.length > maxBytes) return { ok: false, reason: 'too-large', size: bytes.length, maxLength: maxBytes };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? m.noSuchFile() : code === 'EISDIR' ? m.isADirectory() : (error as Error).message;
    return { ok: false, reason: 'io', message: m.cannotRead({ path, why }) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a) { line++; lineStart = i + 1; }
    const hex = bytes[bad].toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      reason: 'encoding',
      line,
      column: bad - lineStart + 1,
      message: m.notUtf8({ hex, offset: bad }),
    };
  }
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { ok: true, text: bytes.toString('utf8', hasBom ? 3 : 0) };
}

/** Byte offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b < 0x80) { i++; continue; }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** One line saying why a file could not be read: `file:line:col: message`, or the I/O error. */
export function describeReadFailure(file: string, read: Exclude<ReadResult, { ok: true }>, locale: Locale = 'en'): string {
  if (read.reason === 'io') return read.message;
  if (read.reason === 'too-large') return `${file}:1:1: ${analyzeTooLarge(read.size, read.maxLength, { locale }).problems[0].message}`;
  return `${file}:${read.line}:${read.column}: ${read.message}`;
}
