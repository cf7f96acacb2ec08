import type { Locale } from '../i18n';
import type { Directory, Span } from '../model';
import type { Problem } from '../problems';

/** One parsed directory block, with offsets for where it sits at `base` (see `placeBlock`). */
export interface ParsedBlock {
  base: number;
  /** The position of its first directory in the file's `directories`. */
  firstIndex: number;
  /** The language of its problems' messages: a block is only reused for an analysis in the same locale. */
  locale: Locale;
  directories: Directory[];
  problems: Problem[];
  /**
   * Every object of its directories with offsets, each once: what `placeBlock` moves. Recorded by the
   * parse; gathered again on the next move when entries are taken over (`keepUnchanged`).
   */
  spans?: Span[];
  /** The findings of the rules that check one directory at a time, for the options in `key`. */
  findings?: { key: string; problems: Problem[] };
}
