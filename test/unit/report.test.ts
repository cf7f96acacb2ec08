/**
 * Reports: Markdown and CSV of workspace files against golden files in test/fixtures/report/
 * (`UPDATE_GOLDEN=1` rewrites them — review the diff!), CSV quoting and formula neutralising, and
 * the `tenancy report` command.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { assertGolden } from './support/golden';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main';
import { analyze } from '../../src/core/analyze';
import { csvField, reportCsv, reportMarkdown } from '../../src/core/report';

const DIR = join('test', 'fixtures', 'report');
const EXAMPLE = join('examples', 'contoso.tenancy.yaml');
const TRICKY = join(DIR, 'tricky.tenancy.yaml');

function golden(name: string, actual: string): void {
  assertGolden(join(DIR, name), actual);
}

const analysisOf = (path: string) => analyze(readFileSync(path, 'utf8'));

/** A minimal RFC 4180 reader, to check that what was written reads back as the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += c;
  }
  return rows;
}

describe('report: Markdown', () => {
  it('the example workspace (golden)', () => golden('contoso.report.md', reportMarkdown(analysisOf(EXAMPLE), { title: 'contoso.tenancy.yaml' })));

  it('names every directory, subscription owner, role assignment and open problem code of the example', () => {
    const analysis = analysisOf(EXAMPLE);
    const md = reportMarkdown(analysis);
    for (const d of analysis.workspace.directories) assert.match(md, new RegExp(`^## ${d.name!.value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'm'));
    for (const p of analysis.problems) assert.ok(md.includes(`| ${p.code} |`), `lists ${p.code}`);
    for (const s of analysis.index.subscriptions) if (s.owner) assert.ok(md.includes(s.owner.value));
    assert.match(md, /#### Access through role assignments/);
  });

  it('tricky names cannot break a table or inject markup (golden)', () => {
    const md = reportMarkdown(analysisOf(TRICKY), { title: 'tricky.tenancy.yaml' });
    golden('tricky.report.md', md);
    for (const line of md.split('\n').filter((l) => l.startsWith('| '))) {
      const cells = line.replace(/\\\|/g, '').split('|').length;
      const header = md.split('\n').find((l) => l.startsWith('| ') && md.indexOf(l) <= md.indexOf(line))!;
      assert.ok(cells >= 3 && header, line);
    }
    assert.ok(!md.includes('@cmd line\nsecond'), 'line breaks in values are flattened');
  });

  it('an empty workspace says so', () => {
    assert.match(reportMarkdown(analyze('version: 1\ndirectories: []\n')), /describes no directory/);
  });
});

describe('report: CSV', () => {
  it('the example workspace (golden), one row per subscription', () => {
    const analysis = analysisOf(EXAMPLE);
    const csv = reportCsv(analysis);
    golden('contoso.report.csv', csv);
    const rows = parseCsv(csv);
    assert.deepEqual(rows[0], ['subscription_id', 'name', 'type', 'directory', 'tenant_id', 'owner', 'created_by', 'state']);
    assert.equal(rows.length, 1 + analysis.index.subscriptions.length);
  });

  it('quotes as RFC 4180 says and neutralises formulas (golden)', () => {
    const csv = reportCsv(analysisOf(TRICKY));
    golden('tricky.report.csv', csv);
    assert.ok(csv.endsWith('\r\n'));
    const names = parseCsv(csv).slice(1).map((r) => r[1]);
    assert.deepEqual(names, ["'=1+2", "'+SUM(A1:A2)", '\'-2 dev, "test"', "'@cmd line\nsecond line"]);
    assert.equal(parseCsv(csv)[1][3], 'Contoso, Ltd | "EU"');
  });

  const fields: Array<[string, string]> = [
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=cmd|\' /C calc\'!A0', "'=cmd|' /C calc'!A0"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(1)', "'@SUM(1)"],
    ['\t=1', "'\t=1"],
    ['=a,"b"', '"\'=a,""b"""'],
    ['a=b', 'a=b'],
  ];
  for (const [value, expected] of fields) {
    it(`field ${JSON.stringify(value)} → ${expected}`, () => assert.equal(csvField(value), expected));
  }
});

describe('tenancy report', () => {
  function cli(...argv: string[]): { code: number; out: string; err: string } {
    let out = '';
    let err = '';
    const code = run(argv, { out: (t) => (out += t), err: (t) => (err += t) });
    return { code, out, err };
  }

  it('prints Markdown by default and exits 0 even when the file has problems', () => {
    const { code, out } = cli('report', EXAMPLE);
    assert.equal(code, 0);
    assert.equal(out, readFileSync(join(DIR, 'contoso.report.md'), 'utf8'));
  });

  it('--format csv -o FILE writes the CSV there', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'tenancy-report-')), 'subscriptions.csv');
    const result = cli('report', '--format', 'csv', EXAMPLE, '-o', out);
    assert.equal(result.code, 0);
    assert.equal(result.out, '');
    assert.equal(readFileSync(out, 'utf8'), readFileSync(join(DIR, 'contoso.report.csv'), 'utf8'));
  });

  it('exits 2 on usage and I/O errors', () => {
    assert.equal(cli('report').code, 2);
    assert.equal(cli('report', EXAMPLE, TRICKY).code, 2);
    assert.equal(cli('report', '--format', 'sarif', EXAMPLE).code, 2);
    assert.equal(cli('report', 'test/fixtures/report/missing.tenancy.yaml').code, 2);
    assert.equal(cli('check', '--format', 'csv', EXAMPLE).code, 2, 'csv is a report format only');
  });
});
