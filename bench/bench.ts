/**
 * `npm run bench [-- --json] [-- --large]`: times Tenancy's analysis against the floor, the `yaml`
 * package's parse with positions of the same text (5,000 and 50,000 users; `--large`: 5,000, 50,000
 * and 250,000), a one-character re-analysis, the extension's activation and bundle size, the core
 * side of the tree's root, the language features, and yaml-language-server validating the same text
 * with the same JSON Schema. Medians of several runs after a warm-up, on deterministic generated
 * workspaces. Every figure is printed against its target; nothing here is asserted by the tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { LineCounter, parseDocument } from 'yaml';
import { analyze, Analyzer } from '../src/core/analyze';
import type { Analysis } from '../src/core/analyze';
import { completionsAt, hoverAt } from '../src/core/language';
import { ProblemTally } from '../src/core/problems';
import { generateCrowded } from './generateCrowded';
import { generateWorkspace } from './generateWorkspace';
import { estateRow } from './estate';
import { lightBulbRow } from './lightBulb';
import { retainedHeap, retainedHeapChild, typingRow } from './typing';
import type { TypingRow } from './typing';
import { median, time } from './timing';

if (process.argv.includes('--activation-child')) {
  activationChild();
  process.exit(0);
}
if (process.argv.includes('--heap-child')) {
  retainedHeapChild(Number(process.argv[process.argv.indexOf('--heap-child') + 1]));
  process.exit(0);
}

interface Row {
  users: number;
  bytes: number;
  directories: number;
  problems: number;
  parseMs: number;
  analyzeMs: number;
  ratio: number;
  /** Full analysis per user, in µs: flat across sizes when the analysis is linear. */
  usPerUser: number;
  /** Re-analysis after a one-character edit inside one directory, with the previous version cached. */
  editMs: number;
  mode: string;
}

const json = process.argv.includes('--json');
const large = process.argv.includes('--large');
const sizes = large ? [5_000, 50_000, 250_000] : [200, 5_000, 50_000];



const rows: Row[] = [];
for (const users of sizes) {
  const text = generateWorkspace({ users });
  const runs = users <= 5_000 ? 9 : users <= 50_000 ? 5 : 3;
  if (!json) process.stderr.write(`analysing ${users} users…\n`);
  const parseMs = time(runs, () => parseDocument(text, { lineCounter: new LineCounter() }));
  let result = analyze(text);
  const analyzeMs = time(runs, () => { result = analyze(text); });

  // One-character edit in the middle of the file: change a display name's letter back and forth.
  const at = text.indexOf('displayName: ', Math.floor(text.length / 2)) + 'displayName: '.length;
  const edited = `${text.slice(0, at)}X${text.slice(at + 1)}`;
  const analyzer = new Analyzer();
  analyzer.analyze(text);
  let flip = false;
  const editMs = time(Math.max(runs, 9), () => { flip = !flip; analyzer.analyze(flip ? edited : text); });

  rows.push({
    users,
    bytes: Buffer.byteLength(text),
    directories: result.workspace.directories.length,
    problems: result.problems.length,
    parseMs: round(parseMs),
    analyzeMs: round(analyzeMs),
    ratio: round(analyzeMs / parseMs),
    usPerUser: round((analyzeMs * 1000) / users),
    editMs: round(editMs),
    mode: result.stats.mode,
  });
}

/** Language features on one analysed workspace: what a keystroke or a mouse move costs. */
interface LanguageRow {
  users: number;
  /** `createdBy: |` — every account of the file, ranked (an `owner` is proposed its directory's accounts only). */
  completeOwnerMs: number;
  ownerItems: number;
  /** A half-typed key (`        ow|`) on a line added to a subscription: the file is analysed with it. */
  completeKeyMs: number;
  /** `role: |` in a role assignment: 500+ Azure roles. */
  completeRoleMs: number;
  /** Hover on an owner's UPN, the reference index of the analysis already built. */
  hoverMs: number;
  /** The same hover on an analysis seen for the first time: includes building its reference index. */
  hoverFirstMs: number;
}

