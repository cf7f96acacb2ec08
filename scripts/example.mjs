// `npm run example`: the main job on the bundled example — its tree, then its problems. The example
// holds deliberate problems, so `check` exiting 1 is the expected outcome here; anything else fails.
import { spawnSync } from 'node:child_process';

const file = 'examples/contoso.tenancy.yaml';
for (const [command, okCodes] of [['tree', [0]], ['check', [0, 1]]]) {
  console.log(`\n$ tenancy ${command} ${file}`);
  const { status } = spawnSync(process.execPath, ['dist/cli.js', command, file], { stdio: 'inherit' });
  if (!okCodes.includes(status)) process.exit(status ?? 2);
}
