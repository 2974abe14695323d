import { columnLetter } from '../grid/address';
import type { AmountRole, ColumnInfo, TableId } from '../model/types';
import { HeaderRole, isAmountRole, roleOfLabel } from './column-roles';
import type { HeaderLabel, HeaderReading } from './header';

export type Side = 'income' | 'expenditure';

/** Columns that label a row rather than hold an amount. */
export type TextSlot = 'code' | 'codeClass' | 'codeSection' | 'codeItem' | 'name' | 'govEconName';

/** The columns of one side of a table (or of the whole table when it has one side). */
export type SideColumns = Partial<Record<TextSlot, number>> & {
  side?: Side;
  amounts: Map<AmountRole, number>;
};

export interface ColumnPlan {
  columns: ColumnInfo[];
  sides: SideColumns[];
  /** Columns that carry a header but no role we know, and their text (for messages). */
  unknown: { col: number; header: string }[];
  /** Duplicate roles on one side: the later column is not read. */
  duplicates: { col: number; header: string; keptCol: number }[];
}

const TWO_SIDED: ReadonlySet<TableId> = new Set<TableId>(['T01', 'T04', 'T09']);

/** The role a column's labels name: the lowest label that names one, read upwards. */
function roleOfChain(chain: HeaderLabel[]): { role?: HeaderRole; header: string } {
  const header = chain.map((l) => l.printed.replace(/\s+/g, '')).join('/');
  for (let i = chain.length - 1; i >= 0; i--) {
    const role = roleOfLabel(chain[i].label);
    if (role) return { role, header };
  }
  return { header };
}

function isTextRole(role: HeaderRole): boolean {
  return !isAmountRole(role);
}

/**
 * Maps header labels to column roles for table `id`. Columns are read by their
 * header text; two-sided tables split where the first label column repeats
 * (the second 项目 / 科目编码 starts the expenditure side).
 */
export function planColumns(id: TableId, header: HeaderReading): ColumnPlan {
  const found: { col: number; role: HeaderRole; header: string }[] = [];
  const unknown: { col: number; header: string }[] = [];
  for (let c = header.left; c <= header.right; c++) {
    const chain = header.chains.get(c) ?? [];
    if (chain.length === 0) continue;
    const { role, header: text } = roleOfChain(chain);
    if (role) found.push({ col: c, role, header: text });
    else unknown.push({ col: c, header: text });
  }

  let split = Number.POSITIVE_INFINITY;
  if (TWO_SIDED.has(id)) {
    const firstText = found.find((f) => isTextRole(f.role));
    const key = firstText && (firstText.role === 'codeClass' ? 'codeClass' : firstText.role);
    const again = firstText && found.find((f) => f.col > firstText.col && f.role === key);
    if (again) split = again.col;
  }
  const twoSided = Number.isFinite(split);

  /**
   * One printed amount per row means the row's 合计 (预算数 in 表10–13, 金额 on the
   * expenditure side of 表1/表4); in 表7 and on the income side of 表9 it is the 收入预算,
   * whatever the header calls it (政府性基金收入, 合计 …).
   */
  const incomeAmountOnly = (side: Side | undefined): boolean => id === 'T07' || (id === 'T09' && side === 'income');
  const sideOf = (col: number): Side | undefined => {
    if (twoSided) return col < split ? 'income' : 'expenditure';
    if (id === 'T09') return 'expenditure';
    return undefined;
  };

  const sides = new Map<Side | 'none', SideColumns>();
  const columns: ColumnInfo[] = [];
  const duplicates: ColumnPlan['duplicates'] = [];
  for (const f of found) {
    const side = sideOf(f.col);
    const key = side ?? 'none';
    if (!sides.has(key)) sides.set(key, { side, amounts: new Map() });
    const cols = sides.get(key)!;
    let role = f.role;
    const sameSide = found.filter((g) => sideOf(g.col) === side && isAmountRole(g.role));
    if (incomeAmountOnly(side)) {
      if (isAmountRole(role) && sameSide.length === 1) role = 'amount';
    } else if (role === 'amount' && side !== 'income' && !sameSide.some((g) => g.role === 'total')) {
      role = 'total';
    }
    if (role === 'projectName' && id !== 'T12' && id !== 'T13') role = 'name';
    if (isAmountRole(role)) {
      const kept = cols.amounts.get(role);
      if (kept !== undefined) {
        duplicates.push({ col: f.col, header: f.header, keptCol: kept });
        continue;
      }
      cols.amounts.set(role, f.col);
    } else {
      const slot: TextSlot = role === 'projectName' ? 'name' : role;
      const kept = cols[slot];
      if (typeof kept === 'number') {
        duplicates.push({ col: f.col, header: f.header, keptCol: kept });
        continue;
      }
      cols[slot] = f.col;
    }
    const publicRole = role === 'codeClass' || role === 'codeSection' || role === 'codeItem' ? 'code' : role;
    columns.push({ role: publicRole, ...(side ? { side } : {}), col: f.col, header: f.header });
  }
  const order: (Side | 'none')[] = ['none', 'income', 'expenditure'];
  return {
    columns,
    sides: order.filter((k) => sides.has(k)).map((k) => sides.get(k)!),
    unknown,
    duplicates,
  };
}

export function describeColumn(col: number, header: string): string {
  return header ? `${columnLetter(col)}列（“${header}”）` : `${columnLetter(col)}列`;
}

/** Whether a side has something to label its rows with. */
export function hasLabelColumn(cols: SideColumns): boolean {
  return cols.name !== undefined || cols.code !== undefined || cols.codeClass !== undefined;
}
