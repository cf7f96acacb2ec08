/**
 * The one interface every association rule implements. A rule reads the merged model (through the
 * shared index) and returns findings; the runner gives them the rule's code and the severity the
 * user configured. Rules never throw on odd input: values of the wrong type are absent from the model.
 */
import type { Messages } from '../i18n';
import type { ModelIndex } from '../modelIndex';
import type { Workspace } from '../model';
import type { FixData, Problem, Severity } from '../problems';
import type { FixContext, FixFields, FixOffer } from './fixes';
import type { Naming } from './naming';
import type { DocSourceKey } from '../catalog/sources';

export interface RuleOptions {
  /** Role assignments allowed per Azure subscription (RBA004). Microsoft's pages say 4,000 and, later, 5,000. */
  roleAssignmentLimit: number;
}

export const DEFAULT_RULE_OPTIONS: RuleOptions = { roleAssignmentLimit: 4000 };

export interface RuleContext {
  /**
   * The directories to report about: all of them, or (in the editor) one block's, the rest of the
   * file being read through `index` — whose look-ups are recorded so the rule runs again only when
   * one of them changes (see docs/contributing.md).
   */
  workspace: Workspace;
  index: ModelIndex;
  options: RuleOptions;
  /** The texts of findings, in the analysis' locale: rules never write a sentence themselves. */
  messages: Messages;
  /** Directory and subscription names as messages quote them. */
  name: Naming;
}

/**
 * What a rule reports: a problem without its code (the runner adds the rule's) and with the rule's
 * own typed `data`. `severity` is only ever a softer default than the rule's (a severity the user
 * configured wins): for a state the file records as expected (a recorded transfer), or a fact it
 * marks `unknown`, to fill in (docs/format.md).
 */
export type Finding<Data extends FixData = FixData> = Omit<Problem, 'code' | 'severity' | 'data'> & {
  data?: Data;
  severity?: 'info';
};

/**
 * One association rule, whole: its check, the typed data its findings carry, the quick fixes that
 * data allows, and its metadata. Registered once, in `identityRules.ts`, `accessRules.ts` or `principalRules.ts`
 * (docs/contributing.md says how to add one).
 */
export interface Rule<Data extends FixData = FixData> {
  /** Stable id, used as the problem code, in settings and in the docs (`docs/rules/<id>.md`). */
  readonly id: string;
  /** A readable identifier in PascalCase, e.g. `CreatedInCreatorsDirectory` (SARIF's `rule.name`). */
  readonly name: string;
  readonly defaultSeverity: Severity;
  /** One line saying what the rule requires, e.g. "Directory ids are unique". */
  readonly title: string;
  /** The Microsoft pages the rule comes from (keys of `SOURCES`, src/core/catalog/sources.ts), first one used as the problem's link. */
  readonly sources: readonly DocSourceKey[];
  /**
   * `directory` when the rule's findings about a directory depend on nothing but that directory
   * (its content and its position): the analysis then checks each directory on its own and keeps the
   * findings of directories an edit did not touch. Absent: the rule reads the whole file.
   */
  readonly scope?: 'directory';
  check(context: RuleContext): Array<Finding<Data>>;
  /** The quick fixes a problem of this rule allows, from its data (none when the data lacks what they need). */
  fixes?(data: FixFields<Data>, context: FixContext): FixOffer[];
  /**
   * Its fixes move a subscription to another directory: they open the transfer command, which shows
   * what Azure deletes, and are never applied by "fix all".
   */
  readonly movesSubscription?: boolean;
}
