#!/usr/bin/env node
// Summarises a V8 .cpuprofile (e.g. one written by `TENANCY_BENCH_PROFILE=1 npm run bench:host`):
// the functions and files with the most self time and the most total time (a function's own time
// plus its callees', counted once per sample even when it recurses), and the longest stretches of
// consecutive busy samples (not idle: one task, or tasks back to back, blocking the event loop), each
// with the outermost frames of files matching --focus (default: Tenancy's bundles) that ran in it.
//
//   node bench/profileSummary.mjs FILE.cpuprofile [--top N] [--focus REGEX]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '25' }, focus: { type: 'string', default: 'tenancy|/dist/(extension|analysis|editing|diagram)' } },
});
if (positionals.length !== 1) {
  console.error('usage: node bench/profileSummary.mjs FILE.cpuprofile [--top N] [--focus REGEX]');
  process.exit(2);
}
const top = Number(values.top);
const focus = new RegExp(values.focus);
const profile = JSON.parse(readFileSync(positionals[0], 'utf8'));

const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const shortUrl = (url) => (url ? url.replace(/^.*\/(dist|out|node_modules|src|extensions)\//, '$1/') : '');
const fnKey = (n) => `${n.callFrame.functionName || '(anonymous)'} ${shortUrl(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
const fileKey = (n) => shortUrl(n.callFrame.url) || n.callFrame.functionName;

// Each sample's duration is the delta to the next sample.
const { samples, timeDeltas } = profile;
const durations = samples.map((_, i) => (timeDeltas[i + 1] ?? 0) / 1000);
const total = durations.reduce((a, b) => a + b, 0);

const selfByFn = new Map();
const selfByFile = new Map();
const totalByFn = new Map();
const totalByFile = new Map();
const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
/** Stretches of consecutive busy samples: start, duration, and the time of each outermost focused function in them. */
const stretches = [];
let open;
let clock = 0;
for (let i = 0; i < samples.length; i++) {
  const ms = durations[i];
  const leaf = nodes.get(samples[i]);
  add(selfByFn, fnKey(leaf), ms);
  add(selfByFile, fileKey(leaf), ms);
  const seenFn = new Set();
  const seenFile = new Set();
  let focused;
  for (let id = leaf.id; id !== undefined; id = parent.get(id)) {
    const n = nodes.get(id);
    seenFn.add(fnKey(n));
    seenFile.add(fileKey(n));
    if (focus.test(n.callFrame.url)) focused = n; // the outermost focused frame, once the loop ends
  }
  for (const key of seenFn) add(totalByFn, key, ms);
  for (const key of seenFile) add(totalByFile, key, ms);
  if (leaf.callFrame.functionName !== '(idle)') {
    if (!open) open = { start: clock, ms: 0, focused: 0, entry: new Map(), self: new Map() };
    open.ms += ms;
    add(open.self, fnKey(leaf), ms);
    if (focused) {
      open.focused += ms;
      add(open.entry, fnKey(focused), ms);
    }
  } else if (open) {
    stretches.push(open);
    open = undefined;
  }
  clock += ms;
}
if (open) stretches.push(open);

const table = (title, map) => {
  console.log(`\n${title}`);
  for (const [key, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${ms.toFixed(1).padStart(10)} ms ${((ms / total) * 100).toFixed(1).padStart(5)} %  ${key}`);
  }
};
console.log(`${positionals[0]}: ${total.toFixed(0)} ms sampled, ${samples.length} samples`);
table('self time by function', selfByFn);
table('self time by file', selfByFile);
table('total time by function', totalByFn);
table('total time by file', totalByFile);
const busiest = (list) => {
  for (const s of list.slice(0, top)) {
    const entries = [...s.entry].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, ms]) => `${k} ${ms.toFixed(0)}`).join('; ');
    const self = [...s.self].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, ms]) => `${k} ${ms.toFixed(0)}`).join('; ');
    console.log(`${s.start.toFixed(0).padStart(10)} ${s.ms.toFixed(1).padStart(9)} ${s.focused.toFixed(1).padStart(9)}  ${entries}\n${' '.repeat(31)}self: ${self}`);
  }
};
console.log(`\nlongest busy stretches (start ms, duration ms, of which under ${focus} ms, outermost such functions)`);
busiest([...stretches].sort((a, b) => b.ms - a.ms));
console.log(`\nbusy stretches with the most time under ${focus}`);
busiest([...stretches].sort((a, b) => b.focused - a.focused));
