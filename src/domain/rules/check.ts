import { Catalog } from '../catalog';
import { Finding, FindingSummary, summarize } from '../findings/types';
import type { BudgetDocument } from '../model/types';
import { reportedCellsOf, RuleContext } from './context';
import { evaluateRelation } from './evaluate';
import { tableName } from './model-view';
import { recognitionFindings } from './recognition-findings';
import { runNamedCheck } from './named-checks';
import { resolveRuleSet } from './packs';
import type { CheckOptions, CheckResult, NotApplicable, Rule } from './types';
import { blockedBySlip, findUnitSlips } from './unit-slip';

/** Why a rule cannot run on this document, or undefined when it can. */
function inapplicable(rule: Rule, doc: BudgetDocument): string | undefined {
  const absent = rule.tables.filter((id) => doc.missing.includes(id) || !doc.tables.some((t) => t.id === id));
  const needsAll = (rule.applies ?? 'all') === 'all';
  if (needsAll ? absent.length === 0 : absent.length < rule.tables.length) return undefined;
  return `缺少${absent.map(tableName).join('、')}`;
}

/**
 * Runs the rules over a recognized document. Pure: the same document gives the same result.
 * Rules whose tables are absent, and comparisons that could not be made, are listed in
 * `notApplicable` — never counted as passed.
 */
export function runRules(doc: BudgetDocument, options: CheckOptions = {}): CheckResult {
  const findings: Finding[] = [];
  const notApplicable: NotApplicable[] = [];
  const tables = new Map(doc.tables.map((t) => [t.id, t]));
  const catalog = options.catalog ?? Catalog.builtIn();
  const reportedCells = reportedCellsOf(doc);
  const ruleSet = options.rules ? { rules: [...options.rules], packs: [] } : resolveRuleSet(doc, options.packs);
  const unitSlips = findUnitSlips(doc, ruleSet.rules);
  for (const rule of ruleSet.rules) {
    // Forms are optional in a workbook: without any, their rules have nothing to check and say nothing.
    if (rule.family === 'performance' && !doc.forms?.length) continue;
    const reason = inapplicable(rule, doc);
    if (reason) {
      notApplicable.push({ rule: rule.id, reason });
      continue;
    }
    // One wrong 单位 line is one error (U.unit-line), not a pile of 10,000-fold mismatches.
    const slipped = blockedBySlip(rule, unitSlips, (id) => tables.has(id));
    if (slipped) {
      notApplicable.push({ rule: rule.id, reason: slipped });
      continue;
    }
    const ctx: RuleContext = { doc, tables, catalog, rule, findings, notApplicable, reportedCells, unitSlips, ...(options.narrative ? { narrative: options.narrative } : {}) };
    for (const relation of rule.relations ?? []) evaluateRelation(ctx, relation);
    if (rule.check) runNamedCheck(ctx, rule.check);
  }
  return { findings, notApplicable, packs: ruleSet.packs };
}

export interface DocumentCheck extends CheckResult {
  summary: FindingSummary;
}

/**
 * Everything the user is told about a workbook: what could not be recognized (RECOGNIZE),
 * then every rule finding. What the pane shows and the CLI prints.
 */
export function checkDocument(doc: BudgetDocument, options: CheckOptions = {}): DocumentCheck {
  const rules = runRules(doc, options);
  const findings = [...recognitionFindings(doc), ...rules.findings];
  return { findings, notApplicable: rules.notApplicable, packs: rules.packs, summary: summarize(findings) };
}
