/**
 * Quick fixes: for a problem, the edits that fix it. Keyed only on `problem.code` and the rule's
 * typed `problem.data` (and the problem's range for value replacements) — never on message text,
 * which is translated.
 */
import { analyze } from '../analyze';
import { messagesFor } from '../i18n';
import type { Messages } from '../i18n';
import type { Problem } from '../problems';
import { changedWindow } from '../text/changedWindow';
import { previewTransfer } from '../transfer';
import type { TransferPreview } from '../transfer';
import { findRule } from '../rules';
import { FixFields } from '../rules/fixes';
import type { PlannerCall } from '../rules/fixes';
import { findDirectory } from './find';
import { planCall } from './planners';
import { applyEdits, isRefused, planned, refuse } from './types';
import type { EditPlan, PlannedEdits, PlanOptions, TextEdit } from './types';
import { openSource } from './yaml/openSource';

export interface QuickFix {
  title: string;
  isPreferred?: boolean;
  plan: PlannedEdits;
  /** For transfers: what Azure does, to show before applying. */
  preview?: TransferPreview;
}

/**
 * A quick fix before it is planned: its title comes from the problem's data alone, its edits only
 * when asked. Planning reads the whole file (a large file is parsed for it): the light bulb lists
 * offers, and only the fix the user picks is planned.
 */
export interface QuickFixOffer {
  title: string;
  isPreferred?: boolean;
  /** Transfers open the transfer command (which shows Azure's consequences) instead of editing. */
  transfer?: { subscriptionId: string; targetDirectoryId: string };
  /** Opens the Set Subscription Owner command on this subscription, to pick the new owner among its directory's members. */
  pickOwner?: { subscriptionId: string };
  /** The planner call behind the edits (none for a fix completed in a command): estates plan it in the file it belongs to. */
  call?: PlannerCall;
  /** The edits, or why they cannot be made. */
  plan(): EditPlan;
}

export interface OfferOptions extends PlanOptions {
  /** The name of a directory by id, from an analysis at hand; without it, the text is parsed to find it. */
  directoryName?: (id: string) => string | undefined;
}

/** The fixes that apply to a problem of `text`; none when the data is missing or every plan is refused. */
export function quickFixesFor(text: string, problem: Problem, options: PlanOptions = {}): QuickFix[] {
  const fixes: QuickFix[] = [];
  for (const offer of quickFixOffers(text, problem, options)) {
    const plan = offer.plan();
    if (isRefused(plan) || !plan.edits.length) continue;
    let preview: TransferPreview | undefined;
    if (offer.transfer) {
      const previewed = previewTransfer(text, offer.transfer.subscriptionId, offer.transfer.targetDirectoryId, options);
      if (isRefused(previewed)) continue;
      preview = previewed;
    }
    fixes.push({ title: offer.title, plan, ...(offer.isPreferred ? { isPreferred: true } : {}), ...(preview ? { preview } : {}) });
  }
  return fixes;
}

/** The fixes a problem's data allows, unplanned: cheap enough for every light-bulb request. */
export function quickFixOffers(text: string, problem: Problem, options: OfferOptions = {}): QuickFixOffer[] {
  const rule = findRule(problem.code);
  if (!rule?.fixes) return [];
  const messages = messagesFor(options.locale);
  const directoryLabel = (id: string | undefined, name?: string) => {
    if (name) return name;
    const known = id ? options.directoryName?.(id) : undefined;
    if (known) return known;
    const source = id && !options.directoryName ? openSource(text) : undefined;
    const found = id && source && typeof source !== 'string' ? findDirectory(source, id) : undefined;
    return found?.label ?? id ?? messages.fixItsDirectory();
  };
  const offers = rule.fixes(new FixFields(problem.data ?? {}), { messages, start: problem.start, end: problem.end, directoryLabel });
  return offers.map(({ title, preferred, call }): QuickFixOffer => {
    const shown = { title, ...(preferred ? { isPreferred: true } : {}) };
    // A fix completed in a command has no edits of its own: the editor runs the command instead.
    if ('command' in call) return { ...shown, pickOwner: call.args, plan: () => refuse(messages.fixPickOwner()) };
    return { ...shown, call, plan: () => planCall(text, call, options), ...(call.planner === 'transferSubscription' ? { transfer: call.args } : {}) };
  });
}

/**
 * One plan fixing every problem of `code` in the file, with each problem's preferred fix. Fixes whose
 * edits overlap an earlier one are left out. When the combined edits would leave the file broken
 * (e.g. removing every item of one list through separate edits), the fixes are applied one after the
 * other on the re-analysed text instead, and the plan is the single edit between the two texts.
 * Transfers are never applied in bulk.
 */
export function fixAllInFile(text: string, problems: readonly Problem[], code: string, options: PlanOptions & { oneByOne?: boolean } = {}): EditPlan {
  const m = messagesFor(options.locale);
  if (findRule(code)?.movesSubscription) return refuse(m.editTransfersOneByOne());
  const edits: TextEdit[] = [];
  let fixed = 0;
  for (const problem of problems) {
    if (problem.code !== code) continue;
    const fixes = quickFixesFor(text, problem);
    const fix = fixes.find((f) => f.isPreferred) ?? fixes[0];
    if (!fix) continue;
    const clash = fix.plan.edits.some((e) => edits.some((o) => clashes(e, o)));
    if (clash) continue;
    edits.push(...fix.plan.edits);
    fixed++;
  }
  if (!fixed) return refuse(m.editNoAutomaticFix({ code }));
  const before = structuralProblems(text);
  const combined = applyEdits(text, edits);
  if (structuralProblems(combined) <= before) return planned(edits);
  // One by one re-analyses the file alone: for a file of an estate (`oneByOne: false`) that would see problems the estate has not.
  return options.oneByOne === false ? refuse(m.editNotTogether({ code })) : sequentialFix(text, code, before, m);
}

/** Overlapping, or an insertion where another edit starts or ends (the order would be ambiguous). */
function clashes(a: TextEdit, b: TextEdit): boolean {
  if (a.start < b.end && b.start < a.end) return true;
  if (a.start === b.start) return true;
  const touches = (insert: TextEdit, other: TextEdit) => insert.start === insert.end && (insert.start === other.start || insert.start === other.end);
  return touches(a, b) || touches(b, a);
}

function structuralProblems(text: string): number {
  return analyze(text).problems.filter((p) => p.code === 'YAML' || p.code === 'SCHEMA').length;
}

function sequentialFix(text: string, code: string, before: number, m: Messages): EditPlan {
  let current = text;
  const attempted = new Set<string>();
  for (let round = 0; round < 1000; round++) {
    const problem = analyze(current).problems.find((p) => p.code === code && !attempted.has(`${p.start}:${p.end}`));
    if (!problem) break;
    attempted.add(`${problem.start}:${problem.end}`);
    const fixes = quickFixesFor(current, problem);
    const fix = fixes.find((f) => f.isPreferred) ?? fixes[0];
    if (!fix) continue;
    const next = applyEdits(current, fix.plan.edits);
    if (structuralProblems(next) > before) continue;
    current = next;
    attempted.clear();
  }
  if (current === text) return refuse(m.editNotTogether({ code }));
  return planned([diffEdit(text, current)]);
}

/** The single edit turning `a` into `b` (common prefix and suffix kept). */
export function diffEdit(a: string, b: string): TextEdit {
  const { prefix, suffix } = changedWindow(a, b);
  return { start: prefix, end: a.length - suffix, newText: b.slice(prefix, b.length - suffix) };
}
