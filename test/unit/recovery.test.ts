/**
 * One mistake, one problem: a braced GUID without quotes gets its corrected form, and a directory
 * with no enabled user is one problem however many subscriptions it holds.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { flagged } from './support/expectations';

const DORMANT = `version: 1
directories:
  - id: 8c7b6a59-4d3e-4f2a-b1c0-9d8e7f6a5b4c
    name: Tailspin (dormant)
    domains: [tailspin.onmicrosoft.com]
    users:
      - upn: zoe@tailspin.onmicrosoft.com
        enabled: false
    subscriptions:
      - id: 6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d
        name: Tailspin Dev
        type: azure
        owner: zoe@tailspin.onmicrosoft.com
      - id: 7b6c5d4e-3f2a-4b1c-8d9e-0f1a2b3c4d5e
        name: Tailspin Test
        type: azure
        owner: zoe@tailspin.onmicrosoft.com
      - id: 8c7d6e5f-4a3b-4c2d-9e0f-1a2b3c4d5e6f
        name: Tailspin Archive
        type: azure
        state: disabled
        owner: zoe@tailspin.onmicrosoft.com
      - id: 9d8e7f6a-5b4c-4d3e-8f2a-1b0c9d8e7f6a
        name: Tailspin Prod
        type: azure
        owner: zoe@tailspin.onmicrosoft.com
`;

describe('one mistake, one problem', () => {
  it('ASC002 once per directory, with the other active subscriptions as related locations', () => {
    const problems = analyze(DORMANT).problems.filter((p) => p.code === 'ASC002');
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /^3 active subscriptions \('Tailspin Dev', 'Tailspin Test', 'Tailspin Prod'\) belong to directory 'Tailspin \(dormant\)'/);
    assert.equal(DORMANT.slice(problems[0].start, problems[0].end), 'id');
    assert.deepEqual(problems[0].related!.map((r) => r.message), ["also active here: 'Tailspin Test'", "also active here: 'Tailspin Prod'"]);
  });

  it('a braced GUID without quotes: one problem that gives the corrected form', () => {
    const text = DORMANT.replace('  - id: 8c7b6a59-4d3e-4f2a-b1c0-9d8e7f6a5b4c', '  - id: {8C7B6A59-4D3E-4F2A-B1C0-9D8E7F6A5B4C}');
    const problems = analyze(text).problems.filter((p) => p.code === 'SCHEMA');
    assert.equal(problems.length, 1);
    assert.equal(problems[0].message, '`id` is a GUID written in braces, which YAML reads as a map. Write it without braces: `id: 8c7b6a59-4d3e-4f2a-b1c0-9d8e7f6a5b4c`.');
    assert.equal(problems[0].data?.suggestion, '8c7b6a59-4d3e-4f2a-b1c0-9d8e7f6a5b4c');
    assert.equal(text.slice(problems[0].start, problems[0].end), '{8C7B6A59-4D3E-4F2A-B1C0-9D8E7F6A5B4C}');
  });
});

describe('a tab in indentation is one problem', () => {
  const clean = `version: 1
directories:
  - id: 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f
    name: Contoso
    domains: [contoso.onmicrosoft.com, contoso.com]
    users:
      - upn: alice@contoso.com
        displayName: Alice Martin
        roles: [Global Administrator]
      - upn: bob@contoso.com
        displayName: Bob Nguyen
    subscriptions:
      - id: 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
        name: Microsoft 365 E3
        type: office365
  - id: 1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a
    name: Fabrikam
    domains: [fabrikam.onmicrosoft.com, fabrikam.com]
    users:
      - { upn: carol@fabrikam.com, roles: [Global Administrator] }
    guests:
      - upn: bob@contoso.com
`;

  it('the directory stays in the model; the only problem is on the tab line, and no false GST001', () => {
    assert.deepEqual(analyze(clean).problems, []);
    const text = clean.replace('        displayName: Bob Nguyen\n', '\tdisplayName: Bob Nguyen\n');
    const analysis = analyze(text);
    assert.deepEqual(flagged(analysis), ['YAML \tdisplayName: Bob Nguyen']);
    assert.match(analysis.problems[0].message, /indented with a tab/);
    assert.equal(analysis.text, text);
    assert.deepEqual(analysis.workspace.directories.map((d) => d.name?.value), ['Contoso', 'Fabrikam']);
    assert.equal(analysis.workspace.directories[0].users.length, 2);
    assert.match(analyze(text, { locale: 'fr' }).problems[0].message, /tabulation/);
  });

  it('tabs inside a block scalar are text, not indentation', () => {
    const text = clean.replace('        displayName: Bob Nguyen\n', '        displayName: >-\n          Bob\n          \tNguyen\n');
    assert.deepEqual(analyze(text).problems.map((p) => p.code), []);
  });
});

describe('a dedented key under a list item', () => {
  it('is not reported as an unknown key printed as a whole list', () => {
    const text = `version: 1
directories:
  - id: 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f
    name: Contoso
    domains: [contoso.onmicrosoft.com]
    users:
      - { upn: alice@contoso.onmicrosoft.com, roles: [Global Administrator] }
    subscriptions:
      - id: 0b1e5a7c-2f4d-4e6a-8b9c-0d1e2f3a4b5c
        name: Contoso Production
        type: azure
        owner: alice@contoso.onmicrosoft.com
        roleAssignments:
          - { principal: alice@contoso.onmicrosoft.com, role: Reader }
          - principal: alice@contoso.onmicrosoft.com
          role: Owner
`;
    const problems = analyze(text).problems;
    assert.ok(problems.some((p) => p.code === 'YAML'), 'the syntax problem stays');
    for (const p of problems) assert.ok(!p.message.includes('\n'), `one-line message: ${p.message}`);
    assert.ok(!problems.some((p) => /Unknown key `\[/.test(p.message)));
  });

  const SANDBOX = `# Office 365 lives in Contoso; Azure was started in a "Default Directory" by a sign-up.
version: 1
directories:
  - id: 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f
    name: Contoso
    domains: [contoso.onmicrosoft.com, contoso.com]
    users:
      - upn: alice@contoso.com
        roles: [Global Administrator]
      - upn: bob@contoso.com
      - upn: carol@contoso.com
    subscriptions:
      - id: 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
        name: Microsoft 365 E3
        type: office365
  - id: 2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e
    name: Default Directory
    domains: [contosolabs.onmicrosoft.com]
    users:
      - upn: gabriel@contosolabs.onmicrosoft.com
        roles: [Global Administrator]
    guests:
      - upn: alice@contoso.com
      - upn: bob@contoso.com
    subscriptions:
      - id: 4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a
        name: Contoso Sandbox
        type: azure
        owner: gabriel@contosolabs.onmicrosoft.com
        createdBy: gabriel@contosolabs.onmicrosoft.com
        roleAssignments:
          - principal: gabriel@contosolabs.onmicrosoft.com
          role: Owner
          - { principal: bob@contoso.com, role: Reader }
          - { principal: carol@contoso.com, role: Reader }
`;

  it('is one problem on that line, and the rest of the list is still checked (RBA001, ASC001)', () => {
    const analysis = analyze(SANDBOX);
    const problems = analysis.problems;
    assert.deepEqual(
      flagged(analysis),
      ['ASC001 id', 'YAML           role: Owner', 'RBA001 carol@contoso.com'],
      'carol is not a guest of Default Directory; bob and carol are Office 365 accounts using the sandbox',
    );
    assert.match(problems[1].message, /`role` is dedented .* indent it 2 more spaces/);
  });

  it('says so in French too', () => {
    const yaml = analyze(SANDBOX, { locale: 'fr' }).problems.filter((p) => p.code === 'YAML');
    assert.equal(yaml.length, 1);
    assert.match(yaml[0].message, /`role` est désindentée .* indentez-la de 2 espaces de plus/);
  });

  it('counts the spaces from the item\'s own keys', () => {
    const text = SANDBOX.replace('          - principal: gabriel', '          -   principal: gabriel');
    const yaml = analyze(text).problems.filter((p) => p.code === 'YAML');
    assert.deepEqual(yaml.map((p) => text.slice(p.start, p.end)), ['          role: Owner']);
    assert.match(yaml[0].message, /indent it 4 more spaces/);
  });

  it('leaves alone a key after a list written at its own key\'s column, which is valid YAML', () => {
    // A tab elsewhere makes the file go through masking; the compact list and the key after it are fine.
    const text = SANDBOX.replace(
      '        roleAssignments:\n          - principal: gabriel@contosolabs.onmicrosoft.com\n          role: Owner\n          - { principal: bob@contoso.com, role: Reader }\n          - { principal: carol@contoso.com, role: Reader }\n',
      '        roleAssignments:\n        - principal: gabriel@contosolabs.onmicrosoft.com\n          role: Owner\n        - { principal: bob@contoso.com, role: Reader }\n        state: active\n',
    ).replace('      - upn: carol@contoso.com\n', '\t- upn: carol@contoso.com\n');
    assert.deepEqual(flagged(analyze(text)), ['YAML \t- upn: carol@contoso.com', 'ASC001 id']);
  });
});

describe('an over-indented line is one problem, on that line', () => {
  it('the line above keeps its value: no false RBA001 or GST001', () => {
    const text = `version: 1
directories:
  - id: 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f
    name: Contoso
    domains: [contoso.onmicrosoft.com, contoso.com]
    users:
      - upn: alice@contoso.com
        roles: [Global Administrator]
    guests:
      - upn: carol@fabrikam.com
          displayName: Carol Smith
    subscriptions:
      - id: 0b1e5a7c-2f4d-4e6a-8b9c-0d1e2f3a4b5c
        name: Contoso Production
        type: azure
        owner: alice@contoso.com
        roleAssignments:
          - { principal: carol@fabrikam.com, role: Reader }
  - id: 1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a
    name: Fabrikam
    domains: [fabrikam.onmicrosoft.com, fabrikam.com]
    users:
      - { upn: carol@fabrikam.com, roles: [Global Administrator] }
`;
    const analysis = analyze(text);
    const problems = analysis.problems;
    assert.deepEqual(flagged(analysis), ['YAML           displayName: Carol Smith']);
    assert.match(problems[0].message, /indented deeper than the keys of the line above/);
  });

  it('a multi-line plain value stays valid YAML and is not masked', () => {
    const text = 'version: 1\ndirectories:\n  - id: 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f\n    name: Contoso\n      Holdings\n    domains: [contoso.onmicrosoft.com]\n';
    const analysis = analyze(text);
    assert.deepEqual(analysis.problems.map((p) => p.code), []);
    assert.equal(analysis.workspace.directories[0].name?.value, 'Contoso Holdings');
  });
});
