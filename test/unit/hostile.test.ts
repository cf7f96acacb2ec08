/**
 * Hostile files: alias bombs, nesting 100,000 levels deep, 50 MB and 200 MB files, a 10 MB line,
 * NUL bytes, byte-order marks and CRLF line endings. Every fixture is generated here (nothing big is
 * committed); each one must end with a clear problem, never an exception or a hang. The time guards
 * only catch hangs (they are minutes above the measured times), they are not speed targets.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, Analyzer, DEFAULT_MAX_LENGTH } from '../../src/core/analyze';
import type { Analysis } from '../../src/core/analyze';
import { run } from '../../src/cli/main';
import { readWorkspaceFile } from '../../src/cli/readWorkspaceFile';
import { LineIndex } from '../../src/core/text/lineIndex';

const EXAMPLE = 'examples/contoso.tenancy.yaml';
const example = readFileSync(EXAMPLE, 'utf8');
const MB = 1024 * 1024;
const DEPTH = 100_000;

function cli(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = run(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/** Analyses with a hang guard, and checks what every analysis must satisfy: ranges inside the text. */
function analyzeGuarded(text: string, guardMs = 60_000): Analysis {
  const started = Date.now();
  const analysis = analyze(text);
  assert.ok(Date.now() - started < guardMs, `returned within ${guardMs} ms (a hang guard, not a speed target)`);
  for (const p of analysis.problems) {
    assert.ok(p.start >= 0 && p.start <= p.end && p.end <= text.length, `${p.code} range ${p.start}-${p.end} inside 0-${text.length}`);
    assert.ok(p.message.length > 20 && !/undefined|\[object /.test(p.message), `a clear message: ${p.message}`);
  }
  return analysis;
}

function messages(analysis: Analysis): string {
  return analysis.problems.map((p) => `${p.code}: ${p.message}`).join('\n');
}

let dir: string;
before(() => { dir = mkdtempSync(join(tmpdir(), 'tenancy-hostile-')); });
after(() => rmSync(dir, { recursive: true, force: true }));

describe('hostile files end with a clear problem, never a crash or a hang', function () {
  this.timeout(120_000);

  describe('alias bombs', () => {
    const laughs = (indent: string) => {
      const lines = [`${indent}a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]`];
      for (let i = 1; i < 10; i++) {
        const name = String.fromCharCode(97 + i);
        lines.push(`${indent}${name}: &${name} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
      }
      return lines.join('\n');
    };

    it('billion laughs at the top level: an alias problem, found fast', () => {
      const analysis = analyzeGuarded(`version: 1\n${laughs('')}\ndirectories: []\n`, 10_000);
      assert.match(messages(analysis), /YAML: These aliases expand to too many nodes/);
    });

    it('billion laughs inside a directory: the alias problem is on that directory', () => {
      const text = `version: 1\ndirectories:\n  - id: 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f\n    name: Contoso\n    domains: [contoso.onmicrosoft.com]\n    extra:\n${laughs('      ')}\n`;
      const analysis = analyzeGuarded(text, 10_000);
      const bomb = analysis.problems.find((p) => /aliases expand/.test(p.message));
      assert.ok(bomb, messages(analysis));
      assert.ok(bomb.start >= text.indexOf('  - id:'), 'inside the directory');
    });

    it('a wide alias fan-out (each alias used thousands of times) stays bounded', () => {
      const text = `version: 1\nx: &x [a, b, c]\ny: [${Array(20_000).fill('*x').join(', ')}]\ndirectories: []\n`;
      assert.match(messages(analyzeGuarded(text, 10_000)), /aliases expand to too many nodes/);
    });
  });

  describe(`nesting ${DEPTH.toLocaleString('en')} levels deep`, () => {
    const cases: Array<[string, string]> = [
      ['flow sequences, closed', `version: 1\ndirectories: ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}\n`],
      ['flow sequences, never closed', `version: 1\ndirectories: ${'['.repeat(DEPTH)}\n`],
      ['flow maps', `version: 1\ndirectories: []\nx: ${'{a: '.repeat(DEPTH)}${'}'.repeat(DEPTH)}\n`],
      ['block sequences (`- - - …`) in a directory item', `version: 1\ndirectories:\n  - ${'- '.repeat(DEPTH)}x\n`],
      ['flow sequences inside one directory of a block file', `version: 1\ndirectories:\n  - id: 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f\n    name: Deep\n    domains: ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}\n  - id: 7a2d5b3f-9e4c-4d6b-8f80-2b3c4d5e6f70\n    name: Fine\n    domains: [fine.onmicrosoft.com]\n`],
    ];
    for (const [name, text] of cases) {
      it(name, () => {
        const analysis = analyzeGuarded(text);
        assert.match(messages(analysis), /nested too deeply/, messages(analysis));
      });
    }

    it('the other directories of the file are still read', () => {
      const analysis = analyzeGuarded(cases[4][1]);
      assert.ok(analysis.workspace.directories.some((d) => d.name?.value === 'Fine'), 'the directory after the deep one is in the model');
    });

    it('block maps nested by indentation (2,000 levels: deeper would be gigabytes of spaces)', () => {
      const lines = ['version: 1', 'directories:', '  - id: 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f', '    name: Deep', '    domains: [deep.onmicrosoft.com]', '    extra:'];
      for (let i = 0; i < 2_000; i++) lines.push(`${' '.repeat(6 + i)}k${i}:`);
      const analysis = analyzeGuarded(`${lines.join('\n')}\n`);
      assert.match(messages(analysis), /Unknown key `extra`|nested too deeply/);
    });

    it('through the CLI: a problem at line 2, exit code 1', () => {
      const file = join(dir, 'deep.tenancy.yaml');
      writeFileSync(file, cases[0][1]);
      const { code, out } = cli('check', file);
      assert.equal(code, 1);
      assert.match(out, /deep\.tenancy\.yaml:2:\d+: error YAML .*nested too deeply/);
    });
  });

  describe('huge files are refused by size, never parsed', () => {
    it(`the core refuses a 50 MB text at once (DEFAULT_MAX_LENGTH is ${DEFAULT_MAX_LENGTH / MB} Mi units)`, () => {
      const text = `version: 1\ndirectories:\n${'  # padding line that is long enough to weigh something\n'.repeat(Math.ceil((50 * MB) / 56))}`;
      const started = Date.now();
      const analysis = new Analyzer().analyze(text);
      assert.ok(Date.now() - started < 5_000, 'refused without parsing');
      assert.equal(analysis.stats.mode, 'not-parsed');
      assert.equal(analysis.problems.length, 1);
      assert.match(analysis.problems[0].message, /too large to check \(50 MiB; the limit is 32 MiB\)/);
      assert.deepEqual([analysis.problems[0].start, analysis.problems[0].end], [0, 'version: 1'.length]);
    });

    it('the CLI refuses a 50 MB file with the size problem', () => {
      const file = join(dir, 'big.tenancy.yaml');
      writeFileSync(file, `version: 1\ndirectories: []\n${'# padding\n'.repeat((50 * MB) / 10)}`);
      const { code, out } = cli('check', '--format', 'json', file);
      assert.equal(code, 1);
      const reports = JSON.parse(out) as { problems?: unknown[] } | unknown[];
      const text = JSON.stringify(reports);
      assert.match(text, /too large to check \(50 MiB; the limit is 32 MiB\)/);
      rmSync(file);
    });

    it('the CLI checks the size on disk before reading: a 200 MB file is never read', () => {
      // In a folder of its own: the other workspace files of a folder are read too (they are its estate).
      const folder = join(dir, 'huge');
      mkdirSync(folder, { recursive: true });
      const file = join(folder, 'huge.tenancy.yaml');
      writeFileSync(file, '');
      truncateSync(file, 200 * MB); // sparse: costs no disk space
      const fs = require('node:fs') as typeof import('node:fs');
      const original = fs.readSync;
      let reads = 0;
      fs.readSync = ((...args: Parameters<typeof original>) => { reads++; return (original as (...a: unknown[]) => number)(...args); }) as typeof original;
      try {
        const read = readWorkspaceFile(file);
        assert.deepEqual(read, { ok: false, reason: 'too-large', size: 200 * MB, maxLength: DEFAULT_MAX_LENGTH });
        const started = Date.now();
        const { code, out } = cli('check', file);
        assert.ok(Date.now() - started < 60_000, 'a hang guard: reading 200 MB would take minutes on a loaded machine');
        assert.equal(code, 1);
        assert.match(out, /huge\.tenancy\.yaml:1:1: error YAML The file is too large to check \(200 MiB; the limit is 32 MiB\)/);
        const tree = cli('tree', file);
        assert.equal(tree.code, 2);
        assert.match(tree.err, /too large to check \(200 MiB/);
      } finally {
        fs.readSync = original;
      }
      assert.equal(reads, 0, 'no byte of it was read');
      rmSync(file);
    });
  });

  describe('very long lines', () => {
    it('a 10 MB single-line value in a directory', () => {
      const text = `version: 1\ndirectories:\n  - id: 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f\n    name: ${'n'.repeat(10 * MB)}\n    domains: [contoso.onmicrosoft.com]\n`;
      const analysis = analyzeGuarded(text);
      assert.equal(analysis.workspace.directories.length, 1);
    });

    it('a 10 MB comment line and a 10 MB quoted string', () => {
      const comment = `# ${'c'.repeat(10 * MB)}\nversion: 1\ndirectories: []\n`;
      assert.deepEqual(analyzeGuarded(comment).problems, []);
      const quoted = `version: 1\ndirectories: []\nnote: "${'q'.repeat(10 * MB)}"\n`;
      assert.match(messages(analyzeGuarded(quoted)), /Unknown key `note`/);
    });

    it('a 10 MB line that never closes its quote', () => {
      const text = `version: 1\ndirectories:\n  - id: "${'u'.repeat(10 * MB)}\n`;
      assert.ok(analyzeGuarded(text).problems.some((p) => p.code === 'YAML'));
    });

    it('a 1 MB single line of flow-style directories', () => {
      const text = `version: 1\ndirectories: [${'{id: 6f1c4a2e-8d3b-4c5a-9e7f-1a2b3c4d5e6f, name: A, domains: [a.onmicrosoft.com]}, '.repeat(MB / 80)}]\n`;
      assert.ok(analyzeGuarded(text).problems.some((p) => p.code === 'TEN001'), 'the repeated directory id is found');
    });
  });

  describe('NUL bytes', () => {
    it('anywhere in the file: one binary problem at the first NUL (core)', () => {
      for (const at of [0, 30, example.length - 1]) {
        const text = `${example.slice(0, at)}\u0000${example.slice(at)}`;
        const analysis = analyzeGuarded(text);
        assert.equal(analysis.problems.length, 1);
        assert.equal(analysis.problems[0].start, at);
        assert.match(analysis.problems[0].message, /NUL character, so it is binary data/);
      }
    });

    it('through the CLI: the line and column of the NUL', () => {
      const file = join(dir, 'nul.tenancy.yaml');
      writeFileSync(file, Buffer.from('version: 1\ndirectories:\n  - id: ab\u0000cd\n'));
      const { code, out } = cli('check', file);
      assert.equal(code, 1);
      assert.match(out, /nul\.tenancy\.yaml:3:11: error YAML The file contains a NUL character/);
    });
  });

  describe('byte-order marks and CRLF line endings keep problem positions right', () => {
    // RBA002 (the misspelt role) is planted at line 86, column 56 of the example.
    const KNOWN = { line: 86, column: 56 };
    const known = (line: string) => line.includes('role: Contributer');

    it('the planted problem is where the fixture says', () => {
      const lines = example.split('\n');
      assert.equal(lines.findIndex(known) + 1, KNOWN.line);
      assert.equal(lines[KNOWN.line - 1].indexOf('Contributer') + 1, KNOWN.column);
    });

    it('through the CLI: a UTF-8 BOM and CRLF endings give the same line and column', () => {
      for (const [name, bytes] of [
        ['crlf', Buffer.from(example.replace(/\n/g, '\r\n'))],
        ['bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(example)])],
        ['bom-crlf', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(example.replace(/\n/g, '\r\n'))])],
      ] as const) {
        const file = join(dir, `${name}.tenancy.yaml`);
        writeFileSync(file, bytes);
        const { out } = cli('check', file);
        assert.match(out, new RegExp(`${name}\\.tenancy\\.yaml:${KNOWN.line}:${KNOWN.column}: error RBA002 'Contributer'`), out);
        const lf = cli('check', EXAMPLE).out.replaceAll(EXAMPLE, 'F').split('\n').map((l) => l.replace(/^F:(\d+:\d+): (\S+ \S+).*/, '$1 $2'));
        assert.deepEqual(out.replaceAll(file, 'F').split('\n').map((l) => l.replace(/^F:(\d+:\d+): (\S+ \S+).*/, '$1 $2')), lf, `${name}: every problem at the same place`);
      }
    });

    it('in the core: a BOM kept in the text (as a file read without stripping it) and CRLF endings', () => {
      const text = `\uFEFF${example.replace(/\n/g, '\r\n')}`;
      const analysis = analyzeGuarded(text);
      const problem = analysis.problems.find((p) => p.code === 'RBA002');
      assert.ok(problem, messages(analysis));
      const position = new LineIndex(text).position(problem.start);
      assert.deepEqual({ line: position.line + 1, column: position.column + 1 }, KNOWN);
      assert.equal(text.slice(problem.start, problem.end), 'Contributer');
      assert.ok(!analysis.problems.some((p) => p.code === 'YAML' || p.code === 'SCHEMA'), 'the BOM is not a syntax error');
    });

    it('a BOM in front of a file in block mode still cuts it per directory, with the same problems as a whole parse', () => {
      const text = `\uFEFF${example}`;
      const blocks = analyze(text);
      const whole = analyze(text, { split: false });
      assert.equal(blocks.stats.mode, 'blocks');
      assert.deepEqual(blocks.problems.map((p) => `${p.start}-${p.end} ${p.code}`), whole.problems.map((p) => `${p.start}-${p.end} ${p.code}`));
    });

    it('a stray BOM in the middle of the file and lone CR line breaks', () => {
      analyzeGuarded(`${example.slice(0, 500)}\uFEFF${example.slice(500)}`);
      analyzeGuarded(example.replace(/\n/g, '\r'));
    });
  });
});
