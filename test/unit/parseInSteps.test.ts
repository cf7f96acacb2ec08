/**
 * `yaml`'s parse in steps (src/core/parse/parseInSteps.ts): the edited directory of a large file is
 * parsed a few thousand lexemes per step, so the editor can pause inside it. The document must be the
 * one `parseDocument` makes of the same text: the same values, ranges, errors and warnings.
 */
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isNode, parseDocument, visit } from 'yaml';
import type { Document } from 'yaml';
import { LEXEMES_PER_STEP, parseDocumentInSteps } from '../../src/core/parse/parseInSteps';
import type { Steps } from '../../src/core/steps';
import { generateCrowded } from '../../bench/generateCrowded';

const OPTIONS = { prettyErrors: false, uniqueKeys: true, logLevel: 'error' } as const;

function stepThrough<T>(steps: Steps<T>): { result: T; steps: number } {
  for (let count = 1; ; count++) {
    const next = steps.next();
    if (next.done) return { result: next.value, steps: count };
  }
}

/** A reading of the document, or why there is none (an alias to no anchor throws). */
function attempt(read: () => unknown): unknown {
  try {
    return read();
  } catch (error) {
    return (error as Error).message;
  }
}

/** What a reader of the document sees: its values, every node's kind and range, its errors and warnings, and its text. */
function described(doc: Document.Parsed): unknown {
  const nodes: string[] = [];
  visit(doc, (key, node) => {
    if (isNode(node)) nodes.push(`${key} ${node.constructor.name} ${node.range?.join(',')}`);
  });
  const problem = (e: { code: string; pos: [number, number]; message: string }) => `${e.code} ${e.pos.join(',')} ${e.message}`;
  return {
    value: attempt(() => doc.toJS({ maxAliasCount: -1 })),
    range: doc.range,
    nodes,
    errors: doc.errors.map(problem),
    warnings: doc.warnings.map(problem),
    text: doc.errors.length === 0 ? attempt(() => String(doc)) : undefined,
  };
}

const fixtureTexts = ['test/fixtures/rules', 'test/fixtures/schema'].flatMap((folder) =>
  readdirSync(folder).filter((name) => name.endsWith('.yaml')).map((name) => [name, readFileSync(join(folder, name), 'utf8')] as const));

const broken: Array<readonly [string, string]> = [
  ['empty text', ''],
  ['comments only', '# nothing yet\n# still nothing\n'],
  ['a second document', 'version: 1\n---\nversion: 2\n'],
  ['a repeated key', 'version: 1\nversion: 1\ndirectories: []\n'],
  ['an unclosed flow sequence', 'directories: [\n  - name: Contoso\n'],
  ['a tab-indented line', 'directories:\n\t- name: Contoso\n'],
  ['an anchor and aliases', 'a: &who { upn: anna@contoso.com }\nb: *who\nc: *who\n'],
  ['an alias to no anchor', 'a: &who { upn: anna@contoso.com }\nc: *missing\n'],
  ['an unknown tag and a directive', '%YAML 1.2\n---\nowner: !person anna@contoso.com\n'],
  ['an unterminated quote', 'directories:\n  - name: "Contoso\n    id: 1\n'],
  ['Windows line ends', 'version: 1\r\ndirectories:\r\n  - name: Contoso\r\n'],
];

describe('yaml parse in steps', () => {
  for (const [name, text] of [...fixtureTexts, ...broken]) {
    it(`reads ${name} as parseDocument does`, () => {
      assert.deepEqual(described(stepThrough(parseDocumentInSteps(text, OPTIONS)).result), described(parseDocument(text, OPTIONS)));
    });
  }

  it('pauses inside a large directory block, and makes the same document', () => {
    const text = generateCrowded({ users: 500, usersPerDirectory: 500 });
    const { result, steps } = stepThrough(parseDocumentInSteps(text, OPTIONS));
    assert.ok(steps > 3, `several pauses while lexing ${text.length} characters (${steps} steps of ${LEXEMES_PER_STEP} lexemes)`);
    assert.deepEqual(described(result), described(parseDocument(text, OPTIONS)));
  });
});
