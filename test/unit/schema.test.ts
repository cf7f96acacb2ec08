/**
 * The JSON Schema layer: each fixture in test/fixtures/schema is a realistic workspace with one or two
 * defects; every SCHEMA problem must land on the exact token (line, column and the text it covers),
 * name the key or value at fault, and carry the typed data quick fixes use. The fixtures are also run
 * through the whole analysis pipeline, which must place the same problems at the same offsets.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Node } from 'yaml';
import { analyze } from '../../src/core/analyze';
import type { Problem } from '../../src/core/problems';
import { checkDirectory, checkTopLevel, decodePointer, locate } from '../../src/core/schema/schemaCheck';

const FIXTURES = 'test/fixtures/schema';
const identity = (offset: number) => offset;

/** What the check reports for a text, the way the parse layer calls it: per directory item, then the top level. */
function schemaProblems(text: string): Problem[] {
  const doc = parseDocument(text);
  const root = doc.contents as Node | null;
  const problems: Problem[] = [];
  const directories = isMap(root) ? root.get('directories', true) : undefined;
  if (isSeq(directories)) {
    for (const item of directories.items as Node[]) problems.push(...checkDirectory(item.toJS(doc), item, identity));
  }
  const value = doc.toJS() as unknown;
  const top = isMap(root) && isSeq(directories) ? { ...(value as object), directories: [] } : value;
  problems.push(...checkTopLevel(top, root, identity));
  return problems;
}

interface Expected {
  /** 1-based line and column of the problem's start. */
  line: number;
  column: number;
  /** The exact text the problem's range covers. */
  text: string;
  keyword: string;
  /** Something the message must contain (the key or value at fault, a suggestion…). */
  says: Array<string | RegExp>;
  /** Fields `data` must have, with these values. */
  data?: Record<string, unknown>;
}

interface Case {
  title: string;
  fixture: string;
  problems: Expected[];
}

