import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze, Analyzer, parseBlockTexts } from '../../src/core/analyze';
import type { Analysis } from '../../src/core/analyze';
import { spansOf } from '../../src/core/parse/shift';
import { splitBlocks } from '../../src/core/parse/splitBlocks';
import { generateCrowded } from '../../bench/generateCrowded';
import { generateWorkspace } from '../../bench/generateWorkspace';
import { changeBetween } from '../../src/core/text/changedWindow';
import { Rope } from '../../src/core/text/rope';

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

describe('incremental analysis', function () {
  // Long sequences of full analyses: bounded by their run counts, not by the clock, which a loaded machine stretches.
  this.timeout(180_000);
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

  it('a line break removed before a directory joins it to the one above: both are cut again, as a fresh analysis cuts them', () => {
    const analyzer = new Analyzer();
    analyzer.analyze(example);
    const next = example.indexOf('\n  - id:', example.indexOf('  - id:') + 1);
    const joined = `${example.slice(0, next)}x${example.slice(next + 1)}`;
    assert.deepEqual(observable(analyzer.analyze(joined)), observable(analyze(joined)));
  });

  it('records, while parsing a block, every object with offsets that moving the block must move, each once', () => {
    // Every kind of entry, a value the model leaves out (an unknown subscription type) and a directory that is not a map.
    const at = example.indexOf('    subscriptions:');
    const odd = `${example.slice(0, at)}    subscriptions:\n      - id: 00000000-0000-4000-8000-000000000001\n        type: mainframe\n${example.slice(at + '    subscriptions:\n'.length)}\n  - just text\n`;
    for (const text of [example, odd]) {
      const analyzer = new Analyzer();
      analyzer.analyze(text);
      for (const [, block] of analyzer.exportBlocks()) {
        const walked = spansOf(block.directories);
        assert.equal(block.spans?.length, walked.length);
        assert.deepEqual(new Set(block.spans), new Set(walked));
      }
    }
  });

  for (const [offThread, inPieces] of [[false, false], [true, false], [false, true], [true, true]]) {
    const how = [offThread ? 'with edited directories parsed as a worker would' : '', inPieces ? 'each version a rope the edit made from the last, as the editor gives it' : ''].filter(Boolean).join(', ');
    it(`stays equal to a from-scratch analysis through random typing in a crowded file (every offset, related location and fact)${how ? `, ${how}` : ''}`, () => {
      // Repeated names and many problems: the cached per-directory findings, the blocks moved in place and
      // the remembered suggestions must all give what a whole-file parse of the same text gives.
      // Off the thread: most edits' directories are parsed apart and cloned, as the editor's worker
      // hands them over; some are parsed for a version that is then skipped.
      let seed = 11;
      const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
      const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
      const analyzer = new Analyzer();
      let text = generateCrowded({ users: 160, usersPerDirectory: 40 });
      const lineStarts = (pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m.index!);
      const edits: Array<() => string> = [
        // a display name in some directory
        () => { const at = pick(lineStarts(/displayName: /g)) + 'displayName: '.length; return `${text.slice(0, at)}Zo${text.slice(at + 1)}`; },
        // a directory's name (outside its entries: the directory is parsed again, by the worker in the second run)
        () => { const at = pick(lineStarts(/\n {4}name: /g)) + '\n    name: '.length; return `${text.slice(0, at)}Q${text.slice(at)}`; },
        // a UPN's domain that others may reference (adds or removes USR002, CRT002, RBA001…)
        () => { const at = pick(lineStarts(/@[a-z0-9]+\.example/g)) + 1; return `${text.slice(0, at)}x${text.slice(at)}`; },
        // a new user line
        () => { const at = pick(lineStarts(/\n {6}- upn: /g)) + 1; return `${text.slice(0, at)}      - upn: anna.smith@bakery0.example\n${text.slice(at)}`; },
        // a line removed
        () => { const at = pick(lineStarts(/\n {8}displayName: /g)); return text.slice(0, at) + text.slice(text.indexOf('\n', at + 1)); },
        // a whole directory repeated (two blocks with the same text) or removed
        () => {
          const starts = lineStarts(/^ {2}- id: /gm);
          const i = Math.floor(next() * starts.length);
          const block = text.slice(starts[i], starts[i + 1] ?? text.length);
          return next() < 0.5 || starts.length < 3 ? text.slice(0, starts[i]) + block + text.slice(starts[i]) : text.slice(0, starts[i]) + text.slice(starts[i] + block.length);
        },
        // a suppression comment, or a character typed anywhere
        () => { const at = pick(lineStarts(/\n {6}- upn: /g)) + 1; return `${text.slice(0, at)}      # tenancy-disable-next-line USR002\n${text.slice(at)}`; },
        () => { const at = Math.floor(next() * text.length); return text.slice(0, at) + pick(['x', '\n', ' ', '- ', '#']) + text.slice(at); },
      ];
      let compared = 0;
      let reused = 0;
      let handedOver = 0;
      let healthy = text;
      // Small pieces: edits and directories reach across several.
      let rope = Rope.of(text, 256);
      const given = () => {
        rope = followed(rope, text);
        return inPieces ? rope : text;
      };
      for (let step = 0; step < 80; step++) {
        text = pick(edits)();
        if (offThread && next() < 0.8) {
          const skipped = next() < 0.2;
          analyzer.importParsed(structuredClone(parseBlockTexts(analyzer.blocksToParse(given()))));
          if (skipped) text = pick(edits)(); // a newer version came before the analysis
        }
        const incremental = analyzer.analyze(given());
        assert.equal(incremental.text, text);
        if (inPieces) assert.equal(incremental.source, rope);
        handedOver += incremental.stats.parsedOffThread ?? 0;
        if (incremental.stats.mode === 'blocks' && incremental.stats.parsedBlocks < incremental.stats.blocks) reused++;
        const whole = analyze(text, { split: false });
        if (whole.problems.some((p) => p.code === 'YAML')) {
          text = healthy; // typing goes on from the last readable version (more steps to compare)
          continue;
        }
        healthy = text;
        compared++;
        assert.deepEqual(JSON.parse(JSON.stringify(incremental.problems)), JSON.parse(JSON.stringify(whole.problems)), `problems at step ${step}`);
        assert.deepEqual(JSON.parse(JSON.stringify(incremental.workspace)), JSON.parse(JSON.stringify(whole.workspace)), `model at step ${step}`);
      }
      assert.ok(compared >= 30 && reused >= 30, `compared ${compared} steps, ${reused} of them reusing blocks`);
      // Edits inside entries are re-read on this thread (parse/patchBlock.ts): the others go to the worker.
      if (offThread) assert.ok(handedOver >= 15, `${handedOver} directories parsed apart and placed`);
    });
  }

  it('keeps "did you mean" right while typing adds, renames and removes the accounts it could suggest', () => {
    const text = generateCrowded({ users: 120, usersPerDirectory: 40 });
    const at = text.indexOf('owner: ') + 'owner: '.length;
    const owner = text.slice(at, text.indexOf('\n', at));
    const typo = `${owner.slice(0, 2)}${owner[3]}${owner[2]}${owner.slice(4)}`; // two letters swapped: an unknown account
    const versions = [text.slice(0, at) + typo + text.slice(at + owner.length)];
    const userLine = versions[0].indexOf('      - upn: ');
    const exact = (t: string, line: string) => t.slice(0, userLine) + line + t.slice(userLine);
    versions.push(exact(versions[0], `      - upn: ${typo.replace('@', 'x@')}\n`)); // a nearer account appears before the old suggestion
    versions.push(versions[1].replace(`      - upn: ${owner}\n`, '      - upn: someone.else@nowhere.example\n')); // the old suggestion renamed
    versions.push(versions[0]); // both undone
    const analyzer = new Analyzer();
    const suggestions = (t: string, a = analyzer.analyze(t)) => a.problems.filter((p) => p.code === 'CRT002').map((p) => `${p.start} ${p.data?.suggestion}`);
    for (const version of versions) {
      assert.deepEqual(suggestions(version), suggestions(version, analyze(version, { split: false })));
    }
    assert.ok(suggestions(versions[0]).some((s) => s.endsWith(owner)), 'the swapped letters suggest the owner');
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

/** The rope after the one change that makes its text `text` (as an editor reports a keystroke). */
function followed(rope: Rope, text: string): Rope {
  const next = rope.edit([changeBetween(rope.toString(), text)]);
  assert.ok(next);
  assert.equal(next.toString(), text);
  return next;
}
