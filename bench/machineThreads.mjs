#!/usr/bin/env node
// Where a machine's CPU time goes while a command runs, thread by thread (Linux only: each thread's
// /proc/<pid>/task/<tid>/schedstat, its time on a core and its time waiting for one, read every
// 100 ms). Made for `npm run bench:host`: on a two-core machine the workbench's page, its GPU
// process and the extension host share the cores, and the host's tasks take longer by the clock than
// in CPU time when the others keep the cores busy.
//
//   node bench/machineThreads.mjs OUT.jsonl -- COMMAND ARGS…   runs COMMAND, records, then summarises
//   node bench/machineThreads.mjs OUT.jsonl                    summarises a recording again
//
// The summary: each thread's CPU and waiting time over the whole run, and per second the CPU time of
// the busiest threads (ms in that second; the machine has 1,000 ms per core per second). After a
// command, the summary goes to stderr: stdout stays the command's.
import { appendFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';

const INTERVAL_MS = 100;
const [out, separator, ...command] = process.argv.slice(2);
if (!out || (separator !== undefined && separator !== '--') || (separator === '--' && command.length === 0)) {
  console.error('usage: node bench/machineThreads.mjs OUT.jsonl [-- COMMAND ARGS…]');
  process.exit(2);
}

/** A process's part in the rig, from its command line: the page, its GPU process, the extension host… */
function processName(pid) {
  let args;
  try {
    args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return undefined;
  }
  const line = args.join(' ');
  const type = /--type=([\w-]+)/.exec(line)?.[1];
  if (type === 'gpu-process') return 'browser gpu';
  if (type === 'renderer') return line.includes('--top-chrome-webui') ? 'browser ui' : 'browser page';
  if (type === 'utility') return 'browser network';
  if (type === 'extensionHost' || line.includes('extensionHost')) return 'extension host';
  if (/chrom/.test(args[0])) return 'browser';
  if (pid === process.pid) return 'this recorder';
  if (!args[0]) return 'kernel';
  return `${args[0].split('/').pop()} ${args.slice(1).join(' ').slice(0, 40)}`.trim();
}

function threadName(pid, tid) {
  try {
    return readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
  } catch {
    return '?';
  }
}

/** Records every thread's run and wait time (ns) that moved since the last sample, as one JSON line. */
function recorder(file) {
  writeFileSync(file, '');
  const last = new Map();
  const names = new Map();
  return () => {
    const moved = {};
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      let tids;
      try {
        tids = readdirSync(`/proc/${pid}/task`);
      } catch {
        continue;
      }
      for (const tid of tids) {
        let stat;
        try {
          stat = readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ');
        } catch {
          continue;
        }
        const key = `${pid}/${tid}`;
        const now = [Number(stat[0]), Number(stat[1])];
        const before = last.get(key);
        last.set(key, now);
        if (!before || now[0] + now[1] - before[0] - before[1] < 100_000) continue;
        if (!names.has(key)) names.set(key, `${processName(Number(pid)) ?? '?'} (${pid}) / ${threadName(pid, tid)}`);
        moved[names.get(key)] = [(now[0] - before[0]) / 1e6, (now[1] - before[1]) / 1e6];
      }
    }
    appendFileSync(file, `${JSON.stringify({ at: Date.now(), threads: moved })}\n`);
  };
}

function summarise(file, print = console.log) {
  const samples = readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));
  if (samples.length === 0) return console.error(`${file}: no samples`);
  const totals = new Map();
  const seconds = [];
  for (const { at, threads } of samples) {
    const second = Math.floor((at - samples[0].at) / 1000);
    seconds[second] ??= new Map();
    for (const [name, [run, wait]] of Object.entries(threads)) {
      const total = totals.get(name) ?? { run: 0, wait: 0 };
      total.run += run;
      total.wait += wait;
      totals.set(name, total);
      seconds[second].set(name, (seconds[second].get(name) ?? 0) + run);
    }
  }
  const busiest = [...totals].sort((a, b) => b[1].run - a[1].run);
  const span = (samples.at(-1).at - samples[0].at) / 1000;
  print(`${file}: ${samples.length} samples over ${span.toFixed(1)} s\n\nCPU and waiting for a core, per thread (ms)`);
  for (const [name, { run, wait }] of busiest.slice(0, 20)) print(`${run.toFixed(0).padStart(9)} ${wait.toFixed(0).padStart(9)}  ${name}`);
  const columns = busiest.slice(0, 6).map(([name]) => name);
  print('\nCPU per second (ms) of the busiest threads, and of all');
  columns.forEach((name, i) => print(`  ${String.fromCharCode(65 + i)}: ${name}`));
  print(`${'s'.padStart(5)}${columns.map((_, i) => String.fromCharCode(65 + i).padStart(7)).join('')}${'all'.padStart(7)}`);
  seconds.forEach((threads, second) => {
    if (!threads) return;
    const all = [...threads.values()].reduce((a, b) => a + b, 0);
    print(`${String(second).padStart(5)}${columns.map((name) => (threads.get(name) ?? 0).toFixed(0).padStart(7)).join('')}${all.toFixed(0).padStart(7)}`);
  });
}

if (command.length === 0) {
  if (!existsSync(out)) {
    console.error(`${out}: no such recording`);
    process.exit(2);
  }
  summarise(out);
} else {
  if (!existsSync('/proc/self/task')) {
    console.error('machineThreads: needs Linux (/proc)');
    process.exit(2);
  }
  const sample = recorder(out);
  const timer = setInterval(sample, INTERVAL_MS);
  const child = spawn(command[0], command.slice(1), { stdio: 'inherit' });
  const status = await new Promise((resolve) => child.on('close', resolve));
  clearInterval(timer);
  sample();
  // The command's own output (bench:host's figures) keeps stdout.
  summarise(out, console.error);
  process.exit(status ?? 1);
}
