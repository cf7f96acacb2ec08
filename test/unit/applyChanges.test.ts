import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { MAX_FOLLOWED_CHANGES, applyChanges } from '../../src/core/text/applyChanges';

const example = readFileSync('examples/contoso.tenancy.yaml', 'utf8');

describe('a document text kept up to date from the editor\'s content changes', () => {
  it('swaps the domain of a UPN, as typing over a selection does', () => {
    const at = example.indexOf('@', example.indexOf('- upn: ')) + 1;
    const domain = example.slice(at, example.indexOf('\n', at));
    const changed = applyChanges(example, [{ offset: at, length: domain.length, text: 'unverified.example' }]);
    assert.equal(changed, `${example.slice(0, at)}unverified.example${example.slice(at + domain.length)}`);
  });

  it('applies a multi-cursor edit reported last-first, each change on the text the previous ones left', () => {
    // Three cursors typing "x" at the start of three lines: VS Code reports the bottom one first.
    const lines = [10, 5, 2].map((line) => example.split('\n').slice(0, line).join('\n').length + 1);
    const changed = applyChanges(example, lines.map((offset) => ({ offset, length: 0, text: 'x' })));
    const expected = example.split('\n').map((line, i) => ([2, 5, 10].includes(i) ? `x${line}` : line)).join('\n');
    assert.equal(changed, expected);
  });

  it('gives up on a change that does not fit the text (the editor\'s text is read instead)', () => {
    assert.equal(applyChanges('abc', [{ offset: 2, length: 5, text: '' }]), undefined);
    assert.equal(applyChanges('abc', [{ offset: -1, length: 0, text: 'x' }]), undefined);
  });

  it('gives up on more changes than it follows (a replace-all across the file: the editor\'s text is read instead)', () => {
    const many = Array.from({ length: MAX_FOLLOWED_CHANGES + 1 }, () => ({ offset: 0, length: 0, text: 'x' }));
    assert.equal(applyChanges(example, many), undefined);
    assert.equal(applyChanges(example, many.slice(1)), 'x'.repeat(MAX_FOLLOWED_CHANGES) + example);
  });

  it('matches replaying the same edits one by one, for random edits (property)', () => {
    const edit = fc.record({ at: fc.nat(), length: fc.nat({ max: 8 }), text: fc.string({ maxLength: 6 }) });
    fc.assert(fc.property(fc.string({ maxLength: 60 }), fc.array(edit, { maxLength: 6 }), (start, edits) => {
      let expected = start;
      const changes = [];
      for (const e of edits) {
        const offset = e.at % (expected.length + 1);
        const length = Math.min(e.length, expected.length - offset);
        changes.push({ offset, length, text: e.text });
        expected = expected.slice(0, offset) + e.text + expected.slice(offset + length);
      }
      assert.equal(applyChanges(start, changes), expected);
    }));
  });
});
