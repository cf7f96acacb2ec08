import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { changedWindow } from '../../src/core/text/changedWindow';
import { MAX_FOLLOWED_CHANGES, Rope } from '../../src/core/text/rope';

const example = readFileSync('examples/contoso.tenancy.yaml', 'utf8');

/** Texts of line breaks, tabs, CRs, NULs and a few letters: what the seams between pieces and the scans care about. */
const text = fc.array(fc.constantFrom('a', 'b', '#', ' ', '\t', '\n', '\r', '\r\n', '\0', 'ab', 'é'), { maxLength: 80 }).map((parts) => parts.join(''));
const search = fc.array(fc.constantFrom('a', 'b', '\n', '\r', ' ', '#'), { minLength: 0, maxLength: 3 }).map((parts) => parts.join(''));
const edit = fc.record({ at: fc.nat(), length: fc.nat({ max: 12 }), text });
const position = fc.oneof(fc.integer({ min: -5, max: 100 }), fc.constant(Infinity), fc.constant(Number.NaN));

/** The rope's text after random edits, beside the same edits made on a string. */
function edited(start: string, size: number, edits: ReadonlyArray<{ at: number; length: number; text: string }>): { rope: Rope; expected: string } {
  let rope = Rope.of(start, size);
  let expected = start;
  for (const e of edits) {
    const offset = e.at % (expected.length + 1);
    const length = Math.min(e.length, expected.length - offset);
    const next = rope.edit([{ offset, length, text: e.text }]);
    assert.ok(next);
    rope = next;
    expected = expected.slice(0, offset) + e.text + expected.slice(offset + length);
  }
  return { rope, expected };
}

describe('a text held in pieces (Rope)', () => {
  it('reads as the string it holds after random edits: slices, characters, searches and scans (property)', () => {
    fc.assert(fc.property(text, fc.integer({ min: 1, max: 9 }), fc.array(edit, { maxLength: 6 }), search, position, position, (start, size, edits, needle, a, b) => {
      const { rope, expected } = edited(start, size, edits);
      assert.equal(rope.toString(), expected);
      assert.equal(rope.length, expected.length);
      assert.equal(rope.slice(a, b), expected.slice(a, b));
      assert.equal(rope.slice(a), expected.slice(a));
      assert.deepEqual(rope.charCodeAt(a), expected.charCodeAt(a));
      assert.equal(rope.indexOf(needle, a), expected.indexOf(needle, a), `indexOf ${JSON.stringify(needle)} from ${a} in ${JSON.stringify(expected)}`);
      assert.equal(rope.lastIndexOf(needle, a), expected.lastIndexOf(needle, a), `lastIndexOf ${JSON.stringify(needle)} from ${a} in ${JSON.stringify(expected)}`);
      assert.equal(rope.lastIndexOf(needle), expected.lastIndexOf(needle));
      assert.equal(rope.startsWith(needle, a), expected.startsWith(needle, a));
      assert.equal(rope.includes(needle, a), expected.includes(needle, a));
      assert.equal(rope.hasLoneCr, /\r(?!\n)/.test(expected));
      assert.equal(rope.hasTabIndentation, /^[ ]*\t/m.test(expected));
      assert.equal(rope.hasNul, expected.includes('\0'));
    }), { numRuns: 2000 });
  });

  it('finds where two versions differ as the strings do, sharing the pieces an edit left alone (property)', () => {
    fc.assert(fc.property(text, fc.integer({ min: 1, max: 9 }), fc.array(edit, { maxLength: 3 }), fc.array(edit, { minLength: 1, maxLength: 3 }), (start, size, first, second) => {
      const before = edited(start, size, first);
      let after = before.rope;
      let expected = before.expected;
      for (const e of second) {
        const offset = e.at % (expected.length + 1);
        const length = Math.min(e.length, expected.length - offset);
        after = after.edit([{ offset, length, text: e.text }])!;
        expected = expected.slice(0, offset) + e.text + expected.slice(offset + length);
      }
      assert.deepEqual(changedWindow(before.rope, after), changedWindow(before.expected, expected));
    }), { numRuns: 1000 });
  });

  it('swaps the domain of a UPN, as typing over a selection does', () => {
    const at = example.indexOf('@', example.indexOf('- upn: ')) + 1;
    const domain = example.slice(at, example.indexOf('\n', at));
    const changed = Rope.of(example, 64).edit([{ offset: at, length: domain.length, text: 'unverified.example' }]);
    assert.equal(changed?.toString(), `${example.slice(0, at)}unverified.example${example.slice(at + domain.length)}`);
  });

  it('gives up on more changes than it follows (a replace-all across the file: the editor\'s text is read instead)', () => {
    const many = Array.from({ length: MAX_FOLLOWED_CHANGES + 1 }, () => ({ offset: 0, length: 0, text: 'x' }));
    assert.equal(Rope.of(example).edit(many), undefined);
    assert.equal(Rope.of(example).edit(many.slice(1))?.toString(), 'x'.repeat(MAX_FOLLOWED_CHANGES) + example);
  });

  it('applies a multi-cursor change event, each change on the text the ones before it left', () => {
    const lines = [10, 5, 2].map((line) => example.split('\n').slice(0, line).join('\n').length + 1);
    const rope = Rope.of(example, 64).edit(lines.map((offset) => ({ offset, length: 0, text: 'x' })));
    assert.equal(rope?.toString(), example.split('\n').map((line, i) => ([2, 5, 10].includes(i) ? `x${line}` : line)).join('\n'));
  });

  it('refuses a change that does not fit the text (the editor\'s text is read instead)', () => {
    assert.equal(Rope.of('abc').edit([{ offset: 2, length: 5, text: '' }]), undefined);
    assert.equal(Rope.of('abc').edit([{ offset: -1, length: 0, text: 'x' }]), undefined);
  });

  it('keeps the pieces an edit does not touch: a keystroke in a large text copies about one piece', () => {
    const big = example.repeat(200);
    const rope = Rope.of(big);
    const at = big.length >> 1;
    const next = rope.edit([{ offset: at, length: 1, text: 'Z' }])!;
    assert.equal(next.toString(), `${big.slice(0, at)}Z${big.slice(at + 1)}`);
    const window = changedWindow(rope, next);
    assert.equal(window.prefix, at);
    assert.equal(window.suffix, big.length - at - 1);
  });
});
