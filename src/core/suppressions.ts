/**
 * Inline suppressions: comments that silence rule problems where the user has decided they are fine.
 *
 *     # tenancy-disable-next-line RBA003, RBA006 -- kept until the March audit
 *     # tenancy-disable OWN004 -- billing is managed by the reseller
 *     # tenancy-enable OWN004
 *
 * `disable-next-line` silences problems that start on the next line that is neither blank nor a
 * comment; `disable` silences them from the end of its line up to the matching `enable` (or the end
 * of the file). Syntax and schema problems (`YAML`, `SCHEMA`) are never silenced. A directive that
 * silences nothing, names an unknown rule, or names nothing at all is itself reported as
 * {@link SUPPRESSION_CODE}, on the comment.
 *
 * Only whole-line comments count. Finding them costs one `indexOf` scan of the text for `tenancy-`,
 * so files without directives pay next to nothing. All offsets are 0-based UTF-16 offsets.
 */
import { messagesFor } from './i18n';
import type { Messages } from './i18n';
import type { Problem, Severity } from './problems';
import type { TextLike } from './text/textLike';

/** The code of problems about the directives themselves (unused, unknown rule id, …). */
export const SUPPRESSION_CODE = 'SUP001';
export const SUPPRESSION_SEVERITY: Severity = 'info';
/** Codes a directive can never silence. */
export const UNSUPPRESSIBLE_CODES: ReadonlySet<string> = new Set(['YAML', 'SCHEMA', SUPPRESSION_CODE]);

export type DirectiveKind = 'disable-next-line' | 'disable' | 'enable';

/** One rule id written in a directive, with its range in the text. */
export interface DirectiveId {
  id: string;
  start: number;
  end: number;
}

export interface Directive {
  kind: DirectiveKind;
  ids: DirectiveId[];
  /** The text after ` -- `, if any. */
  reason?: string;
  /** The comment: from `#` to the end of the line (a CRLF's `\r` excluded). */
  start: number;
  end: number;
  /** Where the next line starts (the text's length on the last line). */
  lineEnd: number;
}

const DIRECTIVE = /^([ \t]*)#[ \t]*tenancy-(disable-next-line|disable|enable)(?![\w-])(.*)$/;
const ID = /[A-Za-z][A-Za-z0-9]*/g;

/** Every directive of the text, in order. */
export function findDirectives(text: TextLike): Directive[] {
  const directives: Directive[] = [];
  let lastLine = -1;
  // A directive is a comment, `# tenancy-…`: searching for `#` (one character, a fast native scan)
  // and looking right after it costs a fraction of searching a multi-MB text for `tenancy-`.
  for (let hash = text.indexOf('#'); hash !== -1; hash = text.indexOf('#', hash + 1)) {
    let at = hash + 1;
    while (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09) at++;
    if (!text.startsWith('tenancy-', at)) continue;
    const lineStart = text.lastIndexOf('\n', at) + 1;
    if (lineStart === lastLine) continue; // a second `tenancy-` on a line already read
    lastLine = lineStart;
    const newline = text.indexOf('\n', at);
    const lineEnd = newline === -1 ? text.length : newline + 1;
    const contentEnd = newline === -1 ? text.length : newline > lineStart && text.charCodeAt(newline - 1) === 0x0d ? newline - 1 : newline;
    const match = DIRECTIVE.exec(text.slice(lineStart, contentEnd));
    if (!match) continue;
    const [, indent, kind, rest] = match;
    const restStart = contentEnd - rest.length;
    const dashes = rest.search(/(^|\s)--(\s|$)/);
    const idsText = dashes === -1 ? rest : rest.slice(0, dashes);
    const reason = dashes === -1 ? undefined : rest.slice(dashes).replace(/^\s*--\s*/, '').trim() || undefined;
    const ids: DirectiveId[] = [];
    for (const id of idsText.matchAll(ID)) {
      ids.push({ id: id[0].toUpperCase(), start: restStart + id.index, end: restStart + id.index + id[0].length });
    }
    directives.push({ kind: kind as DirectiveKind, ids, reason, start: lineStart + indent.length, end: contentEnd, lineEnd });
  }
  return directives;
}

export interface SuppressionOptions {
  /** Rule ids a directive may name. */
  knownCodes: ReadonlySet<string>;
  /** Rule ids turned off by configuration: a directive naming one is not reported as unused. */
  offCodes?: ReadonlySet<string>;
  /** Severity of the directive problems (the user may configure it; `off` drops them). */
  severity?: Severity | 'off';
  /** The texts of the directive problems; English when absent. */
  messages?: Messages;
}

/** A span of text in which some ids are silenced, with the directive ids that silence them. */
interface Scope {
  start: number;
  end: number;
  ids: Map<string, DirectiveId>;
}

/**
 * The problems minus those a directive silences, plus one {@link SUPPRESSION_CODE} problem per
 * directive id that silenced nothing, is unknown or cannot be silenced. Never mutates `problems`.
 */