function languageRow(users: number): LanguageRow {
  const text = generateWorkspace({ users });
  const analysis = analyze(text);
  const runs = 15;
  const owner = text.indexOf('owner: ', Math.floor(text.length / 2)) + 'owner: '.length;
  let ownerItems = 0;
  const creator = text.indexOf('createdBy: ', owner) + 'createdBy: '.length;
  const completeOwnerMs = time(runs, () => { ownerItems = completionsAt(analysis, creator).items.length; });
  const role = text.indexOf('role: ', owner) + 'role: '.length;
  const completeRoleMs = time(runs, () => completionsAt(analysis, role));
  const lineEnd = text.indexOf('\n', owner);
  const halfTyped = `${text.slice(0, lineEnd + 1)}        ow\n${text.slice(lineEnd + 1)}`;
  const typedAnalysis = analyze(halfTyped);
  const completeKeyMs = time(runs, () => completionsAt(typedAnalysis, lineEnd + 1 + '        ow'.length));
  const hoverMs = time(runs, () => hoverAt(analysis, owner + 2));
  // A shallow copy is a new analysis object for the per-analysis cache of reference indexes.
  const copies: Analysis[] = Array.from({ length: runs + 1 }, () => ({ ...analysis }));
  let copy = 0;
  const hoverFirstMs = time(runs, () => hoverAt(copies[copy++], owner + 2));
  return {
    users, ownerItems, completeOwnerMs: round(completeOwnerMs), completeKeyMs: round(completeKeyMs), completeRoleMs: round(completeRoleMs),
    hoverMs: round(hoverMs), hoverFirstMs: round(hoverFirstMs),
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}


const language = languageRow(5_000);

// ---------------------------------------------------------------------------------------------
// Activation: `require` of the bundled extension with a stub `vscode`, then `activate()` with a
// minimal fake context, each in a fresh Node process (a cold start), median of several.

interface ActivationSample {
  requireMs: number;
  activateMs: number;
  /** `new Function` / `Function()` calls during load and activation: code compiled at run time (e.g. a schema). */
  functionsCompiled: number;
  /** Loading the analysis bundle (dist/analysis.js), which the first analysis does after activation; 0 without one. */
  analysisLoadMs: number;
}

/** Runs in the child process: times the require and the activation, prints one JSON line. */
function activationChild(): void {
  const Module = require('node:module') as { _load: (request: string, ...rest: unknown[]) => unknown };
  const stub = vscodeStub();
  const load = Module._load;
  Module._load = (request: string, ...rest: unknown[]) => (request === 'vscode' ? stub : load(request, ...rest));
  let functionsCompiled = 0;
  const NativeFunction = Function;
  globalThis.Function = new Proxy(NativeFunction, {
    construct: (target, args) => { functionsCompiled++; return Reflect.construct(target, args); },
    apply: (target, self, args) => { functionsCompiled++; return Reflect.apply(target, self, args); },
  });
  const file = resolve(process.argv[process.argv.indexOf('--activation-child') + 1]);
  const started = process.hrtime.bigint();
  const extension = require(file) as { activate(context: unknown): unknown };
  const loaded = process.hrtime.bigint();
  extension.activate({ subscriptions: [], extensionUri: stub.Uri.file(resolve('.')), extensionPath: resolve('.') });
  const activated = process.hrtime.bigint();
  globalThis.Function = NativeFunction;
  const chunk = join(dirname(file), 'analysis.js');
  const chunkStarted = process.hrtime.bigint();
  if (existsSync(chunk)) require(chunk);
  const analysisLoadMs = existsSync(chunk) ? Number(process.hrtime.bigint() - chunkStarted) / 1e6 : 0;
  const sample: ActivationSample = { requireMs: Number(loaded - started) / 1e6, activateMs: Number(activated - loaded) / 1e6, functionsCompiled, analysisLoadMs };
  process.stdout.write(`${JSON.stringify(sample)}\n`);
}

/**
 * A `vscode` module where every property is a callable, constructible stub returning another stub:
 * enough for `activate()` to register its providers, commands and listeners against nothing.
 */
function vscodeStub(): any {
  const cache = new Map<PropertyKey, unknown>();
  const make = (): any => {
    const own = new Map<PropertyKey, unknown>();
    const target = function () { /* stub */ };
    return new Proxy(target, {
      get: (_t, key) => {
        if (key === 'then') return undefined; // not a promise
        if (key === Symbol.iterator) return function* () { /* empty */ };
        if (key === Symbol.toPrimitive) return () => '';
        if (key === 'fsPath' || key === 'path') return resolve('.');
        if (!own.has(key)) own.set(key, make());
        return own.get(key);
      },
      set: (_t, key, value) => { own.set(key, value); return true; },
      apply: () => make(),
      construct: () => make(),
    });
  };
  const root = make();
  const emitter = class { event = () => ({ dispose() { /* stub */ } }); fire() { /* stub */ } dispose() { /* stub */ } };
  const uri = { file: (path: string) => ({ fsPath: path, path, scheme: 'file', toString: () => pathToFileURL(path).toString() }), joinPath: (base: { fsPath: string }, ...parts: string[]) => uri.file(resolve(base.fsPath, ...parts)), parse: (s: string) => uri.file(s) };
  const overrides: Record<string, unknown> = {
    EventEmitter: emitter,
    Uri: uri,
    l10n: { t: (message: string) => message },
  };
  // The bundle copies the module's own properties (esbuild's ESM interop): list the API's names.
  const names = [...readFileSync('node_modules/@types/vscode/index.d.ts', 'utf8')
    .matchAll(/^\s+export (?:namespace|class|enum|function|const|let) (\w+)/gm)].map((m) => m[1]);
  const api: Record<string, unknown> = {};
  for (const name of new Set([...names, ...Object.keys(overrides)])) {
    Object.defineProperty(api, name, {
      enumerable: true,
      configurable: true,
      get: () => {
        if (name in overrides) return overrides[name];
        if (!cache.has(name)) cache.set(name, root[name]);
        return cache.get(name);
      },
    });
  }
  return api;
}

function activationRow(): { bundleBytes: number; minified: boolean; requireMs: number; activateMs: number; totalMs: number; functionsCompiled: number; analysisLoadMs: number } {
  const bundle = 'dist/extension.js';
  const source = readFileSync(bundle, 'utf8');
  const samples: ActivationSample[] = [];
  for (let i = 0; i < 7; i++) {
    const child = spawnSync(process.execPath, [process.argv[1], '--activation-child', bundle], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`activation child failed: ${child.stderr}`);
    samples.push(JSON.parse(child.stdout.trim().split('\n').pop()!) as ActivationSample);
  }
  const requireMs = median(samples.map((s) => s.requireMs));
  const activateMs = median(samples.map((s) => s.activateMs));
  return {
    bundleBytes: statSync(bundle).size,
    minified: !source.includes('sourceMappingURL') && source.length / source.split('\n').length > 1000, // no source map, long lines
    requireMs: round(requireMs),
    activateMs: round(activateMs),
    totalMs: round(median(samples.map((s) => s.requireMs + s.activateMs))),
    functionsCompiled: Math.max(...samples.map((s) => s.functionsCompiled)),
    analysisLoadMs: round(median(samples.map((s) => s.analysisLoadMs))),
  };
}

const activation = activationRow();
if (!json) process.stderr.write(`activation measured\n`);

// ---------------------------------------------------------------------------------------------
// The tree's root on the 50,000-user file: the core-side cost (tally the problems, list the
// directories with their marks), what `getChildren()` of the root costs before any vscode object.

function treeRow(): { users: number; directories: number; problems: number; rootMs: number } {
  const users = 50_000;
  const analysis = analyze(generateWorkspace({ users, plantProblems: 7 }));
  let listed = 0;
  const rootMs = time(9, () => {
    const tally = new ProblemTally(analysis.problems);
    const roots: Array<{ label: string; description?: string; errors: number; warnings: number }> = [];
    for (const directory of analysis.workspace.directories) {
      const counts = tally.in(directory);
      roots.push({ label: directory.name?.value ?? directory.id?.value ?? '?', description: directory.id?.value, errors: counts.errors, warnings: counts.warnings });
    }
    listed = roots.length;
  });
  return { users, directories: listed, problems: analysis.problems.length, rootMs: round(rootMs) };
}

const tree = treeRow();

// ---------------------------------------------------------------------------------------------
// yaml-language-server (Red Hat's YAML extension's server) used as a library: its language service
// validates the same text against the same JSON Schema, read from the local file.

interface YamlLanguageServerRow {
  version?: string;
  users: number;
  validateMs?: number;
  diagnostics?: number;
  oursAnalyzeMs: number;
  oursEditMs: number;
  /** yaml-language-server's validation time / ours (full analysis). */
  ratio?: number;
  ratioEdit?: number;
  /** URIs its schema request service was asked for: only the local schema file, never the `$schema` / `$id` URLs. */
  schemaRequests?: string[];
  error?: string;
}

interface YlsValidation {
  version: string;
  diagnostics: number;
  validateMs: number;
  schemaRequests: string[];
}

/** yaml-language-server's `doValidation` of `text` with Tenancy's schema: median of 5 after a warm-up. */
async function validateWithYamlLanguageServer(text: string, runs = 5): Promise<YlsValidation> {
  // Loaded here, not imported: the benchmark still runs where the package is missing.
  const { getLanguageService } = require('yaml-language-server/lib/umd/languageservice/yamlLanguageService');
  const { TextDocument } = require('vscode-languageserver-textdocument');
  const version = (require('yaml-language-server/package.json') as { version: string }).version;
  const schemaUri = pathToFileURL(resolve('src/core/schema/tenancy.schema.json')).toString();
  const requests: string[] = [];
  const service = getLanguageService({
    schemaRequestService: async (uri: string) => {
      requests.push(uri);
      if (!uri.startsWith('file:')) throw new Error(`not fetched: ${uri}`);
      return readFileSync(fileURLToPath(uri), 'utf8');
    },
    workspaceContext: { resolveRelativePath: (relative: string, resource: string) => new URL(relative, resource).toString() },
  });
  service.configure({ validate: true, hover: false, completion: false, format: false, schemas: [{ uri: schemaUri, fileMatch: ['*.tenancy.yaml'] }] });
  let documentVersion = 0;
  const validate = async () => {
    const document = TextDocument.create('file:///bench/workspace.tenancy.yaml', 'yaml', ++documentVersion, text);
    return (await service.doValidation(document, false)) as unknown[];
  };
  const diagnostics = (await validate()).length; // warm-up: loads and compiles the schema
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    await validate();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return {
    version, diagnostics, validateMs: round(median(samples)),
    schemaRequests: [...new Set(requests)].map((uri) => uri.replace(pathToFileURL(resolve('.')).toString(), '.')),
  };
}

async function yamlLanguageServerRow(): Promise<YamlLanguageServerRow> {
  const users = 5_000;
  const ours = rows.find((r) => r.users === users)!;
  const row: YamlLanguageServerRow = { users, oursAnalyzeMs: ours.analyzeMs, oursEditMs: ours.editMs };
  try {
    const validation = await validateWithYamlLanguageServer(generateWorkspace({ users }));
    Object.assign(row, validation);
    row.ratio = round(validation.validateMs / ours.analyzeMs);
    row.ratioEdit = round(validation.validateMs / ours.editMs);
  } catch (error) {
    row.error = (error as Error).message;
  }
  return row;
}

/** The crowded workload: the four typing scenarios, yaml-language-server on the same text, side by side. */
interface CrowdedRow extends TypingRow {
  yamlLanguageServer?: { validateMs: number; diagnostics: number } | { error: string };
}

async function crowdedRows(): Promise<CrowdedRow[]> {
  const result: CrowdedRow[] = [];
  for (const users of [5_000, 50_000]) {
    if (!json) process.stderr.write(`typing in a crowded workspace of ${users} users…\n`);
    const row: CrowdedRow = typingRow(users);
    try {
      const { validateMs, diagnostics } = await validateWithYamlLanguageServer(generateCrowded({ users }), users <= 5_000 ? 5 : 1);
      row.yamlLanguageServer = { validateMs, diagnostics };
    } catch (error) {
      row.yamlLanguageServer = { error: (error as Error).message };
    }
    result.push(row);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------

interface Target {
  name: string;
  value: number;
  unit: string;
  target: string;
  met: boolean;
}

(async () => {
  const yls = await yamlLanguageServerRow();
  const crowded = await crowdedRows();
  const heap = retainedHeap(process.argv[1], 50_000);
  const at = (users: number) => rows.find((r) => r.users === users);
  const targets: Target[] = [];
  const add = (name: string, value: number | undefined, unit: string, limit: number, inclusive = false) => {
    if (value === undefined) return;
    targets.push({ name, value, unit, target: `${inclusive ? '≤' : '<'} ${limit}`, met: inclusive ? value <= limit : value < limit });
  };
  add('full analysis / yaml parseDocument, 5,000 users', at(5_000)?.ratio, '×', 1.5, true);
  add('1-char re-analysis, 5,000 users', at(5_000)?.editMs, 'ms', 30);
  add('1-char re-analysis, 50,000 users (stretch)', at(50_000)?.editMs, 'ms', 30);
  if (large) {
    const perUser = rows.map((r) => r.usPerUser);
    add('linearity: µs per user at 250,000 / at 5,000', round(perUser[perUser.length - 1] / perUser[0]), '×', 1.5, true);
  }
  add('activation: require + activate()', activation.totalMs, 'ms', 50);
  add('code compiled at start-up (new Function)', activation.functionsCompiled, 'calls', 0, true);
  add('dist/extension.js, minified', round(activation.bundleBytes / 1024), 'KB', 400);
  add('tree root children, 50,000 users (tally + list)', tree.rootMs, 'ms', 50);
  const typing = (users: number) => crowded.find((r) => r.users === users)?.worstRatio;
  add('worst typing scenario / yaml parse, crowded 5,000 users', typing(5_000), '×', 0.1, true);
  add('worst typing scenario / yaml parse, crowded 50,000 users', typing(50_000), '×', 0.01, true);
  const estate = estateRow();
  add('1-char edit in a 50-file estate / the same in one file', round(estate.estateEditMs / estate.oneFileEditMs), '×', 1, true);
  const lightBulb = lightBulbRow(50_000);
  add('first light bulb after an edit, crowded 50,000 users (worst code)', lightBulb.firstMs, 'ms', 50, true);

  if (json) {
    process.stdout.write(`${JSON.stringify({ node: process.version, targets, rows, crowded, retainedHeap: heap, activation, tree, yamlLanguageServer: yls, language, estate, lightBulb }, null, 2)}\n`);
    return;
  }
  console.log(`Node ${process.version}; medians in ms; ratio = full analysis / yaml parse with positions`);
  console.log('users     size      dirs  problems  yaml parse  full analysis  ratio  µs/user  1-char edit');
  for (const r of rows) {
    console.log(
      `${String(r.users).padEnd(9)} ${`${(r.bytes / 1024).toFixed(0)} KB`.padEnd(9)} ${String(r.directories).padEnd(5)} ${String(r.problems).padEnd(9)} ` +
      `${r.parseMs.toFixed(1).padStart(10)} ${r.analyzeMs.toFixed(1).padStart(14)} ${r.ratio.toFixed(2).padStart(6)} ${r.usPerUser.toFixed(1).padStart(8)} ${r.editMs.toFixed(1).padStart(12)}`,
    );
  }
  console.log(`\nActivation (fresh process, stub vscode): require ${activation.requireMs} ms + activate() ${activation.activateMs} ms; ` +
    `bundle ${(activation.bundleBytes / 1024).toFixed(0)} KB${activation.minified ? ' minified' : ' NOT minified (run npm run build:prod)'}; ` +
    `code compiled at start-up: ${activation.functionsCompiled}; then the analysis bundle, loaded by the first analysis: ${activation.analysisLoadMs} ms`);
  console.log(`Tree root on ${tree.users} users: ${tree.rootMs} ms (${tree.directories} directories, ${tree.problems} problems tallied)`);
  if (yls.error) console.log(`yaml-language-server: not measured (${yls.error})`);
  else {
    console.log(`yaml-language-server ${yls.version} on ${yls.users} users: validate ${yls.validateMs} ms (${yls.diagnostics} diagnostics); ` +
      `Tenancy: full analysis ${yls.oursAnalyzeMs} ms (${yls.ratio}× faster), 1-char re-analysis ${yls.oursEditMs} ms (${yls.ratioEdit}× faster); schema requests: ${yls.schemaRequests?.join(', ')}`);
  }
  console.log('\nTyping in a crowded workspace (repeated names, many problems): re-analysis by an Analyzer that saw the previous version, medians in ms');
  console.log('users     size      problems  yaml parse  display name (middle)  first directory  referenced UPN  new user line  worst / parse  yaml-language-server');
  for (const r of crowded) {
    const yl = r.yamlLanguageServer && 'validateMs' in r.yamlLanguageServer ? `${r.yamlLanguageServer.validateMs} ms (${r.yamlLanguageServer.diagnostics} diagnostics)` : 'not measured';
    console.log(
      `${String(r.users).padEnd(9)} ${`${(r.bytes / 1024).toFixed(0)} KB`.padEnd(9)} ${String(r.problems).padEnd(9)} ${r.parseMs.toFixed(1).padStart(10)} ` +
      `${r.scenarios.displayNameMiddle.toFixed(1).padStart(22)} ${r.scenarios.firstDirectory.toFixed(1).padStart(16)} ${r.scenarios.referencedUpn.toFixed(1).padStart(15)} ` +
      `${r.scenarios.newUserLine.toFixed(1).padStart(14)} ${r.worstRatio.toFixed(4).padStart(14)}  ${yl}`,
    );
  }
  console.log('The same edits as the editor hands them over (the change made on the previous version\'s rope, then re-analysed), medians in ms');
  for (const r of crowded) {
    const e = r.editorScenarios;
    console.log(`${String(r.users).padEnd(9)} ${' '.repeat(41)} ${e.displayNameMiddle.toFixed(1).padStart(22)} ${e.firstDirectory.toFixed(1).padStart(16)} ${e.referencedUpn.toFixed(1).padStart(15)} ${e.newUserLine.toFixed(1).padStart(14)}`);
  }
  console.log(`Retained heap of a 50,000-user crowded analysis (analysis + Analyzer blocks): ${'retainedMB' in heap ? `${heap.retainedMB} MB for a ${heap.textMB} MB text; ${heap.grownByEditsMB} MB more after ${heap.edits} edits in different directories` : heap.error}`);
  const l = language;
  console.log(`\nLanguage features on the ${l.users}-user workspace (medians in ms; target < 20 each)`);
  console.log(`  complete createdBy: ${l.completeOwnerMs.toFixed(2)} (${l.ownerItems} accounts)   complete half-typed key: ${l.completeKeyMs.toFixed(2)}   complete role: ${l.completeRoleMs.toFixed(2)}`);
  console.log(`  hover account: ${l.hoverMs.toFixed(2)}   hover on a new analysis (reference index built): ${l.hoverFirstMs.toFixed(2)}`);
  console.log(`\nAn estate of ${estate.files} files (${estate.users} users), against the same directories in one file (medians in ms):`);
  console.log(`  first analysis: ${estate.estateMs} (one file: ${estate.oneFileMs})   1-char edit in the middle file: ${estate.estateEditMs} (one file: ${estate.oneFileEditMs})`);
  console.log(`\nFirst light bulb after an edit, crowded ${lightBulb.users} users, on a ${lightBulb.code} (${lightBulb.sameCode} in the file; the worst code): ` +
    `${lightBulb.firstMs} ms, of which counting "fix all": ${lightBulb.fixAllCountMs} ms`);
  console.log('\nTargets');
  for (const t of targets) console.log(`  ${t.met ? 'met   ' : 'MISSED'} ${t.name}: ${t.value} ${t.unit} (target ${t.target})`);
})().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
