// Bundles every face of Tenancy with esbuild: the extension (for the desktop's Node extension host
// and for the web worker extension host), its analysis workers, the CLI, the
// benchmark, and the unit / integration test suites (each test file bundled with the code it tests).
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Every `*.test.ts` (or `.ts` for suites) file under a folder, recursively. */
function filesUnder(dir, suffix) {
  const found = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...filesUnder(path, suffix));
    else if (name.endsWith(suffix)) found.push(path);
  }
  return found;
}

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

// Test bundles of deleted test files must not linger and run again.
rmSync('out', { recursive: true, force: true });

const common = {
  define: { TENANCY_VERSION: JSON.stringify(version), TENANCY_CHUNKS: 'false' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  external: ['vscode'],
};

/**
 * Data read at run time from JSON files beside the bundles in dist/, not bundled: the Azure role
 * table and the role descriptions (read on first use) and the JSON Schema (also contributed to other YAML tools from there).
 */
const DATA_FILES = ['src/core/catalog/azureRoles.json', 'src/core/catalog/azureRoleDescriptions.json', 'src/core/catalog/entraRoleDescriptions.json'];
const dataBeside = {
  name: 'data-beside',
  setup(build) {
    build.onResolve({ filter: /(azureRoles|RoleDescriptions|tenancy\.schema)\.json$/ }, (args) => ({ path: `./${args.path.split('/').pop()}`, external: true }));
  },
};
/** Features loaded on first use (src/vscode/chunks.ts) stay out of extension.js: they are bundles of their own. */
const chunksBeside = {
  name: 'chunks-beside',
  setup(build) {
    build.onResolve({ filter: /^\.\/(editing|diagram|diagram-layout|i18n-fr|analysis)\.js$/ }, (args) => ({ path: args.path, external: true }));
  },
};
const dist = { ...common, plugins: [dataBeside, chunksBeside], define: { ...common.define, TENANCY_CHUNKS: 'true' } };

/**
 * The analysis on demand (src/vscode/analysisChunk.ts): in dist/extension.js, every module of
 * src/core that the VS Code layer imports is replaced by a stand-in that exports the same names as
 * getters reading the module from dist/analysis.js, required on first read. `used` collects those
 * modules, which the analysis bundle then exports by key (their path under src/core).
 */
const CORE = join(import.meta.dirname, 'src', 'core') + sep;
const VSCODE_LAYER = join(import.meta.dirname, 'src', 'vscode') + sep;
const CHUNK_LOADER = join(import.meta.dirname, 'src/vscode/analysisChunk.ts');
const coreKey = (path) => relative(CORE, path).replace(/\.ts$/, '').split(sep).join('/');
/** The names each module of src/core exports (`export *` followed), from one throw-away split build of them all. */
let coreExports;
function exportNames(path) {
  coreExports ??= esbuild.build({
    ...dist, entryPoints: filesUnder('src/core', '.ts').filter((file) => !file.endsWith('.d.ts')), format: 'esm', splitting: true,
    write: false, metafile: true, minify: false, sourcemap: false, outdir: 'out/names',
  }).then((result) => new Map(Object.values(result.metafile.outputs).filter((o) => o.entryPoint).map((o) => [join(import.meta.dirname, o.entryPoint), o.exports])));
  return coreExports.then((names) => names.get(path));
}
function coreOnDemand(used) {
  return {
    name: 'core-on-demand',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, async (args) => {
        if (args.pluginData?.coreOnDemand || !args.importer.startsWith(VSCODE_LAYER)) return undefined;
        const resolved = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { coreOnDemand: true } });
        if (resolved.errors.length > 0 || resolved.external || !resolved.path.startsWith(CORE) || !resolved.path.endsWith('.ts')) return undefined;
        used.add(resolved.path);
        return { path: resolved.path, namespace: 'core-on-demand' };
      });
      build.onLoad({ filter: /.*/, namespace: 'core-on-demand' }, async (args) => ({
        contents: [
          `const load = require(${JSON.stringify(CHUNK_LOADER)}).coreModule(${JSON.stringify(coreKey(args.path))});`,
          `for (const name of ${JSON.stringify(await exportNames(args.path))}) Object.defineProperty(exports, name, { enumerable: true, get: () => load()[name] });`,
        ].join('\n'),
        resolveDir: import.meta.dirname,
        loader: 'js',
      }));
    },
  };
}
/**
 * One copy of the `vscode` API for the whole bundle. Each module that imports `vscode` would get
 * its own copy of the API object's 400-odd properties (esbuild's interop with a CommonJS module),
 * which was a third of loading dist/extension.js; they import this one module instead, which
 * re-exports it once.
 */
const vscodeOnce = {
  name: 'vscode-once',
  setup(build) {
    build.onResolve({ filter: /^vscode$/ }, (args) => (args.namespace === 'vscode-once' ? { path: 'vscode', external: true } : { path: 'vscode', namespace: 'vscode-once' }));
    build.onLoad({ filter: /.*/, namespace: 'vscode-once' }, () => ({ contents: "export * from 'vscode';", loader: 'js' }));
  },
};
/** The src/core modules dist/extension.js reads from dist/analysis.js (filled by its build). */
const usedCore = new Set();
/** dist/analysis.js: the modules of `usedCore`, by key. Built after dist/extension.js, which names them. */
function analysisBuild() {
  const entries = [...usedCore].sort().map((path) => `  ${JSON.stringify(coreKey(path))}: require(${JSON.stringify(path)}),`);
  return { ...dist, stdin: { contents: `module.exports = {\n${entries.join('\n')}\n};\n`, resolveDir: import.meta.dirname, sourcefile: 'analysis-chunk.js', loader: 'js' }, outfile: 'dist/analysis.js' };
}
/**
 * The on-demand bundles are shared by both extension hosts, so they are built for the browser: esbuild
 * then refuses any Node built-in in them, and Node runs them as they are.
 */
