import { normalizeSubjectName } from '../catalog/codes';
import { AMOUNT_ROLES } from '../model/types';
import type { Amount, AmountRole, BudgetRow, TableId, TableModel } from '../model/types';
import type { RowFilter, Side } from './types';

export { AMOUNT_ROLES };
const AMOUNT_ROLE_SET: ReadonlySet<string> = new Set(AMOUNT_ROLES);

/** One amount cell with what a message needs to name it. */
export interface CellOf {
  amount: Amount;
  table: TableModel;
  row: BudgetRow;
  role: AmountRole;
}

/** The amount columns of a table (of one side), in column order. */
export function amountRolesOf(table: TableModel, side?: Side): AmountRole[] {
  const roles: AmountRole[] = [];
  for (const c of table.columns) {
    if (!AMOUNT_ROLE_SET.has(c.role)) continue;
    if (side !== undefined && c.side !== undefined && c.side !== side) continue;
    const role = c.role as AmountRole;
    if (!roles.includes(role)) roles.push(role);
  }
  return roles;
}

function sameName(a: string, b: string): boolean {
  return normalizeSubjectName(a) === normalizeSubjectName(b);
}

export function rowMatches(row: BudgetRow, filter: RowFilter): boolean {
  if (filter.kind !== undefined) {
    const kinds: readonly string[] = typeof filter.kind === 'string' ? [filter.kind] : filter.kind;
    if (!kinds.includes(row.kind)) return false;
  }
  if (filter.side !== undefined && row.side !== undefined && row.side !== filter.side) return false;
  if (filter.keys !== undefined && (row.key === undefined || !filter.keys.includes(row.key))) return false;
  if (filter.names !== undefined && !filter.names.some((n) => sameName(n, row.name))) return false;
  if (filter.topLevel && row.parentKey !== undefined) return false;
  return true;
}

export function rowsMatching(table: TableModel, filter: RowFilter): BudgetRow[] {
  return table.rows.filter((r) => rowMatches(r, filter));
}

export function cellOf(table: TableModel, row: BudgetRow, role: AmountRole): CellOf | undefined {
  const amount = row.amounts[role];
  return amount ? { amount, table, row, role } : undefined;
}

const TABLE_SHORT_NAMES: Record<TableId, string> = {
  T01: '收支总表',
  T02: '收入总表',
  T03: '支出总表',
  T04: '财政拨款收支总表',
  T05: '一般公共预算支出表',
  T06: '基本支出经济分类表',
  T07: '政府性基金收入表',
  T08: '政府性基金支出表',
  T09: '国有资本经营预算表',
  T10: '“三公”经费表',
  T11: '机关运行经费表',
  T12: '项目支出表（本年）',
  T13: '项目支出表（上年结转）',
};

/** "表6" — the document's numbering 预算公开表1–13, whatever sheet holds the table. */
export function tableNumber(id: TableId): string {
  return `表${Number(id.slice(1))}`;
}

/** "表6（基本支出经济分类表）". */
export function tableName(id: TableId): string {
  return `${tableNumber(id)}（${TABLE_SHORT_NAMES[id]}）`;
}

export const ROLE_LABELS: Record<AmountRole, string> = {
  amount: '金额',
  total: '合计',
  currentYear: '当年预算安排',
  carryOverUse: '上年结转安排',
  appropriation: '财政拨款',
  general: '一般公共预算',
  fund: '政府性基金',
  stateCapital: '国有资本经营预算',
  specialAccount: '财政专户管理资金',
  unitFunds: '单位资金',
  businessIncome: '事业收入',
  operatingIncome: '事业单位经营收入',
  superiorSubsidy: '上级补助收入',
  subordinateRemit: '附属单位上缴收入',
  otherIncome: '其他收入',
  carryOver: '上年结转',
  basic: '基本支出',
  project: '项目支出',
  personnel: '人员经费',
  publicUse: '公用经费',
};

/** How a row is named in messages: "201 一般公共服务支出", "本年支出合计", "合计". */
export function rowLabel(row: BudgetRow): string {
  if (row.code) return `${row.code} ${row.name}`.trim();
  if (row.name) return row.name;
  if (row.kind === 'total') return '合计';
  return `第${row.row + 1}行`;
}

/** "表6「工资福利支出」合计" — table, row and column of one cell. */
export function cellLabel(c: CellOf): string {
  return `${tableNumber(c.table.id)}「${rowLabel(c.row)}」${ROLE_LABELS[c.role]}`;
}

/** Whether a table holds any non-zero amount. */
export function hasFigures(table: TableModel): boolean {
  for (const r of table.rows) {
    for (const a of Object.values(r.amounts)) if (a && a.value !== null && !a.value.isZero()) return true;
  }
  return false;
}
