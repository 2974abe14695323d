import type { Catalog } from '../catalog';
import { clipMessage } from '../findings/clip';
import { summarize, type Finding, type FindingSummary } from '../findings/types';
import type { WorkbookGrid } from '../grid/types';
import type { BudgetDocument } from '../model/types';
import { checkNarrativeText, findNarrativeInputsSheet, findNarrativeSheet, readNarrativeInputs } from '../narrative';
import type { NarrativeInputs, NarrativeSheetText } from '../narrative';
import { recognizeWorkbook } from '../recognize';
import { recognitionFindings } from '../rules/recognition-findings';
import { computeOverview, type Overview } from '../overview';
import { findRulesSheet, resolveRuleSet, ruleSeverities, runRules } from '../rules';
import type { NotApplicable, Rule, RulePack } from '../rules';

export interface AnalyzeOptions {
  /** An imported 科目 list whose names take precedence. */
  catalog?: Catalog;
  /** A 情况说明 kept outside the workbook (`check --text`); else the workbook's 情况说明 sheet. */
  narrative?: NarrativeSheetText;
  /** Which year's tables to check when the workbook keeps several years' (default: the newest; `doc.yearSets` says which were found). */
  year?: number;
  /** Rule packs applied on top of the built-in ones (a bureau's own; later wins). */
  packs?: readonly RulePack[];
}

export interface WorkbookAnalysis {
  doc: BudgetDocument;
  /** Recognition findings first, then rule findings, then the 情况说明 text findings. */
  findings: Finding[];
  notApplicable: NotApplicable[];
  summary: FindingSummary;
  /** The rule packs in force, in the order applied. */
  packs: string[];
  /** The figures the pane's overview shows (收支总额, shares, 三公 …). */
  overview: Overview;
  /** The sheet (or file) whose 情况说明 text was checked, when there was one. */
  narrativeSheet?: string;
}

/**
 * The 情况说明 text checked against the tables, with the prior-year figures of `inputs` (else the
 * workbook's 上年数 sheet). Used by the analysis below and by the pane's 情况说明 tab.
 */
export function narrativeTextFindings(grid: WorkbookGrid, doc: BudgetDocument, narrative: NarrativeSheetText, inputs?: NarrativeInputs, rules?: readonly Rule[]): Finding[] {
  const inputsSheet = inputs ? undefined : findNarrativeInputsSheet(grid);
  return checkNarrativeText(doc, narrative.text, {
    lineCells: narrative.lineCells,
    inputs: inputs ?? (inputsSheet ? readNarrativeInputs(inputsSheet).inputs : {}),
    ...(rules ? { severityOf: ruleSeverities(rules) } : {}),
  });
}

/**
 * The one analysis behind every front door (the pane's 一键检查, `budget-tables check`): recognize
 * the grids, run every rule with the 情况说明 the workbook holds, check the text against the
 * tables. The same grid gives the same findings wherever it comes from.
 */
export function analyzeWorkbook(workbook: WorkbookGrid, options: AnalyzeOptions = {}): WorkbookAnalysis {
  const { catalog, year } = options;
  // A 规则 sheet holds a rule pack (the caller decides whether to apply it), never a budget table.
  const rulesSheet = findRulesSheet(workbook);
  const grid = rulesSheet ? { ...workbook, sheets: workbook.sheets.filter((s) => s !== rulesSheet) } : workbook;
  const doc = recognizeWorkbook(grid, { ...(catalog ? { catalog } : {}), ...(year !== undefined ? { year } : {}) });
  const narrative = options.narrative ?? findNarrativeSheet(grid);
  const ruleSet = resolveRuleSet(doc, options.packs);
  const rules = runRules(doc, {
    rules: ruleSet.rules,
    ...(catalog ? { catalog } : {}),
    // The 绩效目标表 rules read 情况说明 十 too (P.narrative-count).
    ...(narrative ? { narrative: { text: narrative.text, lineCells: narrative.lineCells } } : {}),
  });
  const textFindings = narrative ? narrativeTextFindings(grid, doc, narrative, undefined, ruleSet.rules) : [];
  // Messages quote cell texts: a cell of millions of characters is cut once, here, for every front door.
  const findings = [...recognitionFindings(doc), ...rules.findings, ...textFindings].map((f) => ({ ...f, message: clipMessage(f.message) }));
  return {
    doc,
    findings,
    notApplicable: rules.notApplicable,
    summary: summarize(findings),
    packs: ruleSet.packs,
    overview: computeOverview(doc),
    ...(narrative ? { narrativeSheet: narrative.sheet } : {}),
  };
}
