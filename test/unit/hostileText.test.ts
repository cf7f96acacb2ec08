import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from 'yaml';
import { analyze } from '../../src/core/analyze';
import { addUser, applyEdits, removeEntity } from '../../src/core/edits';
import { isRefused } from '../../src/core/refusal';
import { formatScalar } from '../../src/core/edits/yaml/scalars';
import { planImport, summaryToText } from '../../src/core/import';
import { documentOf, refusalOf } from './support/azureCliFixtures';
import { jsonSyntaxErrorOffset, locateJsonPath } from '../../src/core/import/jsonScan';
import { splitBlocks } from '../../src/core/parse/splitBlocks';
import { LineIndex } from '../../src/core/text/lineIndex';
import { escapeControls, stripTerminalEscapes } from '../../src/core/text/printable';
import { formatText } from '../../src/cli/formats/text';
import { reportsOf } from '../../src/cli/formatProblems';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const CONTOSO = '6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f';

const WORKSPACE = [
  'version: 1',
  'directories:',
  `  - id: ${CONTOSO}`,
  '    name: Contoso',
  '    domains: [contoso.onmicrosoft.com, contoso.com]',
  '    users:',
  '      - upn: alice@contoso.com',
  '        displayName: Alice Martin',
  '        roles: [Global Administrator]',
  '',
].join('\n');

describe('JSON positions without a second parse', () => {
  const cases: Array<[string, number]> = [
    ['[1,}', 3],
    ['[1', 2],
    ['{"a" 1}', 5],
    ['[x]', 1],
    ['"abc', 4],
    ['[1,2,]', 5],
    ['[\n  {"tenantId": "x",\n   "displayName": tru}\n]', 43],
    ['[{"a": "tab\there"}]', 11],
    ['[01]', 2],
    ['[] []', 3],
  ];
  for (const [text, offset] of cases) {
    it(`finds the first error of ${JSON.stringify(text)} at ${offset}, whatever JSON.parse's message says`, () => {
      assert.throws(() => JSON.parse(text));
      assert.equal(jsonSyntaxErrorOffset(text), offset);
    });
  }

  it('valid JSON has no error offset (property)', () => {
    fc.assert(fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
      assert.equal(jsonSyntaxErrorOffset(JSON.stringify(value, null, pretty ? 2 : undefined)), -1);
    }), { numRuns: RUNS, seed: 13 });
  });

  it('locates values by path, duplicates resolved as JSON.parse does', () => {
    const text = '[ {"id": 1, "name": "a"},\n  {"id": 2, "user": {"name": "x", "name": "y"}} ]';
    assert.equal(text.slice(locateJsonPath(text, [1, 'user', 'name'])).slice(0, 3), '"y"');
    assert.equal(text.slice(locateJsonPath(text, [0, 'name'])).slice(0, 3), '"a"');
    assert.equal(locateJsonPath(text, [5]), 0, 'a missing index stops at the deepest value found');
  });

  it('an import error in a large input is located without re-parsing (syntax error line and column, Node 20 and later)', () => {
    const users = Array.from({ length: 2000 }, (_, i) => ({ userPrincipalName: `u${i}@contoso.com`, displayName: `User ${i}`, id: `id-${i}` }));
    const good = JSON.stringify(users, null, 2);
    const broken = good.replace('"displayName": "User 1500"', '"displayName": "User 1500",,');
    const result = refusalOf(broken);
    const { line, column } = new LineIndex(broken).position(result.at.offset);
    const expected = broken.indexOf(',,') + 1;
    assert.equal(result.at.offset, expected, `at the second comma, not at 1:1 (line ${line + 1}, column ${column + 1})`);
    const shape = refusalOf(good.replace('"userPrincipalName": "u1999@contoso.com"', '"userPrincipalName": 42'));
    assert.equal(shape.at.path, '$[1999].userPrincipalName');
  });
});

