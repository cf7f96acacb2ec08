/**
 * Transfers within an estate (docs/format.md#estates): a subscription of one file may move to a
 * directory of any file of its estate. The preview reads the estate's joined model, so who exists in
 * the target, and whose home account is where, resolve across files; the plan is the edits of each
 * file it touches — one when the target directory is in the same file, two when it is in another.
 */
import { transferSubscription, transferSubscriptionToFile } from '../edits/transferSubscription';
import type { TransferSubscriptionArgs } from '../edits/plannerArgs';
import type { PlanOptions } from '../edits/types';
import { messagesFor } from '../i18n';
import type { Locale } from '../i18n';
import { fold } from '../model';
import type { Directory, Subscription } from '../model';
import { isRefused, refuse } from '../refusal';
import type { Refusable } from '../refusal';
import { transferPreviewOf } from '../transfer';
import type { TransferPreview } from '../transfer';
import type { EstateAnalysis, JoinedEstate } from './estate';
import { estateOfFile, locate } from './estate';
import { fileLabel } from './fileLabel';
import type { FileEdits } from './language';

/** A directory of an estate, with the file it is written in. */
export interface EstateDirectory {
  directory: Directory;
  file: string;
}

/** A subscription of a file, as the joined model of the file's estate holds it. */
export interface EstateSubscription {
  estate: JoinedEstate;
  subscription: Subscription;
  file: string;
}


/** Every directory of the file's estate, in the estate's order, each with its file. */
export function estateDirectories(analysis: EstateAnalysis, file: string): EstateDirectory[] {
  const estate = estateOfFile(analysis, file);
  return estate ? estate.workspace.directories.map((directory) => ({ directory, file: locate(estate, directory.start).file })) : [];
}

/** The subscription with this id in `file` (not in another file of the estate, which may reuse the id), in the joined model. */
export function subscriptionOfFile(analysis: EstateAnalysis, file: string, subscriptionId: string): EstateSubscription | undefined {
  const estate = estateOfFile(analysis, file);
  if (!estate) return undefined;
  const id = fold(subscriptionId);
  for (const { directory, file: at } of estateDirectories(analysis, file)) {
    if (at !== file) continue;
    const subscription = directory.subscriptions.find((s) => s.id && fold(s.id.value) === id);
    if (subscription) return { estate, subscription, file };
  }
  return undefined;
}

/**
 * The directory a transfer from `file` to `targetDirectoryId` lands in: a directory of the file
 * itself when it has that id (as a transfer within one file always did), else the directory of the
 * one other file of the estate that has it. Refused when no file has it, or several other files do
 * (duplicate tenant ids, TEN001: the edit would have to guess which file to write).
 */
export function transferTarget(analysis: EstateAnalysis, file: string, targetDirectoryId: string, locale: Locale = 'en'): Refusable<EstateDirectory> {
  const m = messagesFor(locale);
  const id = fold(targetDirectoryId);
  const matching = estateDirectories(analysis, file).filter(({ directory }) => directory.id && fold(directory.id.value) === id);
  const here = matching.find((d) => d.file === file);
  if (here) return here;
  const files = [...new Set(matching.map((d) => d.file))];
  if (files.length === 0) return refuse(m.noDirectoryInEstate({ id: targetDirectoryId }));
  if (files.length > 1) return refuse(m.xferTargetInFiles({ id: targetDirectoryId, files: files.map(fileLabel).join(', ') }));
  return matching[0];
}

/**
 * What transferring a subscription of `file` to a directory of its estate does (`previewTransfer`,
 * on the estate's joined model). When the target is in another file, the preview names both files.
 */
export function previewEstateTransfer(analysis: EstateAnalysis, file: string, subscriptionId: string, targetDirectoryId: string, options: { locale?: Locale } = {}): Refusable<TransferPreview> {
  const locale = options.locale ?? 'en';
  const found = subscriptionOfFile(analysis, file, subscriptionId);
  if (!found) return refuse(messagesFor(locale).noSubscriptionWithId({ id: subscriptionId }));
  const target = transferTarget(analysis, file, targetDirectoryId, locale);
  if (isRefused(target)) return target;
  const files = target.file === file ? undefined : { from: fileLabel(file), to: fileLabel(target.file) };
  return transferPreviewOf(found.estate.index, found.subscription, target.directory, { locale, files });
}

/**
 * The edits of a transfer from `file`, file by file (the source first): the same plan as
 * `transferSubscription` when the target directory is in the file, else the subscription's lines
 * leave `file` and join the target directory in its own file. Planned on the texts the estate
 * analysed; the caller applies both files' edits as one change.
 */
export function planEstateTransfer(analysis: EstateAnalysis, file: string, args: TransferSubscriptionArgs, options: PlanOptions = {}): Refusable<FileEdits[]> {
  const target = transferTarget(analysis, file, args.targetDirectoryId, options.locale);
  if (isRefused(target)) return target;
  const textOf = (name: string) => analysis.files.get(name)!.text;
  if (target.file === file) {
    const plan = transferSubscription(textOf(file), args, options);
    return isRefused(plan) ? plan : [{ file, edits: plan.edits }];
  }
  const plan = transferSubscriptionToFile(textOf(file), textOf(target.file), { ...args, targetFile: fileLabel(target.file) }, options);
  if (isRefused(plan)) return plan;
  return [{ file, edits: plan.source }, { file: target.file, edits: plan.target }];
}

/**
 * The file of the estate holding a subscription with pending role assignments (after a transfer into
 * another file, the subscription is no longer in the file where the transfer started): `file` itself
 * when it has the subscription, else the first other file of the estate that does.
 */
export function fileOfSubscription(analysis: EstateAnalysis, file: string, subscriptionId: string): string | undefined {
  if (subscriptionOfFile(analysis, file, subscriptionId)) return file;
  const estate = estateOfFile(analysis, file);
  return estate?.files.find((other) => other !== file && subscriptionOfFile(analysis, other, subscriptionId));
}
