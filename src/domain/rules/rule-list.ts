import { CROSS_TABLE_RULES } from './data/cross-table';
import { IN_TABLE_RULES } from './data/in-table';
import { STRUCTURE_RULES } from './data/structure';
import { UNIT_RULES } from './data/units';
import { DOCUMENT_RULES } from './document-rules';
import { PERFORMANCE_RULES } from './performance-rules';
import type { Rule } from './types';

/** Every rule, in the order they run and are documented (docs/rules.md is generated from it). */
export const RULES: readonly Rule[] = [...IN_TABLE_RULES, ...UNIT_RULES, ...CROSS_TABLE_RULES, ...STRUCTURE_RULES, ...DOCUMENT_RULES, ...PERFORMANCE_RULES];
