import type { AmountRole, TextRole } from '../../model/types';
import type { CellRule, ColumnSpec, HeaderCellSpec } from '../types';

export const CODE_WIDTH = 12;
export const NAME_WIDTH = 36;
export const AMOUNT_WIDTH = 14;

export function code(role: TextRole = 'code', side?: 'income' | 'expenditure'): ColumnSpec {
  return side ? { kind: 'code', width: CODE_WIDTH, role, side } : { kind: 'code', width: CODE_WIDTH, role };
}

export function name(width = NAME_WIDTH, role: TextRole = 'name', side?: 'income' | 'expenditure'): ColumnSpec {
  return side ? { kind: 'name', width, role, side } : { kind: 'name', width, role };
}

export function label(width: number, side?: 'income' | 'expenditure'): ColumnSpec {
  return side ? { kind: 'label', width, role: 'name', side } : { kind: 'label', width, role: 'name' };
}

export function amount(role: AmountRole, side?: 'income' | 'expenditure', width = AMOUNT_WIDTH): ColumnSpec {
  return side ? { kind: 'amount', width, role, side } : { kind: 'amount', width, role };
}

export function text(t: string): CellRule {
  return { kind: 'text', text: t };
}

export const INPUT: CellRule = { kind: 'input' };

export function rowSum(...cols: number[]): CellRule {
  return { kind: 'rowSum', cols };
}

export function refSum(...rows: string[]): CellRule {
  return { kind: 'refSum', rows };
}

export function rangeSum(first: string, last: string): CellRule {
  return { kind: 'rangeSum', first, last };
}

export function blockSum(first: string, next: string): CellRule {
  return { kind: 'blockSum', first, next };
}

/** The same rule in several columns. */
export function each(cols: readonly number[], rule: CellRule): Partial<Record<number, CellRule>> {
  const out: Partial<Record<number, CellRule>> = {};
  for (const c of cols) out[c] = rule;
  return out;
}

/** Header cells of one row, left to right from `col`. */
export function headerRow(row: number, col: number, values: readonly string[]): HeaderCellSpec[] {
  return values.map((value, i) => ({ row, col: col + i, value }));
}

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 -> 一, 10 -> 十, 15 -> 十五, 21 -> 二十一, 30 -> 三十. */
export function chineseOrdinal(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : DIGITS[tens]}十${DIGITS[n % 10]}`;
}
