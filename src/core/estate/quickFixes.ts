/**
 * Quick fixes of a file of an estate (docs/format.md#estates), whose edits may belong in another file:
 * adding a guest's home account as a user of its directory writes the file of that directory; renaming
 * an account everywhere renames it in every file naming it. The rules' offers are the same as for one
 * file (`quickFixOffers`); here each planner call is planned on the text of the file that holds what
 * it changes, and the fix's title names that file when it is not the problem's.
 */
import { messagesFor } from '../i18n';
import { fixAllInFile, quickFixOffers } from '../edits/quickFixes';
import type { QuickFixOffer } from '../edits/quickFixes';
import { planCall } from '../edits/planners';
import type { EditPlan, PlanOptions } from '../edits/types';
import { fold } from '../model';
import type { Span } from '../model';
import type { Problem } from '../problems';
import { isRefused } from '../refusal';
import type { Refusable } from '../refusal';
import { ReferenceIndex } from '../references';
import type { PlannerCall } from '../rules/fixes';
import type { EstateAnalysis, JoinedEstate } from './estate';
import { estateOfFile, locate } from './estate';
import { fileLabel } from './fileLabel';
import { estateRenameAccount } from './language';
import type { FileEdits } from './language';

/** A quick fix of a file of an estate, before it is planned. */
export interface EstateFixOffer extends Omit<QuickFixOffer, 'plan'> {
  /** The files it writes, known without planning: the problem's file, another one, or several (a rename). */
  files: readonly string[];
  /** The edits of each file, or why they cannot be made. */
  plan(): Refusable<FileEdits[]>;
}

/** The fixes a problem of `file` allows, each planned in the file it belongs to. */
export function estateQuickFixOffers(analysis: EstateAnalysis, file: string, problem: Problem, options: PlanOptions = {}): EstateFixOffer[] {
  const own = analysis.files.get(file);
  const estate = estateOfFile(analysis, file);
  if (!own || !estate) return [];
  const m = messagesFor(options.locale);
  const directoryName = (id: string) => {
    const directory = pick(estate, file, estate.index.directoriesById.get(fold(id)));
    const name = directory?.name?.value ?? directory?.id?.value;
    const where = directory && locate(estate, directory.start).file;
    return name && where && where !== file ? m.fixDirectoryInFile({ directory: name, file: fileLabel(where) }) : name;
  };
  return quickFixOffers(own.text, problem, { ...options, directoryName }).map((offer): EstateFixOffer => {
    const call = offer.call;
    if (!call) return { ...offer, files: [file], plan: () => inOne(file, offer.plan()) };
    if (call.planner === 'renameUpn') {
      return { ...offer, files: filesNaming(estate, call.args.from, file), plan: () => estateRenameAccount(analysis, file, call.args.from, call.args.to, options) };
    }
    const target = fileOf(estate, file, call);
    if (target === file) return { ...offer, files: [file], plan: () => inOne(file, offer.plan()) };
    return { ...offer, files: [target], plan: () => inOne(target, planCall(analysis.files.get(target)!.text, call, options)) };
  });
}

/**
 * "Fix all CODE problems in this file" for a file of an estate: the problems whose preferred fix writes
 * this file alone (the others are fixed one by one, each in its own files).
 */
export function estateFixableInFile(analysis: EstateAnalysis, file: string, code: string, options: PlanOptions = {}): Problem[] {
  // The light bulb counts them for its title each time it shows on a problem of the code: once per analysis.
  let known = fixable.get(analysis);
  if (!known) fixable.set(analysis, (known = new Map()));
  const key = JSON.stringify([file, code, options.locale ?? 'en']);
  let found = known.get(key);
  if (!found) known.set(key, (found = fixableInFile(analysis, file, code, options)));
  return found;
}

const fixable = new WeakMap<EstateAnalysis, Map<string, Problem[]>>();

