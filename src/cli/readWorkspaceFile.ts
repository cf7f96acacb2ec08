/**
 * Reads a workspace file for the CLI: bytes → text, refusing non-UTF-8 input with the position of the
 * first bad byte instead of silently replacing it. A UTF-8 byte-order mark is dropped (editors do the same),
 * so offsets, lines and columns match what an editor shows.
 */
import { readFileSync } from 'node:fs';
import { cliEn } from './messages';
import type { CliMessages } from './messages';

export type ReadResult =
  | { ok: true; text: string }
  | { ok: false; reason: 'io'; message: string }
  | { ok: false; reason: 'encoding'; message: string; line: number; column: number };

export function readWorkspaceFile(path: string, m: CliMessages = cliEn): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? m.noSuchFile() : code === 'EISDIR' ? m.isADirectory() : (error as Error).message;
    return { ok: false, reason: 'io', message: m.cannotRead({ path, why }) };
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
