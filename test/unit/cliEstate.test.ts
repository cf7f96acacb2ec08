/**
 * The command line on estates (docs/format.md#estates): a managed-service provider's folder with its
 * own tenant's file and two customers' files, whose guests and role assignments name the provider's
 * engineers, a tenant id and a subscription id pasted from one customer's file into the other, and a
 * sandbox file marked `estate: standalone`; plus an archive sub-folder, which is another estate.
 */
import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main';

const MSP = 'test/fixtures/estate/msp';
const CONTOSO = `${MSP}/contoso.tenancy.yaml`;
const FABRIKAM = `${MSP}/fabrikam.tenancy.yaml`;
const LAB = `${MSP}/lab.tenancy.yaml`;

function cli(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = run(argv, { out: (t) => (out += t), err: (t) => (err += t) }, {});
  return { code, out, err };
}

/** 1-based line and column of the first occurrence of `needle` in a file. */
function positionOf(file: string, needle: string): { line: number; column: number } {
  const lines = readFileSync(file, 'utf8').split('\n');
  const index = lines.findIndex((line) => line.includes(needle));
  assert.ok(index >= 0, `"${needle}" is in ${file}`);
  return { line: index + 1, column: lines[index].indexOf(needle) + 1 };
}

interface JsonReport {
  file: string; line: number; column: number; code: string; severity: string; message: string;
  related?: Array<{ file: string; line: number; column: number; message: string }>;
}

interface SarifLocation {
  physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } };
}
interface SarifLog {
  runs: Array<{ results: Array<{ ruleId: string; locations: SarifLocation[]; relatedLocations?: SarifLocation[] }> }>;
}

