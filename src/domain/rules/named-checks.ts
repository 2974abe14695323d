import type { RuleContext } from './context';
import { runDocumentCheck } from './document-rules';
import { runPerformanceCheck } from './performance-rules';
import {
  checkBlankRows,
  checkCatalog,
  checkCodeOrder,
  checkNoDataNote,
  checkNoteWithFigures,
  checkParents,
  checkRevenueCodes,
  checkSameNames,
  checkTextCells,
} from './structural';
import type { Outcome, PerformanceCheck, Rule, StructuralCheck, WholeDocumentCheck } from './types';
import { reportUnitSlips } from './unit-slip';

type CheckOf<K extends StructuralCheck['kind']> = Extract<StructuralCheck, { kind: K }>;

interface NamedCheck<K extends StructuralCheck['kind']> {
  /** What the check can report; a pack gives each a severity. */
  outcomes: (check: CheckOf<K>, ruleId: string) => readonly Outcome[] | undefined;
  run: (ctx: RuleContext, check: CheckOf<K>) => void;
}

/** Outcomes of every amount relation (report-comparison.ts). */
export const RELATION_OUTCOMES: readonly Outcome[] = ['mismatch', 'rounding', 'smaller', 'unitSuspect'];

const PERFORMANCE_OUTCOMES: Record<PerformanceCheck, readonly Outcome[]> = {
  t12Amount: ['rounding', 'mismatch'],
  sourcesAnnual: ['blank', 'rounding', 'mismatch'],
  sourcesTotal: ['blank', 'rounding', 'mismatch'],
  annualLeTotal: ['mismatch'],
  missingForm: ['missing'],
  orphanForm: ['mismatch'],
  narrativeCount: ['mismatch'],
  indicatorValue: ['blank'],
  costIndicator: ['mismatch'],
};

const DOCUMENT_OUTCOMES: Record<WholeDocumentCheck, readonly Outcome[]> = {
  unread: ['unreadable'],
  empty: ['blank'],
  negative: ['mismatch'],
  consistency: ['mismatch'],
};

/** The 情况说明 checks by rule id (narrative/check): each reports these outcomes. */
export const NARRATIVE_OUTCOMES: Readonly<Record<string, readonly Outcome[]>> = {
  'N.amount': ['mismatch', 'inconsistent'],
  'N.percent': ['mismatch', 'rounding', 'inconsistent'],
  'N.change': ['mismatch', 'rounding', 'inconsistent'],
  'N.reason': ['missing', 'inconsistent'],
  'N.name': ['nameDiffers'],
  'N.procurement': ['mismatch', 'rounding'],
  'N.performance': ['mismatch', 'inconsistent'],
  'N.placeholder': ['placeholder'],
  'N.year': ['mismatch'],
  'N.section': ['missing'],
  'N.item': ['notInList'],
  'N.units': ['inconsistent'],
};

const one = (outcome: Outcome) => (): readonly Outcome[] => [outcome];

/**
 * Every check that needs code rather than a relation, by the `kind` a pack names it with.
 * Checks report outcomes; the pack of the rule says how serious each is.
 */
export const NAMED_CHECKS: { [K in StructuralCheck['kind']]: NamedCheck<K> } = {
  catalog: { outcomes: () => ['notInList', 'nameDiffers', 'notInYear'], run: (ctx, c) => checkCatalog(ctx, c.tables) },
  sameNames: { outcomes: one('mismatch'), run: (ctx, c) => checkSameNames(ctx, c.tables) },
  parents: { outcomes: one('missing'), run: (ctx, c) => checkParents(ctx, c.tables) },
  codeOrder: { outcomes: one('mismatch'), run: (ctx, c) => checkCodeOrder(ctx, c.tables) },
  blankRows: { outcomes: one('mismatch'), run: (ctx, c) => checkBlankRows(ctx, c.table) },
  revenueCodes: { outcomes: one('mismatch'), run: (ctx, c) => checkRevenueCodes(ctx, c.table, c.side) },
  noDataNote: { outcomes: one('missing'), run: (ctx) => checkNoDataNote(ctx) },
  noteWithFigures: { outcomes: one('mismatch'), run: (ctx) => checkNoteWithFigures(ctx) },
  textCells: { outcomes: one('unreadable'), run: (ctx) => checkTextCells(ctx) },
  unitSlip: { outcomes: one('mismatch'), run: (ctx) => reportUnitSlips(ctx) },
  performance: { outcomes: (c) => PERFORMANCE_OUTCOMES[c.check], run: (ctx, c) => runPerformanceCheck(ctx, c.check) },
  document: { outcomes: (c) => DOCUMENT_OUTCOMES[c.check], run: (ctx, c) => runDocumentCheck(ctx, c.check) },
  // The analysis runs the 情况说明 checks over the text, with the severities of these rules.
  narrative: { outcomes: (_c, id) => NARRATIVE_OUTCOMES[id], run: () => undefined },
};

export function runNamedCheck(ctx: RuleContext, check: StructuralCheck): void {
  const entry = NAMED_CHECKS[check.kind] as NamedCheck<StructuralCheck['kind']>;
  entry.run(ctx, check);
}

/** What a rule can report: its relations' outcomes and its named check's. Undefined: an unknown narrative id. */
export function outcomesOf(rule: Pick<Rule, 'id' | 'relations' | 'check'>): readonly Outcome[] | undefined {
  const out = new Set<Outcome>(rule.relations?.length ? RELATION_OUTCOMES : []);
  if (rule.check) {
    const entry = NAMED_CHECKS[rule.check.kind] as NamedCheck<StructuralCheck['kind']>;
    const own = entry.outcomes(rule.check, rule.id);
    if (!own) return undefined;
    for (const o of own) out.add(o);
  }
  return [...out];
}
