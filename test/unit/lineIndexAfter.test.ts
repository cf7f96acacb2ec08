import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { LineIndex, MAX_RUNS } from '../../src/core/text/lineIndex';

const example = readFileSync('examples/contoso.tenancy.yaml', 'utf8');

/** Every line start of an index, as positions of each offset: what the editor's ranges are made of. */
function lines(index: LineIndex): number[] {
  return Array.from({ length: index.lineCount }, (_, line) => index.lineStart(line));
}

/** The line and column of every offset of the text (and one past each end), as the diagnostics ask for them. */
function positions(index: LineIndex): Array<{ line: number; column: number }> {
  return Array.from({ length: index.text.length + 3 }, (_, offset) => index.position(offset - 1));
}

/** The offset of every line and column the text has (and a column past each line's end). */
function offsets(index: LineIndex): number[] {
  return Array.from({ length: index.lineCount + 2 }, (_, line) => [0, 1, 3, 100].map((column) => index.offset(line - 1, column))).flat();
}

/** Applies each edit in turn (its offset wrapped into the text), taking the index over each time; `check` sees each version. */
function replay(start: string, edits: ReadonlyArray<{ at: number; length: number; inserted: string }>, check: (index: LineIndex, text: string) => void): void {
  let current = start;
  let index = new LineIndex(start);
  for (const e of edits) {
    const at = e.at % (current.length + 1);
    current = current.slice(0, at) + e.inserted + current.slice(at + e.length);
    index = LineIndex.after(index, current);
    check(index, current);
  }
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
      replay(start, edits, (index, current) => {
        assert.deepEqual(lines(index), lines(new LineIndex(current)), JSON.stringify(current));
        assert.equal(index.text, current);
      });
    }), { numRuns: 2000 });
  });

  it('matches a fresh index in every conversion through long edit sequences, past the copy of its runs into one (property)', () => {
    const piece = fc.constantFrom('a', 'bc', '\n', '\r', '\r\n', '      - upn: x@y.z\n', '');
    const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
    const edit = fc.record({ at: fc.nat(), length: fc.nat({ max: 12 }), inserted: fc.array(piece, { maxLength: 4 }).map((parts) => parts.join('')) });
    fc.assert(fc.property(text, fc.array(edit, { minLength: MAX_RUNS, maxLength: 3 * MAX_RUNS }), (start, edits) => {
      replay(start, edits, (index, current) => {
        const fresh = new LineIndex(current);
        assert.equal(index.lineCount, fresh.lineCount, JSON.stringify(current));
        assert.deepEqual(positions(index), positions(fresh), JSON.stringify(current));
        assert.deepEqual(offsets(index), offsets(fresh), JSON.stringify(current));
      });
    }), { numRuns: 300 });
  });

  it('keeps an index taken over from the previous version valid for the previous text too', () => {
    // Both versions' diagnostics may be converted at once (a listener of the older analysis still running).
    const before = new LineIndex(example);
    const lineCount = before.lineCount;
    const starts = lines(before);
    LineIndex.after(before, `${example.slice(0, 10)}\n\n${example.slice(10)}`);
    assert.equal(before.lineCount, lineCount);
    assert.deepEqual(lines(before), starts);
  });
});
