/**
 * `npm run bench [-- --json] [-- --large]`: times Tenancy's analysis against the floor, the `yaml`
 * package's parse with positions of the same text, then the language features (completion, hover)
 * on the 5,000-user workspace. Medians of several runs after a warm-up, in one process, on
 * deterministic generated workspaces.
 */
import { LineCounter, parseDocument } from 'yaml';
import { analyze, Analyzer } from '../src/core/analyze';
import type { Analysis } from '../src/core/analyze';
import { completionsAt, hoverAt } from '../src/core/language';
import { generateWorkspace } from './generateWorkspace';

interface Row {
  users: number;
  bytes: number;
  directories: number;
  problems: number;
  parseMs: number;
  analyzeMs: number;
  ratio: number;
  /** Re-analysis after a one-character edit inside one directory, with the previous version cached. */
  editMs: number;
  mode: string;
}

const json = process.argv.includes('--json');
const sizes = [200, 5_000, 50_000, ...(process.argv.includes('--large') ? [250_000] : [])];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(runs: number, action: () => void): number {
  action(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    action();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

const rows: Row[] = [];
for (const users of sizes) {
  const text = generateWorkspace({ users });
  const runs = users <= 5_000 ? 9 : users <= 50_000 ? 5 : 3;
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
    editMs: round(editMs),
    mode: result.stats.mode,
  });
}

/** Language features on one analysed workspace: what a keystroke or a mouse move costs. */
interface LanguageRow {
  users: number;
  /** `owner: |` — every account of the file, ranked. */
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
  const completeOwnerMs = time(runs, () => { ownerItems = completionsAt(analysis, owner).items.length; });
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

const language = languageRow(5_000);

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

if (json) {
  process.stdout.write(`${JSON.stringify({ node: process.version, rows, language }, null, 2)}\n`);
} else {
  console.log(`Node ${process.version}; medians in ms; ratio = full analysis / yaml parse with positions`);
  console.log('users     size      dirs  problems  yaml parse  full analysis  ratio  1-char edit');
  for (const r of rows) {
    console.log(
      `${String(r.users).padEnd(9)} ${`${(r.bytes / 1024).toFixed(0)} KB`.padEnd(9)} ${String(r.directories).padEnd(5)} ${String(r.problems).padEnd(9)} ` +
      `${r.parseMs.toFixed(1).padStart(10)} ${r.analyzeMs.toFixed(1).padStart(14)} ${r.ratio.toFixed(2).padStart(6)} ${r.editMs.toFixed(1).padStart(12)}`,
    );
  }
  const l = language;
  console.log(`\nLanguage features on the ${l.users}-user workspace (medians in ms; target < 20 each)`);
  console.log(`  complete owner: ${l.completeOwnerMs.toFixed(2)} (${l.ownerItems} accounts)   complete half-typed key: ${l.completeKeyMs.toFixed(2)}   complete role: ${l.completeRoleMs.toFixed(2)}`);
  console.log(`  hover account: ${l.hoverMs.toFixed(2)}   hover on a new analysis (reference index built): ${l.hoverFirstMs.toFixed(2)}`);
}
