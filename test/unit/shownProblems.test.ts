import * as assert from 'node:assert/strict';
import { generateCrowded } from '../../bench/generateCrowded';
import { analyze } from '../../src/core/analyze';
import type { Analysis } from '../../src/core/analyze';
import type { Problem } from '../../src/core/problems';
import { chooseShown, problemsOnLines } from '../../src/core/shownProblems';
import { LineIndex } from '../../src/core/text/lineIndex';

describe('the problems handed to an editor that shows 1,000 per file', () => {
  let analysis: Analysis;
  let lines: LineIndex;
  const lineOf = (offset: number) => lines.position(offset).line;
  const count = (problems: readonly Problem[], severity: Problem['severity']) => problems.filter((p) => p.severity === severity).length;

  before(() => {
    // 5,000 users with repeated names: 1,208 problems, of which 788 errors, 277 warnings and 143 infos.
    analysis = analyze(generateCrowded({ users: 5_000 }));
    lines = new LineIndex(analysis.text);
    assert.ok(analysis.problems.length > 1_000 && count(analysis.problems, 'error') < 999, 'a file over the limit, with fewer errors than it');
  });

  it('hands every problem, the same list, when they are no more than the limit', () => {
    assert.equal(chooseShown(analysis.problems, analysis.problems.length), analysis.problems);
    const few = analysis.problems.slice(0, 10);
    assert.equal(chooseShown(few, 999), few);
  });

  it('chooses as VS Code does when nothing is in view: every error, then warnings in file order, no infos, in file order', () => {
    const shown = chooseShown(analysis.problems, 999);
    assert.equal(shown.length, 999);
    const errors = count(analysis.problems, 'error');
    assert.equal(count(shown, 'error'), errors);
    assert.equal(count(shown, 'info'), 0);
    const warnings = analysis.problems.filter((p) => p.severity === 'warning');
    assert.deepEqual(shown.filter((p) => p.severity === 'warning'), warnings.slice(0, 999 - errors), 'the first warnings of the file');
    assert.ok(shown.every((p, i) => i === 0 || analysis.problems.indexOf(shown[i - 1]) < analysis.problems.indexOf(p)), 'in file order');
  });

  it('shows the problems on the lines in view first, infos and late warnings included', () => {
    const infos = analysis.problems.filter((p) => p.severity === 'info');
    const lastWarning = analysis.problems.filter((p) => p.severity === 'warning').at(-1)!;
    const inView = [infos[infos.length >> 1], lastWarning].map((p) => lineOf(p.start));
    const ranges = inView.map((line) => problemsOnLines(analysis.problems, lineOf, line - 20, line + 20));
    const preferred = ranges.flatMap((r) => analysis.problems.slice(r.from, r.to));
    const shown = chooseShown(analysis.problems, 999, ranges);
    assert.equal(shown.length, 999);
    for (const p of preferred) assert.ok(shown.includes(p), `${p.code} on line ${lineOf(p.start) + 1}, in view, is shown`);
    assert.ok(count(shown, 'info') > 0, 'the infos in view are shown');
    assert.equal(count(shown, 'error'), count(analysis.problems, 'error'), 'and still every error');
  });

  it('takes the preferred problems by severity when they alone are over the limit', () => {
    const all = { from: 0, to: analysis.problems.length };
    assert.deepEqual(chooseShown(analysis.problems, 999, [all]), chooseShown(analysis.problems, 999));
  });

  it('finds the problems on some lines by binary search, asking for the line of a few problems only', () => {
    const middle = lineOf(analysis.problems[analysis.problems.length >> 1].start);
    for (const [first, last] of [[0, 40], [middle - 25, middle + 25], [middle, middle], [lines.lineCount - 30, lines.lineCount + 5], [-10, -1]]) {
      let asked = 0;
      const range = problemsOnLines(analysis.problems, (offset) => { asked++; return lineOf(offset); }, first, last);
      const expected = analysis.problems.map((p, i) => [p, i] as const).filter(([p]) => lineOf(p.start) >= first && lineOf(p.start) <= last).map(([, i]) => i);
      assert.deepEqual(Array.from({ length: range.to - range.from }, (_, k) => range.from + k), expected, `lines ${first}–${last}`);
      assert.ok(asked <= 2 * Math.ceil(Math.log2(analysis.problems.length + 1)), `${asked} lines asked for ${analysis.problems.length} problems`);
    }
  });
});
