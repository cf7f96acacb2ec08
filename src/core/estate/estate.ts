/**
 * Several workspace files analysed as one estate (docs/format.md#estates): the problems one file holding
 * all their directories would have, each on the file it is in.
 *
 * Each file keeps its own `Analyzer`, so editing one file parses (the changed blocks of) that file alone.
 * What depends on a file alone is its local analysis; the rules that read the whole file run on the
 * files joined — each file's directories copied at its slot of offsets (slots.ts) — per directory,
 * again only where what they looked up changed (join.ts), and their problems go back to their files.
 * Only the files whose own analysis or problems found across files changed are settled again.
 */
import { Analyzer, readableText, settleProblems } from '../analyze';
import type { Analysis, AnalyzeOptions, DocumentText } from '../analyze';
import type { Workspace } from '../model';
import type { ModelIndex } from '../modelIndex';
import { Join } from './join';
import { fileName } from './fileLabel';
import { intoFile, SLOT, slotOf } from './slots';
import { runSteps } from '../steps';
import type { Steps } from '../steps';

export interface EstateAnalysis {
  /** Each file's analysis: its own text, model and index; its problems include those found across files. */
  files: ReadonlyMap<string, Analysis>;
  /**
   * The groups of files checked together, in order: the shared estate first, then each standalone
   * file alone. Like a file's analysis, valid until the estate analyses again (its joined model and
   * index then move on to the next version).
   */
  estates: ReadonlyArray<JoinedEstate>;
}

/** The files of one estate joined: every directory at its joined offset (see `locate`). */
export interface JoinedEstate {
  /** The files, in the order their directories are joined (by name). */
  files: readonly string[];
  workspace: Workspace;
  index: ModelIndex;
}

/** The file and offset of a joined offset of an estate. */
export function locate(estate: JoinedEstate, offset: number): { file: string; offset: number } {
  const slot = slotOf(offset);
  return { file: estate.files[slot], offset: offset - slot * SLOT };
}

/** The joined estate a file belongs to (a standalone file is an estate of its own). */
export function estateOfFile(analysis: EstateAnalysis, file: string): JoinedEstate | undefined {
  return analysis.estates.find((e) => e.files.includes(file));
}

interface Member {
  /** Undefined until the file's text is given (its analyzer may be asked for before, to adopt blocks). */
  text?: DocumentText;
  analyzer: Analyzer;
  /** The local analysis of `text` for `optionsKey`, when made. */
  local?: Analysis;
  optionsKey?: string;
  /**
   * How `local` was made: `alone` is a whole analysis (the file is an estate of one: the only file of
   * its folder, or `estate: standalone`), which keeps the analyzer's incremental rule results; `joined`
   * is a local one, its file-wide rules run on the estate. An analyzer that made `joined` analyses is
   * replaced before it makes `alone` ones: its rule results did not follow those versions.
   */
  mode?: 'alone' | 'joined';
  /** Whether the file said `estate: standalone` when last analysed. */
  standalone?: boolean;
  /** The analysis given for `local` joined with the estate: kept while neither changes. */
  settled?: { local: Analysis; analysis: Analysis };
}

/**
 * The files of one folder (or any set of files meant to be one estate), kept from one analysis to the
 * next. `set` a file's text when it changes, `delete` it when it goes; `analyze` re-parses only the
 * files whose text changed since.
 */
export class Estate {
  private readonly members = new Map<string, Member>();
  /** The shared estate's joined model (files marked standalone are estates of one, never joined). */
  private join = new Join();

  /** Adds a file, or gives its new text. `file` is its identity: a path or a URI, the same each time. */
  set(file: string, text: DocumentText): void {
    const member = this.members.get(file);
    if (!member) this.members.set(file, { text, analyzer: new Analyzer() });
    else if (member.text !== text || member.local === undefined) {
      member.text = text;
      member.local = undefined;
    }
  }

  delete(file: string): void {
    this.members.delete(file);
  }

  /** The `Analyzer` of a file, e.g. to adopt blocks a worker parsed before its text is given. */
  analyzerOf(file: string): Analyzer {
    let member = this.members.get(file);
    if (!member) this.members.set(file, (member = { analyzer: new Analyzer() }));
    return member.analyzer;
  }

