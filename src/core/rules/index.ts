/** The registry: the only place where the rules are enumerated, in catalog order. */
import { ACCESS_RULES } from './accessRules';
import { IDENTITY_RULES } from './identityRules';
import { PRINCIPAL_RULES } from './principalRules';
import type { Rule } from './rule';

export const RULES: readonly Rule[] = [...IDENTITY_RULES, ...ACCESS_RULES, ...PRINCIPAL_RULES];

const byId = new Map(RULES.map((rule) => [rule.id, rule]));

export function findRule(id: string): Rule | undefined {
  return byId.get(id);
}