function fixableInFile(analysis: EstateAnalysis, file: string, code: string, options: PlanOptions): Problem[] {
  return (analysis.files.get(file)?.problems ?? []).filter((problem) => {
    if (problem.code !== code) return false;
    const offers = estateQuickFixOffers(analysis, file, problem, options).filter((o) => !o.transfer && !o.pickOwner);
    const preferred = offers.find((o) => o.isPreferred) ?? offers[0];
    return preferred !== undefined && preferred.files.length === 1 && preferred.files[0] === file;
  });
}

/** The one plan fixing every problem of `code` in `file` whose fix stays in the file (`estateFixableInFile`). */
export function estateFixAllInFile(analysis: EstateAnalysis, file: string, code: string, options: PlanOptions = {}): EditPlan {
  const own = analysis.files.get(file);
  if (!own) return { refused: messagesFor(options.locale).editNoAutomaticFix({ code }) };
  return fixAllInFile(own.text, estateFixableInFile(analysis, file, code, options), code, { ...options, oneByOne: false });
}

function inOne(file: string, plan: EditPlan): Refusable<FileEdits[]> {
  return isRefused(plan) ? plan : [{ file, edits: plan.edits }];
}

/** The entity of this file when it has one of them (a duplicate id elsewhere is another estate's mistake), else the first. */
function pick<T extends Span>(estate: JoinedEstate, file: string, entities: readonly T[] | undefined): T | undefined {
  return entities?.find((e) => locate(estate, e.start).file === file) ?? entities?.[0];
}

/** The file holding what a planner call changes: a directory, a subscription, a member; else the problem's file. */
function fileOf(estate: JoinedEstate, file: string, call: PlannerCall): string {
  const index = estate.index;
  const directory = (id: string | undefined) => id === undefined ? undefined : pick(estate, file, index.directoriesById.get(fold(id)));
  const subscription = (id: string) => pick(estate, file, index.subscriptionsById.get(fold(id)));
  let entity: Span | undefined;
  switch (call.planner) {
    case 'addUser': case 'inviteGuest': case 'markGuestExternal': case 'addDomain':
      entity = directory(call.args.directoryId);
      break;
    case 'setOwner': case 'transferSubscription':
      entity = subscription(call.args.subscriptionId);
      break;
    case 'removeEntity': {
      const target = call.args;
      if (target.kind === 'directory') entity = directory(target.id);
      else if (target.kind === 'subscription') entity = subscription(target.id);
      else if (target.kind === 'roleAssignment' || target.kind === 'roleAssignments') entity = subscription(target.subscriptionId);
      else if (target.kind === 'guest') entity = directory(target.directoryId);
      else entity = directory(target.directoryId) ?? index.member(target.upn);
      break;
    }
    default:
      entity = undefined; // a value replaced at the problem's place
  }
  return entity ? locate(estate, entity.start).file : file;
}

/** The files of an estate naming an account, the problem's file first. */
function filesNaming(estate: JoinedEstate, upn: string, file: string): string[] {
  // The light bulb asks on every problem it shows: an estate of one file names nothing elsewhere.
  if (estate.files.length === 1) return [file];
  const files = new Set([file]);
  for (const reference of referencesElsewhere(estate, file).referencesTo('account', upn)) files.add(locate(estate, reference.start).file);
  return [...files];
}

/** Per joined estate and file: the references of the estate's other files only (a file's own may be 50,000 users long). */
const elsewhere = new WeakMap<JoinedEstate, Map<string, ReferenceIndex>>();

function referencesElsewhere(estate: JoinedEstate, file: string): ReferenceIndex {
  let byFile = elsewhere.get(estate);
  if (!byFile) elsewhere.set(estate, (byFile = new Map()));
  let references = byFile.get(file);
  if (!references) {
    const directories = estate.workspace.directories.filter((d) => locate(estate, d.start).file !== file);
    byFile.set(file, (references = new ReferenceIndex({ ...estate.workspace, directories }, estate.index)));
  }
  return references;
}

