/** Wall-clock sampling shared by the benches: the median of repeated runs after one warm-up. */

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Milliseconds: the median of `runs` timed calls, after one untimed warm-up call. */
export function time(runs: number, action: () => void): number {
  action();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    action();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}