describe('scalars written by edits and import read back to the same value', () => {
  const unprintable = fc.constantFrom('\0', '\x07', '\b', '\x1b', '\x7f', '\x85', '\x9b', '\u2028', '\u2029', '\u202e', '\ufeff', '\ufffe', '\r', '\n', '\t', '\ud800', '\udc00');
  const nasty = fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 4 }), unprintable, fc.constantFrom(': ', ' #', '"', "'", '\\', '- ', '&a', '*a', '!t', '%', '@', '`', '{', '[')), { maxLength: 8 }).map((parts) => parts.join(''));

  it('formatScalar reads back through YAML, and never holds a non-printable character raw (property)', () => {
    fc.assert(fc.property(nasty, fc.boolean(), (value, flow) => {
      const written = formatScalar(value, flow);
      assert.doesNotMatch(written, /[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\ufeff\ufffe\uffff]/, `raw control character in ${JSON.stringify(written)}`);
      const back = flow ? parse(`[${written}]`)[0] : parse(`k: ${written}`).k;
      assert.equal(back, value);
    }), { numRuns: RUNS * 5, seed: 2026 });
  });

  it('a display name added by an edit reads back from the analysed file (property)', () => {
    fc.assert(fc.property(nasty.filter((s) => s.trim() !== ''), (displayName) => {
      const plan = addUser(WORKSPACE, { directoryId: CONTOSO, upn: 'bob@contoso.com', displayName });
      assert.ok(!isRefused(plan));
      const after = applyEdits(WORKSPACE, plan.edits);
      assert.equal(after.indexOf('\0'), -1, 'no NUL: the file stays text');
      const bob = analyze(after).workspace.directories[0].users.find((u) => u.upn?.value === 'bob@contoso.com');
      assert.equal(bob?.displayName?.value, displayName);
    }), { numRuns: RUNS, seed: 7 });
  });

  it('import writes a NUL, ESC or newline in a display name escaped, and the summary strips terminal sequences', () => {
    const name = 'Eve\0 \x1b[31mRED\x1b[0m\nerror RBA002 forged';
    // Alice is in the file: the new display name shows in the summary as a change.
    const users = [{ userPrincipalName: 'alice@contoso.com', displayName: name, id: '1' }];
    const parsed = documentOf(JSON.stringify(users));
    const plan = planImport(WORKSPACE, [{ name: 'users.json', document: parsed, directoryId: CONTOSO }]);
    assert.ok(!isRefused(plan));
    const after = applyEdits(WORKSPACE, plan.edits);
    assert.equal(after.indexOf('\0'), -1);
    assert.equal(after.indexOf('\x1b'), -1);
    const alice = analyze(after).workspace.directories[0].users.find((u) => u.upn?.value === 'alice@contoso.com');
    assert.equal(alice?.displayName?.value, name);
    const summary = summaryToText(plan.summary);
    assert.doesNotMatch(summary, /[\x00\x1b]/);
    assert.ok(summary.includes('Eve\\x00 RED\\nerror RBA002 forged'), summary);
  });
});

describe('terminal output cannot be forged by a name', () => {
  it('escapeControls and stripTerminalEscapes', () => {
    assert.equal(escapeControls('a\nb\tc\x1bd\u202ee'), 'a\\nb\\tc\\x1bd\\u202ee');
    assert.equal(stripTerminalEscapes('\x1b[1;31mred\x1b[0m \x1b]0;title\x07x \x9b2Jy'), 'red x y');
  });

  it('--format text prints a problem whose message holds a newline on one line', () => {
    const text = `${WORKSPACE}    subscriptions:\n      - id: 0b1e5a7c-2f4d-4e6a-8b9c-0d1e2f3a4b5c\n        name: Production\n        type: azure\n        owner: alice@contoso.com\n` +
      '        roleAssignments:\n          - { principal: alice@contoso.com, role: "Contributer\\nexamples/contoso.tenancy.yaml:1:1: error RBA002 forged" }\n';
    const out = formatText(reportsOf('file.tenancy.yaml', analyze(text)), { files: ['file.tenancy.yaml'], explain: false, failSeverity: 'error', version: 'test' });
    for (const line of out.trimEnd().split('\n')) assert.match(line, /^file\.tenancy\.yaml:\d+:\d+: /, `every line is a real problem line: ${line}`);
    assert.ok(out.includes('\\nexamples/contoso.tenancy.yaml:1:1: error RBA002 forged'));
  });
});

describe('line breaks are LF, CRLF and lone CR, as in the editor', () => {
  it('LineIndex counts a lone CR as a line break, and a CRLF as one', () => {
    const index = new LineIndex('a\rb\r\nc\nd');
    assert.equal(index.lineCount, 4);
    assert.deepEqual(index.position(2), { line: 1, column: 0 });
    assert.deepEqual(index.position(3), { line: 1, column: 1 }, 'the CR of a CRLF belongs to its line');
    assert.deepEqual(index.position(5), { line: 2, column: 0 });
    assert.deepEqual(index.position(7), { line: 3, column: 0 });
    assert.equal(index.offset(2, 0), 5);
  });

  it('a CR-only file gives the same problems at the same lines and columns as its LF twin', () => {
    const lf = `# Contoso's estate\n${WORKSPACE}    subscriptions:\n      - id: 0b1e5a7c-2f4d-4e6a-8b9c-0d1e2f3a4b5c\n        name: Production\n        type: azure\n        owner: nobody@contoso.com\n`;
    const cr = lf.replace(/\n/g, '\r');
    const positions = (text: string) => {
      const index = new LineIndex(text);
      return analyze(text).problems.map((p) => `${p.code} ${JSON.stringify(index.position(p.start))}`);
    };
    assert.ok(positions(lf).length > 0);
    assert.deepEqual(positions(cr), positions(lf));
    assert.equal(analyze(cr).workspace.directories.length, 1, 'a CR-only file starting with a comment is not empty');
    assert.equal(analyze(cr).text, cr, 'the analysis keeps the text as given');
  });

  it('the block cut splits a CR-only file at the same places as its LF twin', () => {
    const lf = `${WORKSPACE}  - id: 3c9d2b41-7e5a-4f08-9b6c-2d4e6f8a0b1c\n    name: Fabrikam\n    domains: [fabrikam.onmicrosoft.com]\n`;
    const fromLf = splitBlocks(lf);
    const fromCr = splitBlocks(lf.replace(/\n/g, '\r'));
    assert.ok(fromLf && fromCr);
    assert.deepEqual(fromCr.blocks, fromLf.blocks);
  });

  it('an edit in a CR-only file writes CR line breaks', () => {
    const cr = WORKSPACE.replace(/\n/g, '\r');
    const plan = addUser(cr, { directoryId: CONTOSO, upn: 'bob@contoso.com', displayName: 'Bob' });
    assert.ok(!isRefused(plan));
    const after = applyEdits(cr, plan.edits);
    assert.equal(after.indexOf('\n'), -1);
    assert.ok(analyze(after).workspace.directories[0].users.some((u) => u.upn?.value === 'bob@contoso.com'));
  });

  it('import into a CR-only file holding only a comment starts a new file with CR breaks', () => {
    const parsed = documentOf(JSON.stringify([{ tenantId: CONTOSO, displayName: 'Contoso', defaultDomain: 'contoso.onmicrosoft.com', tenantCategory: 'Home' }]));
    const text = '# estate of Contoso\r# kept by IT\r';
    const plan = planImport(text, [{ name: 'tenants.json', document: parsed }]);
    assert.ok(!isRefused(plan));
    assert.equal(plan.summary.newFile, true);
    const after = applyEdits(text, plan.edits);
    assert.ok(after.startsWith(text));
    assert.equal(analyze(after).workspace.directories.length, 1);
  });
});

