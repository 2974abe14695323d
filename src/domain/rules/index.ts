/**
 * Consistency rules as data (rule-list.ts, data/) and the small evaluator that interprets
 * them over a recognized BudgetDocument, with the rounding tolerance of DESIGN §5.
 * Rules ship as JSON packs (packs/builtin); a bureau's packs apply on top. analyzeWorkbook runs them.
 */
export { checkDocument, runRules } from './check';
export type { DocumentCheck } from './check';
export { RULES } from './rule-list';
export { allBuiltInRules, BUILT_IN_PACKS, everyRuleInForce, documentFormats, findRulesSheet, OUTCOME_DEFAULTS, packFromSheet, packReferenceProblems, parsePack, resolveRuleSet } from './packs';
export type { RulePack, RuleSet } from './packs';
export { ruleSeverities } from './packs/severities';
export { outcomesOf } from './named-checks';
export { renderRulesMarkdown, severityText } from './rules-doc';
export { groupFindings, tableOfFinding } from './grouping';
export type { FindingGroup } from './grouping';
export { recognitionFindings } from './recognition-findings';
export { compare, placeUnitInWan } from './tolerance';
export type { Comparison, ComparisonInput, Outcome as ComparisonOutcome } from './tolerance';
export { tableName } from './model-view';
export type {
  CellSelector,
  CheckOptions,
  CheckResult,
  NarrativeTextInput,
  NotApplicable,
  Outcome,
  SeverityLevel,
  PerformanceCheck,
  PairKey,
  PairSide,
  Relation,
  RowFilter,
  Rule,
  RuleFamily,
  SeverityPolicy,
  StructuralCheck,
  WholeDocumentCheck,
} from './types';
