import type { AmountRole, BudgetRow, RowKind, TableId } from '../model/types';
import { CellOf, cellLabel, ROLE_LABELS, rowLabel, tableNumber } from './model-view';
import type { RowFilter } from './types';

const KIND_LABELS: Record<RowKind, string> = {
  total: '合计',
  class: '类',
  section: '款',
  item: '项',
  econClass: '经济分类类级科目',
  econItem: '经济分类款级科目',
  source: '收入来源',
  incomeSubtotal: '本年收入合计',
  expenditureSubtotal: '本年支出合计',
  carryOver: '上年结转',
  yearEndCarry: '年终结转',
  grandTotal: '总计',
  threePublic: '“三公”经费项目',
  unit: '单位',
  project: '项目',
};

const KEY_LABELS: Record<string, string> = {
  general: '一般公共预算',
  fund: '政府性基金预算',
  stateCapital: '国有资本经营预算',
  specialAccount: '财政专户管理资金',
  unitFunds: '单位资金',
  'carryOver.general': '上年结转·一般公共预算',
  'carryOver.fund': '上年结转·政府性基金预算',
  'carryOver.stateCapital': '上年结转·国有资本经营预算',
  abroad: '因公出国（境）费',
  reception: '公务接待费',
  vehicle: '公务用车购置及运行费',
  vehiclePurchase: '公务用车购置费',
  vehicleOperation: '公务用车运行维护费',
};

function keyLabel(key: string): string {
  return KEY_LABELS[key] ?? key;
}

/** "一般公共预算、政府性基金预算" / "本年支出合计" — what a row filter picks, in words. */
export function describeFilter(filter: RowFilter): string {
  if (filter.names?.length) return filter.names.join('、');
  if (filter.keys?.length) return filter.keys.map(keyLabel).join('、');
  const kinds: readonly RowKind[] = filter.kind === undefined ? [] : typeof filter.kind === 'string' ? [filter.kind as RowKind] : filter.kind;
  return kinds.map((k) => KIND_LABELS[k]).join('、') || '各行';
}

export function rolesLabel(roles: readonly AmountRole[]): string {
  return roles.map((r) => ROLE_LABELS[r]).join('＋');
}

/** Row names for a sum: "「A」＋「B」" when few, "「A」等 12 行" otherwise. */
export function rowsLabel(rows: readonly BudgetRow[]): string {
  if (rows.length <= 3) return rows.map((r) => `「${rowLabel(r)}」`).join('＋');
  return `「${rowLabel(rows[0])}」等 ${rows.length} 行`;
}

function distinct<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/**
 * Names a sum of cells: one cell by its label; cells of one row by its columns; cells of one
 * column by their rows; otherwise by count.
 */
export function sumLabel(cells: readonly CellOf[], empty: string): string {
  if (cells.length === 0) return empty;
  if (cells.length === 1) return cellLabel(cells[0]);
  const tables = distinct(cells.map((c) => c.table.id));
  const rows = distinct(cells.map((c) => c.row));
  const roles = distinct(cells.map((c) => c.role));
  if (tables.length === 1) {
    const t = tableNumber(tables[0] as TableId);
    if (rows.length === 1) return `${t}「${rowLabel(rows[0])}」${rolesLabel(roles)}`;
    if (roles.length === 1) return `${t}${rowsLabel(rows)}${ROLE_LABELS[roles[0]]}之和`;
  }
  if (cells.length <= 3) return cells.map(cellLabel).join('＋');
  return `${cells.length} 个单元格之和`;
}
