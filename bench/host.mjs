#!/usr/bin/env node
// `npm run bench:host`: the real-host measurement (test/integration/bench/hostRoundTrip.test.ts) in the
// code-server rig, then its figures as JSON on stdout (the rig's own output goes to stderr). Only one
// real VS Code may run on a machine at a time: run it under the same lock as the integration tests
// when others share the machine.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';

const child = spawn(process.execPath, ['test/integration/run.mjs', '--suites', 'bench', '--timeout', '3600', ...process.argv.slice(2)], { stdio: ['ignore', 'pipe', 'inherit'] });
let output = '';
child.stdout.on('data', (chunk) => {
  output += chunk;
  process.stderr.write(chunk);
});
const status = await new Promise((resolve) => child.on('close', resolve));
// The rig names this run's folder in its last line: "results in <run folder>/results.json".
const results = /results in (\S+)\/results\.json/.exec(output)?.[1];
const figures = results && join(results, 'bench-host.json');
if (!figures || !existsSync(figures)) {
  console.error(`bench:host: no figures were written${results ? ` in ${dirname(figures)}` : ''} (see the rig output above)`);
  process.exit(1);
}
// CPU profiles (TENANCY_BENCH_PROFILE=1) are copied out of the run folder, which a later run sweeps.
const profiles = readdirSync(results).filter((name) => name.endsWith('.cpuprofile'));
if (profiles.length > 0) {
  const kept = join('test-results', 'bench-host');
  mkdirSync(kept, { recursive: true });
  for (const name of profiles) cpSync(join(results, name), join(kept, name));
  console.error(`bench:host: CPU profiles in ${kept}/ (summarise with node bench/profileSummary.mjs FILE)`);
}
process.stdout.write(`${readFileSync(figures, 'utf8')}\n`);
process.exit(status ?? 1);
