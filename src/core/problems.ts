/**
 * Problems: what every check of the core reports. Offsets are 0-based UTF-16 code-unit offsets into
 * the analysed text (the same unit as JavaScript string indices and `TextDocument.positionAt`).
 */

export type Severity = 'error' | 'warning' | 'info';
/** A severity as a user may configure it: `off` silences the rule. */
export type SeverityOverride = Severity | 'off';

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Where else the problem points to, e.g. "first defined here". */
export interface RelatedLocation {
  message: string;
  start: number;
  end: number;
  /** The file it is in, when that is another file of the estate (its identity as the estate was given it); absent: the problem's own file. */
  file?: string;
}

/** Typed data a quick fix can act on without reading the message text. */
export type FixData = { [key: string]: string | number | boolean | string[] | undefined };

export interface Problem {
  /** `YAML` for syntax, `SCHEMA` for shape, or a rule id such as `OWN002`. */
  code: string;
  severity: Severity;
  /** Human text: what is wrong, why, and how to fix it. */
  message: string;
  start: number;
  end: number;
  related?: RelatedLocation[];
  data?: FixData;
  /**
   * The chain of facts that leads to the problem, one short fact per item, read in order: e.g.
   * `["subscription 'Northwind Web'", "created by claire.roux@northwind.com",
   * "home directory 'Northwind Traders' ≠ 'Default Directory'"]`. Only where a chain says more than the message.
   */
  explain?: string[];
}

/** Sorts problems by position, then by code, so output is stable whatever order checks ran in. */
export function compareProblems(a: Problem, b: Problem): number {
  return a.start - b.start || a.end - b.end || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

/** Counts per severity of the problems starting inside a span. */
export interface ProblemCounts {
  errors: number;
  warnings: number;
  infos: number;
}

/**
 * Counts problems in spans by binary search over their start offsets: the tree asks for every
 * visible node, and a 50,000-user file may hold thousands of problems.
 */
export class ProblemTally {
  private readonly starts: Record<Severity, number[]> = { error: [], warning: [], info: [] };

  constructor(problems: readonly Problem[]) {
    for (const p of problems) this.starts[p.severity].push(p.start);
    for (const list of Object.values(this.starts)) list.sort((a, b) => a - b);
  }

  in(span: { start: number; end: number }): ProblemCounts {
    const count = (list: number[]) => lowerBound(list, span.end) - lowerBound(list, span.start);
    return { errors: count(this.starts.error), warnings: count(this.starts.warning), infos: count(this.starts.info) };
  }
}

/** Index of the first element not below `value` in an ascending list. */
function lowerBound(list: readonly number[], value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (list[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
