import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { run } from '../../src/cli/main';
import { globToRegExp } from '../../src/cli/findFiles';
import { CODES } from '../../src/cli/formats/catalog';
import { escapeData, escapeProperty } from '../../src/cli/formats/github';
import { escapeXml } from '../../src/cli/formats/junit';
import { fileUri } from '../../src/cli/formats/sarif';
import { ruleDocUrl } from '../../src/core/ruleDocs';
import { RULES } from '../../src/core/rules';

const EXAMPLE = 'examples/contoso.tenancy.yaml';
const CLEAN = 'test/fixtures/cli/msp-clean.tenancy.yaml';
const AMBIGUOUS = 'test/fixtures/rules/ambiguity.tenancy.yaml';

function cli(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = run(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/** 1-based line and column of `target` on the first line containing `needle` in a file. */
function positionOf(file: string, needle: string, target = needle): { line: number; column: number } {
  const lines = readFileSync(file, 'utf8').split('\n');
  const index = lines.findIndex((line) => line.includes(needle));
  assert.ok(index >= 0, `"${needle}" is in ${file}`);
  return { line: index + 1, column: lines[index].indexOf(target, lines[index].indexOf(needle)) + 1 };
}

function sarifValidator() {
  const schema = JSON.parse(readFileSync('test/fixtures/sarif/sarif-schema-2.1.0.subset.json', 'utf8')) as object;
  const ajv = new Ajv({ allErrors: true });
  ajv.addFormat('uri', (value: string) => {
    try {
      return new URL(value).protocol.length > 1;
    } catch {
      return false;
    }
  });
  // RFC 3986 URI-reference, as far as a path needs: no spaces, backslashes or unescaped '%'.
  ajv.addFormat('uri-reference', (value: string) => /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#]|%[0-9A-Fa-f]{2})*$/.test(value));
  return ajv.compile(schema);
}

interface SarifLog {
  version: string;
  runs: Array<{
    tool: { driver: { name: string; rules: Array<{ id: string; name: string; shortDescription: { text: string }; helpUri?: string; defaultConfiguration: { level: string } }> } };
    columnKind: string;
    results: Array<{
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }>;
      relatedLocations?: Array<{ id: number; message: { text: string }; physicalLocation: { region: { startLine: number } } }>;
      properties?: { explain?: string[] };
    }>;
  }>;
}

describe('tenancy check --format sarif', () => {
  const validate = sarifValidator();

  it('is valid SARIF 2.1.0 (schema) on the example, a clean file and the ambiguity fixture', () => {
    for (const args of [[EXAMPLE], [CLEAN], [AMBIGUOUS, EXAMPLE, '--explain']]) {
      const { out } = cli('check', '--format', 'sarif', ...args);
      const log = JSON.parse(out) as unknown;
      assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    }
  });

  it('the schema subset rejects what SARIF rejects', () => {
    const { out } = cli('check', '--format', 'sarif', EXAMPLE);
    const log = JSON.parse(out) as SarifLog;
    log.runs[0].results[0].level = 'fatal';
    assert.equal(validate(log), false);
    const noMessage = JSON.parse(out) as { runs: Array<{ results: Array<Record<string, unknown>> }> };
    delete noMessage.runs[0].results[0].message;
    assert.equal(validate(noMessage), false);
  });

  it('describes every rule: id, name, short description, help URI, default level', () => {
    const log = JSON.parse(cli('check', '--format', 'sarif', CLEAN).out) as SarifLog;
    const rules = log.runs[0].tool.driver.rules;
    assert.equal(log.runs[0].tool.driver.name, 'Tenancy');
    assert.deepEqual(rules.map((r) => r.id), CODES.map((c) => c.id));
    for (const rule of RULES) {
      const descriptor = rules.find((r) => r.id === rule.id)!;
      assert.equal(descriptor.name, rule.name);
      assert.equal(descriptor.shortDescription.text, rule.title);
      assert.equal(descriptor.helpUri, ruleDocUrl(rule.id));
      assert.equal(descriptor.defaultConfiguration.level, { error: 'error', warning: 'warning', info: 'note' }[rule.defaultSeverity]);
    }
    assert.equal(log.runs[0].results.length, 0);
    assert.equal(log.runs[0].columnKind, 'utf16CodeUnits');
  });

  it('puts each result at its physical location, 1-based, with the region end', () => {
    const log = JSON.parse(cli('check', '--format', 'sarif', EXAMPLE).out) as SarifLog;
    const results = log.runs[0].results;
    assert.deepEqual(results.map((r) => r.ruleId).sort(), ['ASC001', 'CRT001', 'OWN002', 'OWN004', 'RBA002', 'RBA006', 'USR002']);
    const typo = results.find((r) => r.ruleId === 'RBA002')!;
    const { line, column } = positionOf(EXAMPLE, 'role: Contributer', 'Contributer');
    assert.deepEqual(typo.locations[0].physicalLocation, {
      artifactLocation: { uri: EXAMPLE },
      region: { startLine: line, startColumn: column, endLine: line, endColumn: column + 'Contributer'.length },
    });
    assert.equal(typo.level, 'error');
    assert.equal(results.find((r) => r.ruleId === 'RBA006')!.level, 'note');
    assert.equal(results.find((r) => r.ruleId === 'ASC001')!.level, 'warning');
    for (const result of results) assert.equal(log.runs[0].tool.driver.rules[result.ruleIndex].id, result.ruleId);
  });

  it('gives related locations, and the explanation chain only with --explain', () => {
    const plain = JSON.parse(cli('check', '--format', 'sarif', AMBIGUOUS).out) as SarifLog;
    const ten004 = plain.runs[0].results.find((r) => r.ruleId === 'TEN004')!;
    assert.equal(ten004.relatedLocations?.[0].message.text, 'directory with the same name');
    assert.equal(ten004.relatedLocations?.[0].physicalLocation.region.startLine, positionOf(AMBIGUOUS, 'name: Contoso').line);
    assert.equal(ten004.properties, undefined);
    const explained = JSON.parse(cli('check', '--format', 'sarif', '--explain', EXAMPLE).out) as SarifLog;
    assert.deepEqual(explained.runs[0].results.find((r) => r.ruleId === 'CRT001')!.properties?.explain, [
      "subscription 'Contoso Sandbox' in 'Default Directory'",
      'created by alice.martin@contoso.com',
      "home directory 'Contoso' ≠ 'Default Directory'",
    ]);
  });

  it('writes file paths as URI references', () => {
    assert.equal(fileUri('examples/contoso.tenancy.yaml'), 'examples/contoso.tenancy.yaml');
    assert.equal(fileUri('my files/a#1.tenancy.yaml'), 'my%20files/a%231.tenancy.yaml');
    assert.match(fileUri('/tmp/x y.tenancy.yaml'), /^file:\/\/\/.*x%20y\.tenancy\.yaml$/);
  });
});

/** A strict-enough XML well-formedness check for what the JUnit writer produces. */
function assertWellFormedXml(xml: string): void {
  assert.ok(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n'));
  const body = xml.slice(xml.indexOf('?>') + 2);
  assert.doesNotMatch(body, /&(?!(?:amp|lt|gt|quot|apos|#\d+);)/, 'every & starts an entity');
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z-]+)((?:\s+[A-Za-z]+="[^"<]*")*)\s*(\/?)>|<|>/g;
  let match: RegExpExecArray | null;
  while ((match = tag.exec(body))) {
    if (match[0] === '<') assert.fail(`a raw < at ${match.index}`);
    if (match[0] === '>') assert.fail(`a raw > at ${match.index}: ${body.slice(match.index - 40, match.index + 5)}`);
    const [, closing, name, , selfClosing] = match;
    if (selfClosing) continue;
    if (closing) assert.equal(stack.pop(), name, `</${name}> closes the open element`);
    else stack.push(name);
  }
  assert.deepEqual(stack, [], 'every element is closed');
}

describe('tenancy check --format junit', () => {
  it('one testsuite per file, one testcase per rule, failures at or above --fail-severity', () => {
    const { code, out } = cli('check', '--format', 'junit', CLEAN, EXAMPLE);
    assert.equal(code, 1);
    assertWellFormedXml(out);
    const suites = [...out.matchAll(/<testsuite name="([^"]*)" tests="(\d+)" failures="(\d+)"/g)].map((m) => [m[1], Number(m[2]), Number(m[3])]);
    assert.deepEqual(suites, [[CLEAN, CODES.length, 0], [EXAMPLE, CODES.length, 4]]);
    assert.match(out, new RegExp(`<testsuites name="tenancy check" tests="${CODES.length * 2}" failures="4"`));
    assert.equal((out.match(/<testcase /g) ?? []).length, CODES.length * 2);
    const failing = [...out.matchAll(/<testcase classname="[^"]*" name="([A-Z0-9]+) [^"]*">\n\s*<failure/g)].map((m) => m[1]).sort();
    assert.deepEqual(failing, ['CRT001', 'OWN002', 'RBA002', 'USR002']);
    const { line, column } = positionOf(EXAMPLE, 'role: Contributer', 'Contributer');
    assert.match(out, new RegExp(`<failure message="${line}:${column}: &apos;Contributer&apos; is not an Azure built-in role[^"]*" type="error">${EXAMPLE}:${line}:${column}: error RBA002 `));
    assert.match(out, /<system-out>examples\/contoso\.tenancy\.yaml:\d+:\d+: warning ASC001 /, 'milder problems are listed, not failed');
  });

  it('--fail-severity warning turns warnings into failures too', () => {
    const { out } = cli('check', '--format', 'junit', '--fail-severity', 'warning', EXAMPLE);
    assert.match(out, /<testsuite name="[^"]*" tests="\d+" failures="6"/);
  });

  it('escapes file names and messages', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tenancy-'));
    const file = join(dir, `R&D <"quoted"> 'x'.tenancy.yaml`);
    writeFileSync(file, readFileSync(AMBIGUOUS, 'utf8').replace('name: Production', 'name: "Prod & <Test> \\u0001"'));
    const { out } = cli('check', '--format', 'junit', file);
    assertWellFormedXml(out);
    assert.ok(out.includes('R&amp;D &lt;&quot;quoted&quot;&gt; &apos;x&apos;.tenancy.yaml'));
    assert.ok(!out.includes('\u0001'), 'control characters are not allowed in XML 1.0');
    assert.equal(escapeXml('a\u0000b\uD800c & d'), 'a\uFFFDb\uFFFDc &amp; d');
  });
});

describe('tenancy check --format github', () => {
  it('prints one workflow command per problem with the location properties', () => {
    const { code, out } = cli('check', '--format', 'github', EXAMPLE);
    assert.equal(code, 1);
    const lines = out.trim().split('\n');
    assert.equal(lines.length, 7);
    for (const line of lines) assert.match(line, /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[A-Z0-9]+::\S/);
    const { line, column } = positionOf(EXAMPLE, 'role: Contributer', 'Contributer');
    assert.ok(lines.includes(lines.find((l) => l.startsWith(`::error file=${EXAMPLE},line=${line},col=${column},endLine=${line},endColumn=${column + 11},title=RBA002::'Contributer'`))!));
    assert.ok(lines.some((l) => l.startsWith('::notice ') && l.includes('title=RBA006')));
  });

  it('escapes %, CR and LF in the message, and also : and , in properties', () => {
    assert.equal(escapeData('100% done\r\nnext: a, b'), '100%25 done%0D%0Anext: a, b');
    assert.equal(escapeProperty('C:\\a,b%\n'), 'C%3A\\a%2Cb%25%0A');
    const dir = mkdtempSync(join(tmpdir(), 'tenancy-'));
    const file = join(dir, 'a,b:c.tenancy.yaml');
    writeFileSync(file, readFileSync(EXAMPLE));
    const { out } = cli('check', '--format', 'github', file);
    assert.ok(out.split('\n').filter(Boolean).every((l) => l.includes(`file=${file.replace(/:/g, '%3A').replace(/,/g, '%2C')},line=`)));
  });
});

describe('tenancy check --fail-severity', () => {
  // The ambiguity fixture has warnings (TEN004, SUB002) and an info (USR003), no error.
  it('exits 1 only when a problem is at or above the level (default error)', () => {
    assert.equal(cli('check', AMBIGUOUS).code, 0);
    assert.equal(cli('check', '--fail-severity', 'error', AMBIGUOUS).code, 0);
    assert.equal(cli('check', '--fail-severity', 'warning', AMBIGUOUS).code, 1);
    assert.equal(cli('check', '--fail-severity=info', AMBIGUOUS).code, 1);
    assert.equal(cli('check', '--fail-severity', 'warning', '-s', 'TEN004=off,SUB002=off', AMBIGUOUS).code, 0);
    assert.equal(cli('check', '--fail-severity', 'info', '-s', 'TEN004=off,SUB002=off', AMBIGUOUS).code, 1);
    assert.equal(cli('check', '--fail-severity', 'info', CLEAN).code, 0);
    assert.equal(cli('check', '--format', 'sarif', EXAMPLE).code, 1, 'the format does not change the exit code');
  });

  it('exit code 2 stays for usage and I/O errors', () => {
    assert.equal(cli('check', '--fail-severity', 'off', EXAMPLE).code, 2);
    assert.equal(cli('check', '--fail-severity', EXAMPLE).code, 2);
    assert.equal(cli('check', '--explain=yes', EXAMPLE).code, 2);
    assert.equal(cli('check', '--fail-severity', 'info', EXAMPLE, 'missing.tenancy.yaml').code, 2);
  });
});

describe('tenancy check --explain', () => {
  it('prints the chain of facts under each problem that has one (text)', () => {
    const { out } = cli('check', '--explain', EXAMPLE);
    const lines = out.split('\n');
    const at = lines.findIndex((l) => / error CRT001 /.test(l));
    assert.deepEqual(lines.slice(at + 1, at + 4), [
      "    subscription 'Contoso Sandbox' in 'Default Directory'",
      '    → created by alice.martin@contoso.com',
      "    → home directory 'Contoso' ≠ 'Default Directory'",
    ]);
    const typo = lines.findIndex((l) => / error RBA002 /.test(l));
    assert.match(lines[typo + 1], /^examples\//, 'RBA002 has no chain: the next problem follows');
    assert.doesNotMatch(cli('check', EXAMPLE).out, /→ created by/);
  });

  it('adds `explain` to JSON only when asked', () => {
    const plain = JSON.parse(cli('check', '--format', 'json', EXAMPLE).out) as Array<Record<string, unknown>>;
    assert.ok(plain.every((r) => !('explain' in r)));
    const explained = JSON.parse(cli('check', '--format', 'json', '--explain', EXAMPLE).out) as Array<Record<string, unknown>>;
    assert.deepEqual(explained.find((r) => r.code === 'OWN002')!.explain, [
      "Azure subscription 'Contoso Sandbox' in 'Default Directory'",
      'owned by alice.martin@contoso.com',
      "home directory 'Contoso' ≠ 'Default Directory'",
      "only a guest of 'Default Directory'",
    ]);
  });
});

describe('tenancy check with directories and globs', () => {
  const files = (out: string) => [...new Set((JSON.parse(out) as Array<{ file: string }>).map((r) => r.file))];

  it('a directory is searched recursively for *.tenancy.yaml and *.tenancy.yml', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tenancy-'));
    mkdirSync(join(dir, 'team', 'nested'), { recursive: true });
    mkdirSync(join(dir, 'node_modules'));
    mkdirSync(join(dir, '.git'));
    const example = readFileSync(EXAMPLE);
    for (const name of ['a.tenancy.yaml', 'team/b.tenancy.yml', 'team/nested/c.TENANCY.YAML', 'notes.yaml', 'node_modules/x.tenancy.yaml', '.git/y.tenancy.yaml']) {
      writeFileSync(join(dir, name), example);
    }
    const { code, out } = cli('check', '--format', 'json', dir);
    assert.equal(code, 1);
    assert.deepEqual(files(out), ['a.tenancy.yaml', 'team/b.tenancy.yml', 'team/nested/c.TENANCY.YAML'].map((n) => join(dir, n)));
  });

  it('globs: * and ? within a folder, ** across folders', () => {
    assert.deepEqual(files(cli('check', '--format', 'json', 'test/fixtures/rules/*.tenancy.yaml').out).sort(), [
      'test/fixtures/rules/access.tenancy.yaml', 'test/fixtures/rules/ambiguity.tenancy.yaml', 'test/fixtures/rules/groups.tenancy.yaml',
      'test/fixtures/rules/identity.tenancy.yaml', 'test/fixtures/rules/management-groups.tenancy.yaml', 'test/fixtures/rules/msp.tenancy.yaml', 'test/fixtures/rules/ownership.tenancy.yaml',
      'test/fixtures/rules/post-transfer.tenancy.yaml',
    ]);
    const all = cli('check', '--format', 'json', 'test/fixtures/**/*.tenancy.yaml', EXAMPLE);
    assert.ok(files(all.out).includes('test/fixtures/schema/bad-enum.tenancy.yaml'));
    assert.ok(files(all.out).includes(EXAMPLE));
    const checked = cli('check', 'test/fixtures/**/*.tenancy.yaml').err;
    assert.match(checked, /in \d+ files/);
    assert.ok(globToRegExp('**/*.tenancy.yaml').test('a.tenancy.yaml'));
    assert.ok(globToRegExp('**/*.tenancy.yaml').test('a/b/c.tenancy.yaml'));
    assert.ok(!globToRegExp('*.tenancy.yaml').test('a/b.tenancy.yaml'));
    assert.ok(globToRegExp('team-?/*.yml').test('team-1/x.yml'));
  });

  it('each file is checked once, even when named twice', () => {
    const { err } = cli('check', EXAMPLE, 'examples', 'examples/*.yaml');
    assert.match(err, /in 1 file\n/);
  });

  it('a glob matching nothing, or a directory without workspace files, is an error (exit 2)', () => {
    const noMatch = cli('check', 'test/fixtures/**/*.nothing.yaml');
    assert.equal(noMatch.code, 2);
    assert.match(noMatch.err, /no file matches test\/fixtures\/\*\*\/\*\.nothing\.yaml/);
    const empty = mkdtempSync(join(tmpdir(), 'tenancy-'));
    const none = cli('check', empty, EXAMPLE);
    assert.equal(none.code, 2);
    assert.match(none.err, /no \*\.tenancy\.yaml or \*\.tenancy\.yml file under/);
    assert.match(none.out, /RBA002/, 'the other arguments are still checked');
  });
});
