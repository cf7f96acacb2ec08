import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readRegularFile } from '../../src/cli/readRegularFile';
import { readWorkspaceFile } from '../../src/cli/readWorkspaceFile';
import { parseArgs, UsageError } from '../../src/cli/args';

/**
 * Files that are not files: FIFOs (opening one blocks until a writer comes), devices (/dev/zero
 * never ends), sockets, folders. Each is refused with a clear message before a byte is read, and the
 * CLI runs as a process of its own here so that a hang would show as a timeout, not a stuck suite.
 */
function cli(args: string[], options: { uid?: number; gid?: number } = {}): { code: number | null; out: string; err: string; signal: NodeJS.Signals | null } {
  const result = spawnSync(process.execPath, [join(process.cwd(), 'dist/cli.js'), ...args], {
    encoding: 'utf8', timeout: 60_000, env: { ...process.env, LC_ALL: 'C', LANG: 'C' }, ...options,
  });
  return { code: result.status, out: result.stdout, err: result.stderr, signal: result.signal };
}

const EXAMPLE = join(process.cwd(), 'examples/contoso.tenancy.yaml');
const TENANTS = join(process.cwd(), 'test/fixtures/import/az-account-tenant-list.json');

function mkfifo(path: string): void {
  const made = spawnSync('mkfifo', [path]);
  assert.equal(made.status, 0, 'mkfifo is available');
}

