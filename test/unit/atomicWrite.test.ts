import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeFileAtomic } from '../../src/cli/atomicWrite';

/**
 * This bundle doubles as the writing process the kill test kills: run by plain node with
 * TENANCY_ATOMIC_WRITE_CHILD set, it writes one file through the CLI's writer and exits.
 */
const CHILD = process.env.TENANCY_ATOMIC_WRITE_CHILD;
if (CHILD) writeAsChild(CHILD);
else suite();

function writeAsChild(target: string): void {
  const bytes = Buffer.alloc(Number(process.env.TENANCY_ATOMIC_WRITE_SIZE), process.env.TENANCY_ATOMIC_WRITE_FILL ?? 'n');
  process.stdout.write('writing\n', () => {
    const started = process.hrtime.bigint();
    writeFileAtomic(target, bytes);
    process.stdout.write(`done ${Number(process.hrtime.bigint() - started) / 1e6}\n`);
  });
}

const EXAMPLE = 'examples/contoso.tenancy.yaml';
const TENANTS = 'test/fixtures/import/az-account-tenant-list.json';
const SUBSCRIPTIONS = 'test/fixtures/import/az-account-list.json';

/** The built CLI in a process of its own (this bundle must not hold the CLI's entry point: it runs as the child too). */
function cli(...argv: string[]): { code: number; out: string; err: string } {
  const result = spawnSync(process.execPath, ['dist/cli.js', ...argv], { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C', LANG: 'C' } });
  return { code: result.status ?? -1, out: result.stdout, err: result.stderr };
}

/** Files left beside the target: a temporary file must never outlive a write, done or failed. */
function leftovers(dir: string, keep: string[]): string[] {
  return readdirSync(dir).filter((name) => !keep.includes(name));
}

function suite(): void {
  describe('every file the CLI writes is replaced atomically', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'tenancy-write-'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('report -o replaces the file and keeps its permissions; no temporary file is left', () => {
      const out = join(dir, 'report.md');
      writeFileSync(out, 'last week\'s report\n');
      chmodSync(out, 0o640);
      const { code, err } = cli('report', '-o', out, EXAMPLE);
      assert.equal(code, 0, err);
      assert.match(readFileSync(out, 'utf8'), /^# Tenancy report — contoso\.tenancy\.yaml\n/);
      assert.equal(statSync(out).mode & 0o777, 0o640);
      assert.deepEqual(leftovers(dir, ['report.md']), []);
    });

    it('import --into writes through a symbolic link: the link stays, the file it points at is replaced', () => {
      const real = join(dir, 'estate.tenancy.yaml');
      writeFileSync(real, readFileSync('test/fixtures/import/workspace.before.tenancy.yaml'));
      chmodSync(real, 0o600);
      mkdirSync(join(dir, 'links'));
      const link = join(dir, 'links', 'current.tenancy.yaml');
      symlinkSync('../estate.tenancy.yaml', link);
      const { code, err } = cli('import', '--into', link, TENANTS, SUBSCRIPTIONS);
      assert.equal(code, 0, err);
      assert.ok(lstatSync(link).isSymbolicLink(), 'the link is still a link');
      assert.equal(readlinkSync(link), '../estate.tenancy.yaml');
      assert.match(readFileSync(real, 'utf8'), /domains: \[contoso\.onmicrosoft\.com, contoso\.com, contoso\.eu\]/);
      assert.equal(statSync(real).mode & 0o777, 0o600);
      assert.deepEqual(leftovers(dir, ['estate.tenancy.yaml', 'links']), []);
    });

    it('a dangling link as the target creates the file it points at', () => {
      const link = join(dir, 'new.tenancy.yaml');
      symlinkSync('made-by-import.tenancy.yaml', link);
      const { code, err } = cli('import', '--into', link, TENANTS);
      assert.equal(code, 0, err);
      assert.ok(lstatSync(link).isSymbolicLink());
      assert.match(readFileSync(join(dir, 'made-by-import.tenancy.yaml'), 'utf8'), /^version: 1/);
    });

    it('a file size limit (ulimit -f) stops the write: the old report is untouched and the message says so', () => {
      const out = join(dir, 'report.md');
      const old = 'the previous report, which must survive\n';
      writeFileSync(out, old);
      // 2 blocks (1 KiB in dash, 2 KiB in bash) is far less than the example's report.
      const result = spawnSync('sh', ['-c', `ulimit -f 2 && exec "${process.execPath}" dist/cli.js report -o "${out}" ${EXAMPLE}`], { encoding: 'utf8' });
      assert.equal(result.status, 2, result.stderr);
      assert.equal(readFileSync(out, 'utf8'), old);
      assert.match(result.stderr, /cannot write .*report\.md: the file size limit was reached \(ulimit -f\)\. .*report\.md is unchanged\./);
      assert.deepEqual(leftovers(dir, ['report.md']), []);
    });

    it('a target that is a directory is refused before anything is written', () => {
      mkdirSync(join(dir, 'out.md'));
      const { code, err } = cli('report', '-o', join(dir, 'out.md'), EXAMPLE);
      assert.equal(code, 2);
      assert.match(err, /cannot write .*out\.md: it is a directory\. .*out\.md is unchanged\./);
      assert.deepEqual(leftovers(dir, ['out.md']), []);
    });

    it('a folder that does not exist: nothing is written, and the message says so', () => {
      const { code, err } = cli('report', '-o', join(dir, 'missing', 'out.md'), EXAMPLE);
      assert.equal(code, 2);
      assert.match(err, /cannot write .*out\.md: its folder does not exist\. Nothing was written\./);
    });

    it('in French too', () => {
      mkdirSync(join(dir, 'out.md'));
      const { err } = cli('report', '--lang', 'fr', '-o', join(dir, 'out.md'), EXAMPLE);
      assert.match(err, /impossible d’écrire .*out\.md : c’est un dossier\. .*out\.md n’a pas été modifié\./);
    });

    /**
     * The writer of the CLI, killed with SIGKILL at random points of a 4 MiB write (the flush and the
     * rename included): the target must hold the old bytes or all of the new ones, every time.
     */
    it('SIGKILL at random points never leaves a partial target (30 runs, more until kills landed on both sides of the rename)', async function () {
      this.timeout(240_000);
      const SIZE = 4 * 1024 * 1024;
      const fills = { o: Buffer.alloc(SIZE, 'o'), n: Buffer.alloc(SIZE, 'n') };
      const target = join(dir, 'estate.tenancy.yaml');
      const runs = 30;
      const outcomes = { old: 0, complete: 0, partial: 0 };
      const self = resolve(__filename);
      const child = (fill: string) => spawn(process.execPath, [self], {
        env: { ...process.env, TENANCY_ATOMIC_WRITE_CHILD: target, TENANCY_ATOMIC_WRITE_SIZE: String(SIZE), TENANCY_ATOMIC_WRITE_FILL: fill },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      // One full write first: how long it takes here, so that the kills spread over all of it.
      const calibration = child('o');
      const took = await new Promise<number>((done) => {
        let out = '';
        calibration.stdout.on('data', (chunk) => (out += chunk));
        calibration.on('exit', () => done(Number(/done ([\d.]+)/.exec(out)?.[1] ?? 200)));
      });
      let made = 0;
      /** One write, killed `delay` ms after it starts; the target's bytes tell where the kill landed. */
      const killedAfter = async (delay: number) => {
        const old: 'o' | 'n' = made++ % 2 === 0 ? 'o' : 'n';
        const fresh = old === 'o' ? 'n' : 'o';
        writeFileSync(target, fills[old]);
        const writer = child(fresh);
        await new Promise<void>((done) => {
          writer.stdout.once('data', () => setTimeout(() => writer.kill('SIGKILL'), delay));
          writer.on('exit', () => done());
        });
        const bytes = readFileSync(target);
        if (bytes.equals(fills[old])) outcomes.old++;
        else if (bytes.equals(fills[fresh])) outcomes.complete++;
        else outcomes.partial++;
        for (const name of leftovers(dir, ['estate.tenancy.yaml'])) rmSync(join(dir, name)); // a killed writer's temporary file
      };
      let random = 0x2f6b9a31; // fixed seed: the same kill points on every run
      const next = () => ((random = (random * 1103515245 + 12345) >>> 0) / 2 ** 32);
      for (let i = 0; i < runs; i++) await killedAfter(next() * took * 1.2);
      // On a loaded machine the clock says little about where a kill lands (the writer may wait for a
      // core): a side no kill reached yet is aimed at until one does, at once or later and later.
      for (let i = 0; outcomes.old === 0 && i < 20; i++) await killedAfter(0);
      for (let i = 0; outcomes.complete === 0 && i < 20; i++) await killedAfter(took * (2 + i));
      console.log(`      kill test: ${made} runs of a ${took.toFixed(0)} ms write: ${outcomes.old} old, ${outcomes.complete} complete, ${outcomes.partial} partial`);
      assert.equal(outcomes.partial, 0, 'no partial target');
      assert.equal(outcomes.old + outcomes.complete, made);
      assert.ok(outcomes.old > 0 && outcomes.complete > 0, `kills landed both before and after the rename: ${JSON.stringify(outcomes)}`);
    });
  });
}
