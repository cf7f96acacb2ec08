/** Identity, structure, ownership and creation rules (TEN, USR, GST, SUB, OWN, CRT). */
import type { Rule } from './rule';

export const IDENTITY_RULES: readonly Rule[] = [];
