/**
 * What a rule's quick fixes are made of. A rule says which fixes its problem allows — a title and a
 * call to one of the edit planners with typed arguments — without importing the planners: the
 * analysis runs on every keystroke and must not carry the editing code (which is loaded on demand,
 * see docs/performance.md). `src/core/edits/planners.ts` maps each call to its planner.
 */
import type {
  AddDomainArgs, AddUserArgs, InviteGuestArgs, MarkGuestExternalArgs, RemoveTarget, RenameUpnArgs, ReplaceValueArgs, SetOwnerArgs, TransferSubscriptionArgs,
} from '../edits/plannerArgs';
import type { Messages } from '../i18n';
import type { FixData } from '../problems';

/** A call to one edit planner, with its arguments. */
export type PlannerCall =
  | { planner: 'setOwner'; args: SetOwnerArgs }
  | { planner: 'transferSubscription'; args: TransferSubscriptionArgs }
  | { planner: 'inviteGuest'; args: InviteGuestArgs }
  | { planner: 'addUser'; args: AddUserArgs }
  | { planner: 'markGuestExternal'; args: MarkGuestExternalArgs }
  | { planner: 'addDomain'; args: AddDomainArgs }
  | { planner: 'replaceValue'; args: ReplaceValueArgs }
  | { planner: 'renameUpn'; args: RenameUpnArgs }
  | { planner: 'removeEntity'; args: RemoveTarget };

/** A fix the user completes in a command (choosing a value), rather than planned edits. */
export type CommandCall = { command: 'pickOwner'; args: { subscriptionId: string } };

export interface FixOffer {
  title: string;
  /** The fix applied by "fix all" and shown first. */
  preferred?: boolean;
  call: PlannerCall | CommandCall;
}

/** What a rule's `fixes` may use besides its problem's data. */
export interface FixContext {
  messages: Messages;
  /** The problem's range in the file (value replacements check the text there). */
  start: number;
  end: number;
  /** A directory as titles name it: `name` when the data has it, else the name found by id. */
  directoryLabel(id: string | undefined, name?: string): string;
}

/**
 * A problem's data as its rule wrote it. It reaches the fixes through the editor (and the analysis
 * worker), so every field is checked again before use: `text` and `count` return undefined for
 * anything else than a non-empty string or a whole number ≥ 0.
 */
export class FixFields<Data extends FixData> {
  constructor(private readonly data: Partial<Data>) {}

  text(key: keyof Data & string): string | undefined {
    const value = this.data[key];
    return typeof value === 'string' && value ? value : undefined;
  }

  count(key: keyof Data & string): number | undefined {
    const value = this.data[key];
    return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
  }

  flag(key: keyof Data & string): boolean {
    return this.data[key] === true;
  }
}

/** "Transfer to <directory>…": opens the transfer command, which shows what Azure deletes. */
export function transferOffer(context: FixContext, subscriptionId: string | undefined, targetId: string | undefined, targetName: string | undefined, preferred: boolean): FixOffer[] {
  if (!subscriptionId || !targetId) return [];
  return [{
    title: context.messages.fixTransferTo({ directory: context.directoryLabel(targetId, targetName) }),
    preferred,
    call: { planner: 'transferSubscription', args: { subscriptionId, targetDirectoryId: targetId } },
  }];
}

/** Replaces the problem's value (the text at its range, when it still reads `expected`) with `value`. */
export function replaceOffer(context: FixContext, title: string, expected: string | undefined, value: string | undefined): FixOffer[] {
  if (!value) return [];
  return [{ title, preferred: true, call: { planner: 'replaceValue', args: { offset: context.start, expected, value } } }];
}
