/**
 * The joined model of an estate's files, kept from one analysis to the next, with the findings of
 * the rules that read the whole estate: what a single file's `Analyzer` does per directory block,
 * done per file of the estate.
 *
 * Each directory of each file is copied to its file's slot of offsets (slots.ts) and is one block of
 * the joined model. When a file changes, only its directories that changed are copied again (their
 * unchanged entries keep the previous copies, copy.ts); the copies of its other directories move in
 * place. The estate's `ModelIndex` is updated for the directories
 * replaced instead of built again, and a rule runs again on a block only when the block is new or
 * one of the look-ups it made changed (ruleCache.ts). So an edit costs in proportion to what it
 * touched, not to the estate. Files coming, going or changing places, and a directory added before
 * others (which renumbers them), build it all again.
 */
import { fileRuleChecks, readableText } from '../analyze';
import type { Analysis, AnalyzeOptions } from '../analyze';
import type { Directory, Workspace } from '../model';
import { ModelIndex } from '../modelIndex';
import { placeBlock } from '../parse/shift';
import type { Problem } from '../problems';
import { RuleCache } from '../ruleCache';
import type { EditWindow } from '../ruleCache';
import { changedWindow } from '../text/changedWindow';
import { addEntryCopies, copyKeeping } from './copy';
import type { EntryCopies } from './copy';
import { SLOT, slotOf } from './slots';

/** One directory of a file at its joined offsets: a block of the joined model. */
interface Copy {
  /** The file's own directory (its `Analyzer` moves it in place when the file changes around it). */
  source: Directory;
  /** Where the copy starts in the joined model, and how long it is, as last placed. */
  base: number;
  length: number;
  /** Its position among the estate's directories. */
  firstIndex: number;
  /** The copy. At slot 0 (offsets unchanged) it is the source itself, moved by the file's `Analyzer`. */
  directories: [Directory];
  /** None: what `placeBlock` also moves. */
  problems: Problem[];
}

interface Part {
  local: Analysis;
  copies: Copy[];
  /** The findings in this file, at joined offsets, as text: what tells whether they changed. */
  signature: string;
}

export interface JoinResult {
  workspace: Workspace;
  /** The estate's index: updated in place by the next `update`, like a file's by its `Analyzer`. */
  index: ModelIndex;
  /** The findings of the file-wide rules whose place is in each file, at joined offsets. */
  found: Problem[][];
  /** Per file: whether its findings differ from the previous update's (always, after a rebuild). */
  changed: boolean[];
}

export class Join {
  private files: readonly string[] = [];
  private parts: Part[] = [];
  private index?: ModelIndex;
  private readonly rules = new RuleCache();

  /**
   * The joined model of `files` (in slot order) with their local analyses, and the file-wide rules'
   * findings on it. A local analysis not given last time is a new version of its file.
   */
  update(files: readonly string[], locals: readonly Analysis[], options: AnalyzeOptions): JoinResult {
    const sameFiles = files.length === this.files.length && files.every((file, k) => file === this.files[k]);
    const previous = sameFiles ? this.parts : [];
    const edited = locals.flatMap((local, k) => (previous[k]?.local === local ? [] : [k]));
    const window = editWindow(edited, previous, locals);
    let rebuild = !sameFiles || !this.index;
    const removed: Directory[] = [];
    const added: Directory[] = [];
    const into = { removed, added, displaced: new Set<Copy>(), renumbered: false };
    const parts: Part[] = [];
    let firstIndex = 0;
    locals.forEach((local, k) => {
      const part = previous[k];
      const copies = part?.local === local ? part.copies : this.copiesOf(local, k, firstIndex, part, window, into);
      copies.forEach((copy, i) => {
        if (copy.firstIndex === firstIndex + i) return;
        // A directory added or removed before it: positions are what rules name directories by.
        placeBlock(copy, copy.base, firstIndex + i);
        rebuild = true;
      });
      firstIndex += copies.length;
      parts.push({ local, copies, signature: part?.signature ?? '' });
    });
    if (into.renumbered) rebuild = true;
    const blocks = parts.flatMap((part) => part.copies);
    const workspace: Workspace = { directories: blocks.map((block) => block.directories[0]) };
    let changed: Set<string> | undefined;
    if (rebuild) {
      const index = new ModelIndex(workspace);
      if (this.index) index.adoptSuggestions(this.index);
      this.index = index;
    } else {
      changed = this.index!.update(workspace, removed, added);
    }
    const index = this.index!;
    const problems = this.rules.run({ blocks, index, changed, window, displaced: into.displaced, ...fileRuleChecks(options) });
    const found: Problem[][] = files.map(() => []);
    for (const problem of problems) found[slotOf(problem.start)]?.push(problem);
    const changedFiles = parts.map((part, k) => {
      const signature = JSON.stringify(found[k]);
      const differs = rebuild || !sameFiles || signature !== part.signature;
      part.signature = signature;
      return differs;
    });
    this.files = files;
    this.parts = parts;
    return { workspace, index, found, changed: changedFiles };
  }

