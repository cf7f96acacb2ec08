/**
 * Typing must not make the editor hold one whole copy of the file per edit. An `Analyzer` keeps the
 * blocks of the directories an edit did not touch across versions; if what it keeps of a block
 * (the parser's strings, the block cache's keys, the header) pointed into the text of the version
 * that block was parsed at, each edit in another directory would keep one more version of the whole
 * text alive — at 50,000 users about 5 MB per edit, until the editor's memory ran out.
 */
import * as assert from 'node:assert/strict';
import { Analyzer } from '../../src/core/analyze';
import { Estate } from '../../src/core/estate/estate';
import { generateCrowded } from '../../bench/generateCrowded';
import { heapAfterCollectionMb as heapMb } from '../../bench/heap';
import { editAcrossDirectories } from '../../bench/typing';
import { changeBetween } from '../../src/core/text/changedWindow';
import { Rope } from '../../src/core/text/rope';

/** 5,000 users, 20 directories (0.5 MB): each version of its text is about 0.5 MB in memory. */
const text = generateCrowded({ users: 5_000 });

describe('memory while typing', function () {
  this.timeout(120_000);

  it('keeps no former version of the text alive after edits in many directories', () => {
    const analyzer = new Analyzer();
    let current = text;
    analyzer.analyze(current);
    const before = heapMb();
    for (let i = 0; i < 30; i++) analyzer.analyze((current = editAcrossDirectories(current, i)));
    const grown = heapMb() - before;
    // Keeping a former version per edit added about 10 MB here; what the analysis legitimately changes is well under 3 MB.
    assert.ok(grown < 3, `the heap grew by ${grown.toFixed(1)} MB over 30 edits of a ${(text.length / 1e6).toFixed(1)} MB file`);
  });

  it('keeps none either when the editor gives each version as a rope made from the last', () => {
    const analyzer = new Analyzer();
    let current = text;
    let rope = Rope.of(current);
    analyzer.analyze(rope);
    const before = heapMb();
    for (let i = 0; i < 30; i++) {
      const next = editAcrossDirectories(current, i);
      rope = rope.edit([changeBetween(current, next)])!;
      current = next;
      analyzer.analyze(rope);
    }
    const grown = heapMb() - before;
    assert.ok(grown < 3, `the heap grew by ${grown.toFixed(1)} MB over 30 edits of a ${(text.length / 1e6).toFixed(1)} MB file`);
  });

  it('keeps none either when the file is one of an estate', () => {
    const estate = new Estate();
    const other = generateCrowded({ users: 400, usersPerDirectory: 40 });
    estate.set('file:///estate/other.tenancy.yaml', other);
    let current = text;
    estate.set('file:///estate/main.tenancy.yaml', current);
    estate.analyze();
    const before = heapMb();
    for (let i = 0; i < 30; i++) {
      estate.set('file:///estate/main.tenancy.yaml', (current = editAcrossDirectories(current, i)));
      estate.analyze();
    }
    const grown = heapMb() - before;
    assert.ok(grown < 3, `the heap grew by ${grown.toFixed(1)} MB over 30 edits of a ${(text.length / 1e6).toFixed(1)} MB file`);
  });
});
