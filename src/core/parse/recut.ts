/**
 * Cuts a new version of a file from the previous version's cut: the texts are compared, and only
 * the directory blocks around the changed window are cut again (by `splitBlocks` itself, on those
 * blocks' lines); the blocks after them move by the change in length. When the change reaches the
 * header, or the lines around it do not cut cleanly into directory items at the same indentation,
 * there is no result and the caller cuts the whole file.
 */
import { changedWindow } from '../text/changedWindow';
import type { TextLike } from '../text/textLike';
import { splitBlocks } from './splitBlocks';
import type { BlockSplit, DirectoryBlock } from './splitBlocks';

export interface Recut {
  split: BlockSplit;
  /** The previous version's blocks `from` (inclusive) to `to` (exclusive) were replaced by `count` new ones at `from`. */
  from: number;
  to: number;
  count: number;
  /** Where the text changed: `[start, oldEnd)` of the previous text became `delta` longer. */
  window: { start: number; oldEnd: number; delta: number };
}

const KEY_LINE = 'directories:\n';

export function recut(previous: { text: TextLike; split: BlockSplit }, text: TextLike): Recut | undefined {
  const before = previous.text;
  const { blocks, cutStart, cutEnd } = previous.split;
  const { prefix, suffix } = changedWindow(before, text);
  const delta = text.length - before.length;
  const oldEnd = before.length - suffix;
  const window = { start: prefix, oldEnd, delta };
  if (prefix === before.length && delta === 0) return { split: previous.split, from: 0, to: 0, count: 0, window };
  // The change must lie inside the directory items, not touch the header around them.
  if (prefix < cutStart || oldEnd > cutEnd || (oldEnd === cutEnd && cutEnd !== before.length)) return undefined;

  const first = Math.max(0, blockAt(blocks, prefix) - 1); // the block before too: the change may end its item
  // A change ending where a block begins removed the line break before it: that block is cut again too.
  const last = blockAt(blocks, Math.max(prefix, oldEnd));
  const regionStart = blocks[first].start;
  const regionEnd = blocks[last].end + delta;
  if (regionEnd <= regionStart) return undefined;
  // The blocks after the region must still begin lines.
  if (regionEnd < text.length && !isLineBreak(text.charCodeAt(regionEnd - 1))) return undefined;

  // Cut the region's lines as the items of a list of their own; they must all be items at the file's indentation.
  const piece = splitBlocks(KEY_LINE + text.slice(regionStart, regionEnd));
  if (!piece || piece.cutStart !== KEY_LINE.length || piece.cutEnd !== KEY_LINE.length + regionEnd - regionStart) return undefined;
  if (indentAt(text, regionStart) !== indentAt(before, blocks[0].start)) return undefined;
  const fresh: DirectoryBlock[] = piece.blocks.map((b) => ({ start: b.start - KEY_LINE.length + regionStart, end: b.end - KEY_LINE.length + regionStart }));
  const moved = blocks.slice(last + 1).map((b) => ({ start: b.start + delta, end: b.end + delta }));
  const newCutEnd = cutEnd + delta;
  return {
    split: {
      headerText: previous.split.headerText,
      cutStart,
      cutEnd: newCutEnd,
      blocks: [...blocks.slice(0, first), ...fresh, ...moved],
    },
    from: first,
    to: last + 1,
    count: fresh.length,
    window,
  };
}

/** The index of the block holding `offset` (the last block starting at or before it). */
function blockAt(blocks: readonly DirectoryBlock[], offset: number): number {
  let low = 0;
  let high = blocks.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if (blocks[mid].start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d;
}

function indentAt(text: TextLike, lineStart: number): number {
  let i = lineStart;
  while (text.charCodeAt(i) === 0x20) i++;
  return i - lineStart;
}
