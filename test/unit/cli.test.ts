import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main';

const EXAMPLE = 'examples/contoso.tenancy.yaml';
const CLEAN = 'test/fixtures/cli/msp-clean.tenancy.yaml';

function cli(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = run(argv, { out: (t) => (out += t), err: (t) => (err += t) }, {}); // English, whatever the machine's locale
  return { code, out, err };
}

/** 1-based line of the n-th line containing `needle` in a file. */
function lineOf(file: string, needle: string, occurrence = 1): number {
  const lines = readFileSync(file, 'utf8').split('\n');
  let seen = 0;
  const index = lines.findIndex((line) => line.includes(needle) && ++seen === occurrence);
  assert.ok(index >= 0, `"${needle}" is in ${file}`);
  return index + 1;
}

describe('tenancy check', () => {
  it('finds the deliberate problems of the example at their lines, and exits 1', () => {
    const { code, out } = cli('check', EXAMPLE);
    assert.equal(code, 1);
    const found = out.trim().split('\n').map((line) => {
      const match = /^(.+?):(\d+):(\d+): (error|warning|info) ([A-Z0-9]+) /.exec(line);
      assert.ok(match, `line has the file:line:col: severity CODE message shape: ${line}`);
      return `${match[2]} ${match[4]} ${match[5]}`;
    });
    const sandbox = lineOf(EXAMPLE, 'name: Contoso Sandbox');
    assert.deepEqual(found.sort(), [
      `${lineOf(EXAMPLE, 'principal: david.kim@contoso.com')} info RBA006`,
      `${lineOf(EXAMPLE, 'role: Contributer')} error RBA002`,
      `${sandbox - 1} warning ASC001`,
      `${sandbox + 3} error OWN002`,
      `${sandbox + 4} error CRT001`,
      `${lineOf(EXAMPLE, 'upn: ivy.chen@northwind.com')} error USR002`,
      `${lineOf(EXAMPLE, 'name: Microsoft 365 Business Premium') - 1} warning OWN004`,
    ].sort());
  });

  it('messages say what, why and how, and link the Microsoft rule', () => {
    const { out } = cli('check', EXAMPLE);
    const owner = out.split('\n').find((l) => l.includes(' OWN002 '))!;
    assert.match(owner, /alice\.martin@contoso\.com/);
    assert.match(owner, /Default Directory/);
    assert.match(owner, /\(https:\/\/learn\.microsoft\.com\/[^)]+\)$/);
  });

  it('reports nothing on a correct workspace and exits 0', () => {
    const { code, out, err } = cli('check', CLEAN);
    assert.equal(out, '');
    assert.equal(code, 0);
    assert.match(err, /0 errors, 0 warnings, 0 info in 1 file/);
  });

  it('--format json gives 1-based positions with the documented fields', () => {
    const { code, out } = cli('check', '--format', 'json', EXAMPLE);
    assert.equal(code, 1);
    const reports = JSON.parse(out) as Array<Record<string, unknown>>;
    const typo = reports.find((r) => r.code === 'RBA002')!;
    const line = lineOf(EXAMPLE, 'role: Contributer');
    const column = readFileSync(EXAMPLE, 'utf8').split('\n')[line - 1].indexOf('Contributer') + 1;
    assert.deepEqual(
      { file: typo.file, line: typo.line, column: typo.column, endLine: typo.endLine, endColumn: typo.endColumn, severity: typo.severity },
      { file: EXAMPLE, line, column, endLine: line, endColumn: column + 'Contributer'.length, severity: 'error' },
    );
    assert.equal(typeof typo.message, 'string');
  });

  it('--severity changes or silences a rule', () => {
    const { code, out } = cli('check', '--severity', 'RBA002=off,OWN002=warning,CRT001=off,USR002=info', EXAMPLE);
    assert.equal(code, 0, out);
    assert.doesNotMatch(out, / RBA002 /);
    assert.match(out, / warning OWN002 /);
  });

  it('checks several files and prefixes each problem with its file', () => {
    const { code, out } = cli('check', CLEAN, EXAMPLE);
    assert.equal(code, 1);
    assert.ok(out.split('\n').filter(Boolean).every((l) => l.startsWith(`${EXAMPLE}:`)));
  });

  it('exits 2 on usage errors and unreadable files', () => {
    assert.equal(cli().code, 2);
    assert.equal(cli('check').code, 2);
    assert.equal(cli('lint', EXAMPLE).code, 2);
    assert.equal(cli('check', '--format', 'xml', EXAMPLE).code, 2);
    assert.equal(cli('check', '--bogus', EXAMPLE).code, 2);
    const missing = cli('check', 'no/such/file.tenancy.yaml');
    assert.equal(missing.code, 2);
    assert.match(missing.err, /no such file/);
  });

  it('reports a non-UTF-8 file with the position of the bad byte', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tenancy-'));
    const file = join(dir, 'latin1.tenancy.yaml');
    writeFileSync(file, Buffer.concat([Buffer.from('version: 1\ndirectories:\n  - name: Soci'), Buffer.from([0xe9]), Buffer.from('t\n')]));
    const { code, out } = cli('check', file);
    assert.equal(code, 1);
    assert.match(out, new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:15: error YAML The file is not valid UTF-8`));
  });

  it('accepts a UTF-8 byte-order mark without shifting columns', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tenancy-'));
    const file = join(dir, 'bom.tenancy.yaml');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(EXAMPLE)]));
    const plain = cli('check', '--format', 'json', EXAMPLE);
    const bom = cli('check', '--format', 'json', file);
    const positions = (out: string) => (JSON.parse(out) as Array<{ line: number; column: number; code: string }>).map((r) => `${r.line}:${r.column} ${r.code}`);
    assert.deepEqual(positions(bom.out), positions(plain.out));
  });
});

describe('tenancy tree', () => {
  it('prints directories with their users, guests and subscriptions', () => {
    const { code, out } = cli('tree', EXAMPLE);
    assert.equal(code, 0);
    assert.match(out, /^Contoso \(6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f\)/m);
    assert.match(out, /├─ Users \(4\)/);
    assert.match(out, /\[Office 365\] Microsoft 365 E3/);
    assert.match(out, /Contributer → frank\.ito@fabrikam\.com/);
    assert.match(out, /^Default Directory .*⚠ 2 errors, 1 warning$/m);
  });

  it('exits 2 without exactly one file', () => {
    assert.equal(cli('tree').code, 2);
    assert.equal(cli('tree', EXAMPLE, CLEAN).code, 2);
  });
});