export function applySuppressions(text: TextLike, problems: readonly Problem[], options: SuppressionOptions): Problem[] {
  const directives = findDirectives(text);
  if (directives.length === 0) return [...problems];
  const m = options.messages ?? messagesFor('en');
  const reports: Problem[] = [];
  const report = (message: string, span: { start: number; end: number }, data: Problem['data']) => {
    reports.push({ code: SUPPRESSION_CODE, severity: 'info', message, start: span.start, end: span.end, data });
  };

  const scopes: Scope[] = [];
  /** Open `disable` regions by id. */
  const open = new Map<string, { id: DirectiveId; start: number }>();
  const checked = (directive: Directive): DirectiveId[] => {
    if (directive.ids.length === 0) {
      report(m.supNoRule({ kind: directive.kind }), directive, { kind: 'empty' });
    }
    return directive.ids.filter((id) => {
      if (UNSUPPRESSIBLE_CODES.has(id.id)) {
        report(m.supUnsuppressible({ id: id.id, isSuppression: id.id === SUPPRESSION_CODE }), id, { kind: 'unsuppressible', ruleId: id.id });
        return false;
      }
      if (!options.knownCodes.has(id.id)) {
        report(m.supUnknown({ id: id.id }), id, { kind: 'unknown', ruleId: id.id });
        return false;
      }
      return true;
    });
  };

  for (let i = 0; i < directives.length; i++) {
    const directive = directives[i];
    const ids = checked(directive);
    if (directive.kind === 'disable-next-line') {
      const target = nextContentLine(text, directive.lineEnd);
      scopes.push({ start: target.start, end: target.end, ids: new Map(ids.map((id) => [id.id, id])) });
    } else if (directive.kind === 'disable') {
      for (const id of ids) if (!open.has(id.id)) open.set(id.id, { id, start: directive.lineEnd });
    } else {
      for (const id of ids) {
        const region = open.get(id.id);
        if (!region) {
          report(m.supUnmatchedEnable({ id: id.id }), id, { kind: 'unmatchedEnable', ruleId: id.id });
          continue;
        }
        open.delete(id.id);
        scopes.push({ start: region.start, end: directive.start, ids: new Map([[id.id, region.id]]) });
      }
    }
  }
  for (const region of open.values()) scopes.push({ start: region.start, end: text.length, ids: new Map([[region.id.id, region.id]]) });

  const used = new Set<DirectiveId>();
  const kept = problems.filter((problem) => {
    if (UNSUPPRESSIBLE_CODES.has(problem.code)) return true;
    let silenced = false;
    for (const scope of scopes) {
      if (problem.start < scope.start || problem.start >= scope.end) continue;
      const id = scope.ids.get(problem.code);
      if (!id) continue;
      used.add(id); // every directive covering the problem counts as used
      silenced = true;
    }
    return !silenced;
  });

  for (const scope of scopes) {
    for (const id of scope.ids.values()) {
      if (used.has(id) || options.offCodes?.has(id.id)) continue;
      used.add(id); // report an id once even if it opened several scopes
      report(m.supUnused({ id: id.id }), id, { kind: 'unused', ruleId: id.id });
    }
  }

  const severity = options.severity ?? SUPPRESSION_SEVERITY;
  if (severity === 'off') return kept;
  return [...kept, ...reports.map((p) => (severity === p.severity ? p : { ...p, severity }))];
}

/** The first line from `from` that is neither blank nor a whole-line comment, as a span (without its line break). */
function nextContentLine(text: TextLike, from: number): { start: number; end: number } {
  let start = from;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const content = text.slice(start, end).trim();
    if (content !== '' && !content.startsWith('#')) return { start, end };
    start = end + 1;
  }
  return { start: text.length, end: text.length };
}

export interface SuppressionEdit {
  /** Replace text[start, end) with `newText` (an insertion when start = end). */
  start: number;
  end: number;
  newText: string;
}

/**
 * The edit that silences one problem with a `# tenancy-disable-next-line CODE -- reason` comment above
 * its line, indented like that line, with the file's line break (CRLF stays CRLF). When the line above
 * already is a `disable-next-line` comment, the code is added to it instead. Undefined for problems
 * that cannot be silenced (`YAML`, `SCHEMA`, `SUP001`). Pure: the caller applies the edit.
 */
export function planSuppression(text: TextLike, problem: Pick<Problem, 'code' | 'start'>, reason = 'reason'): SuppressionEdit | undefined {
  if (UNSUPPRESSIBLE_CODES.has(problem.code)) return undefined;
  const offset = Math.max(0, Math.min(problem.start, text.length));
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, lineStart + 200))![0];

  if (lineStart > 0) {
    const previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const [previous] = findDirectives(text.slice(previousStart, lineStart)).filter((d) => d.kind === 'disable-next-line');
    if (previous) {
      if (previous.ids.some((id) => id.id === problem.code)) return undefined; // already silenced
      const last = previous.ids[previous.ids.length - 1];
      if (last) return { start: previousStart + last.end, end: previousStart + last.end, newText: `, ${problem.code}` };
    }
  }
  const eol = lineBreakOf(text, lineStart);
  return { start: lineStart, end: lineStart, newText: `${indent}# tenancy-disable-next-line ${problem.code} -- ${reason}${eol}` };
}

/** The line break the file uses: that of the given line, else the first one of the file, else `\n`. */
function lineBreakOf(text: TextLike, lineStart: number): string {
  const newline = text.indexOf('\n', lineStart);
  const probe = newline !== -1 ? newline : text.indexOf('\n');
  return probe > 0 && text.charCodeAt(probe - 1) === 0x0d ? '\r\n' : '\n';
}
