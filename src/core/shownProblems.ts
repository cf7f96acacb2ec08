/**
 * Which of a file's problems an editor is handed when it shows only so many per file. VS Code draws
 * at most 500 markers of one file, and its extension host passes on at most 1,000 per collection
 * (errors first, then warnings, in the order given). A 50,000-user file can have 13,000 problems:
 * handing the editor all of them after each keystroke costs their conversion every time, and what it
 * would show is the file's first errors only — never the warning on the line being typed in the
 * middle. This chooses as VS Code would, but the problems on the lines in view and being edited first.
 */
import type { Problem, Severity } from './problems';

/** A range of problem positions, `from` included, `to` excluded: the problems starting on some lines. */
export interface ProblemRange {
  from: number;
  to: number;
}

const ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * At most `limit` of `problems` (in file order, the order given): first those in the `preferred`
 * ranges, then the others by severity (errors, then warnings, then infos), each in file order. All of
 * them, the same array, when there are no more than `limit`.
 */
export function chooseShown(problems: readonly Problem[], limit: number, preferred: readonly ProblemRange[] = []): readonly Problem[] {
  if (problems.length <= limit) return problems;
  const chosen = new Uint8Array(problems.length);
  let count = 0;
  const take = (from: number, to: number, severity: Severity) => {
    for (let i = from; i < to && count < limit; i++) {
      if (chosen[i] === 0 && problems[i].severity === severity) {
        chosen[i] = 1;
        count++;
      }
    }
  };
  for (const severity of ORDER) {
    for (const range of preferred) take(Math.max(0, range.from), Math.min(problems.length, range.to), severity);
  }
  for (const severity of ORDER) take(0, problems.length, severity);
  const shown: Problem[] = [];
  for (let i = 0; i < problems.length; i++) if (chosen[i] === 1) shown.push(problems[i]);
  return shown;
}

/**
 * The problems starting on lines `first` to `last` (included), found by binary search: problems are
 * sorted by start, so the lines of their starts only grow. `lineOf` is asked about O(log n) problems.
 */
export function problemsOnLines(problems: readonly Problem[], lineOf: (offset: number) => number, first: number, last: number): ProblemRange {
  const firstFrom = (line: number) => {
    let low = 0;
    let high = problems.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (lineOf(problems[mid].start) < line) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  return { from: firstFrom(first), to: firstFrom(last + 1) };
}
