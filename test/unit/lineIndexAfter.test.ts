import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { LineIndex } from '../../src/core/text/lineIndex';

const example = readFileSync('examples/contoso.tenancy.yaml', 'utf8');

/** Every line start of an index, as positions of each offset: what the editor's ranges are made of. */
function lines(index: LineIndex): number[] {
  return Array.from({ length: index.lineCount }, (_, line) => index.lineStart(line));
}

describe('a line index taken over from the previous version of the text', () => {
  it('matches a fresh index after a UPN\'s domain is swapped, a line is added and one removed', () => {
    const at = example.indexOf('@', example.indexOf('- upn: ')) + 1;
    const eol = example.indexOf('\n', at);
    const versions = [
      `${example.slice(0, at)}unverified.example${example.slice(eol)}`,
      `${example.slice(0, eol + 1)}      - upn: new.colleague@contoso.com\n${example.slice(eol + 1)}`,
      example.slice(0, eol + 1) + example.slice(example.indexOf('\n', eol + 1) + 1),
    ];
    let previous = new LineIndex(example);
    for (const text of versions) {
      const after = LineIndex.after(previous, text);
      assert.deepEqual(lines(after), lines(new LineIndex(text)));
      previous = after;
    }
  });

  it('matches a fresh index for random edits among LF, CRLF and lone CR line breaks (property)', () => {
    const piece = fc.constantFrom('a', 'b', '\n', '\r', '\r\n', '  - upn: x@y.z', '');
    const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));
    const edit = fc.record({ at: fc.nat(), length: fc.nat({ max: 6 }), inserted: text });
    fc.assert(fc.property(text, fc.array(edit, { minLength: 1, maxLength: 5 }), (start, edits) => {
      let current = start;
      let index = new LineIndex(start);
      for (const e of edits) {
        const at = e.at % (current.length + 1);
        current = current.slice(0, at) + e.inserted + current.slice(at + e.length);
        index = LineIndex.after(index, current);
        assert.deepEqual(lines(index), lines(new LineIndex(current)), JSON.stringify(current));
        assert.equal(index.text, current);
      }
    }), { numRuns: 2000 });
  });
});
