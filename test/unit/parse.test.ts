import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze, Analyzer } from '../../src/core/analyze';
import type { Analysis } from '../../src/core/analyze';
import { splitBlocks } from '../../src/core/parse/splitBlocks';
import { generateWorkspace } from '../../bench/generateWorkspace';

const example = readFileSync('examples/contoso.tenancy.yaml', 'utf8');

/** What a user can observe of an analysis: the problems and the model's names and ranges. */
function observable(analysis: Analysis) {
  return {
    problems: analysis.problems.map((p) => `${p.start}-${p.end} ${p.severity} ${p.code} ${p.message}`),
    directories: analysis.workspace.directories.map((d) => ({
      index: d.index, start: d.start, end: d.end, id: d.id?.value, idStart: d.id?.start,
      users: d.users.map((u) => `${u.upn?.value}@${u.upn?.start}:${u.directoryIndex}`),
      subscriptions: d.subscriptions.map((s) => `${s.name?.value}@${s.start}:${s.roleAssignments.map((a) => a.principal?.start).join(',')}`),
    })),
  };
}

describe('splitting a workspace into directory blocks', () => {
  it('cuts the example into one block per directory, each starting at its "- id:" line', () => {
    const split = splitBlocks(example)!;
    assert.ok(split, 'the example can be split');
    assert.equal(split.blocks.length, 4);
    for (const block of split.blocks) assert.match(example.slice(block.start, block.end), /^ {2}- id: /);
    assert.match(split.headerText, /^# Tenancy workspace/);
    assert.match(split.headerText, /\ndirectories:\n {2}# ── Contoso[^\n]*\n$/);
  });

  it('keeps top-level keys written after the list in the header', () => {
    const text = 'directories:\n- id: a\n  name: A\n- id: b\n  name: B\nversion: 1\n';
    const split = splitBlocks(text)!;
    assert.equal(split.blocks.length, 2);
    assert.equal(split.headerText, 'directories:\nversion: 1\n');
  });

  const unsafe: Array<[string, string]> = [
    ['anchors and aliases', 'version: 1\ndirectories:\n  - id: a\n    roles: &r [x]\n  - id: b\n    roles: *r\n'],
    ['several documents', 'version: 1\ndirectories:\n  - id: a\n---\nversion: 1\n'],
    ['a flow-style list', 'version: 1\ndirectories: [{ id: a }]\n'],
    ['a duplicated directories key', 'version: 1\ndirectories:\n  - id: a\ndirectories:\n  - id: b\n'],
    ['a flow map at the top', '{ version: 1, directories: [] }\n'],
  ];
  for (const [what, text] of unsafe) {
    it(`parses the whole file at once when it has ${what}`, () => {
      assert.equal(splitBlocks(text), undefined);
      assert.equal(analyze(text).stats.mode, 'whole');
    });
  }

  it('masks tab-indented lines before the cut, so the rest of the file is still parsed by blocks', () => {
    const text = 'version: 1\ndirectories:\n  - id: a\n\tname: A\n';
    assert.equal(splitBlocks(text), undefined, 'the raw text is unsafe to cut');
    assert.equal(analyze(text).stats.mode, 'blocks');
  });
});

describe('incremental analysis', () => {
  it('gives exactly what a whole-file parse gives, on the example and a generated workspace', () => {
    for (const text of [example, generateWorkspace({ users: 600, usersPerDirectory: 100 })]) {
      const blocks = analyze(text);
      assert.equal(blocks.stats.mode, 'blocks');
      assert.deepEqual(observable(blocks), observable(analyze(text, { split: false })));
    }
  });

  it('re-parses only the directory that changed, and shifts the others', () => {
    const analyzer = new Analyzer();
    const first = analyzer.analyze(example);
    assert.equal(first.stats.parsedBlocks, 4);
    // Insert a user in the second directory: it is re-parsed, the ones after it move down.
    const at = example.indexOf('      - upn: frank.ito@fabrikam.com');
    const edited = `${example.slice(0, at)}      - upn: gina.park@fabrikam.com\n${example.slice(at)}`;
    const second = analyzer.analyze(edited);
    assert.equal(second.stats.parsedBlocks, 1);
    assert.deepEqual(observable(second), observable(analyze(edited, { split: false })));
    assert.ok(second.workspace.directories[1].users.some((u) => u.upn?.value === 'gina.park@fabrikam.com'));
  });

  it('stays equal to a whole-file parse through a random sequence of edits (seeded)', () => {
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const analyzer = new Analyzer();
    let text = example;
    const fragments = ['x', '\n', '  ', '- ', ': ', 'upn: z@contoso.com\n', '#', '"', '{', ']'];
    for (let step = 0; step < 150; step++) {
      const at = Math.floor(next() * text.length);
      if (next() < 0.5) text = text.slice(0, at) + fragments[Math.floor(next() * fragments.length)] + text.slice(at);
      else text = text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 3));
      const incremental = analyzer.analyze(text);
      for (const p of incremental.problems) {
        assert.ok(p.start >= 0 && p.end <= text.length && p.start <= p.end, `problem range inside the text at step ${step}`);
      }
      // Block mode may word syntax errors differently from a whole parse near a cut; a valid file must match exactly.
      if (!incremental.problems.some((p) => p.code === 'YAML')) {
        const whole = analyze(text, { split: false });
        if (!whole.problems.some((p) => p.code === 'YAML')) {
          assert.deepEqual(observable(incremental), observable(whole), `step ${step}`);
        }
      }
    }
  });
});
