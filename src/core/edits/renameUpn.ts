import { analyze } from '../analyze';
import { fold } from '../model';
import { ReferenceIndex } from '../references';
import { open } from './common';
import { ACCOUNT } from './find';
import { planned, refuse } from './types';
import type { EditPlan, TextEdit } from './types';
import { replaceScalar, scalarAt } from './yamlText';

export interface RenameUpnArgs {
  from: string;
  to: string;
}

/**
 * Renames an account everywhere the file names it (member or guest entries, owner, createdBy,
 * principals, pending principals). Refuses a new name that another account already has.
 */
export function renameUpn(text: string, args: RenameUpnArgs): EditPlan {
  const { source, refused } = open(text);
  if (refused) return refused;
  if (!ACCOUNT.test(args.to)) return refuse(`${args.to} is not a user principal name (alias@domain).`);
  const references = new ReferenceIndex(analyze(text, { split: false }).workspace);
  const found = references.referencesTo('account', args.from);
  if (!found.length) return refuse(`No account named ${args.from} in this file.`);
  if (fold(args.to) !== fold(args.from) && references.referencesTo('account', args.to).length) {
    return refuse(`${args.to} is already an account of this file; renaming ${args.from} would merge two accounts.`);
  }
  const edits: TextEdit[] = [];
  for (const reference of found) {
    const node = scalarAt(source, reference.start);
    if (node) edits.push(replaceScalar(source, node, args.to));
  }
  return planned(edits);
}
