// `npm run package`: makes tenancy-<version>.vsix with @vscode/vsce (which runs `vscode:prepublish`,
// the production build), then checks what a user would get, and fails when the package:
// - is 2 MiB or more (the diagram's layout engine, elkjs, is a quarter of it: see docs/packaging.md);
// - holds source maps, a `sourceMappingURL` comment, sources, tests, caches or node_modules;
// - lacks the licence, the third-party notices, the changelog, the 128×128 PNG icon or a bundle the manifest names;
// - has a bundle the web worker extension host loads that requires anything but `vscode` and its
//   sibling files in dist/ (a Node built-in would fail there);
// - has a README or shipped document whose relative link or image points at a file not shipped
//   (VS Code's extension page resolves them inside the installed extension: no repository URL).
//
//   node scripts/package-vsix.mjs [--out FILE]
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { zipEntries } from './zipEntries.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const { values } = parseArgs({ options: { out: { type: 'string' } } });
const out = resolve(values.out ?? join(root, `${manifest.name}-${manifest.version}.vsix`));
/** The extension ships for two hosts (Node and web worker): each has its entry bundle and analysis worker. */
const MAX_BYTES = 2 * 1024 * 1024;
/** What the web worker host loads: the browser entry, its Web Worker and the on-demand bundles shared with the desktop. */
const WEB_LOADED = ['dist/worker.web.js', 'dist/editing.js', 'dist/diagram.js', 'dist/i18n-fr.js'];

const vsce = createRequire(import.meta.url).resolve('@vscode/vsce/vsce');
execFileSync(process.execPath, [
  vsce, 'package',
  '--no-dependencies', // everything is bundled: no node_modules in the package
  '--allow-missing-repository', // there is no public repository to name; links stay relative (below)
  '--no-rewrite-relative-links', // README links resolve inside the installed extension
  '--out', out,
], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });

const problems = checkVsix(out, manifest);
const entries = zipEntries(out);
const size = statSync(out).size;
if (problems.length) {
  console.error(`\n${relative(process.cwd(), out)} is not fit to ship:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`${relative(process.cwd(), out)}: ${(size / 1024).toFixed(0)} KiB, ${entries.length} files (checked: production bundles, no maps, no sources, licence, changelog, icon, links)`);

/** Everything wrong with the package at `path`, as sentences; empty when it is fit to ship. */
export function checkVsix(path, manifest) {
  const problems = [];
  const entries = zipEntries(path);
  const files = new Map(entries.filter((e) => e.name.startsWith('extension/')).map((e) => [e.name.slice('extension/'.length), e]));
  const size = statSync(path).size;
  if (size >= MAX_BYTES) problems.push(`it is ${(size / 1024).toFixed(0)} KiB; the limit is ${MAX_BYTES / 1024} KiB`);

  for (const name of files.keys()) {
    if (name.endsWith('.map')) problems.push(`${name} is a source map`);
    if (/^(src|test|out|bench|scripts|node_modules|\.cache|\.ci|packages)\//.test(name) || name.endsWith('.ts')) problems.push(`${name} is not part of what users run`);
    if (/\.(js|cjs|mjs)$/.test(name) && /sourceMappingURL=/.test(files.get(name).data().toString('utf8'))) problems.push(`${name} ends with a sourceMappingURL comment`);
  }
  const entryPoints = [manifest.main, manifest.browser].filter(Boolean).map((entry) => entry.replace(/^\.\//, ''));
  // The data the bundles read at run time, beside them in dist/.
  const data = ['dist/tenancy.schema.json', 'dist/azureRoles.json', 'dist/azureRoleDescriptions.json', 'dist/entraRoleDescriptions.json'];
  for (const required of ['package.json', 'LICENSE.txt', 'THIRD_PARTY_NOTICES.md', 'CHANGELOG.md', 'readme.md', manifest.icon, ...entryPoints, ...data]) {
    const present = [...files.keys()].some((name) => name.toLowerCase() === required.toLowerCase());
    if (!present) problems.push(`${required} is missing`);
  }
  // A bundle loads its siblings on demand (the analysis, the editing features, data): each must be shipped.
  for (const [name, entry] of files) {
    if (!/^dist\/[^/]+\.js$/.test(name)) continue;
    for (const [, id] of entry.data().toString('utf8').matchAll(/(?<!['"\w$])require\("(\.\/[\w.-]+\.(?:js|json))"\)/g)) {
      if (!files.has(`dist/${id.slice(2)}`)) problems.push(`${name} requires ${id}, which is not in the package`);
    }
  }
  for (const name of [manifest.browser?.replace(/^\.\//, ''), ...WEB_LOADED].filter(Boolean)) {
    const text = files.get(name)?.data().toString('utf8') ?? '';
    // Quoted code (the schema validator's standalone source names an ajv helper) is not a call.
    const required = [...text.matchAll(/(?<!['"\w$])require\("([^"]+)"\)/g)].map((m) => m[1]);
    for (const id of new Set(required)) {
      if (id !== 'vscode' && !/^\.\/[\w.-]+\.(js|json)$/.test(id)) problems.push(`${name} (loaded by the web worker extension host) requires ${id}`);
    }
  }
  const icon = files.get(manifest.icon)?.data();
  if (icon && (icon.readUInt32BE(0) !== 0x89504e47 || icon.readUInt32BE(16) !== 128 || icon.readUInt32BE(20) !== 128)) problems.push(`${manifest.icon} is not a 128×128 PNG`);

  // Relative links and images of every shipped Markdown file must point at shipped files.
  const lowerNames = new Set([...files.keys()].map((n) => n.toLowerCase()));
  for (const [name, entry] of files) {
    if (!name.toLowerCase().endsWith('.md')) continue;
    const text = entry.data().toString('utf8').replace(/```[\s\S]*?```/g, '');
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
      if (/^([a-z][\w+.-]*:|#)/i.test(target)) continue; // absolute URLs and in-page anchors
      const file = posix.normalize(posix.join(posix.dirname(name), decodeURIComponent(target.split('#')[0])));
      if (!lowerNames.has(file.toLowerCase())) problems.push(`${name} links to ${target}, which is not in the package`);
    }
  }
  return problems;
}
