import { columnLetter, parseRangeA1 } from '../grid/address';
import type { CellValue, SheetGrid } from '../grid/types';
import type { AmountRole, ColumnInfo, TableModel, TextRole } from '../model/types';
import { AMOUNT_FORMAT } from '../templates';
import { referencedRows } from './formula-refs';
import type { PlannedCell } from './types';

const TEXT_ROLES: ReadonlySet<AmountRole | TextRole> = new Set<AmountRole | TextRole>(['code', 'name', 'govEconName', 'projectName']);

export function isAmountColumn(c: ColumnInfo): boolean {
  return !TEXT_ROLES.has(c.role);
}

/** Read access to the cells of a recognized table in the sheet grid it came from. */
export class TableGrid {
  constructor(
    readonly table: TableModel,
    readonly sheet: SheetGrid,
  ) {}

  get amountCols(): number[] {
    return this.table.columns.filter(isAmountColumn).map((c) => c.col);
  }

  colOf(...roles: (AmountRole | TextRole)[]): number | undefined {
    for (const role of roles) {
      const c = this.table.columns.find((x) => x.role === role);
      if (c) return c.col;
    }
    return undefined;
  }

  value(row: number, col: number): CellValue {
    return this.sheet.values[row]?.[col] ?? null;
  }

  formula(row: number, col: number): string | null {
    return this.sheet.formulas?.[row]?.[col] ?? null;
  }

  numberFormat(row: number, col: number): string | null {
    return this.sheet.numberFormats?.[row]?.[col] ?? null;
  }

  /** Blank, or text made only of spaces. */
  isBlank(row: number, col: number): boolean {
    const v = this.value(row, col);
    return v === null || (typeof v === 'string' && v.trim() === '');
  }

  /** A typed amount (a value that no formula computes). */
  hasTypedAmount(row: number, col: number): boolean {
    return this.formula(row, col) === null && !this.isBlank(row, col);
  }

  /** Last row of the table's range (the recognizer leaves trailing empty rows out). */
  get rangeBottom(): number {
    const range = this.table.range.includes('!') ? this.table.range.slice(this.table.range.lastIndexOf('!') + 1) : this.table.range;
    return parseRangeA1(range.replace(/\$/g, '')).bottom;
  }

  /** The lowest row that the formulas of these rows reach (the template's ranges include empty rows to type into). */
  lowestReferencedRow(rows: readonly number[]): number {
    let low = -1;
    for (const r of rows) {
      for (const c of this.amountCols) {
        const f = this.formula(r, c);
        if (f) for (const x of referencedRows(f)) low = Math.max(low, x);
      }
    }
    return low;
  }

  /** Number format for a new amount cell: as in `like` row, else the templates' format. */
  amountFormat(likeRow: number | undefined, col: number): string {
    return (likeRow !== undefined ? this.numberFormat(likeRow, col) : null) ?? AMOUNT_FORMAT;
  }
}

/** "=SUM(D9:H9)" for contiguous columns (3 or more), "=D9+E9" otherwise. */
export function rowSumFormula(row: number, cols: readonly number[]): string {
  const contiguous = cols.every((x, i) => i === 0 || x === cols[i - 1] + 1);
  const r = row + 1;
  return contiguous && cols.length > 2
    ? `=SUM(${columnLetter(cols[0])}${r}:${columnLetter(cols[cols.length - 1])}${r})`
    : `=${cols.map((c) => `${columnLetter(c)}${r}`).join('+')}`;
}

export function cellAt(row: number, col: number, content: Omit<PlannedCell, 'row' | 'col'>): PlannedCell {
  return { row, col, ...content };
}
