/**
 * An analysis in steps (src/core/steps.ts): the editor runs a keystroke's re-analysis a few steps per
 * task, so the steps must be small — a pause between directory blocks, not one step for the file —
 * and an analysis run in steps must say exactly what the same analysis run at once says.
 */
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, Analyzer } from '../../src/core/analyze';
import type { Analysis } from '../../src/core/analyze';
import { analyzeEstate, Estate } from '../../src/core/estate/estate';
import type { Steps } from '../../src/core/steps';
import { generateCrowded } from '../../bench/generateCrowded';

/** Runs the steps to the end, counting them. */
function stepThrough<T>(steps: Steps<T>): { result: T; steps: number } {
  for (let count = 1; ; count++) {
    const next = steps.next();
    if (next.done) return { result: next.value, steps: count };
  }
}

const seen = (a: Analysis) => a.problems.map((p) => `${p.start}-${p.end} ${p.code} ${p.severity} ${p.message} ${JSON.stringify(p.related ?? [])}`);

/** A crowded file of 40 directories (repeated names, one entry in five with a problem). */
const crowded = generateCrowded({ users: 40 * 50, usersPerDirectory: 50 });

/** The text with the first directory's first user's domain changed: the kind of keystroke that moves every block after it. */
function retyped(text: string): string {
  const at = text.indexOf('@') + 1;
  return `${text.slice(0, at)}x${text.slice(at)}`;
}

describe('analysis in steps', () => {
  it('pauses between the directory blocks of a first analysis, and says what an analysis at once says', () => {
    const { result, steps } = stepThrough(new Analyzer().analyzeSteps(crowded));
    assert.equal(result.stats.mode, 'blocks');
    assert.equal(result.stats.blocks, 40);
    assert.ok(steps > 40, `at least one pause per block (${steps} steps for 40 blocks)`);
    assert.ok(result.problems.length > 100, 'the crowded file has many problems');
    assert.deepEqual(seen(result), seen(analyze(crowded)));
  });

  it('a keystroke near the top, re-analysed in steps, pauses while the blocks after it move, and reads as a fresh analysis', () => {
    const analyzer = new Analyzer();
    analyzer.analyze(crowded);
    let text = crowded;
    for (let i = 0; i < 3; i++) {
      text = retyped(text);
      const { result, steps } = stepThrough(analyzer.analyzeSteps(text));
      assert.equal(result.stats.parsedBlocks, 1, 'only the edited block is parsed again');
      assert.ok(steps > 40, `the blocks after the edit are moved over several steps (${steps})`);
      assert.deepEqual(seen(result), seen(analyze(text)), `edit ${i + 1}`);
    }
  });

  it('a file with lines YAML cannot read (masked and analysed again) is analysed in steps as at once', () => {
    const broken = crowded.replace('\n    users:\n', '\n    users:\n\t- upn: tab@contoso.com\n');
    const { result, steps } = stepThrough(new Analyzer().analyzeSteps(broken));
    assert.ok(steps > 40);
    assert.ok(result.problems.some((p) => p.code === 'YAML'), 'the tab-indented line is reported');
    assert.deepEqual(seen(result), seen(analyze(broken)));
  });

  it('an estate of several files, in steps, says what it says at once', () => {
    const folder = 'test/fixtures/estate/msp';
    const files = readdirSync(folder).filter((name) => name.endsWith('.tenancy.yaml')).map((name) => ({ file: name, text: readFileSync(join(folder, name), 'utf8') }));
    assert.ok(files.length >= 3);
    const estate = new Estate();
    for (const { file, text } of files) estate.set(file, text);
    const first = stepThrough(estate.analyzeSteps());
    const fresh = analyzeEstate(files);
    for (const { file } of files) assert.deepEqual(seen(first.result.files.get(file)!), seen(fresh.files.get(file)!), file);
    assert.ok(first.steps > files.length, `pauses between files and blocks (${first.steps} steps)`);
    // An edit of one file, in steps, against a fresh analysis of the edited estate.
    const edited = { ...files[0], text: retyped(files[0].text) };
    estate.set(edited.file, edited.text);
    const next = stepThrough(estate.analyzeSteps()).result;
    const expected = analyzeEstate([edited, ...files.slice(1)]);
    for (const { file } of files) assert.deepEqual(seen(next.files.get(file)!), seen(expected.files.get(file)!), file);
  });
});
