/**
 * Fixture expectations written in the fixture itself: a trailing comment `# expect: CODE[, CODE…]`
 * on a line says which problems must start on that line. A fixture's full set of (line, code) pairs
 * must equal what the analysis reports — so a fixture also proves that nothing else fires.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../../../src/core/analyze';
import type { AnalyzeOptions, Analysis } from '../../../src/core/analyze';
import { LineIndex } from '../../../src/core/text/lineIndex';

/** "line:code" strings (1-based lines), sorted; a multiset: a rule firing twice on a line counts twice. */
export type Pairs = string[];

const MARKER = /#.*?\bexpect:\s*([A-Z][A-Z0-9]*(?:\s*,\s*[A-Z][A-Z0-9]*)*)/;

export function expectedPairs(text: string): Pairs {
  const pairs: string[] = [];
  text.split('\n').forEach((line, i) => {
    const match = MARKER.exec(line);
    if (match) for (const code of match[1].split(',')) pairs.push(`${i + 1}:${code.trim()}`);
  });
  return pairs.sort(byLineThenCode);
}

export function actualPairs(analysis: Analysis): Pairs {
  const lines = new LineIndex(analysis.text);
  const pairs = analysis.problems.map((p) => `${lines.position(p.start).line + 1}:${p.code}`);
  return pairs.sort(byLineThenCode);
}

export function loadFixture(path: string, options?: AnalyzeOptions): { text: string; analysis: Analysis; expected: Pairs; actual: Pairs } {
  const text = readFileSync(path, 'utf8');
  const analysis = analyze(text, options);
  return { text, analysis, expected: expectedPairs(text), actual: actualPairs(analysis) };
}

/** Every problem's message, for assertion failures that show what actually fired. */
export function describeProblems(analysis: Analysis): string {
  const lines = new LineIndex(analysis.text);
  return analysis.problems
    .map((p) => `  ${lines.position(p.start).line + 1}:${lines.position(p.start).column + 1} ${p.severity} ${p.code} ${p.message}`)
    .join('\n');
}

function byLineThenCode(a: string, b: string): number {
  const [la, ca] = a.split(':');
  const [lb, cb] = b.split(':');
  return Number(la) - Number(lb) || ca.localeCompare(cb);
}

/** Every problem as "CODE text-it-underlines", in order: what a reader of the file sees flagged. */
export function flagged(analysis: Analysis): string[] {
  return analysis.problems.map((p) => `${p.code} ${analysis.text.slice(p.start, p.end)}`);
}
