// `prepack` of packages/cli (the `tenancy` command's npm package): builds the production bundles,
// then copies into packages/cli/ what the command needs at run time — the CLI bundle, its French
// messages, the JSON Schema and the role descriptions it reads beside itself — with the licence and
// the documents its messages and README link to. Nothing else: the package has no dependencies,
// everything is bundled.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'packages', 'cli');
const extension = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const cli = JSON.parse(readFileSync(join(target, 'package.json'), 'utf8'));
if (cli.version !== extension.version) {
  console.error(`packages/cli/package.json has version ${cli.version}, the extension ${extension.version}: give both the same version`);
  process.exit(1);
}

execFileSync(process.execPath, [join(root, 'scripts', 'build-schema.mjs')], { cwd: root, stdio: 'inherit' });
execFileSync(process.execPath, [join(root, 'esbuild.mjs'), '--production'], { cwd: root, stdio: 'inherit' });

for (const built of ['dist', 'docs', 'LICENSE']) rmSync(join(target, built), { recursive: true, force: true });
mkdirSync(join(target, 'dist'), { recursive: true });
const runtime = readdirSync(join(root, 'dist')).filter((name) => ['cli.js', 'i18n-fr.js', 'tenancy.schema.json'].includes(name) || name.endsWith('RoleDescriptions.json') || name === 'azureRoles.json');
for (const name of runtime) cpSync(join(root, 'dist', name), join(target, 'dist', name));
cpSync(join(root, 'LICENSE'), join(target, 'LICENSE'));
for (const doc of ['cli.md', 'format.md', 'import-and-report.md', 'edits.md', 'rules']) {
  cpSync(join(root, 'docs', doc), join(target, 'docs', doc), { recursive: true });
}
console.log(`packages/cli: ${runtime.join(', ')}, LICENSE, docs/`);
