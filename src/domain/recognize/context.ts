import { a1 } from '../grid/address';
import type { Amount, AmountRole, RecognitionProblem, TableId, Unit } from '../model/types';
import { readAmount } from './amounts';
import type { ColumnPlan, SideColumns } from './columns';
import type { SheetView } from './sheet-view';

/** What the recognizer asks of a 科目 catalogue (names only; optional). */
export interface NameLookup {
  /** The official name of a code, or undefined when the list does not hold it. */
  nameOf(code: string, year?: number): string | undefined;
  /** The 功能分类 code of a name, or undefined. */
  functionCodeOf(name: string, year?: number): string | undefined;
  /** Whether a name is a 部门预算支出经济分类 类 (工资福利支出 …). */
  isEconomicClassName(name: string): boolean;
}

/** Everything a row reader needs about the table it reads. */
export interface TableContext {
  view: SheetView;
  id: TableId;
  title: string;
  unit: Unit;
  year?: number;
  plan: ColumnPlan;
  problems: RecognitionProblem[];
  notes: string[];
  names?: NameLookup;
}

/** "表2 的 2024年预算收入总表（T02）" — how messages name a table. */
export function tableLabel(ctx: Pick<TableContext, 'view' | 'id' | 'title'>): string {
  return `工作表“${ctx.view.name}”中的《${ctx.title}》（${ctx.id}）`;
}

/** A row left out of the model: the message says why; sums over the table's rows become 未检查. */
export function reportRow(ctx: TableContext, row: number, col: number, message: string): void {
  const side = ctx.plan.sides.find((s) => s.side && [s.name, s.code, s.codeClass, s.codeSection, s.codeItem, ...s.amounts.values()].includes(col))?.side;
  ctx.problems.push({
    sheet: ctx.view.name,
    table: ctx.id,
    range: a1(row, col),
    message: `${tableLabel(ctx)} 第${row + 1}行：${message}`,
    unreadRow: { row, ...(side ? { side } : {}) },
  });
}

/** Reads every amount column of one side; problems of text/error cells are reported too. */
export function readAmounts(ctx: TableContext, row: number, cols: SideColumns): Partial<Record<AmountRole, Amount>> {
  const amounts: Partial<Record<AmountRole, Amount>> = {};
  for (const [role, col] of cols.amounts) {
    const amount = readAmount(ctx.view, row, col, ctx.unit);
    amounts[role] = amount;
    if (amount.problem) {
      ctx.problems.push({ sheet: ctx.view.name, table: ctx.id, range: a1(row, col), message: `${tableLabel(ctx)}：${amount.problem}` });
    }
  }
  return amounts;
}

/**
 * An unlabelled row matters only when it carries a figure other than 0 (or something that is
 * not a number): an empty template row whose row-total formula computes 0 is just an empty row.
 */
export function hasNonZeroAmount(amounts: Partial<Record<AmountRole, Amount>>): boolean {
  for (const a of Object.values(amounts)) if (a && ((a.value !== null && !a.value.isZero()) || a.problem)) return true;
  return false;
}

export function textAt(ctx: TableContext, row: number, col: number | undefined): string {
  return col === undefined ? '' : ctx.view.text(row, col);
}
