import type { Finding } from '../../findings/types';
import { resolveRuleSet } from '../../rules/packs/resolve';
import { ruleSeverities } from '../../rules/packs/severities';
import type { Outcome, SeverityLevel } from '../../rules/types';
import type { BudgetDocument } from '../../model/types';
import { collectFacts } from '../facts';
import { analyzeNarrativeText } from '../text/figures';
import type { NarrativeInputs, TextSectionId } from '../types';
import { checkAmounts, checkNoThreePublic, checkShares } from './amounts';
import { checkChanges } from './changes';
import { checkStatedComparisons } from './stated-changes';
import { checkUnitCounts } from './unit-counts';
import { assignConcepts, type CheckContext } from './context';
import { checkPerformance, checkProcurement } from './procurement';
import { checkNamedItems, checkPlaceholders, checkSections, checkYears, requiredSectionsOf } from './wording';

export interface NarrativeCheckOptions {
  /** Last year's figures (上年数/设置 or prior.json): changes are then checked against them too. */
  inputs?: NarrativeInputs;
  /** Budget year when the tables do not say it. */
  year?: number;
  /** The cell each line of the text came from ("情况说明!A5"), from findNarrativeSheet. */
  lineCells?: (string | undefined)[];
  /** Sections that must be present; default 二 … 十一 (收入 … 国有资产). */
  requiredSections?: TextSectionId[];
  /** Severity of each N.* rule's outcomes, from the rule packs in force (default: the built-in ones). */
  severityOf?: (rule: string, outcome: Outcome) => SeverityLevel;
}

/**
 * Checks a 情况说明 against the tables (rules 25–37 of RULES-REFERENCE.md). Each stated
 * amount is matched to the table figure its words name, within its section; amounts the
 * words do not tie to a table figure (a breakdown the tables do not hold, figures inside
 * a "主要原因是…" clause) are not judged. Findings have the checker's shape:
 * N.amount, N.percent, N.change, N.reason, N.placeholder, N.year, N.procurement,
 * N.performance, N.section, N.item, N.name.
 *
 * Rounding, as decided:
 * - An amount agrees when it equals the table figure rounded to the places the text
 *   prints (1033.8 = 1,033.80; 元 amounts are compared in 万元); otherwise it is an error.
 * - A share ("占x%") is recomputed from the amounts the text itself relates (the amount
 *   before it ÷ the section's base as stated, the table's base when not stated); it also
 *   passes when it equals the ratio of the tables' figures. Not equal but possible once
 *   each amount may be off by half a unit of its last place (interval reasoning, DESIGN.md
 *   §5) is an info (尾差); beyond that an error. A change percentage is recomputed the same
 *   way from the base the text implies (本年数 ∓ 增减额).
 * - Against the user's 上年数 (taken as 2-decimal figures), a change agrees when equal at
 *   the places printed, is an info within the rounding of the figures, an error beyond.
 */
function builtInSeverity(doc: BudgetDocument): (rule: string, outcome: Outcome) => SeverityLevel {
  return ruleSeverities(resolveRuleSet(doc).rules);
}

export function checkNarrativeText(doc: BudgetDocument, text: string, options: NarrativeCheckOptions = {}): Finding[] {
  const analysis = analyzeNarrativeText(text);
  const facts = collectFacts(doc);
  const inputs = options.inputs ?? {};
  const ctx: CheckContext = {
    analysis,
    facts,
    inputs,
    year: facts.year ?? options.year,
    lineCells: options.lineCells,
    concepts: assignConcepts(analysis, facts, inputs),
    findings: [],
    severityOf: options.severityOf ?? builtInSeverity(doc),
  };
  checkAmounts(ctx);
  checkShares(ctx);
  checkNoThreePublic(ctx);
  checkChanges(ctx, checkStatedComparisons(ctx));
  checkUnitCounts(ctx);
  checkNamedItems(ctx);
  checkProcurement(ctx);
  checkPerformance(ctx);
  checkPlaceholders(ctx);
  checkYears(ctx);
  checkSections(ctx, options.requiredSections ?? requiredSectionsOf(analysis));
  return ctx.findings;
}
