/**
 * The first light bulb after an edit, on the crowded workload: what the code-action provider does
 * for the problem under the cursor once the edit is analysed (the estate of the file alone, as the
 * extension keeps it): the catalog's offers, the count of "fix all N in this file" when the code has
 * several problems, and the suppression comment. Each timed call reads a fresh analysis (an edit
 * goes back and forth), so nothing kept from the previous light bulb helps it.
 */
import { Estate } from '../src/core/estate/estate';
import { estateFixableInFile, estateQuickFixOffers } from '../src/core/estate/quickFixes';
import { planSuppression } from '../src/core/suppressions';
import { generateCrowded } from './generateCrowded';
import { median } from './timing';

export interface LightBulbRow {
  users: number;
  /** The code of the problem the cursor is on, and how many problems of that code the file has. */
  code: string;
  sameCode: number;
  /** Median ms of the light bulb's work for that problem, first after each edit (the analysis not counted). */
  firstMs: number;
  /** Of which counting the problems "fix all" would fix in the file. */
  fixAllCountMs: number;
}

const FILE = 'file:///estate/crowded.tenancy.yaml';
const round = (n: number) => Math.round(n * 100) / 100;

export function lightBulbRow(users: number, runs = 5): LightBulbRow {
  const text = generateCrowded({ users });
  const at = text.indexOf('displayName: ', Math.floor(text.length / 2)) + 'displayName: '.length;
  const edited = `${text.slice(0, at)}X${text.slice(at)}`;
  const estate = new Estate();
  let flip = false;
  const analyzeNext = () => {
    flip = !flip;
    estate.set(FILE, flip ? edited : text);
    return estate.analyze();
  };
  let analysis = analyzeNext();
  const problems = () => analysis.files.get(FILE)!.problems;
  // Each code's first problem after the edit, as the cursor would sit on it: the worst one is reported.
  const codes = [...new Set(problems().filter((p) => p.start >= at).map((p) => p.code))];
  let worst: LightBulbRow | undefined;
  for (const code of codes) {
    const sameCode = problems().filter((p) => p.code === code).length;
    const first: number[] = [];
    const counting: number[] = [];
    for (let i = 0; i <= runs; i++) {
      analysis = analyzeNext();
      const problem = problems().find((p) => p.start >= at && p.code === code)!;
      const started = process.hrtime.bigint();
      estateQuickFixOffers(analysis, FILE, problem);
      const counted = process.hrtime.bigint();
      if (sameCode > 1) estateFixableInFile(analysis, FILE, code);
      const countedEnd = process.hrtime.bigint();
      planSuppression(analysis.files.get(FILE)!.text, problem);
      const ended = process.hrtime.bigint();
      if (i === 0) continue; // warm-up
      first.push(Number(ended - started) / 1e6);
      counting.push(Number(countedEnd - counted) / 1e6);
    }
    const row = { users, code, sameCode, firstMs: round(median(first)), fixAllCountMs: round(median(counting)) };
    if (!worst || row.firstMs > worst.firstMs) worst = row;
  }
  return worst!;
}

if (require.main === module && /lightBulb\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) console.log(JSON.stringify([5_000, 50_000].map((users) => lightBulbRow(users))));
