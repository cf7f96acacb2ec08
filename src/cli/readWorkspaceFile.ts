/**
 * Reads a workspace file for the CLI: bytes → text, refusing non-UTF-8 input with the position of the
 * first bad byte instead of silently replacing it. A UTF-8 byte-order mark is dropped (editors do the same),
 * so offsets, lines and columns match what an editor shows.
 */
import { DEFAULT_MAX_LENGTH, analyzeTooLarge } from '../core/analyze';
import type { Locale } from '../core/i18n';
import { cliEn } from './messages';
import type { CliMessages } from './messages';
import { readRegularFile } from './readRegularFile';
import type { RawRead } from './readRegularFile';

export type ReadResult =
  | { ok: true; text: string }
  | { ok: false; reason: 'io'; message: string }
  | { ok: false; reason: 'encoding'; message: string; line: number; column: number }
  /** Larger than the limit: a file larger on disk is never read, and a read stops as soon as it passes the limit. */
  | { ok: false; reason: 'too-large'; size: number; maxLength: number };

/**
 * @param maxBytes files larger than this are not read. Bytes are compared with the core's limit in
 *   UTF-16 units: for ASCII text they are the same number, and UTF-8 never takes fewer bytes than
 *   UTF-16 units, so nothing the core would accept is refused for ASCII files.
 */
export function readWorkspaceFile(path: string, m: CliMessages = cliEn, maxBytes = DEFAULT_MAX_LENGTH): ReadResult {
  const read = readRegularFile(path, maxBytes);
  if (!read.ok) {
    if (read.reason === 'too-large') return { ok: false, reason: 'too-large', size: read.size, maxLength: maxBytes };
    return { ok: false, reason: 'io', message: m.cannotRead({ path, why: whyUnreadable(read, m) }) };
  }
  const bytes = read.bytes;
  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1) {
    // Lines end at LF, CRLF or a lone CR, as in the editor; the column counts UTF-16 units, as the
    // editor's columns do (the bytes before `bad` are valid UTF-8, so they decode exactly).
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < bad; i++) {
      const b = bytes[i];
      if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) { line++; lineStart = i + 1; }
    }
    const hex = bytes[bad].toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      reason: 'encoding',
      line,
      column: bytes.toString('utf8', lineStart, bad).length + 1,
      message: m.notUtf8({ hex, offset: bad }),
    };
  }
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { ok: true, text: bytes.toString('utf8', hasBom ? 3 : 0) };
}

/** Why a file could not be read, in the words of the CLI's messages. */
export function whyUnreadable(read: Exclude<RawRead, { ok: true } | { reason: 'too-large' }>, m: CliMessages): string {
  if (read.reason === 'missing') return m.noSuchFile();
  if (read.reason === 'io') return read.detail;
  return read.kind === 'directory' ? m.isADirectory() : m.notRegularFile({ kind: m.fileKind({ kind: read.kind }) });
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
