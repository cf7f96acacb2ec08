/** Core pieces the editor face leans on: the starter file, problem tallies, and block hand-over. */
import * as assert from 'node:assert/strict';
import { analyze, Analyzer } from '../../src/core/analyze';
import { ProblemTally } from '../../src/core/problems';
import { starterWorkspace } from '../../src/core/starter';
import { generateWorkspace } from '../../bench/generateWorkspace';
import { readFileSync } from 'node:fs';

const example = readFileSync('examples/contoso.tenancy.yaml', 'utf8');

describe('the starter workspace file', () => {
  it('passes every check, so a new user starts from a clean file', () => {
    const text = starterWorkspace('11111111-2222-4333-8444-555555555555', '22222222-3333-4444-8555-666666666666', '33333333-4444-4555-8666-777777777777');
    const analysis = analyze(text);
    assert.deepEqual(analysis.problems.map((p) => `${p.code} ${p.message}`), []);
    assert.equal(analysis.workspace.directories[0].subscriptions.length, 2);
  });
});

describe('problem tally', () => {
  it('counts the problems starting inside a span by severity, as a full scan would', () => {
    const analysis = analyze(example);
    const tally = new ProblemTally(analysis.problems);
    for (const directory of analysis.workspace.directories) {
      for (const span of [directory, ...directory.users, ...directory.subscriptions]) {
        const inside = analysis.problems.filter((p) => p.start >= span.start && p.start < span.end);
        assert.deepEqual(tally.in(span), {
          errors: inside.filter((p) => p.severity === 'error').length,
          warnings: inside.filter((p) => p.severity === 'warning').length,
          infos: inside.filter((p) => p.severity === 'info').length,
        });
      }
    }
    assert.deepEqual(tally.in({ start: 0, end: example.length }).errors, analysis.problems.filter((p) => p.severity === 'error').length);
  });
});

describe('handing parsed blocks to another analyzer', () => {
  it('lets the receiving analyzer reuse every block (what the worker thread relies on)', () => {
    const text = generateWorkspace({ users: 2000 });
    const worker = new Analyzer();
    const expected = worker.analyze(text);
    const main = new Analyzer();
    main.importBlocks(structuredClone(worker.exportBlocks()));
    const received = main.analyze(text);
    assert.equal(received.stats.parsedBlocks, 0, 'no block parsed again');
    assert.deepEqual(received.problems, expected.problems);
    assert.equal(received.workspace.directories.length, expected.workspace.directories.length);
  });
});
