import type { Catalog } from '../catalog';
import type { Finding } from '../findings/types';
import { severityOf } from './severity';
import type { BudgetDocument, TableId, TableModel } from '../model/types';
import type { NarrativeTextInput, NotApplicable, Outcome, Rule } from './types';
import type { UnitSlip } from './unit-slip';

/** What evaluating one rule needs, and where its results go. */
export interface RuleContext {
  doc: BudgetDocument;
  tables: ReadonlyMap<TableId, TableModel>;
  catalog: Catalog;
  rule: Rule;
  findings: Finding[];
  notApplicable: NotApplicable[];
  /** "表5!C6" of the cells the recognizer already reported (doc.problems). */
  reportedCells: ReadonlySet<string>;
  /** The 情况说明 text, when the caller found one. */
  narrative?: NarrativeTextInput;
  /** Tables whose 单位 line does not fit their figures (found once per document). */
  unitSlips?: readonly UnitSlip[];
}

/** Reports an outcome of the rule with the severity its pack gives that outcome ('off': not at all). */
export function emit(ctx: RuleContext, outcome: Outcome, message: string, cells: string[], numbers?: Pick<Finding, 'expected' | 'actual' | 'difference' | 'tolerance'>): void {
  const severity = severityOf(ctx.rule, outcome);
  if (severity === 'off') return;
  ctx.findings.push({ rule: ctx.rule.id, severity, message, cells: [...new Set(cells)], ...(numbers ?? {}) });
}

const said = new WeakMap<NotApplicable[], Set<string>>();

export function notApplicable(ctx: RuleContext, reason: string): void {
  let seen = said.get(ctx.notApplicable);
  if (!seen) {
    seen = new Set(ctx.notApplicable.map((n) => `${n.rule}\u0000${n.reason}`));
    said.set(ctx.notApplicable, seen);
  }
  const key = `${ctx.rule.id}\u0000${reason}`;
  if (seen.has(key)) return;
  seen.add(key);
  ctx.notApplicable.push({ rule: ctx.rule.id, reason });
}

/** doc.problems ranges as "表5!C6" references. */
export function reportedCellsOf(doc: BudgetDocument): Set<string> {
  const out = new Set<string>();
  for (const p of doc.problems) if (p.range && !p.range.includes(':')) out.add(`${p.sheet}!${p.range}`);
  return out;
}