describe('tenancy check on an estate', () => {
  it('checks a folder as one estate: guests resolve across files, duplicates across files are errors of the later file', () => {
    const { code, out } = cli('check', '--format', 'json', MSP);
    assert.equal(code, 1);
    const reports = JSON.parse(out) as JsonReport[];
    const summary = reports.map((r) => `${r.file.replace(`${MSP}/`, '')}:${r.line} ${r.code}`);
    const tenantId = positionOf(FABRIKAM, '6f1c4a2e');
    const subscriptionId = positionOf(FABRIKAM, '0b1e5a7c');
    assert.deepEqual(summary, [
      `contoso.tenancy.yaml:${positionOf(CONTOSO, 'lena.fischer').line} RBA001`,
      `fabrikam.tenancy.yaml:${tenantId.line} TEN001`,
      `fabrikam.tenancy.yaml:${subscriptionId.line} SUB001`,
      `lab.tenancy.yaml:${positionOf(LAB, 'priya.raman@').line} GST001`,
    ]);
    // The duplicates point at the first definition, in the other file, at its own line and column.
    const ten001 = reports.find((r) => r.code === 'TEN001')!;
    assert.deepEqual(ten001.related, [{ file: CONTOSO, ...positionOf(CONTOSO, '6f1c4a2e'), endLine: positionOf(CONTOSO, '6f1c4a2e').line, endColumn: positionOf(CONTOSO, '6f1c4a2e').column + 36, message: 'first defined here' }]);
  });

  it('checks a named file with the other files of its folder, and reports only the named file', () => {
    const { code, out } = cli('check', CONTOSO);
    assert.equal(code, 1);
    const lines = out.trim().split('\n');
    assert.equal(lines.length, 1, out);
    assert.match(lines[0], /contoso\.tenancy\.yaml:\d+:\d+: error RBA001 lena\.fischer@northwindmsp\.com.*\(it is a user of 'Northwind Managed Services'/);
    assert.doesNotMatch(out, /GST001/, "the guests' home accounts are in northwind-msp.tenancy.yaml");
  });

  it('prints where the other file defines a duplicate under the problem (text format)', () => {
    const { out } = cli('check', FABRIKAM);
    const first = positionOf(CONTOSO, '6f1c4a2e');
    assert.match(out, new RegExp(`fabrikam\\.tenancy\\.yaml:5:9: error TEN001 .*\\n    ↳ ${CONTOSO.replace(/\./g, '\\.')}:${first.line}:${first.column}: first defined here\\n`));
  });

  it('checks a file marked `estate: standalone` alone', () => {
    const { code, out } = cli('check', '--format', 'json', LAB);
    assert.equal(code, 0, 'a warning only');
    assert.deepEqual((JSON.parse(out) as JsonReport[]).map((r) => r.code), ['GST001']);
  });

  it('names the file of each related location in SARIF, and of each problem in GitHub annotations and JUnit suites', () => {
    const sarif = JSON.parse(cli('check', '--format', 'sarif', MSP).out) as SarifLog;
    const sub001 = sarif.runs[0].results.find((r) => r.ruleId === 'SUB001')!;
    assert.equal(sub001.locations[0].physicalLocation.artifactLocation.uri, FABRIKAM);
    assert.equal(sub001.relatedLocations![0].physicalLocation.artifactLocation.uri, CONTOSO);
    assert.equal(sub001.relatedLocations![0].physicalLocation.region.startLine, positionOf(CONTOSO, '0b1e5a7c').line);

    const github = cli('check', '--format', 'github', MSP).out;
    assert.match(github, new RegExp(`::error file=${FABRIKAM.replace(/\./g, '\\.')},line=${positionOf(FABRIKAM, '0b1e5a7c').line},.*title=SUB001::`));
    assert.match(github, new RegExp(`::error file=${CONTOSO.replace(/\./g, '\\.')},.*title=RBA001::`));

    const junit = cli('check', '--format', 'junit', MSP).out;
    const suite = junit.slice(junit.indexOf(`<testsuite name="${FABRIKAM}"`), junit.indexOf('</testsuite>', junit.indexOf(`<testsuite name="${FABRIKAM}"`)));
    assert.match(suite, /failures="2"/);
    assert.match(suite, /<testcase classname="[^"]*" name="TEN001[^"]*">\s*<failure/);
  });

  it('keeps a sub-folder out: it is another estate', () => {
    const { code, out } = cli('check', '--format', 'json', `${MSP}/archive`);
    assert.equal(code, 0, 'Contoso of 2024 is no duplicate of the Contoso of the folder above');
    assert.deepEqual(JSON.parse(out), []);
  });

  it('applies a severity to the problems found across files', () => {
    const { code, out } = cli('check', '--format', 'json', '--severity', 'TEN001=off,SUB001=warning,RBA001=warning', MSP);
    assert.equal(code, 0);
    assert.deepEqual((JSON.parse(out) as JsonReport[]).map((r) => `${r.code}:${r.severity}`), ['RBA001:warning', 'SUB001:warning', 'GST001:warning']);
  });

  it('reports in French too, with the related location in the other file', () => {
    const { out } = cli('check', '--lang', 'fr', FABRIKAM);
    assert.match(out, /error TEN001 L’ID de locataire .*\n    ↳ test\/fixtures\/estate\/msp\/contoso\.tenancy\.yaml:5:9: première définition\n/);
  });
});

describe('tenancy tree and report on an estate', () => {
  it('tree FOLDER prints each file (the standalone one marked), then its directories with their counts', () => {
    const { code, out } = cli('tree', MSP);
    assert.equal(code, 0);
    const roots = out.split('\n').filter((line) => line && !/^[│└├ ]/.test(line));
    assert.deepEqual(roots, [CONTOSO, FABRIKAM, `${LAB} (checked alone: estate: standalone)`, `${MSP}/northwind-msp.tenancy.yaml`]);
    assert.match(out, /└─ Fabrikam \(6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f\) {2}⚠ 2 errors/);
    assert.match(out, /└─ Contoso \(6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f\) {2}⚠ 1 error\n/);
  });

  it('tree FILE counts the problems found with the rest of its estate', () => {
    const { out } = cli('tree', CONTOSO);
    assert.match(out, /^Contoso \(6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f\) {2}⚠ 1 error\n/, 'RBA001 only: the guests resolve');
  });

  it('report FOLDER covers the estate, each problem at file:line; the standalone file is a report of its own', () => {
    const { code, out } = cli('report', MSP);
    assert.equal(code, 0);
    assert.match(out, /^# Tenancy report — msp\n\n3 directories, 3 subscriptions; 3 errors, 0 warnings, 0 info\./);
    assert.match(out, new RegExp(`\\| ${FABRIKAM.replace(/\./g, '\\.')}:${positionOf(FABRIKAM, '0b1e5a7c').line} \\| error \\| SUB001 \\|`));
    assert.match(out, /# Tenancy report — lab\.tenancy\.yaml\n\n1 directory, 1 subscription; 0 errors, 1 warning, 0 info\./);
  });

  it('report FILE resolves access and guests across the estate', () => {
    const { out } = cli('report', CONTOSO);
    assert.match(out, /^# Tenancy report — contoso\.tenancy\.yaml\n\n1 directory, 1 subscription; 1 error, 0 warnings, 0 info\./);
    assert.match(out, new RegExp(`\\| ${positionOf(CONTOSO, 'lena.fischer').line} \\| error \\| RBA001 \\|`));
  });

  it('report --format csv FOLDER lists the subscriptions of every file', () => {
    const { out } = cli('report', '--format', 'csv', MSP);
    assert.equal(out.trim().split(/\r?\n/).length, 1 + 4);
  });

  it('a folder without workspace files is an error', () => {
    const empty = mkdtempSync(join(tmpdir(), 'tenancy-estate-'));
    assert.equal(cli('tree', empty).code, 2);
    const copy = mkdtempSync(join(tmpdir(), 'tenancy-estate-'));
    cpSync(MSP, copy, { recursive: true });
    assert.equal(cli('tree', copy).code, 0);
  });
});

describe('tenancy import --into a file of an estate', () => {
  const LIST = 'test/fixtures/estate/az-account-list-msp.json';
  /** A copy of the MSP folder, to import into. */
  function copy(): string {
    const dir = mkdtempSync(join(tmpdir(), 'tenancy-estate-'));
    cpSync(MSP, dir, { recursive: true });
    return dir;
  }

  it("records what belongs to the file's own directories, and leaves another file's directory to that file", () => {
    const dir = copy();
    const provider = join(dir, 'northwind-msp.tenancy.yaml');
    const customer = join(dir, 'contoso.tenancy.yaml');
    const before = readFileSync(customer, 'utf8');
    const { code, out } = cli('import', '--into', provider, LIST);
    assert.equal(code, 0);
    assert.match(out, /\+ subscription Northwind Lab \(7d1e9c3a-4b2f-4e8d-a6c5-3f0b9e2d1c4a\) in northwind/);
    assert.match(out, new RegExp(`! directory Contoso \\(6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f\\): it is kept in ${customer.replace(/[.\\\\]/g, '\\$&')}, another file of this estate`));
    const written = readFileSync(provider, 'utf8');
    assert.match(written, /name: Northwind Lab/);
    assert.doesNotMatch(written, /Contoso/, 'no second copy of the customer directory in the provider file');
    assert.equal(readFileSync(customer, 'utf8'), before, 'the other file is not written');
    // The estate stays free of duplicates after the import.
    const check = JSON.parse(cli('check', '--format', 'json', provider).out) as JsonReport[];
    assert.deepEqual(check.filter((r) => /TEN001|SUB001/.test(r.code)), []);
  });

  it('the same import into the customer file updates its subscription, naming the provider directory by its name', () => {
    const dir = copy();
    const customer = join(dir, 'contoso.tenancy.yaml');
    const { code, out } = cli('import', '--into', customer, LIST);
    assert.equal(code, 0);
    assert.match(out, /~ subscription Contoso Production .*managed through Azure Lighthouse by Northwind Managed Services/);
    assert.match(out, /! directory Northwind Managed Services \(5b7c2e91-3d4f-4a6b-9c8d-0e1f2a3b4c5d\): it is kept in /);
    assert.match(readFileSync(customer, 'utf8'), /managedByTenants: \[5b7c2e91-3d4f-4a6b-9c8d-0e1f2a3b4c5d\]/);
    assert.doesNotMatch(readFileSync(customer, 'utf8'), /Northwind Lab/);
  });

  it('imports everything into a standalone file, which has no estate to share with', () => {
    const dir = copy();
    const lab = join(dir, 'lab.tenancy.yaml');
    const { code, out } = cli('import', '--dry-run', '--into', lab, LIST);
    assert.equal(code, 0);
    assert.doesNotMatch(out, /another file of this estate/);
    assert.match(out, /\+ directory Northwind Managed Services/);
  });

  it("refuses a user list for a directory of another file, naming that file", () => {
    const dir = copy();
    const users = join(dir, 'users.json');
    writeFileSync(users, JSON.stringify([{ id: 'a3c1e2f4-5b6d-4e7f-8a9b-0c1d2e3f4a5b', userPrincipalName: 'sam.okafor@northwindmsp.com', displayName: 'Sam Okafor', accountEnabled: true, userType: 'Member' }]));
    const { code, err } = cli('import', '--into', join(dir, 'contoso.tenancy.yaml'), '--directory', '5b7c2e91-3d4f-4a6b-9c8d-0e1f2a3b4c5d', users);
    assert.equal(code, 1);
    assert.match(err, /The directory 5b7c2e91-3d4f-4a6b-9c8d-0e1f2a3b4c5d is kept in .*northwind-msp\.tenancy\.yaml, another file of this estate/);
  });
});