  /** The files whose text was given, in order of their names. */
  get files(): string[] {
    return [...this.members].filter(([, member]) => member.text !== undefined).map(([file]) => file).sort(compareNames);
  }

  analyze(options: AnalyzeOptions = {}): EstateAnalysis {
    return runSteps(this.analyzeSteps(options));
  }

  /**
   * `analyze` in steps (steps.ts): a file alone pauses within its analysis, between its blocks; the
   * files of a shared estate pause between files. Until the last step nothing else may be asked of
   * this estate, and the analyses it gave before must not be read.
   */
  *analyzeSteps(options: AnalyzeOptions = {}): Steps<EstateAnalysis> {
    const optionsKey = JSON.stringify([options.locale, options.rules, options.severities, options.maxLength, options.split]);
    const names = this.files;
    for (const name of names) {
      const member = this.members.get(name)!;
      const alone = names.length === 1 || member.standalone === true;
      if (!member.local || member.optionsKey !== optionsKey || member.mode !== (alone ? 'alone' : 'joined')) {
        yield* this.analyzeMember(member, alone, options);
        member.optionsKey = optionsKey;
      }
      // A file that became standalone, or stopped being, is analysed again the other way.
      if (names.length > 1 && member.standalone !== (member.mode === 'alone')) yield* this.analyzeMember(member, member.standalone!, options);
    }
    // The shared estate, then each file marked `estate: standalone` on its own.
    const standalone = names.filter((name) => this.members.get(name)!.local!.workspace.standalone);
    const shared = names.filter((name) => !standalone.includes(name));
    const groups = [shared, ...standalone.map((name) => [name])].filter((group) => group.length > 0);
    const files = new Map<string, Analysis>();
    const estates: JoinedEstate[] = [];
    let joined = false;
    for (const group of groups) {
      const only = this.members.get(group[0])!;
      if (group.length === 1 && only.mode === 'alone') {
        // An estate of one: its whole analysis is the estate's, at slot 0 (offsets unchanged).
        const whole = only.local!;
        files.set(group[0], whole);
        estates.push({ files: group, workspace: whole.workspace, index: whole.index });
        continue;
      }
      const locals = group.map((name) => this.members.get(name)!.local!);
      yield;
      const { workspace, index, found, changed } = this.join.update(group, locals, options);
      joined = true;
      estates.push({ files: group, workspace, index });
      for (let slot = 0; slot < group.length; slot++) {
        const name = group[slot];
        const member = this.members.get(name)!;
        const local = member.local!;
        // A file whose own analysis and findings across files are those of last time keeps its analysis.
        if (member.settled?.local === local && !changed[slot]) {
          files.set(name, member.settled.analysis);
          continue;
        }
        yield;
        const problems = settleProblems(readableText(local), [...local.problems, ...found[slot].map((p) => intoFile(p, group).problem)], options);
        member.settled = { local, analysis: { ...local, problems } };
        files.set(name, member.settled.analysis);
      }
    }
    // The joined model of a former shared estate is let go.
    if (!joined) this.join = new Join();
    return { files, estates };
  }

  /** Analyses a member's text alone (a whole analysis) or for joining (a local one). */
  private *analyzeMember(member: Member, alone: boolean, options: AnalyzeOptions): Steps<void> {
    if (alone) {
      if (member.mode === 'joined') member.analyzer = new Analyzer();
      member.local = yield* member.analyzer.analyzeSteps(member.text!, options);
    } else {
      member.local = yield* member.analyzer.analyzeLocalSteps(member.text!, options);
    }
    member.mode = alone ? 'alone' : 'joined';
    member.standalone = member.local.workspace.standalone !== undefined;
  }
}

/** One analysis of files given at once (the command line's way). */
export function analyzeEstate(files: ReadonlyArray<{ file: string; text: string }>, options: AnalyzeOptions = {}): EstateAnalysis {
  const estate = new Estate();
  for (const { file, text } of files) estate.set(file, text);
  return estate.analyze(options);
}

/**
 * Files in order of their names (the last segment of a path or URI), then of the whole identity, by
 * UTF-16 code units: the same order on every machine, however the files were named.
 */
export function compareNames(a: string, b: string): number {
  const [x, y] = [fileName(a), fileName(b)];
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