  /**
   * The copies of a new version of the file at slot `k`: the previous copies of the directories it
   * kept, moved to their place; new copies of the others, reusing the previous copies of the entries
   * its `Analyzer` kept (copy.ts).
   */
  private copiesOf(
    local: Analysis, k: number, firstIndex: number, part: Part | undefined, window: EditWindow,
    into: { removed: Directory[]; added: Directory[]; displaced: Set<Copy>; renumbered: boolean },
  ): Copy[] {
    const base = k * SLOT;
    const before = new Map(part?.copies.map((copy) => [copy.source, copy]));
    const sources = local.workspace.directories;
    const kept = sources.map((source) => before.get(source));
    for (const copy of kept) if (copy) before.delete(copy.source);
    const entries: EntryCopies = new Map();
    for (const gone of before.values()) {
      into.removed.push(gone.directories[0]);
      if (gone.directories[0] !== gone.source) addEntryCopies(entries, gone.source, gone.directories[0]);
    }
    return sources.map((source, i): Copy => {
      const at = base + source.start;
      const index = firstIndex + i;
      const copy = kept[i];
      if (copy) {
        if (!carried(copy, at, window)) into.displaced.add(copy);
        if (copy.firstIndex !== index) into.renumbered = true;
        if (copy.directories[0] === source) {
          copy.base = at; // moved by the file's Analyzer
          copy.firstIndex = index;
        } else {
          placeBlock(copy, at, index);
        }
        return copy;
      }
      // At slot 0 offsets are the file's own: the copy is the directory itself.
      const directory = base === 0 && source.index === index ? source : copyKeeping(source, base, index, entries);
      into.added.push(directory);
      return { source, base: at, length: source.end - source.start, firstIndex: index, directories: [directory], problems: [] };
    });
  }
}

/**
 * Where the joined model changed: inside the one file edited, where its text changed (offsets after
 * it move, up to the end of its slot); with several files edited, their whole slots.
 */
function editWindow(edited: readonly number[], previous: readonly Part[], locals: readonly Analysis[]): EditWindow {
  if (edited.length === 0) return { start: 0, oldEnd: 0, delta: 0 };
  const k = edited[0];
  if (edited.length === 1 && previous[k]) {
    const [before, after] = [readableText(previous[k].local), readableText(locals[k])];
    const { prefix, suffix } = changedWindow(before, after);
    const base = k * SLOT;
    return { start: base + prefix, oldEnd: base + before.length - suffix, delta: after.length - before.length, end: base + SLOT };
  }
  return { start: k * SLOT, oldEnd: (edited[edited.length - 1] + 1) * SLOT, delta: 0 };
}

/** Whether the window carries a copy from where it was to `at`: it lies wholly before the window, or wholly after it. */
function carried(copy: Copy, at: number, window: EditWindow): boolean {
  if (copy.base + copy.length <= window.start) return at === copy.base;
  return copy.base >= window.oldEnd && at === copy.base + window.delta;
}
