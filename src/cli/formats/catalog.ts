/** Every code `tenancy check` can report, with what machine formats say about it (SARIF rules, JUnit test cases). */
import type { Severity } from '../../core/problems';
import { ruleDocPath, ruleDocUrl } from '../../core/ruleDocs';
import { RULES } from '../../core/rules';
import { SUPPRESSION_CODE, SUPPRESSION_SEVERITY } from '../../core/suppressions';

export interface CodeInfo {
  id: string;
  /** PascalCase identifier (SARIF `reportingDescriptor.name`). */
  name: string;
  title: string;
  defaultSeverity: Severity;
  /** Microsoft's page the rule is built on (from src/core/ruleDocs.ts); none for YAML, SCHEMA and SUP001. */
  helpUri?: string;
  /** The project's page about the code, relative to the package root. */
  docPath: string;
}

export const CODES: readonly CodeInfo[] = [
  { id: 'YAML', name: 'YamlSyntax', title: 'The file is well-formed YAML text', defaultSeverity: 'error', docPath: ruleDocPath('YAML') },
  { id: 'SCHEMA', name: 'WorkspaceSchema', title: 'The file follows the workspace format (JSON Schema)', defaultSeverity: 'error', docPath: ruleDocPath('SCHEMA') },
  ...RULES.map((rule) => ({
    id: rule.id, name: rule.name, title: rule.title, defaultSeverity: rule.defaultSeverity, helpUri: ruleDocUrl(rule.id), docPath: ruleDocPath(rule.id),
  })),
  {
    id: SUPPRESSION_CODE, name: 'SuppressionComment', title: 'A tenancy-disable comment silences something',
    defaultSeverity: SUPPRESSION_SEVERITY, docPath: ruleDocPath(SUPPRESSION_CODE),
  },
];
