import * as assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { analyze } from '../../src/core/analyze';
import { RULES } from '../../src/core/rules';
import { describeProblems, loadFixture } from './support/expectations';

const DIR = 'test/fixtures/rules';

describe('association rules on fixtures (every expected problem, and nothing else)', () => {
  for (const name of readdirSync(DIR).filter((f) => f.endsWith('.tenancy.yaml'))) {
    it(name, () => {
      const { analysis, expected, actual } = loadFixture(`${DIR}/${name}`);
      assert.deepEqual(actual, expected, `problems found:\n${describeProblems(analysis)}`);
    });
  }

  it('the fixtures make every rule of the catalog fire at least once', () => {
    const fired = new Set<string>();
    for (const name of readdirSync(DIR).filter((f) => f.endsWith('.tenancy.yaml'))) {
      for (const p of loadFixture(`${DIR}/${name}`).analysis.problems) fired.add(p.code);
    }
    const limitText = roleAssignmentFile(4001);
    for (const p of analyze(limitText).problems) fired.add(p.code);
    assert.deepEqual(RULES.map((r) => r.id).filter((id) => !fired.has(id)), []);
  });
});

function roleAssignmentFile(count: number): string {
  const lines = [
    'version: 1', 'directories:', '  - id: 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f', '    name: Contoso',
    '    domains: [contoso.onmicrosoft.com]', '    users:',
  ];
  for (let i = 0; i < count; i++) lines.push(`      - upn: user${i}@contoso.onmicrosoft.com`);
  lines.push('    subscriptions:', '      - id: 0b1e5a7c-2f4d-4e6a-8b9c-0d1e2f3a4b5c', '        name: Big', '        type: azure',
    '        owner: user0@contoso.onmicrosoft.com', '        createdBy: user0@contoso.onmicrosoft.com', '        roleAssignments:');
  for (let i = 0; i < count; i++) lines.push(`          - { principal: user${i}@contoso.onmicrosoft.com, role: Reader }`);
  return `${lines.join('\n')}\n`;
}

describe('rule details a quick fix or a reader relies on', () => {
  const problems = (file: string) => loadFixture(`${DIR}/${file}`).analysis.problems;

  it('RBA004: more than 4,000 assignments is an error on the roleAssignments key; the limit is a setting', () => {
    const text = roleAssignmentFile(4001);
    const limit = analyze(text).problems.filter((p) => p.code === 'RBA004');
    assert.equal(limit.length, 1);
    assert.equal(text.slice(limit[0].start, limit[0].end), 'roleAssignments');
    assert.match(limit[0].message, /4,001 role assignments; Azure allows 4,000/);
    assert.equal(analyze(text, { rules: { roleAssignmentLimit: 5000 } }).problems.filter((p) => p.code === 'RBA004').length, 0);
    assert.equal(analyze(roleAssignmentFile(4000)).problems.filter((p) => p.code === 'RBA004').length, 0);
  });

  it('duplicates point back to the first definition', () => {
    const { analysis } = loadFixture(`${DIR}/identity.tenancy.yaml`);
    const duplicate = analysis.problems.find((p) => p.code === 'TEN001')!;
    assert.equal(duplicate.related?.[0].message, 'first defined here');
    assert.equal(analysis.text.slice(duplicate.related![0].start, duplicate.related![0].end), '6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f');
    const rba003 = problems('access.tenancy.yaml').find((p) => p.code === 'RBA003')!;
    assert.equal(rba003.related?.[0].message, 'first assigned here');
  });

  it('typed data for quick fixes', () => {
    const access = problems('access.tenancy.yaml');
    assert.deepEqual(access.filter((p) => p.code === 'RBA002').map((p) => p.data?.suggestion), [undefined, 'Virtual Machine Contributor']);
    assert.equal(access.find((p) => p.code === 'RBA002')!.data?.entraRole, true);
    assert.deepEqual(access.find((p) => p.code === 'RBA001')!.data, { fix: 'inviteGuest', principal: 'frank@fabrikam.com', directoryId: '6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f', member: true });
    const asc = access.find((p) => p.code === 'ASC001')!;
    assert.equal(asc.data?.targetDirectoryName, 'Contoso');
    assert.deepEqual(asc.data?.accounts, ['alice@contoso.com', 'bob@contoso.com']);
    const ownership = problems('ownership.tenancy.yaml');
    assert.equal(ownership.find((p) => p.code === 'OWN001')!.data?.suggestedOwner, 'bob@contoso.com');
    assert.equal(ownership.find((p) => p.code === 'CRT002')!.data?.suggestion, 'alice@contoso.com');
    assert.equal(ownership.find((p) => p.code === 'CRT001')!.data?.creatorDirectoryName, 'Fabrikam');
    const identity = problems('identity.tenancy.yaml');
    assert.deepEqual(identity.filter((p) => p.code === 'TEN002').map((p) => p.data?.suggestedDomain ?? p.data?.domain),
      ['fabrikam2.onmicrosoft.com', 'contosooldexport.onmicrosoft.com']);
  });

  it('messages name the entities and say why', () => {
    const ownership = problems('ownership.tenancy.yaml');
    const own002 = ownership.find((p) => p.code === 'OWN002')!;
    assert.match(own002.message, /erin@fabrikam\.com/);
    assert.match(own002.message, /'Fabrikam'/);
    assert.match(own002.message, /owned by individual users/);
    assert.match(ownership.find((p) => p.code === 'OWN003')!.message, /owned by the directory itself/);
  });

  it('severities come from the catalog, and can be overridden or turned off', () => {
    const file = `${DIR}/access.tenancy.yaml`;
    const severity = (code: string, p = problems('access.tenancy.yaml')) => p.find((x) => x.code === code)?.severity;
    assert.equal(severity('RBA001'), 'error');
    assert.equal(severity('ASC001'), 'warning');
    assert.equal(severity('ASC003'), 'info');
    const overridden = loadFixture(file, { severities: { ASC001: 'error', RBA006: 'off' } }).analysis.problems;
    assert.equal(severity('ASC001', overridden), 'error');
    assert.equal(severity('RBA006', overridden), undefined);
  });

  it('rules still run on the well-formed directories when another one is broken', () => {
    const { text } = loadFixture(`${DIR}/access.tenancy.yaml`);
    const broken = text.replace('    name: Tailspin (dormant)\n', '    name: [Tailspin\n');
    const codes = analyze(broken).problems.map((p) => p.code);
    assert.ok(codes.includes('YAML'));
    assert.ok(codes.includes('RBA001') && codes.includes('ASC001'), codes.join(' '));
  });
});
