import { refA1 } from '../grid/address';
import { emit, notApplicable, RuleContext } from './context';
import { CellOf, cellLabel } from './model-view';
import { compare, ComparisonInput, plain, shown, toleranceText } from './tolerance';

export interface ComparisonLabels {
  /** "表6「工资福利支出」合计". */
  actual: string;
  /** "其下各项（基本工资等14项）之和". */
  expected: string;
}

/** Cells a finding names: every cell of the total side, the non-blank parts (all of them when few). */
function findingCells(input: ComparisonInput): string[] {
  const parts = input.expected.length <= 3 ? input.expected : input.expected.filter((c) => c.amount.value !== null);
  const slack = (input.slack ?? []).filter((c) => c.amount.value !== null);
  return [...input.actual, ...parts, ...slack].map((c) => refA1(c.amount.cell));
}

function problemCells(input: ComparisonInput): CellOf[] {
  return [...input.actual, ...input.expected, ...(input.slack ?? [])].filter((c) => c.amount.problem !== undefined);
}

/**
 * Compares and reports the outcome (the rule pack says how serious each is): nothing when
 * equal, 'rounding' for a 尾差 within the rounding bound, 'mismatch' beyond it. A comparison that reads a
 * cell holding text is not made (a text cell is not 0) and is listed as not checked. The
 * labels are only built when there is something to say.
 */
function allBlank(input: ComparisonInput): boolean {
  for (const list of [input.actual, input.expected, input.slack ?? []]) {
    for (const c of list) if (c.amount.value !== null || c.amount.problem !== undefined) return false;
  }
  return true;
}

export function reportComparison(ctx: RuleContext, input: ComparisonInput, describe: () => ComparisonLabels): void {
  // Blank against blank: exact zeros on both sides (most rows of 表1/表4 and of fund columns).
  if (allBlank(input)) return;
  const bad = problemCells(input);
  if (bad.length) {
    const labels = describe();
    const refs = bad.map((c) => `${refA1(c.amount.cell)}（${cellLabel(c)}）`).join('、');
    notApplicable(ctx, `${labels.actual} 与 ${labels.expected} 未比较：${refs} 不是数字`);
    return;
  }
  const r = compare(input);
  if (r.outcome === 'none') return;
  const labels = describe();
  const u = r.unit;
  const rule = ctx.rule;
  const numbers = {
    expected: plain(r.expected),
    actual: plain(r.actual),
    difference: plain(r.difference),
    tolerance: toleranceText(r.tolerance),
  };
  const cells = findingCells(input);
  const both = `${labels.actual}为 ${shown(r.actual)} ${u}，${labels.expected}为 ${shown(r.expected)} ${u}`;
  const slackNote = r.slack && r.slack.gt(0) ? `（含上年结转，前者可比后者多 0 至 ${shown(r.slack)} ${u}）` : '';
  const bound = `四舍五入允许的 ±${toleranceText(r.tolerance)} ${u}`;

  switch (r.outcome) {
    case 'rounding':
      // Mixed units (元 against 万元): a gap that vanishes at the printed places is no 尾差 worth a line.
      if (/^-?0(\.0+)?$/.test(shown(r.difference))) return;
      emit(ctx, 'rounding', `${rule.title}（尾差）：${both}${slackNote}，相差 ${shown(r.difference)} ${u}，在${bound}以内，是四舍五入造成的尾差，可不修改。`, cells, numbers);
      return;
    case 'mismatch': {
      const hint = rule.hint ? rule.hint : '';
      if (input.mode === 'partOf') {
        emit(ctx, 'mismatch', `${rule.title}：${both}，前者多出 ${shown(r.difference)} ${u}，超出${bound}。${hint}无法判断哪一边有误，请核对两边。`, cells, numbers);
      } else {
        emit(ctx, 'mismatch', `${rule.title}：${both}${slackNote}，相差 ${shown(r.difference)} ${u}，超出${bound}。无法判断哪一边有误，请核对两边的数。${hint}`, cells, numbers);
      }
      return;
    }
    case 'smaller': {
      // A part a thousand times smaller than its whole is no legitimate gap: a 单位 line (元/万元) is the likely cause.
      if (!r.actual.isZero() && r.expected.gte(r.actual.abs().times(1000))) {
        emit(ctx, 'unitSuspect', `${rule.title}：${both}，前者不到后者的千分之一，不是正常的差额：请核对两张表的单位行（元、万元）是否写错。`, cells, numbers);
        return;
      }
      emit(ctx, 'smaller', `${rule.title}：${both}，前者少 ${shown(r.difference.negated())} ${u}。${rule.smallerHint ?? ''}`, cells, numbers);
      return;
    }
  }
}
