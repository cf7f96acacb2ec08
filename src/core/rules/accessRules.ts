/** Directory association and Azure RBAC rules (ASC, RBA). */
import type { Rule } from './rule';

export const ACCESS_RULES: readonly Rule[] = [];
