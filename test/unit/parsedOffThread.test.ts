/**
 * The directories an edit changed, parsed by a worker (`Analyzer.blocksToParse`, `parseBlockTexts`,
 * `importParsed`): the editor's thread then only places them. The analysis must say exactly what a
 * fresh one says, take over the entries that did not change as when it parses the block itself, and
 * forget blocks parsed for a text it never analysed.
 */
import * as assert from 'node:assert/strict';
import { analyze, Analyzer, parseBlockTexts } from '../../src/core/analyze';
import type { Analysis, BlockCache } from '../../src/core/analyze';
import { generateCrowded } from '../../bench/generateCrowded';

const seen = (a: Analysis) => a.problems.map((p) => `${p.start}-${p.end} ${p.code} ${p.severity} ${p.message} ${JSON.stringify(p.related ?? [])}`);

/** A crowded file of 30 directories (repeated names, one entry in five with a problem). */
const crowded = generateCrowded({ users: 30 * 40, usersPerDirectory: 40 });

/**
 * The text with the name of the directory of the `n`th UPN retyped: a keystroke in one directory,
 * which moves the blocks after it, and outside its entries (an edit inside them is re-read here,
 * entry by entry, and not handed to a worker).
 */
function retyped(text: string, n: number): string {
  let at = -1;
  for (let i = 0; i <= n; i++) at = text.indexOf('- upn: ', at + 1);
  at = text.lastIndexOf('\n    name: ', at) + '\n    name: '.length;
  return `${text.slice(0, at)}x${text.slice(at)}`;
}

/** The text with the `n`th UPN's domain changed: a keystroke inside one entry. */
function retypedEntry(text: string, n: number): string {
  let at = -1;
  for (let i = 0; i <= n; i++) at = text.indexOf('- upn: ', at + 1);
  at = text.indexOf('@', at) + 1;
  return `${text.slice(0, at)}x${text.slice(at)}`;
}

/** What crosses from the worker: a structured clone of the blocks, as `postMessage` makes. */
const fromWorker = (blocks: BlockCache): BlockCache => structuredClone(blocks);

describe('blocks parsed off the thread', () => {
  it('an edit whose directory a worker parsed reads as a fresh analysis, with nothing parsed here', () => {
    const analyzer = new Analyzer();
    let previous = analyzer.analyze(crowded);
    let text = crowded;
    for (const n of [0, 500, 1_100]) {
      text = retyped(text, n);
      const texts = analyzer.blocksToParse(text);
      assert.equal(texts.length, 1, 'the edited directory alone (the one before it, cut again too, is found by its text)');
      analyzer.importParsed(fromWorker(parseBlockTexts(texts)));
      const result = analyzer.analyze(text);
      assert.equal(result.stats.parsedBlocks, 0, 'no block parsed on this thread');
      assert.equal(result.stats.parsedOffThread, texts.length);
      assert.deepEqual(seen(result), seen(analyze(text)), `edit of UPN ${n}`);
      // The entries of the edited directory that did not change are the objects of the previous version.
      const edited = result.workspace.directories.findIndex((d, i) => d !== previous.workspace.directories[i]);
      if (edited !== -1) {
        const last = result.workspace.directories[edited].users.at(-1);
        assert.ok(last && previous.workspace.directories.some((d) => d.users.includes(last)), 'an unchanged user taken over from the previous version');
      }
      previous = result;
    }
  });

  it('an edit inside an entry is not handed to the worker: the entries it touched are re-read here', () => {
    const analyzer = new Analyzer();
    analyzer.analyze(crowded);
    const text = retypedEntry(crowded, 500);
    assert.deepEqual(analyzer.blocksToParse(text), []);
    const result = analyzer.analyze(text);
    assert.equal(result.stats.patchedBlocks, 1);
    assert.deepEqual(seen(result), seen(analyze(text)));
  });

  it('the analysis that follows takes over what blocksToParse found for its text, and only for that text', () => {
    const analyzer = new Analyzer();
    analyzer.analyze(crowded);
    let text = crowded;
    for (const n of [100, 700, 701, 300]) {
      text = retypedEntry(text, n);
      assert.deepEqual(analyzer.blocksToParse(text), []);
      // A copy with the same content is the same text; the result is that of a fresh analysis either way.
      const result = analyzer.analyze(n === 701 ? ` ${text}`.slice(1) : text);
      assert.equal(result.stats.patchedBlocks, 1);
      assert.deepEqual(seen(result), seen(analyze(text)), `after the edit of UPN ${n}`);
    }
    // Asked about one version, then given a newer one (a keystroke while the worker parsed): the newer one is read afresh.
    const asked = retypedEntry(text, 900);
    analyzer.blocksToParse(asked);
    const newer = retypedEntry(asked, 901);
    assert.deepEqual(seen(analyzer.analyze(newer)), seen(analyze(newer)));
  });

  it('blocks parsed for a text that was never analysed leave the cache after the next analysis', () => {
    const analyzer = new Analyzer();
    analyzer.analyze(crowded);
    const skipped = retyped(crowded, 300);
    const stale = analyzer.blocksToParse(skipped);
    analyzer.importParsed(fromWorker(parseBlockTexts(stale)));
    const text = retyped(crowded, 900);
    const result = analyzer.analyze(text);
    assert.equal(result.stats.parsedOffThread, undefined, 'the blocks parsed for another text are not used');
    assert.deepEqual(seen(result), seen(analyze(text)));
    const cached = new Set(analyzer.exportBlocks().map(([key]) => key));
    for (const key of stale) assert.ok(!cached.has(key) || text.includes(key), 'a block of the text never analysed is not kept');
  });

  it('asks for nothing where the whole file is cut again or masked, or before a first analysis', () => {
    const analyzer = new Analyzer();
    assert.deepEqual(analyzer.blocksToParse(crowded), [], 'no previous version');
    analyzer.analyze(crowded);
    assert.deepEqual(analyzer.blocksToParse(crowded.replace('version: 1', 'version: 2')), [], 'an edit of the header cuts the whole file');
    assert.deepEqual(analyzer.blocksToParse(crowded.replace('\n    users:\n', '\n    users:\n\t- upn: tab@contoso.com\n')), [], 'a tab-indented line is masked first');
    assert.deepEqual(analyzer.blocksToParse(crowded), [], 'the same text: nothing to parse');
  });
});
