/**
 * Rule packs: the built-in rules as JSON data (builtin/*.json) and those a bureau adds, checked
 * against one schema; the document's shape chooses which apply (docs/rule-packs.md).
 */
export { BUILT_IN_PACKS, BUILT_IN_SOURCE } from './builtin';
export { documentFormats } from './format';
export { parsePack } from './parse';
export type { ParsedPack } from './parse';
export { allBuiltInRules, packApplies, packReferenceProblems, resolveRuleSet } from './resolve';
export type { RuleSet } from './resolve';
export { DOCUMENT_FORMATS } from './types';
export type { DocumentFormat, PackProblem, PackScope, RulePack, SeveritySpec } from './types';
