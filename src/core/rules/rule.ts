/**
 * The one interface every association rule implements. A rule reads the merged model (through the
 * shared index) and returns findings; the runner gives them the rule's code and the severity the
 * user configured. Rules never throw on odd input: values of the wrong type are absent from the model.
 */
import type { Messages } from '../i18n';
import type { ModelIndex } from '../modelIndex';
import type { Workspace } from '../model';
import type { FixData, RelatedLocation, Severity } from '../problems';
import type { Naming } from './naming';

/** Keys of the Microsoft documentation pages the rules cite (see src/core/reference/sources.ts). */
export type SourceKey =
  | 'BUO' | 'ASSOC' | 'O365T' | 'XFER' | 'ROLES' | 'LIMITS' | 'DOMAINS' | 'GUESTS' | 'ENTRA_ROLES' | 'ADMIN_ROLES' | 'SCOPES';

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

/** What a rule reports; offsets are 0-based UTF-16 offsets into the file. */
export interface Finding {
  /** What is wrong, why (the Azure / Office 365 rule) and how to fix it. */
  message: string;
  start: number;
  end: number;
  related?: RelatedLocation[];
  /** Typed facts for quick fixes (never parse the message). */
  data?: FixData;
  /** The chain of facts that leads to the finding, for `tenancy check --explain` (see `Problem.explain`). */
  explain?: string[];
  /**
   * A softer default than the rule's (a severity the user configured wins): for a state the file
   * records as expected (a recorded transfer), or a fact it marks `unknown`, to fill in (docs/format.md).
   */
  severity?: 'info';
}

export interface Rule {
  /** Stable id, used as the problem code, in settings and in the docs (`docs/rules/<id>.md`). */
  readonly id: string;
  /** A readable identifier in PascalCase, e.g. `CreatedInCreatorsDirectory` (SARIF's `rule.name`). */
  readonly name: string;
  readonly defaultSeverity: Severity;
  /** One line saying what the rule requires, e.g. "Directory ids are unique". */
  readonly title: string;
  /** The Microsoft pages the rule comes from, first one used as the problem's link. */
  readonly sources: readonly SourceKey[];
  /**
   * `directory` when the rule's findings about a directory depend on nothing but that directory
   * (its content and its position): the analysis then checks each directory on its own and keeps the
   * findings of directories an edit did not touch. Absent: the rule reads the whole file.
   */
  readonly scope?: 'directory';
  check(context: RuleContext): Finding[];
}