const CASES: Case[] = [
  {
    title: 'an unknown key, with a suggestion, on the key',
    fixture: 'unknown-key',
    problems: [
      {
        line: 9, column: 9, text: 'dispayName', keyword: 'additionalProperties',
        says: ['Unknown key `dispayName` in a user. Did you mean `displayName`? A user can have: upn, displayName, roles, enabled.'],
        data: { unknownKey: 'dispayName', suggestion: 'displayName', kind: 'user', pointer: '/users/0' },
      },
      {
        line: 16, column: 9, text: 'Owner', keyword: 'additionalProperties',
        says: ['`Owner`', 'case-sensitive', '`owner`'],
        data: { unknownKey: 'Owner', suggestion: 'owner', kind: 'subscription' },
      },
    ],
  },
  {
    title: 'missing required keys: on the first key of the map (the `- id:` line, the first key of a flow map)',
    fixture: 'missing-required',
    problems: [
      {
        line: 4, column: 5, text: 'id', keyword: 'required',
        says: ['The directory is missing `domains`: every directory has at least its initial *.onmicrosoft.com domain.'],
        data: { missing: 'domains', kind: 'directory', pointer: '' },
      },
      {
        line: 16, column: 15, text: 'role', keyword: 'required',
        says: ['role assignment', '`principal`'],
        data: { missing: 'principal', kind: 'roleAssignment', pointer: '/subscriptions/0/roleAssignments/1' },
      },
    ],
  },
  {
    title: 'a missing required key in an empty map: on the map',
    fixture: 'empty-entry',
    problems: [{ line: 9, column: 9, text: '{}', keyword: 'required', says: ['guest', '`upn`'], data: { missing: 'upn', kind: 'guest' } }],
  },
  {
    title: 'malformed GUIDs: on the value, with the corrected GUID when there is one',
    fixture: 'bad-ids',
    problems: [
      {
        line: 4, column: 9, text: '6f1c-xyz', keyword: 'pattern',
        says: ['`6f1c-xyz` is not a tenant ID: directory ids are GUIDs like 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f (Microsoft Entra admin center › Overview › Tenant ID).'],
        data: { format: 'guid', value: '6f1c-xyz', suggestion: undefined },
      },
      {
        line: 10, column: 13, text: '"{0B1E5A7C-2F4D-4E6A-8B9C-0D1E2F3A4B5C}"', keyword: 'pattern',
        says: ['is not a subscription ID', 'Did you mean `0b1e5a7c-2f4d-4e6a-8b9c-0d1e2f3a4b5c`?'],
        data: { format: 'guid', suggestion: '0b1e5a7c-2f4d-4e6a-8b9c-0d1e2f3a4b5c' },
      },
    ],
  },
  {
    title: 'invalid UPNs: the offending character is named',
    fixture: 'bad-upn',
    problems: [
      {
        line: 9, column: 14, text: 'chloé.dubois@contoso.com', keyword: 'pattern',
        says: ['`chloé.dubois@contoso.com` is not a valid user principal name', '`é`', 'Did you mean `chloe.dubois@contoso.com`?'],
        data: { format: 'upn', suggestion: 'chloe.dubois@contoso.com', kind: 'user' },
      },
      {
        line: 16, column: 16, text: 'alice martin@contoso.com', keyword: 'pattern',
        says: ['`alice martin@contoso.com`', 'a space', '`owner`'],
        data: { format: 'upn', suggestion: undefined, kind: 'subscription' },
      },
    ],
  },
  {
    title: 'an offer ID with three digits (a lower-case offer ID next to it is accepted)',
    fixture: 'bad-offer',
    problems: [
      {
        line: 13, column: 16, text: 'MS-AZR-003P', keyword: 'pattern',
        says: ['`MS-AZR-003P` is not an Azure offer ID', 'Did you mean `MS-AZR-0003P`?'],
        data: { format: 'offer', suggestion: 'MS-AZR-0003P' },
      },
    ],
  },
  {
    title: 'values outside an enum, with a suggestion',
    fixture: 'bad-enum',
    problems: [
      {
        line: 12, column: 15, text: 'azur', keyword: 'enum',
        says: ['`azur` is not a subscription type; use `azure` or `office365`. Did you mean `azure`?'],
        data: { allowed: ['azure', 'office365'], suggestion: 'azure', value: 'azur' },
      },
      {
        line: 13, column: 16, text: 'Active', keyword: 'enum',
        says: ['`Active` is not a subscription state', 'Did you mean `active`?'],
        data: { allowed: ['active', 'disabled', 'expired', 'deleted'], suggestion: 'active' },
      },
    ],
  },
  {
    title: 'wrong types: text where a list is expected, a list where a map is expected',
    fixture: 'wrong-types',
    problems: [
      {
        line: 9, column: 16, text: 'Global Administrator', keyword: 'type',
        says: ['`roles` must be a list', '`roles: [Global Administrator]`'],
        data: { expected: 'array', actual: 'string', suggestion: '[Global Administrator]' },
      },
      {
        line: 10, column: 9, text: '[bob.nguyen@contoso.com, Bob Nguyen]', keyword: 'type',
        says: ['should be a user', 'it is a list'],
        data: { expected: 'object', actual: 'array', kind: 'user', pointer: '/users/1' },
      },
    ],
  },
  {
    title: 'keys of the other subscription type: on the key',
    fixture: 'type-specific',
    problems: [
      {
        line: 14, column: 9, text: 'offer', keyword: 'false schema',
        says: ['`offer` applies only to Azure subscriptions; an Office 365 subscription is described by `plan` and `licenses`.'],
        data: { key: 'offer', subscriptionType: 'office365' },
      },
      {
        line: 21, column: 9, text: 'plan', keyword: 'false schema',
        says: ['`plan` applies only to Office 365 subscriptions'],
        data: { key: 'plan', subscriptionType: 'azure' },
      },
    ],
  },
  {
    title: 'an owner and role assignments on Office 365 are left to the rules; negative licenses are not',
    fixture: 'office365-owner',
    problems: [
      {
        line: 16, column: 19, text: '-5', keyword: 'minimum',
        says: ['`-5` is not a number of licenses'],
        data: { minimum: 0, pointer: '/subscriptions/0/licenses' },
      },
    ],
  },
  {
    title: 'a role listed twice: on the second one',
    fixture: 'duplicate-roles',
    problems: [
      {
        line: 13, column: 13, text: 'Billing Administrator', keyword: 'uniqueItems',
        says: ['`Billing Administrator` is listed twice in `roles`'],
        data: { duplicate: 'Billing Administrator', index: 2 },
      },
    ],
  },
  {
    title: 'the top level: a future version, an unknown key',
    fixture: 'top-level',
    problems: [
      {
        line: 2, column: 10, text: '2', keyword: 'const',
        says: ['`version: 2`', 'version 1'],
        data: { value: '2', suggestion: '1', kind: 'top' },
      },
      {
        line: 3, column: 1, text: 'owner', keyword: 'additionalProperties',
        says: ['Unknown key `owner` at the top level', 'The top level can have: $schema, version, estate, directories.'],
        data: { unknownKey: 'owner', kind: 'top' },
      },
    ],
  },
  {
    title: 'an unknown key containing a slash',
    fixture: 'slash-key',
    problems: [
      {
        line: 17, column: 13, text: 'resourceGroups/name', keyword: 'additionalProperties',
        says: ['`resourceGroups/name`', 'role assignment', 'principal, principalType, role, scope'],
        data: { unknownKey: 'resourceGroups/name', kind: 'roleAssignment' },
      },
    ],
  },
  {
    title: 'groups, service principals and management groups: ids, identity keys, resource ids, principal types',
    fixture: 'principals',
    problems: [
      { line: 14, column: 13, text: 'platform-engineers', keyword: 'pattern', says: ['`platform-engineers` is not an object ID'], data: { format: 'guid' } },
      { line: 19, column: 9, text: 'resource', keyword: 'false schema', says: ['`resource` applies only to managed identities', '`type: managedIdentity`'] },
      { line: 20, column: 9, text: 'name', keyword: 'required', says: ['The service principal is missing `identity`', '`systemAssigned` or `userAssigned`'], data: { missing: 'identity' } },
      { line: 22, column: 9, text: 'name', keyword: 'required', says: ['The service principal is missing `resource`', 'resource id'], data: { missing: 'resource' } },
      { line: 28, column: 19, text: 'id-batch-jobs', keyword: 'pattern', says: ['not an Azure resource ID', '/subscriptions/'], data: { format: 'resourceId' } },
      { line: 34, column: 61, text: 'group', keyword: 'enum', says: ['`User`, `Group` or `ServicePrincipal`', 'Did you mean `Group`?'] },
      { line: 36, column: 13, text: 'corp/landing-zones', keyword: 'pattern', says: ['not a management group ID', 'tenant ID'], data: { format: 'managementGroupId' } },
    ],
  },
  { title: 'a realistic workspace using every field is valid', fixture: 'valid', problems: [] },
];

