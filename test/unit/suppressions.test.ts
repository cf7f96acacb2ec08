import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/core/analyze';
import type { Problem } from '../../src/core/problems';
import { findDirectives, planSuppression } from '../../src/core/suppressions';
import { LineIndex } from '../../src/core/text/lineIndex';

const EXAMPLE = readFileSync('examples/contoso.tenancy.yaml', 'utf8');

/** The text with `insert` put as whole lines above the first line containing `needle` (after `from`, if given). */
function above(text: string, needle: string | [from: string, needle: string], ...insert: string[]): string {
  const [from, what] = typeof needle === 'string' ? ['', needle] : needle;
  const at = text.indexOf(what, text.indexOf(from));
  assert.ok(at >= 0, `"${what}" is in the text`);
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return text.slice(0, lineStart) + insert.map((line) => (line === '' ? eol : `${indent}${line}${eol}`)).join('') + text.slice(lineStart);
}

function codes(text: string): string[] {
  return analyze(text).problems.map((p) => p.code).sort();
}

/** "line CODE" (1-based line) for every problem of the text. */
function located(text: string, problems = analyze(text).problems): string[] {
  const lines = new LineIndex(text);
  return problems.map((p) => `${lines.position(p.start).line + 1} ${p.code}`);
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('inline suppressions', () => {
  const baseline = codes(EXAMPLE);

  it('the example has the problems the tests below silence', () => {
    assert.deepEqual(baseline, ['ASC001', 'CRT001', 'OWN002', 'OWN004', 'RBA002', 'RBA006', 'USR002']);
  });

  it('disable-next-line silences the rule on the next line only, and nothing else', () => {
    const text = above(EXAMPLE, 'role: Contributer', '# tenancy-disable-next-line RBA002 -- typo kept to show the check');
    assert.deepEqual(codes(text), baseline.filter((c) => c !== 'RBA002'));
  });

  it('skips blank lines and other comments to find the next line', () => {
    const text = above(EXAMPLE, 'role: Contributer', '# tenancy-disable-next-line RBA002 -- reason', '', '# a note in between');
    assert.deepEqual(codes(text), baseline.filter((c) => c !== 'RBA002'));
  });

  it('takes several ids, separated by commas or spaces, in any case', () => {
    // OWN002 is on the owner line of Contoso Sandbox, CRT001 on the createdBy line just below it.
    const text = above(EXAMPLE, ['name: Contoso Sandbox', 'owner: alice.martin@contoso.com'], '# tenancy-disable-next-line own002, RBA006 CRT001 -- reason');
    const result = located(text);
    assert.ok(!result.some((r) => r.endsWith(' OWN002')), result.join('\n'));
    assert.ok(result.some((r) => r.endsWith(' CRT001')), 'CRT001 is on another line: still reported');
    const unused = analyze(text).problems.filter((p) => p.code === 'SUP001');
    assert.deepEqual(unused.map((p) => [text.slice(p.start, p.end), p.data?.kind]), [['RBA006', 'unused'], ['CRT001', 'unused']]);
    assert.equal(unused[0].severity, 'info');
  });

  it('a disable / enable region silences the rule between the two comments only', () => {
    const start = above(EXAMPLE, '- id: 4d5e6f7a', '# tenancy-disable OWN002, CRT001 -- acquired subscription, transfer planned');
    const region = above(start, 'name: Northwind Traders', '# tenancy-enable OWN002, CRT001');
    assert.deepEqual(codes(region), baseline.filter((c) => c !== 'OWN002' && c !== 'CRT001'));
  });

  it('a region never enabled runs to the end of the file', () => {
    const text = above(EXAMPLE, 'principal: david.kim@contoso.com', '# tenancy-disable RBA006, USR002, OWN004 -- legacy accounts');
    assert.deepEqual(codes(text), baseline.filter((c) => !['RBA006', 'USR002', 'OWN004'].includes(c)));
  });

  it('problems before a region, or after its end, stay', () => {
    const text = above(above(EXAMPLE, 'role: Contributer', '# tenancy-disable RBA006'), 'role: Contributer', '# tenancy-enable RBA006');
    const problems = analyze(text).problems;
    assert.ok(problems.some((p) => p.code === 'RBA006'), 'RBA006 is above the region');
    assert.deepEqual(problems.filter((p) => p.code === 'SUP001').map((p) => p.data?.kind), ['unused']);
  });

  it('reports an unused suppression on the comment, with the id as its range', () => {
    const text = above(EXAMPLE, 'name: Contoso Production', '# tenancy-disable-next-line RBA003 -- nothing to silence here');
    const [sup] = analyze(text).problems.filter((p) => p.code === 'SUP001');
    assert.equal(text.slice(sup.start, sup.end), 'RBA003');
    assert.equal(located(text, [sup])[0], `${lineOf(text, 'tenancy-disable-next-line RBA003')} SUP001`);
    assert.match(sup.message, /No RBA003 problem is silenced/);
    assert.deepEqual(sup.data, { kind: 'unused', ruleId: 'RBA003' });
  });

  it('reports unknown ids, unsuppressible codes, empty directives and an enable without disable', () => {
    const text = above(
      EXAMPLE, 'role: Contributer',
      '# tenancy-disable-next-line RBA002, RBA999, YAML, SCHEMA -- reason',
      '# tenancy-disable-next-line -- forgot the id',
      '# tenancy-enable ASC003',
    );
    const sup = analyze(text).problems.filter((p) => p.code === 'SUP001').map((p) => `${p.data?.kind} ${p.data?.ruleId ?? ''}`.trim());
    assert.deepEqual(sup.sort(), ['empty', 'unknown RBA999', 'unmatchedEnable ASC003', 'unsuppressible SCHEMA', 'unsuppressible YAML'].sort());
    assert.ok(!codes(text).includes('RBA002'), 'the valid id still works');
  });

  it('never silences syntax or schema problems', () => {
    const text = 'version: 1\ndirectories:\n  # tenancy-disable SCHEMA, YAML\n  - id: not-a-guid\n    name: X\n    domains: [x.onmicrosoft.com]\n';
    assert.ok(analyze(text).problems.some((p) => p.code === 'SCHEMA'));
  });

  it('a rule turned off in settings does not make its suppression "unused"', () => {
    const text = above(EXAMPLE, 'role: Contributer', '# tenancy-disable-next-line RBA002 -- reason');
    const problems = analyze(text, { severities: { RBA002: 'off' } }).problems;
    assert.equal(problems.filter((p) => p.code === 'SUP001' || p.code === 'RBA002').length, 0);
  });

  it('SUP001 has a configurable severity, or can be turned off', () => {
    const text = above(EXAMPLE, 'name: Contoso Production', '# tenancy-disable-next-line RBA003');
    assert.equal(analyze(text, { severities: { SUP001: 'warning' } }).problems.find((p) => p.code === 'SUP001')?.severity, 'warning');
    assert.equal(analyze(text, { severities: { SUP001: 'off' } }).problems.filter((p) => p.code === 'SUP001').length, 0);
  });

  it('only whole-line comments are directives; values and trailing comments are not', () => {
    assert.deepEqual(findDirectives('name: tenancy-disable RBA002\nx: 1  # tenancy-disable RBA002\n'), []);
    const [d] = findDirectives('a: 1\r\n  #tenancy-disable-next-line RBA002,OWN001 -- why -- really\r\nb: 2\r\n');
    assert.equal(d.kind, 'disable-next-line');
    assert.deepEqual(d.ids.map((id) => id.id), ['RBA002', 'OWN001']);
    assert.equal(d.reason, 'why -- really');
    assert.equal(d.lineEnd, 'a: 1\r\n  #tenancy-disable-next-line RBA002,OWN001 -- why -- really\r\n'.length);
    assert.deepEqual(findDirectives('# tenancy-disabled RBA002\n# tenancy-enable-all\n'), []);
  });

  it('works the same on CRLF files', () => {
    const text = above(EXAMPLE, 'role: Contributer', '# tenancy-disable-next-line RBA002 -- reason').replace(/\n/g, '\r\n');
    assert.deepEqual(codes(text), baseline.filter((c) => c !== 'RBA002'));
  });

  // Its cost (one indexOf scan) is in `npm run bench`, not timed here.
  it('finds nothing in a big file without directives', () => {
    const big = EXAMPLE + '# filler\n'.repeat(200_000);
    assert.deepEqual(findDirectives(big), []);
  });
});

describe('planSuppression', () => {
  const problem = (text: string, code: string): Problem => analyze(text).problems.find((p) => p.code === code)!;
  const apply = (text: string, edit: { start: number; end: number; newText: string }) => text.slice(0, edit.start) + edit.newText + text.slice(edit.end);

  it('inserts a disable-next-line comment above the line, with its indentation, that silences the problem', () => {
    const rba002 = problem(EXAMPLE, 'RBA002');
    const edit = planSuppression(EXAMPLE, rba002)!;
    assert.equal(edit.start, edit.end);
    assert.equal(edit.newText, '          # tenancy-disable-next-line RBA002 -- reason\n');
    const after = apply(EXAMPLE, edit);
    assert.match(after, /\n {10}# tenancy-disable-next-line RBA002 -- reason\n {10}- \{ principal: frank\.ito@fabrikam\.com, role: Contributer/);
    assert.ok(!codes(after).includes('RBA002'));
    assert.ok(!codes(after).includes('SUP001'));
  });

  it('takes the reason', () => {
    const edit = planSuppression(EXAMPLE, problem(EXAMPLE, 'USR002'), 'domain verification pending')!;
    assert.equal(edit.newText, '      # tenancy-disable-next-line USR002 -- domain verification pending\n');
  });

  it('keeps CRLF files CRLF', () => {
    const crlf = EXAMPLE.replace(/\n/g, '\r\n');
    const edit = planSuppression(crlf, problem(crlf, 'RBA006'))!;
    assert.ok(edit.newText.endsWith(' -- reason\r\n'));
    const after = apply(crlf, edit);
    assert.ok(!/[^\r]\n/.test(after), 'no bare LF');
    assert.ok(!codes(after).includes('RBA006'));
  });

  it('adds the code to a disable-next-line comment already above the line', () => {
    const createdBy = (text: string) => text.indexOf('alice.martin@contoso.com', text.indexOf('createdBy:', text.indexOf('name: Contoso Sandbox')));
    const first = apply(EXAMPLE, planSuppression(EXAMPLE, { code: 'CRT001', start: createdBy(EXAMPLE) })!);
    const second = planSuppression(first, { code: 'OWN001', start: createdBy(first) })!;
    assert.equal(second.newText, ', OWN001');
    const after = apply(first, second);
    assert.match(after, /\n {8}# tenancy-disable-next-line CRT001, OWN001 -- reason\n {8}createdBy: alice/);
    assert.equal(planSuppression(after, { code: 'CRT001', start: createdBy(after) }), undefined, 'already there');
  });

  it('refuses codes that cannot be silenced', () => {
    assert.equal(planSuppression(EXAMPLE, { code: 'SCHEMA', start: 10 }), undefined);
    assert.equal(planSuppression(EXAMPLE, { code: 'YAML', start: 10 }), undefined);
  });

  it('works on the first line of a file and on a last line without a line break', () => {
    assert.deepEqual(planSuppression('a: 1', { code: 'RBA002', start: 0 }), { start: 0, end: 0, newText: '# tenancy-disable-next-line RBA002 -- reason\n' });
    assert.deepEqual(planSuppression('a: 1\r\n  b: 2', { code: 'RBA002', start: 9 }), { start: 6, end: 6, newText: '  # tenancy-disable-next-line RBA002 -- reason\r\n' });
  });
});
