import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { editDistance, NearName } from '../../src/core/text/didYouMean';

describe('"did you mean": the quick test that skips names too far to compare', () => {
  it('lets through a UPN one letter away, and rules out the same person in another directory', () => {
    const near = new NearName('anna.smith@bakery12.example');
    assert.equal(near.mayBeWithin('anna.smyth@bakery12.example', 1), true);
    assert.equal(near.mayBeWithin('anna.smith@plumbing0.example', 4), false);
  });

  it('never rules out a word within the limit (property: it is a lower bound of the edit distance)', () => {
    // A small alphabet, with a letter beyond ASCII, so that near words are frequent.
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'n', '.', '@', 'é'), maxLength: 12 });
    fc.assert(fc.property(word, word, fc.integer({ min: 1, max: 4 }), (a, b, limit) => {
      const near = new NearName(b);
      const distance = editDistance(a, b, limit);
      if (distance <= limit) assert.equal(near.mayBeWithin(a, limit), true, `${a} / ${b}: ${distance} ≤ ${limit}`);
      // The test keeps no state from one word to the next.
      assert.equal(near.mayBeWithin(a, limit), near.mayBeWithin(a, limit));
    }), { numRuns: 3000, seed: 22 });
  });
});
