import { allBuiltInRules } from './packs';
import type { Rule } from './types';

/** Every built-in rule, in the order of the built-in packs (docs/rules.md is generated from it). */
export const RULES: readonly Rule[] = allBuiltInRules();
