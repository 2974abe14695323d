/**
 * Consistency rules as data (rule-list.ts, data/) and the small evaluator that interprets
 * them over a recognized BudgetDocument, with the rounding tolerance of DESIGN §5.
 * The pane calls checkDocument; the CLI too (through the report).
 */
export { checkDocument, runRules } from './check';
export type { DocumentCheck } from './check';
export { RULES } from './rule-list';
export { PERFORMANCE_RULES } from './performance-rules';
export { DOCUMENT_RULES } from './document-rules';
export { renderRulesMarkdown, severityText } from './rules-doc';
export { groupFindings, tableOfFinding } from './grouping';
export type { FindingGroup } from './grouping';
export { recognitionFindings } from './recognition-findings';
export { compare, placeUnitInWan } from './tolerance';
export type { Comparison, ComparisonInput, Outcome } from './tolerance';
export { tableName } from './model-view';
export type {
  CellSelector,
  CheckOptions,
  CheckResult,
  NarrativeTextInput,
  NotApplicable,
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
