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
import { addUser } from './addUser';
import { findDirectory } from './find';
import { addDomain, markGuestExternal, replaceValue } from './guestAndDomain';
import { inviteGuest } from './inviteGuest';
import { removeEntity } from './removeEntity';
import { renameUpn } from './renameUpn';
import { setOwner } from './setOwner';
import { transferSubscription } from './transferSubscription';
import { applyEdits, isRefused, planned, refuse } from './types';
import type { EditPlan, PlannedEdits, PlanOptions, TextEdit } from './types';
import { openSource } from './yamlText';

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
  /** The edits, or why they cannot be made. */
  plan(): EditPlan;
}

export interface OfferOptions extends PlanOptions {
  /** The name of a directory by id, from an analysis at hand; without it, the text is parsed to find it. */
  directoryName?: (id: string) => string | undefined;
}

/** Codes whose fixes move subscriptions between directories: never applied in bulk. */
const TRANSFER_CODES = new Set(['ASC001', 'CRT001', 'OWN002']);

const str = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);
const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined);

/** The fixes that apply to a problem of `text`; none when the data is missing or every plan is refused. */
export function quickFixesFor(text: string, problem: Problem, options: PlanOptions = {}): QuickFix[] {
  const fixes: QuickFix[] = [];
  for (const offer of quickFixOffers(text, problem, options)) {
    const plan = offer.plan();
    if (isRefused(plan) || !plan.edits.length) continue;
    let preview: TransferPreview | undefined;
    if (offer.transfer) {
      const previewed = previewTransfer(text, offer.transfer.subscriptionId, offer.transfer.targetDirectoryId, options);
      if ('refused' in previewed) continue;
      preview = previewed;
    }
    fixes.push({ title: offer.title, plan, ...(offer.isPreferred ? { isPreferred: true } : {}), ...(preview ? { preview } : {}) });
  }
  return fixes;
}