function read(fixture: string): string {
  return readFileSync(`${FIXTURES}/${fixture}.tenancy.yaml`, 'utf8');
}

function describeAll(text: string, problems: Problem[]): string {
  const lines = new LineCounter();
  parseDocument(text, { lineCounter: lines });
  return problems.map((p) => `  ${lines.linePos(p.start).line}:${lines.linePos(p.start).col} ${p.message}`).join('\n');
}

describe('schema: problems on the right token', () => {
  for (const testCase of CASES) {
    it(`${testCase.title} (${testCase.fixture})`, () => {
      const text = read(testCase.fixture);
      const problems = schemaProblems(text);
      assert.equal(problems.length, testCase.problems.length, `problems:\n${describeAll(text, problems)}`);
      const lines = new LineCounter();
      parseDocument(text, { lineCounter: lines });
      const sorted = [...problems].sort((a, b) => a.start - b.start);
      testCase.problems.forEach((expected, i) => {
        const problem = sorted[i];
        const at = lines.linePos(problem.start);
        assert.deepEqual({ line: at.line, column: at.col }, { line: expected.line, column: expected.column }, problem.message);
        assert.equal(text.slice(problem.start, problem.end), expected.text);
        assert.equal(problem.code, 'SCHEMA');
        assert.equal(problem.severity, 'error');
        assert.equal(problem.data?.keyword, expected.keyword);
        for (const part of expected.says) {
          if (typeof part === 'string') assert.ok(problem.message.includes(part), `${JSON.stringify(problem.message)} should say ${JSON.stringify(part)}`);
          else assert.match(problem.message, part);
        }
        for (const [key, value] of Object.entries(expected.data ?? {})) {
          assert.deepEqual(problem.data?.[key], value, `data.${key} of ${JSON.stringify(problem.data)}`);
        }
      });
    });
  }

  it('the analysis pipeline (block and whole-file parse) reports the same SCHEMA problems at the same offsets', () => {
    for (const { fixture } of CASES) {
      const text = read(fixture);
      const direct = schemaProblems(text).map((p) => `${p.start}-${p.end} ${p.message}`).sort();
      for (const split of [true, false]) {
        const viaPipeline = analyze(text, { split }).problems.filter((p) => p.code === 'SCHEMA').map((p) => `${p.start}-${p.end} ${p.message}`).sort();
        assert.deepEqual(viaPipeline, direct, `${fixture} (split: ${split})`);
      }
    }
  });

  it('the bundled example and the CLI fixture have no schema problems', () => {
    for (const path of ['examples/contoso.tenancy.yaml', 'test/fixtures/cli/msp-clean.tenancy.yaml']) {
      const text = readFileSync(path, 'utf8');
      assert.deepEqual(schemaProblems(text).map((p) => p.message), [], path);
    }
  });

  it('accepts offer IDs in any letter case and in their Government, Germany and MCA forms', () => {
    const offers = ['MS-AZR-0003P', 'ms-azr-0044p', 'Ms-Azr-0023P', 'MS-AZR-0017G', 'MS-AZR-USGOV-0003P', 'ms-azr-de-0145p'];
    for (const offer of offers) {
      const text = `version: 1\ndirectories:\n  - id: 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f\n    name: Contoso\n    domains: [contoso.onmicrosoft.com]\n    subscriptions:\n      - { id: 0b1e5a7c-2f4d-4e6a-8b9c-0d1e2f3a4b5c, name: Production, type: azure, offer: ${offer} }\n`;
      assert.deepEqual(schemaProblems(text).map((p) => p.message), [], offer);
    }
    for (const offer of ['MS-AZR-003P', 'MS-AZR-0003X', 'AZR-0003P', 'MS-AZR-UK-0003P']) {
      const text = `version: 1\ndirectories:\n  - id: 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f\n    name: Contoso\n    domains: [contoso.onmicrosoft.com]\n    subscriptions:\n      - { id: 0b1e5a7c-2f4d-4e6a-8b9c-0d1e2f3a4b5c, name: Production, type: azure, offer: ${offer} }\n`;
      assert.deepEqual(schemaProblems(text).map((p) => p.data?.format), ['offer'], offer);
    }
  });

  it('an error inside aliased content is reported on the alias', () => {
    const text = 'version: 1\ndirectories:\n  - id: 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f\n    name: Contoso\n    domains: [contoso.onmicrosoft.com]\n    users:\n      - &admin { upn: alice martin@contoso.com }\n      - *admin\n';
    const problems = schemaProblems(text).sort((a, b) => a.start - b.start);
    assert.deepEqual(problems.map((p) => text.slice(p.start, p.end)), ['alice martin@contoso.com', '*admin']);
  });
});

