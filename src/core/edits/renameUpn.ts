import { analyze } from '../analyze';
import { messagesFor } from '../i18n';
import { fold } from '../model';
import { ReferenceIndex } from '../references';
import { open } from './common';
import { ACCOUNT } from './find';
import { planned, refuse } from './types';
import type { EditPlan, PlanOptions, TextEdit } from './types';
import { replaceScalar, scalarAt } from './yaml/scalars';
import type { RenameUpnArgs } from './plannerArgs';
export type { RenameUpnArgs } from './plannerArgs';

/**
 * Renames an account everywhere the file names it (member or guest entries, owner, createdBy,
 * principals, pending principals). Refuses a new name that another account already has.
 */
export function renameUpn(text: string, args: RenameUpnArgs, options: PlanOptions = {}): EditPlan {
  const m = messagesFor(options.locale);
  const { source, refused } = open(text, m);
  if (refused) return refused;
  if (!ACCOUNT.test(args.to)) return refuse(m.editNotUpnForm({ upn: args.to }));
  const references = new ReferenceIndex(analyze(text, { split: false }).workspace);
  const found = references.referencesTo('account', args.from);
  if (!found.length) return refuse(m.editNoAccount({ upn: args.from }));
  if (fold(args.to) !== fold(args.from) && references.referencesTo('account', args.to).length) {
    return refuse(m.editAccountExists({ to: args.to, from: args.from }));
  }
  const edits: TextEdit[] = [];
  for (const reference of found) {
    const node = scalarAt(source, reference.start);
    if (node) edits.push(replaceScalar(source, node, args.to));
  }
  return planned(edits);
}
