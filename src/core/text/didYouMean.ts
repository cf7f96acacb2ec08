/** "Did you mean" suggestions: the nearest candidate by edit distance, compared case-insensitively. */

/** Levenshtein distance, stopping early once it exceeds `limit` (returns `limit + 1` then). */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (current[j] < rowMin) rowMin = current[j];
    }
    if (rowMin > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

/**
 * A quick test of whether words may lie within a few edits of `name`, without computing the distance:
 * an edit changes the length by at most one and the letters used by at most one, so words whose
 * length or letters differ from `name`'s by more than the limit are farther (the letters compared as
 * a multiset: the "bag distance", a lower bound of the edit distance). Used to skip most of the
 * `editDistance` calls when thousands of remembered words are compared with one new name.
 */
export class NearName {
  private readonly counts = new Int32Array(128);
  private readonly ascii: boolean;

  constructor(readonly name: string) {
    let ascii = true;
    for (let i = 0; i < name.length; i++) {
      const c = name.charCodeAt(i);
      if (c >= 128) ascii = false;
      else this.counts[c]++;
    }
    this.ascii = ascii;
  }

  /** False when `editDistance(word, name)` is certainly over `limit`; true when it may not be. */
  mayBeWithin(word: string, limit: number): boolean {
    if (Math.abs(word.length - this.name.length) > limit) return false;
    if (!this.ascii) return true;
    const counts = this.counts;
    const taken: number[] = [];
    let ascii = true;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      if (c >= 128) { ascii = false; break; }
      if (counts[c] > 0) { counts[c]--; taken.push(c); }
    }
    for (const c of taken) counts[c]++; // the letters back, for the next word
    if (!ascii) return true;
    return Math.max(word.length, this.name.length) - taken.length <= limit;
  }
}

/** How many edits a plausible typo of `word` makes: a third of its length, at least 1, at most 4. */
export function limitFor(word: string): number {
  return Math.min(4, Math.max(1, Math.floor(word.length / 3)));
}

/** The candidate closest to `word` within `limitFor(word)` edits, and its distance; ties go to the earlier candidate. */
export function nearest(word: string, candidates: Iterable<string>): { name: string; distance: number } | undefined {
  const folded = word.toLowerCase();
  const limit = limitFor(folded);
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(folded, candidate.toLowerCase(), bestDistance - 1);
    if (distance < bestDistance && distance > 0) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best === undefined ? undefined : { name: best, distance: bestDistance };
}

/**
 * The candidate closest to `word`, if it is close enough to be a plausible typo: at most a third of
 * the word's length (minimum 1, maximum 4 edits). Ties go to the earlier candidate.
 */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  return nearest(word, candidates)?.name;
}