describe('schema: JSON Pointer decoding and node lookup', () => {
  it('decodes ~1 and ~0 in every segment, ~1 first', () => {
    assert.deepEqual(decodePointer(''), []);
    assert.deepEqual(decodePointer('/users/0/upn'), ['users', '0', 'upn']);
    assert.deepEqual(decodePointer('/resourceGroups~1web/a~1b~1c'), ['resourceGroups/web', 'a/b/c']);
    assert.deepEqual(decodePointer('/c~0d~0e/~01'), ['c~d~e', '~1']);
    assert.deepEqual(decodePointer('/'), ['']);
  });

  it('resolves an escaped pointer through maps and sequences', () => {
    const doc = parseDocument('scopes:\n  /resourceGroups/web:\n    "c~d": [first, second]\n');
    const found = locate(doc.contents as Node, decodePointer('/scopes/~1resourceGroups~1web/c~0d/1'));
    assert.equal(found.complete, true);
    assert.ok(isScalar(found.node));
    assert.equal(found.node.value, 'second');
  });

  it('falls back to the nearest ancestor, with its key', () => {
    const text = 'users:\n  - upn: alice@contoso.com\n';
    const doc = parseDocument(text);
    const found = locate(doc.contents as Node, ['users', '0', 'roles', '2']);
    assert.equal(found.complete, false);
    assert.ok(isMap(found.node));
    assert.equal(text.slice(found.node.range![0], found.node.range![1]), 'upn: alice@contoso.com\n');
    const outOfRange = locate(doc.contents as Node, ['users', '7']);
    assert.equal(outOfRange.complete, false);
    assert.ok(isSeq(outOfRange.node));
    assert.ok(isScalar(outOfRange.key));
    assert.equal(outOfRange.key.value, 'users');
  });
});

describe('schema: large files', () => {
  /** One directory with `count` users; with `typos`, every user has a misspelt key. */
  function bigDirectory(count: number, typos: boolean): string {
    const lines = ['version: 1', 'directories:', '  - id: 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f', '    name: Contoso', '    domains: [contoso.onmicrosoft.com]', '    users:'];
    for (let i = 0; i < count; i++) {
      lines.push(`      - upn: user${i}@contoso.onmicrosoft.com`, `        ${typos ? 'dispayName' : 'displayName'}: User ${i}`);
    }
    return `${lines.join('\n')}\n`;
  }

  function check(text: string): Problem[] {
    const doc = parseDocument(text);
    const directories = isMap(doc.contents) ? doc.contents.get('directories', true) : undefined;
    assert.ok(isSeq(directories));
    const item = directories.items[0] as Node;
    return checkDirectory(item.toJS(doc), item, identity);
  }

  // Speed lives in `npm run bench`; the work's linear growth is checked by counting in fuzz.test.ts.
  it('checks 20,000 users, and maps 20,000 errors each to its own user', () => {
    assert.equal(check(bigDirectory(20_000, false)).length, 0);
    const errors = check(bigDirectory(20_000, true));
    assert.equal(errors.length, 20_000);
    assert.equal(errors[19_999].data?.pointer, '/users/19999');
  });
});
