import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/core/analyze';
import { LineIndex } from '../../src/core/text/lineIndex';

const example = readFileSync('examples/contoso.tenancy.yaml', 'utf8');

function problemsOf(text: string) {
  const analysis = analyze(text);
  const lines = new LineIndex(text);
  return analysis.problems.map((p) => ({ ...p, line: lines.position(p.start).line + 1, column: lines.position(p.start).column + 1 }));
}

describe('bad input gives a clear problem, never an exception or a hang', () => {
  it('malformed YAML in one directory: a YAML problem there, and the other directories still analysed', () => {
    const text = example.replace('name: Fabrikam\n', 'name: Fabrikam\n    domains: [fabrikam.onmicrosoft.com\n');
    const problems = problemsOf(text);
    const yaml = problems.filter((p) => p.code === 'YAML');
    assert.ok(yaml.length > 0, 'a YAML problem is reported');
    const fabrikamLine = text.split('\n').findIndex((l) => l.includes('name: Fabrikam')) + 1;
    assert.ok(yaml.every((p) => p.line >= fabrikamLine && p.line < fabrikamLine + 30), 'inside the Fabrikam block');
    const analysis = analyze(text);
    assert.ok(analysis.workspace.directories.some((d) => d.name?.value === 'Northwind Traders'), 'later directories are still in the model');
  });

  it('tabs used for indentation', () => {
    const problems = problemsOf('version: 1\ndirectories:\n  - id: 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f\n\tname: Contoso\n');
    const tab = problems.find((p) => p.code === 'YAML');
    assert.ok(tab, 'a YAML problem');
    assert.equal(tab.line, 4);
    assert.match(tab.message, /[Tt]ab/);
  });

  it('a duplicate key', () => {
    const text = example.replace('    name: Contoso\n', '    name: Contoso\n    name: Contoso Ltd\n');
    const duplicate = problemsOf(text).find((p) => p.code === 'YAML');
    assert.ok(duplicate);
    assert.equal(duplicate.line, text.split('\n').indexOf('    name: Contoso Ltd') + 1);
    assert.match(duplicate.message, /twice/);
  });

  it('several YAML documents in one file', () => {
    const problems = problemsOf(`${example}---\nversion: 1\ndirectories: []\n`);
    const multi = problems.find((p) => p.code === 'YAML' && /several YAML documents/.test(p.message));
    assert.ok(multi, problems.map((p) => p.message).join('\n'));
  });

  it('an alias bomb is bounded', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const previous = String.fromCharCode(96 + i);
      levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    const text = `version: 1\n${levels.join('\n')}\ndirectories: []\n`;
    const started = Date.now();
    const problems = problemsOf(text);
    assert.ok(Date.now() - started < 5000, 'returns quickly'); // guards against a hang, not a speed target
    assert.ok(problems.some((p) => p.code === 'YAML' && /aliases/.test(p.message)), problems.map((p) => p.message).join('\n'));
  });

  it('binary input (NUL bytes)', () => {
    const problems = problemsOf('version: 1\ndirectories:\n\u0000\u0001\u0002garbage');
    assert.equal(problems.length, 1);
    assert.equal(problems[0].line, 3);
    assert.match(problems[0].message, /binary/);
  });

  it('a file above the size limit is refused with its size, not parsed', () => {
    const problems = analyze('x'.repeat(2048), { maxLength: 1024 }).problems;
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /too large/);
  });

  it('random garbage and every truncation of the example', () => {
    let seed = 11;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let i = 0; i < 40; i++) {
      const garbage = Array.from({ length: 400 }, () => String.fromCharCode(1 + Math.floor(next() * 126))).join('');
      analyze(garbage);
    }
    for (let cut = 0; cut < example.length; cut += 97) {
      const text = example.slice(0, cut);
      for (const p of analyze(text).problems) assert.ok(p.start >= 0 && p.end <= text.length);
    }
  });

  it('CRLF line endings give the same lines and columns as LF', () => {
    const lf = problemsOf(example).map((p) => `${p.line}:${p.column} ${p.code}`);
    const crlf = problemsOf(example.replace(/\n/g, '\r\n')).map((p) => `${p.line}:${p.column} ${p.code}`);
    assert.deepEqual(crlf, lf);
  });
});
