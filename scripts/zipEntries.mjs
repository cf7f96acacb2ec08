// Reads the entries of a .zip file (a .vsix is one) with Node alone: the central directory gives
// each entry's name and where its data lies; stored and deflated entries are all a .vsix holds.
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

/**
 * @param {string} path
 * @returns {{ name: string, size: number, data: () => Buffer }[]}
 */
export function zipEntries(path) {
  const zip = readFileSync(path);
  // The end-of-central-directory record is in the last 64 KiB + 22 bytes (after an optional comment).
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error(`${path} is not a zip file (no end of central directory)`);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = [];
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`${path}: broken central directory at byte ${at}`);
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localHeader = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    const data = () => {
      const start = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
      const raw = zip.subarray(start, start + compressedSize);
      if (method === 0) return raw;
      if (method === 8) return inflateRawSync(raw);
      throw new Error(`${path}: ${name} uses compression method ${method}`);
    };
    entries.push({ name, size, data });
  }
  return entries;
}
