/**
 * The keystroke figures of the benchmark, on the crowded workload (repeated names, many problems):
 * four typing scenarios, each a re-analysis by an `Analyzer` that analysed the previous version
 * (the plain full-text API: the change is found by comparing the texts), against the `yaml` parse
 * of the same text; and the heap an analysis of 50,000 users keeps alive.
 */
import { spawnSync } from 'node:child_process';
import { LineCounter, parseDocument } from 'yaml';
import { analyze, Analyzer } from '../src/core/analyze';
import type { Analysis } from '../src/core/analyze';
import { changeBetween } from '../src/core/text/changedWindow';
import { Rope } from '../src/core/text/rope';
import { generateCrowded } from './generateCrowded';
import { time } from './timing';

export interface TypingRow {
  users: number;
  bytes: number;
  problems: number;
  parseMs: number;
  analyzeMs: number;
  /** Median re-analysis per scenario, in ms. */
  scenarios: Record<Scenario, number>;
  /**
   * The same edits as the editor hands them over: the change made on the previous version's `Rope`
   * (only the pieces it touches copied), then the re-analysis of the rope, median in ms per scenario.
   */
  editorScenarios: Record<Scenario, number>;
  worstMs: number;
  /** Worst scenario / yaml parse: the target is ≤ 0.10 at 5,000 users and ≤ 0.01 at 50,000. */
  worstRatio: number;
}

export type Scenario = 'displayNameMiddle' | 'firstDirectory' | 'referencedUpn' | 'newUserLine';

/** Two versions of the text for each scenario: typing goes back and forth between them. */
export function scenarioTexts(text: string): Record<Scenario, string> {
  const middle = Math.floor(text.length / 2);
  const insert = (at: number, what: string) => text.slice(0, at) + what + text.slice(at);
  const nameAt = (from: number) => text.indexOf('displayName: ', from) + 'displayName: '.length;
  // A UPN that a subscription names as its owner: changing it changes what other entries reference.
  const ownerAt = text.indexOf('owner: ', middle) + 'owner: '.length;
  const owner = text.slice(ownerAt, text.indexOf('\n', ownerAt));
  const definition = text.indexOf(`- upn: ${owner}\n`);
  const domainAt = definition + '- upn: '.length + owner.indexOf('@') + 1;
  const userLine = text.lastIndexOf('\n      - upn: ', middle) + 1;
  const domain = text.slice(text.indexOf('@', userLine) + 1, text.indexOf('\n', userLine));
  return {
    displayNameMiddle: insert(nameAt(middle), 'X'),
    firstDirectory: insert(nameAt(0), 'X'),
    referencedUpn: insert(domainAt, 'x'),
    newUserLine: insert(userLine, `      - upn: new.colleague@${domain}\n`),
  };
}



const round = (n: number) => Math.round(n * 100) / 100;

export function typingRow(users: number): TypingRow {
  const text = generateCrowded({ users });
  const runs = users <= 5_000 ? 7 : 3;
  const parseMs = time(runs, () => parseDocument(text, { lineCounter: new LineCounter() }));
  let result: Analysis = analyze(text);
  const analyzeMs = time(runs, () => { result = analyze(text); });
  const scenarios = {} as Record<Scenario, number>;
  for (const [name, edited] of Object.entries(scenarioTexts(text)) as Array<[Scenario, string]>) {
    const analyzer = new Analyzer();
    analyzer.analyze(text);
    let flip = false;
    scenarios[name] = round(time(Math.max(runs, 9), () => { flip = !flip; analyzer.analyze(flip ? edited : text); }));
  }
  const editorScenarios = {} as Record<Scenario, number>;
  for (const [name, edited] of Object.entries(scenarioTexts(text)) as Array<[Scenario, string]>) {
    const [forth, back] = [changeBetween(text, edited), changeBetween(edited, text)];
    const analyzer = new Analyzer();
    let rope = Rope.of(text);
    analyzer.analyze(rope);
    let flip = false;
    editorScenarios[name] = round(time(Math.max(runs, 9), () => { flip = !flip; rope = rope.edit([flip ? forth : back])!; analyzer.analyze(rope); }));
  }
  const worstMs = Math.max(...Object.values(scenarios));
  return {
    users, bytes: Buffer.byteLength(text), problems: result.problems.length, parseMs: round(parseMs), analyzeMs: round(analyzeMs),
    scenarios, editorScenarios, worstMs, worstRatio: Math.round((worstMs / parseMs) * 10_000) / 10_000,
  };
}

/**
 * The `i`th of a run of edits spread over the directories of a crowded text: a display name retyped
 * (its entry read again alone), a UPN's domain (the whole directory parsed again) or a new user line,
 * each in another directory than the edit before.
 */
export function editAcrossDirectories(text: string, i: number): string {
  const starts: number[] = [];
  for (let at = text.indexOf('\n  - id: '); at !== -1; at = text.indexOf('\n  - id: ', at + 1)) starts.push(at);
  const from = starts[(i * 7) % starts.length];
  const [key, add] = [['displayName: ', 'Q'], ['@', 'x'], ['users:\n', `      - upn: typed${i}@example.com\n`]][i % 3];
  const at = text.indexOf(key, from) + key.length;
  return text.slice(0, at) + add + text.slice(at);
}

/** Edits after which the heap is measured again: a former version kept alive per edit would show as about 5 MB each. */
const EDITS_FOR_HEAP = 30;

/**
 * Run in a child process started with `--expose-gc`: the heap a 50,000-user analysis keeps, in MB,
 * and how much more after `EDITS_FOR_HEAP` edits in different directories.
 */
export function retainedHeapChild(users: number): void {
  const gc = (globalThis as { gc?: () => void }).gc!;
  let text = generateCrowded({ users });
  gc();
  const before = process.memoryUsage().heapUsed;
  const analyzer = new Analyzer();
  let analysis = analyzer.analyze(text);
  gc();
  const after = process.memoryUsage().heapUsed;
  for (let i = 0; i < EDITS_FOR_HEAP; i++) analysis = analyzer.analyze((text = editAcrossDirectories(text, i)));
  gc();
  const afterEdits = process.memoryUsage().heapUsed;
  // Both stay alive until here, as the extension keeps them: the analysis and the Analyzer's blocks.
  const blocks = analyzer.exportBlocks().length;
  process.stdout.write(JSON.stringify({
    users, textMB: round(text.length * 2 / 1024 / 1024), retainedMB: round((after - before) / 1024 / 1024),
    edits: EDITS_FOR_HEAP, grownByEditsMB: round((afterEdits - after) / 1024 / 1024), problems: analysis.problems.length, blocks,
  }));
}

export function retainedHeap(script: string, users: number): { users: number; textMB: number; retainedMB: number; edits: number; grownByEditsMB: number; problems: number; blocks: number } | { error: string } {
  const child = spawnSync(process.execPath, ['--expose-gc', script, '--heap-child', String(users)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  try {
    return JSON.parse(child.stdout);
  } catch {
    return { error: child.stderr || 'no output' };
  }
}
