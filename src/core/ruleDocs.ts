/** Where a problem code is explained: Microsoft's page for a rule, the project's page for the rule. */
import { SOURCES } from './catalog/sources';
import { findRule } from './rules';
import { SUPPRESSION_CODE } from './suppressions';

/** The learn.microsoft.com page the rule is built on, or undefined for `YAML` / `SCHEMA` problems. */
export function ruleDocUrl(code: string): string | undefined {
  const rule = findRule(code);
  return rule ? SOURCES[rule.sources[0]]?.url : undefined;
}

/** Path of the rule's page inside the package (the extension links to it offline). */
export function ruleDocPath(code: string): string {
  return findRule(code) || code === SUPPRESSION_CODE ? `docs/rules/${code}.md` : 'docs/format.md';
}