const shared = { ...dist, platform: 'browser', target: ['es2022'] };

/**
 * The web worker extension host has no `require` for the extension's files: in the web entry, the
 * on-demand bundles and the role descriptions are read by `loadExtensionFile` (src/vscode/web/
 * extensionFiles.ts) when first required. The JSON Schema, needed at start-up, is bundled in.
 */
const WEB_LOADER = join(import.meta.dirname, 'src/vscode/web/extensionFiles.ts');
const filesByUrl = {
  name: 'files-by-url',
  setup(build) {
    build.onResolve({ filter: /^\.\/(editing|diagram|i18n-fr)\.js$|RoleDescriptions\.json$/ }, (args) => ({ path: args.path.split('/').pop(), namespace: 'extension-file' }));
    build.onLoad({ filter: /.*/, namespace: 'extension-file' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(WEB_LOADER)}).loadExtensionFile(${JSON.stringify(args.path)});`,
      resolveDir: import.meta.dirname,
      loader: 'js',
    }));
  },
};
const web = { ...shared, plugins: [filesByUrl] };

/** Test code run only by the web worker host's runner (bundled with it below). */
const WEB_TESTS = [join('test', 'integration', 'web'), join('test', 'integration', 'suite-web')];
/** The two Node modules the shared suites import, replaced for the web worker host. */
const nodeModulesForWebTests = {
  name: 'node-modules-for-web-tests',
  setup(build) {
    build.onResolve({ filter: /^node:assert(\/strict)?$/ }, () => ({ path: join(import.meta.dirname, 'test/integration/web/assert.ts') }));
    build.onResolve({ filter: /^node:fs$/ }, () => ({ path: join(import.meta.dirname, 'test/integration/web/noDisk.ts') }));
  },
};

const builds = [
  { ...dist, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js', plugins: [vscodeOnce, coreOnDemand(usedCore), ...dist.plugins] },
  { ...dist, entryPoints: ['src/vscode/analysisWorker.ts'], outfile: 'dist/worker.js' },
  { ...shared, entryPoints: ['src/vscode/commands/editingChunk.ts'], outfile: 'dist/editing.js' },
  { ...shared, entryPoints: ['src/vscode/diagram/diagramChunk.ts'], outfile: 'dist/diagram.js' },
  // elkjs only here: the diagram's layout thread (src/vscode/diagram/layoutClient.ts).
  { ...shared, entryPoints: ['src/vscode/diagram/layoutWorker.ts'], outfile: 'dist/diagram-layout.js' },
  { ...shared, entryPoints: ['src/core/i18n/fr.ts'], outfile: 'dist/i18n-fr.js' },
  { ...web, entryPoints: ['src/vscode/web/extension.ts'], outfile: 'dist/extension.web.js' },
  // The Web Worker reads no file: the French catalog is bundled in (it analyses in the user's language).
  { ...shared, entryPoints: ['src/vscode/web/analysisWorker.ts'], outfile: 'dist/worker.web.js', format: 'iife', plugins: [], define: common.define },
  { ...dist, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { ...dist, entryPoints: ['bench/bench.ts'], outfile: 'dist/bench.js', external: ['vscode', 'yaml-language-server'] },
  { ...common, entryPoints: filesUnder('test/unit', '.test.ts'), outdir: 'out/unit', outbase: 'test/unit', sourcemap: 'inline', minify: false },
  {
    ...common,
    entryPoints: filesUnder('test/integration', '.ts').filter((p) => !WEB_TESTS.some((dir) => p.startsWith(dir))),
    outdir: 'out/integration',
    outbase: 'test/integration',
    sourcemap: 'inline',
    minify: false,
    external: ['vscode', 'mocha'],
  },
  // The web worker host's runner, with its suites and mocha's browser build, as one extension file.
  {
    ...common,
    platform: 'browser',
    target: ['es2022'],
    entryPoints: ['test/integration/web/companion.ts'],
    outfile: 'out/integration/companion-web/extension.js',
    sourcemap: 'inline',
    minify: false,
    plugins: [nodeModulesForWebTests],
  },
].filter((b) => (b.entryPoints.length ?? 1) > 0 && b.entryPoints.every((p) => exists(p)));

function exists(path) {
  try { statSync(path); return true; } catch { return false; }
}

mkdirSync('dist', { recursive: true });
copyFileSync('src/core/schema/tenancy.schema.json', 'dist/tenancy.schema.json');
for (const file of DATA_FILES) copyFileSync(file, join('dist', file.split('/').pop()));

if (watch) {
  await esbuild.build(builds[0]); // dist/extension.js: names the modules of dist/analysis.js
  for (const b of builds) (await esbuild.context(b)).watch();
  (await esbuild.context(analysisBuild())).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  await esbuild.build(analysisBuild());
}
