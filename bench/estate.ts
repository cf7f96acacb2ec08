/**
 * The estate figures of the benchmark: a workspace of 50 directories analysed as one file and as 50
 * files of one estate, then one keystroke in the middle directory re-analysed each way (an `Analyzer`
 * that saw the previous version; an `Estate` that keeps the other 49 files' analyses).
 */
import { Analyzer } from '../src/core/analyze';
import { Estate } from '../src/core/estate/estate';
import { splitBlocks } from '../src/core/parse/splitBlocks';
import { generateWorkspace } from './generateWorkspace';
import { time } from './timing';

export interface EstateRow {
  users: number;
  files: number;
  /** The first analysis of the whole estate, one file vs its files. */
  oneFileMs: number;
  estateMs: number;
  /** A one-character edit in the middle directory, re-analysed. */
  oneFileEditMs: number;
  estateEditMs: number;
}

const round = (n: number) => Math.round(n * 100) / 100;
/** A keystroke costs a few ms: a median of many, or a collector's pause decides the ratio. */
const EDIT_RUNS = 41;

export function estateRow(users = 12_500, files = 50): EstateRow {
  const text = generateWorkspace({ users, usersPerDirectory: Math.ceil(users / files), plantProblems: 97 });
  const split = splitBlocks(text)!;
  const head = text.slice(0, split.blocks[0].start);
  const parts = split.blocks.map((block, k) => ({ file: `part-${String(k).padStart(2, '0')}.tenancy.yaml`, text: head + text.slice(block.start, block.end) }));
  const middle = parts[Math.floor(parts.length / 2)];
  const at = middle.text.indexOf('displayName: ') + 'displayName: '.length;
  const edited = middle.text.slice(0, at) + 'X' + middle.text.slice(at);
  const wholeAt = split.blocks[Math.floor(parts.length / 2)].start + (at - head.length);
  const wholeEdited = text.slice(0, wholeAt) + 'X' + text.slice(wholeAt);

  const oneFileMs = time(3, () => new Analyzer().analyze(text));
  const estateMs = time(3, () => {
    const estate = new Estate();
    for (const part of parts) estate.set(part.file, part.text);
    estate.analyze();
  });
  const analyzer = new Analyzer();
  analyzer.analyze(text);
  let flip = false;
  const oneFileEditMs = time(EDIT_RUNS, () => { flip = !flip; analyzer.analyze(flip ? wholeEdited : text); });
  const estate = new Estate();
  for (const part of parts) estate.set(part.file, part.text);
  estate.analyze();
  const estateEditMs = time(EDIT_RUNS, () => { flip = !flip; estate.set(middle.file, flip ? edited : middle.text); estate.analyze(); });
  return { users, files: parts.length, oneFileMs: round(oneFileMs), estateMs: round(estateMs), oneFileEditMs: round(oneFileEditMs), estateEditMs: round(estateEditMs) };
}

// Run alone (`node` on a build of this file), not when bundled into the bench, whose child processes print one JSON each.
if (require.main === module && /estate\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) console.log(JSON.stringify(estateRow()));