/** The fixes a problem's data allows, unplanned: cheap enough for every light-bulb request. */
export function quickFixOffers(text: string, problem: Problem, options: OfferOptions = {}): QuickFixOffer[] {
  const m = messagesFor(options.locale);
  const data = problem.data ?? {};
  const offers: QuickFixOffer[] = [];
  const add = (title: string, plan: () => EditPlan, isPreferred?: boolean, transfer?: QuickFixOffer['transfer']) => {
    offers.push({ title, plan, ...(isPreferred ? { isPreferred } : {}), ...(transfer ? { transfer } : {}) });
  };
  const dirLabel = (id: string | undefined, name?: string) => {
    if (name) return name;
    const known = id ? options.directoryName?.(id) : undefined;
    if (known) return known;
    const source = id && !options.directoryName ? openSource(text) : undefined;
    const found = id && source && typeof source !== 'string' ? findDirectory(source, id) : undefined;
    return found?.label ?? id ?? m.fixItsDirectory();
  };
  const transfer = (subscriptionId: string | undefined, targetId: string | undefined, targetName: string | undefined, preferred: boolean) => {
    if (!subscriptionId || !targetId) return;
    add(m.fixTransferTo({ directory: dirLabel(targetId, targetName) }), () => transferSubscription(text, { subscriptionId, targetDirectoryId: targetId }), preferred,
      { subscriptionId, targetDirectoryId: targetId });
  };

  const subscriptionId = str(data.subscriptionId);
  switch (problem.code) {
    case 'OWN001': {
      const owner = str(data.suggestedOwner);
      if (subscriptionId && owner) add(m.fixSetOwner({ owner }), () => setOwner(text, { subscriptionId, owner }), true);
      break;
    }
    case 'OWN002': {
      // After a recorded transfer, never offer to move the subscription back: invite the owner instead.
      const owner = str(data.owner);
      const directoryId = str(data.directoryId);
      // What the message suggests first: a member of the subscription's directory as owner (picked by the user).
      if (subscriptionId) {
        offers.push({ title: m.fixPickOwner(), ...(data.transferred ? {} : { isPreferred: true }), pickOwner: { subscriptionId }, plan: () => refuse(m.fixPickOwner()) });
      }
      if (data.transferred) {
        if (owner && directoryId && !data.alsoGuest) add(m.fixInvite({ principal: owner, directory: dirLabel(directoryId) }), () => inviteGuest(text, { directoryId, upn: owner }), true);
      } else transfer(subscriptionId, str(data.homeDirectoryId), str(data.homeDirectoryName), false);
      break;
    }
    case 'OWN003':
      if (subscriptionId) add(m.fixRemoveOwner(), () => setOwner(text, { subscriptionId, owner: null }), true);
      break;
    case 'CRT001':
      if (data.subscriptionType === 'azure') transfer(subscriptionId, str(data.creatorDirectoryId), str(data.creatorDirectoryName), false);
      break;
    case 'CRT002': {
      const suggestion = str(data.suggestion);
      if (suggestion) add(m.fixUse({ value: suggestion }), () => replaceValue(text, { offset: problem.start, expected: str(data.upn), value: suggestion }), true);
      break;
    }
    case 'ASC001':
      transfer(subscriptionId, str(data.targetDirectoryId), str(data.targetDirectoryName), true);
      break;
    case 'RBA001': {
      const principal = str(data.principal);
      const directoryId = str(data.directoryId);
      if (principal && directoryId) add(m.fixInvite({ principal, directory: dirLabel(directoryId) }), () => inviteGuest(text, { directoryId, upn: principal }), true);
      break;
    }
    case 'RBA007': {
      const suggestion = str(data.suggestion);
      if (suggestion) add(m.fixUse({ value: suggestion }), () => replaceValue(text, { offset: problem.start, expected: str(data.scope), value: suggestion }), true);
      break;
    }
    case 'RBA002':
    case 'USR004': {
      const suggestion = str(data.suggestion);
      if (suggestion) add(m.fixUseRole({ role: suggestion }), () => replaceValue(text, { offset: problem.start, expected: str(data.role), value: suggestion }), true);
      break;
    }
    case 'RBA003':
    case 'RBA006': {
      const index = num(data.assignmentIndex);
      if (subscriptionId && index !== undefined) {
        const title = problem.code === 'RBA003' ? m.fixRemoveDuplicate() : m.fixRemoveDisabledAssignment({ principal: str(data.principal) });
        add(title, () => removeEntity(text, { kind: 'roleAssignment', subscriptionId, index }), true);
      }
      break;
    }
    case 'RBA005':
      if (subscriptionId) add(m.fixRemoveAssignments(), () => removeEntity(text, { kind: 'roleAssignments', subscriptionId }), true);
      break;
    case 'GST001': {
      const upn = str(data.upn);
      const directoryId = str(data.directoryId);
      const home = str(data.homeDirectoryId);
      if (upn && home) add(m.fixAddUser({ upn, directory: dirLabel(home) }), () => addUser(text, { directoryId: home, upn }), true);
      if (upn && directoryId) add(m.fixMarkExternal({ upn }), () => markGuestExternal(text, { directoryId, upn }), !home);
      break;
    }
    case 'GST002':
    case 'USR001': {
      const upn = str(data.upn);
      const directoryId = str(data.directoryId);
      const index = num(data.guestIndex);
      if (data.fix === 'removeGuest' && upn && directoryId) {
        add(m.fixRemoveGuest({ upn }), () => removeEntity(text, { kind: 'guest', directoryId, upn, index }), true);
      }
      break;
    }
    case 'USR002': {
      const upn = str(data.upn);
      const suggested = str(data.suggestedUpn);
      const domain = str(data.domain);
      const directoryId = str(data.directoryId);
      if (upn && suggested) add(m.fixRenameEverywhere({ upn: suggested }), () => renameUpn(text, { from: upn, to: suggested }), true);
      if (domain && directoryId) add(m.fixAddDomain({ domain, directory: dirLabel(directoryId) }), () => addDomain(text, { directoryId, domain }));
      break;
    }
    case 'TEN002': {
      const domain = str(data.suggestedDomain);
      const directoryId = str(data.directoryId);
      if (domain && directoryId) add(m.fixAddInitialDomain({ domain }), () => addDomain(text, { directoryId, domain }), true);
      break;
    }
  }
  return offers;
}

/**
 * One plan fixing every problem of `code` in the file, with each problem's preferred fix. Fixes whose
 * edits overlap an earlier one are left out. When the combined edits would leave the file broken
 * (e.g. removing every item of one list through separate edits), the fixes are applied one after the
 * other on the re-analysed text instead, and the plan is the single edit between the two texts.
 * Transfers are never applied in bulk.
 */
export function fixAllInFile(text: string, problems: readonly Problem[], code: string, options: PlanOptions = {}): EditPlan {
  const m = messagesFor(options.locale);
  if (TRANSFER_CODES.has(code)) return refuse(m.editTransfersOneByOne());
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
  return sequentialFix(text, code, before, m);
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