describe('only regular files are read, and reads are capped while reading', () => {
  let dir: string;
  let server: Server | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tenancy-io-'));
  });
  afterEach(() => {
    server?.close();
    server = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  it('check refuses a FIFO given by name, at once', () => {
    mkfifo(join(dir, 'pipe.tenancy.yaml'));
    const { code, err, signal } = cli(['check', join(dir, 'pipe.tenancy.yaml')]);
    assert.equal(signal, null, 'did not hang');
    assert.equal(code, 2);
    assert.match(err, /cannot read .*pipe\.tenancy\.yaml: it is a named pipe \(FIFO\), not a regular file/);
  });

  it('check DIR reports a FIFO and a symbolic link to one found in the walk, and still checks the real files', () => {
    mkfifo(join(dir, 'pipe.tenancy.yaml'));
    mkdirSync(join(dir, 'team'));
    symlinkSync('../pipe.tenancy.yaml', join(dir, 'team', 'link.tenancy.yaml'));
    writeFileSync(join(dir, 'team', 'real.tenancy.yaml'), readFileSync(EXAMPLE));
    const { code, out, err, signal } = cli(['check', dir]);
    assert.equal(signal, null, 'did not hang');
    assert.equal(code, 2);
    assert.match(err, /cannot read .*pipe\.tenancy\.yaml: it is a named pipe \(FIFO\)/);
    assert.match(err, /cannot read .*link\.tenancy\.yaml: it is a named pipe \(FIFO\)/);
    assert.match(out, /real\.tenancy\.yaml:\d+:\d+: error RBA002/);
  });

  it('check refuses /dev/zero and a link to it without reading a byte', () => {
    symlinkSync('/dev/zero', join(dir, 'zero.tenancy.yaml'));
    for (const path of ['/dev/zero', join(dir, 'zero.tenancy.yaml')]) {
      const { code, err, signal } = cli(['check', path]);
      assert.equal(signal, null);
      assert.equal(code, 2);
      assert.match(err, /it is a character device, not a regular file/);
    }
  });

  it('a socket is refused too', async () => {
    const socket = join(dir, 'agent.tenancy.yaml');
    server = createServer();
    await new Promise<void>((done) => server!.listen(socket, done));
    const read = readWorkspaceFile(socket);
    assert.deepEqual(read, { ok: false, reason: 'io', message: `cannot read ${socket}: it is a socket, not a regular file` });
  });

  it('import refuses a FIFO as input and as --into target, and names it', () => {
    mkfifo(join(dir, 'users.json'));
    mkfifo(join(dir, 'estate.tenancy.yaml'));
    const input = cli(['import', join(dir, 'users.json')]);
    assert.equal(input.signal, null);
    assert.equal(input.code, 2);
    assert.match(input.err, /cannot read .*users\.json: it is a named pipe \(FIFO\), not a regular file/);
    const into = cli(['import', '--into', join(dir, 'estate.tenancy.yaml'), TENANTS]);
    assert.equal(into.signal, null);
    assert.equal(into.code, 2);
    assert.match(into.err, /cannot read .*estate\.tenancy\.yaml: it is a named pipe \(FIFO\), not a regular file/);
  });

  it('import refuses a directory as input', () => {
    const { code, err } = cli(['import', dir]);
    assert.equal(code, 2);
    assert.match(err, /cannot read .*: it is a directory/);
  });

  it('the read stops at the limit even when the file claimed to be small (a file growing while read)', () => {
    // /proc files report size 0 and hold more: the same case as a file that grows after its size was taken.
    const read = readRegularFile('/proc/self/maps', 100);
    assert.deepEqual(read.ok ? 'read' : read.reason, 'too-large');
    assert.ok(!read.ok && read.reason === 'too-large' && read.size === 101, 'stopped one byte past the limit');
    const small = readRegularFile('/proc/self/maps', 10 * 1024 * 1024);
    assert.ok(small.ok && small.bytes.length > 100);
  });

  it('import refuses an input over its size limit without reading it (sparse 129 MiB file)', () => {
    const file = join(dir, 'users.json');
    writeFileSync(file, '');
    spawnSync('truncate', ['-s', `${129 * 1024 * 1024}`, file]);
    const { code, err } = cli(['import', file]);
    assert.equal(code, 2);
    assert.match(err, /cannot read .*users\.json: it is larger than 128 MiB \(129 MiB or more\), the limit for one Azure CLI output file/);
  });

  it('an unreadable sub-folder of check DIR is an error, not a silent gap', function () {
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    writeFileSync(join(locked, 'hidden.tenancy.yaml'), readFileSync(EXAMPLE));
    writeFileSync(join(dir, 'open.tenancy.yaml'), readFileSync(EXAMPLE));
    chmodSync(locked, 0o000);
    chmodSync(dir, 0o755);
    // The superuser reads any folder: run the CLI as an ordinary user then.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const { code, out, err } = cli(['check', dir], asUser);
    chmodSync(locked, 0o755);
    assert.equal(code, 2, err);
    assert.match(err, /cannot read the folder .*locked: permission denied; its files were not checked/);
    assert.match(out, /open\.tenancy\.yaml:\d+:\d+: error RBA002/);
  });

  it('invalid UTF-8 after a lone CR and after accents: the line counts CR breaks, the column counts UTF-16 units', () => {
    const file = join(dir, 'latin1.tenancy.yaml');
    // line 1 ends with a lone CR; on line 2, "é" (2 bytes, 1 unit) and "😀" (4 bytes, 2 units) come before the bad byte.
    writeFileSync(file, Buffer.concat([Buffer.from('version: 1\rname: é😀'), Buffer.from([0xe9]), Buffer.from('\n')]));
    const read = readWorkspaceFile(file);
    assert.ok(!read.ok && read.reason === 'encoding');
    assert.deepEqual([read.line, read.column], [2, 'name: é😀'.length + 1]);
  });
});

describe('--severity takes known rule codes only', () => {
  it('an unknown code is a usage error with a suggestion', () => {
    assert.throws(() => parseArgs(['check', '-s', 'NOPE=off', 'x']), (e: unknown) => e instanceof UsageError && /unknown rule code 'NOPE'/.test(e.message));
    assert.throws(() => parseArgs(['check', '-s', 'RBA02=off', 'x']), (e: unknown) => e instanceof UsageError && /did you mean RBA002\?/.test(e.message));
    assert.throws(() => parseArgs(['check', '--severity=__proto__=off', 'x']), UsageError);
  });

  it('known codes, any case, and the YAML, SCHEMA and suppression codes are taken', () => {
    const args = parseArgs(['check', '-s', 'rba002=warning,YAML=error,SCHEMA=warning,SUP001=off', 'x']);
    assert.deepEqual({ ...args.severities }, { RBA002: 'warning', YAML: 'error', SCHEMA: 'warning', SUP001: 'off' });
    assert.equal(Object.getPrototypeOf(args.severities), null, 'a map of user input has no prototype');
  });

  it('the CLI exits 2 on an unknown code', () => {
    const { code, err } = cli(['check', '-s', 'NOPE=off', EXAMPLE]);
    assert.equal(code, 2);
    assert.match(err, /--severity: unknown rule code 'NOPE'/);
  });
});
