/**
 * Rule packs: the built-in rules as JSON data (builtin/*.json) and those a bureau adds, checked
 * against one schema; the document's shape chooses which apply (docs/rule-packs.md).
 */
export { BUILT_IN_PACKS, BUILT_IN_SOURCE } from './builtin';
export { documentFormats } from './format';
export { OUTCOME_DEFAULTS } from './builtin';
export { parsePack } from './parse';
export { findRulesSheet, packFromSheet } from './sheet';
export type { ParsedPack } from './parse';
export { allBuiltInRules, everyRuleInForce, packApplies, packReferenceProblems, resolveRuleSet } from './resolve';
export type { RuleSet } from './resolve';
export { DOCUMENT_FORMATS } from './types';
export type { DocumentFormat, PackProblem, PackScope, RulePack, SeveritySpec } from './types';