describe('anchors and aliases', () => {
  const anchored = [
    'version: 1',
    'directories:',
    `  - id: ${CONTOSO}`,
    '    name: Contoso',
    '    domains: [contoso.onmicrosoft.com]',
    '    users:',
    '      - upn: alice@contoso.onmicrosoft.com',
    '        roles: &admins [Global Administrator, Security Administrator]',
    '      - upn: bob@contoso.onmicrosoft.com',
    '        roles: *admins',
    '      - upn: carol@contoso.onmicrosoft.com',
    '        roles: *admins',
    '',
  ].join('\n');

  it('removing the entity that defines an anchor is refused, naming the aliases that use it', () => {
    const plan = removeEntity(anchored, { kind: 'user', upn: 'alice@contoso.onmicrosoft.com' });
    assert.ok(isRefused(plan));
    assert.match(plan.refused, /defines the anchor `&admins`, which the aliases `\*admins` on lines 10, 12 still use/);
    const fr = removeEntity(anchored, { kind: 'user', upn: 'alice@contoso.onmicrosoft.com' }, { locale: 'fr' });
    assert.ok(isRefused(fr));
    assert.match(fr.refused, /l’ancre `&admins`, qu’utilisent encore les alias `\*admins` aux lignes 10, 12/);
  });

  it('removing an entity that only uses an alias is fine, and so is removing the whole directory', () => {
    assert.ok(!isRefused(removeEntity(anchored, { kind: 'user', upn: 'bob@contoso.onmicrosoft.com' })));
    assert.ok(!isRefused(removeEntity(anchored, { kind: 'directory', id: CONTOSO })));
  });

  it('a dangling alias is reported at the alias, by name', () => {
    const dangling = anchored.replace('roles: &admins [Global Administrator, Security Administrator]', 'roles: [Global Administrator]');
    const problems = analyze(dangling).problems.filter((p) => p.code === 'YAML');
    const index = new LineIndex(dangling);
    assert.deepEqual(problems.map((p) => [index.position(p.start).line + 1, dangling.slice(p.start, p.end)]), [[10, '*admins'], [12, '*admins']]);
    assert.match(problems[0].message, /The alias `\*admins` refers to no anchor/);
  });
});

describe('keys that name JavaScript internals are keys like any other', () => {
  for (const key of ['__proto__', 'constructor', 'prototype']) {
    it(`a top-level and a nested \`${key}\` key are unknown keys, at the key`, () => {
      const text = `version: 1\n${key}: {directories: []}\ndirectories:\n  - id: ${CONTOSO}\n    name: Contoso\n    domains: [contoso.onmicrosoft.com]\n    ${key}: {name: x}\n`;
      for (const split of [true, false]) {
        const problems = analyze(text, { split }).problems.filter((p) => p.code === 'SCHEMA');
        assert.deepEqual(problems.map((p) => text.slice(p.start, p.end)), [key, key]);
        assert.ok(problems.every((p) => p.message.includes(`Unknown key \`${key}\``)));
      }
    });
  }

  it('an Azure CLI subscription state `constructor` is refused like any unknown state', () => {
    const result = refusalOf(JSON.stringify([{ id: '0b1e5a7c-2f4d-4e6a-8b9c-0d1e2f3a4b5c', name: 'P', tenantId: CONTOSO, state: 'constructor', isDefault: true }]));
    assert.equal(result.at.path, '$[0].state');
  });
});
