import type { Catalog } from '../../domain/catalog';
import type { Finding, FindingSummary } from '../../domain/findings/types';
import type { WorkbookGrid } from '../../domain/grid/types';
import type { BudgetDocument } from '../../domain/model/types';
import {
  findNarrativeInputsSheet,
  findNarrativeSheet,
  readNarrativeInputs,
  type NarrativeInputs,
} from '../../domain/narrative';
import { analyzeWorkbook, narrativeTextFindings, type WorkbookAnalysis } from '../../domain/analysis';
import { RULES, groupFindings, type FindingGroup, type NotApplicable, type RulePack } from '../../domain/rules';

/** The workbook's 上年数 sheet read back ({} when there is none). */
export function workbookInputs(grid: WorkbookGrid): { inputs: NarrativeInputs; sheet?: string; problems: string[] } {
  const sheet = findNarrativeInputsSheet(grid);
  if (!sheet) return { inputs: {}, problems: [] };
  const read = readNarrativeInputs(sheet);
  return { inputs: read.inputs, sheet: sheet.name, problems: read.problems.map((p) => p.message) };
}

/** Text-vs-table findings of the workbook's 情况说明 sheet, or undefined when it has none. */
export function narrativeSheetFindings(grid: WorkbookGrid, doc: BudgetDocument, inputs?: NarrativeInputs): { sheet: string; findings: Finding[] } | undefined {
  const narrative = findNarrativeSheet(grid);
  if (!narrative) return undefined;
  return { sheet: narrative.sheet, findings: narrativeTextFindings(grid, doc, narrative, inputs) };
}

export interface WorkbookCheck {
  groups: FindingGroup[];
  summary: FindingSummary;
  notApplicable: { rule: string; title: string; reason: string }[];
  tablesFound: number;
  /** The 情况说明 sheet checked too, when there is one. */
  narrativeSheet?: string;
  /** Where the workbook keeps several years' tables: the years (newest first) and the one checked. */
  years?: { all: number[]; checked: number };
  /** The rule packs in force, in the order applied. */
  packs: string[];
}

const RULE_TITLES = new Map(RULES.map((r) => [r.id, r.title]));

function describeNotApplicable(list: NotApplicable[]): WorkbookCheck['notApplicable'] {
  return list.map((n) => ({ rule: n.rule, title: RULE_TITLES.get(n.rule) ?? n.rule, reason: n.reason }));
}

/**
 * Everything 一键检查 reports: recognition problems, every rule, and the 情况说明 text when present —
 * the analysis `budget-tables check` makes too (analyzeWorkbook), so the pane and the CLI agree.
 */
export function describeCheck(analysis: WorkbookAnalysis): WorkbookCheck {
  const sets = analysis.doc.yearSets;
  return {
    groups: groupFindings(analysis.findings, analysis.doc),
    summary: analysis.summary,
    notApplicable: describeNotApplicable(analysis.notApplicable),
    tablesFound: analysis.doc.tables.length,
    packs: analysis.packs,
    ...(analysis.narrativeSheet ? { narrativeSheet: analysis.narrativeSheet } : {}),
    ...(sets && sets.years.length > 1 ? { years: { all: sets.years, checked: sets.checked } } : {}),
  };
}

export function checkWorkbook(grid: WorkbookGrid, catalog?: Catalog, year?: number, packs?: readonly RulePack[]): WorkbookCheck {
  return describeCheck(analyzeWorkbook(grid, { ...(catalog ? { catalog } : {}), ...(year !== undefined ? { year } : {}), ...(packs?.length ? { packs } : {}) }));
}
