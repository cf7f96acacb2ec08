/**
 * What an edit planner returns: text edits into the file it was given, or a refusal a person can read
 * (the core's one `Refusal`, src/core/refusal.ts).
 * Offsets are 0-based UTF-16 code-unit offsets into that text (`TextDocument.positionAt` units).
 */
import type { Locale } from '../i18n';
import type { ReferenceRole } from '../references';
import type { Refusable } from '../refusal';
import type { TextEdit } from '../text/textEdit';

export type { TextEdit } from '../text/textEdit';
export { isRefused, refuse } from '../refusal';
export type { Refusable, Refusal } from '../refusal';

/** A place of the file that still names what a plan removes (the caller decides what to do with it). */
export interface PlanReference {
  role: ReferenceRole;
  /** The name as written there. */
  text: string;
  start: number;
  end: number;
}

export interface PlannedEdits {
  /** Sorted, non-overlapping, touching edits merged: at most one edit starts at any offset. */
  edits: TextEdit[];
  /** For removals: places outside the removed text that still name the removed entity. */
  references?: PlanReference[];
}

export type EditPlan = Refusable<PlannedEdits>;

/** Options of every planner: the language of its refusals (default `en`). */
export interface PlanOptions {
  locale?: Locale;
}

/**
 * Sorts edits, merges edits that touch (an insertion at the end of a deletion, …) into one, and throws
 * on overlapping edits: a planner producing those has a bug.
 */
export function normalizeEdits(edits: readonly TextEdit[]): TextEdit[] {
  const sorted = edits.filter((e) => e.start !== e.end || e.newText !== '').sort((a, b) => a.start - b.start || a.end - b.end);
  const out: TextEdit[] = [];
  for (const edit of sorted) {
    const last = out[out.length - 1];
    if (last && edit.start < last.end) throw new Error(`overlapping edits at ${edit.start}`);
    if (last && edit.start === last.end) {
      out[out.length - 1] = { start: last.start, end: edit.end, newText: last.newText + edit.newText };
    } else {
      out.push({ ...edit });
    }
  }
  return out;
}

/** Applies non-overlapping edits (in any order) to `text`. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = normalizeEdits(edits);
  let result = '';
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at || edit.end > text.length) throw new Error(`edit out of range at ${edit.start}`);
    result += text.slice(at, edit.start) + edit.newText;
    at = edit.end;
  }
  return result + text.slice(at);
}

export function planned(edits: readonly TextEdit[], references?: PlanReference[]): PlannedEdits {
  return references ? { edits: normalizeEdits(edits), references } : { edits: normalizeEdits(edits) };
}
