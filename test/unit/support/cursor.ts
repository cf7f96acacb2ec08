/** Cursors in fixtures for the language-feature tests: a snippet with a `|` where the cursor is. */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import type { Analysis } from '../../../src/core/analyze';

/** Offset of `|` in `marked`, a snippet of `text` (which must occur once) with a `|` for the cursor. */
export function cursorAt(text: string, marked: string): number {
  const plain = marked.replace('|', '');
  const at = text.indexOf(plain);
  assert.ok(at !== -1, `snippet not in the fixture: ${plain}`);
  assert.equal(text.indexOf(plain, at + 1), -1, `snippet occurs more than once: ${plain}`);
  return at + marked.indexOf('|');
}

/** `fixture` with `line` (containing `|`) inserted after the line containing `after`; the analysis and cursor. */
export function typedAfter(fixture: string, after: string, line: string): { analysis: Analysis; offset: number } {
  const anchor = fixture.indexOf(after);
  assert.ok(anchor !== -1, `anchor not in the fixture: ${after}`);
  const insertAt = fixture.indexOf('\n', anchor) + 1;
  const text = `${fixture.slice(0, insertAt)}${line.replace('|', '')}\n${fixture.slice(insertAt)}`;
  return { analysis: analyze(text), offset: insertAt + line.indexOf('|') };
}
