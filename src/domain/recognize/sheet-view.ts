import type { CellRange, CellValue, SheetGrid } from '../grid/types';
import { cellText, normalizeLabel } from './text';

/** Blank, or text made only of spaces. */
function isEmptyValue(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === 'string') return v.length === 0 || /^[\s\u00a0\u3000]*$/.test(v);
  return false;
}

/**
 * Read access to one sheet with the derived forms the recognizer needs, each
 * computed at most once per cell (recognition stays linear in the cells).
 */
export class SheetView {
  readonly name: string;
  readonly rowCount: number;
  private readonly grid: SheetGrid;
  private readonly labels: (string[] | undefined)[] = [];
  private mergeMasters?: Map<string, { row: number; col: number }>;

  constructor(grid: SheetGrid) {
    this.grid = grid;
    this.name = grid.name;
    this.rowCount = grid.values.length;
  }

  value(row: number, col: number): CellValue {
    return this.grid.values[row]?.[col] ?? null;
  }

  numberFormat(row: number, col: number): string | null {
    return this.grid.numberFormats?.[row]?.[col] ?? null;
  }

  width(row: number): number {
    return this.grid.values[row]?.length ?? 0;
  }

  text(row: number, col: number): string {
    return cellText(this.value(row, col));
  }

  /** Normalized labels of a row (see normalizeLabel), cached. */
  rowLabels(row: number): string[] {
    const width = this.width(row);
    const out = new Array<string>(width);
    for (let c = 0; c < width; c++) out[c] = this.label(row, c);
    return out;
  }

  /** The normalized label of a cell, computed once. */
  label(row: number, col: number): string {
    let cached = this.labels[row];
    if (!cached) {
      cached = [];
      this.labels[row] = cached;
    }
    let label = cached[col];
    if (label === undefined) {
      const v = this.value(row, col);
      label = isEmptyValue(v) ? '' : normalizeLabel(cellText(v));
      cached[col] = label;
    }
    return label;
  }

  /** Columns of the non-empty cells of a row. */
  filledColumns(row: number): number[] {
    const values = this.grid.values[row] ?? [];
    const cols: number[] = [];
    for (let c = 0; c < values.length; c++) if (!isEmptyValue(values[c])) cols.push(c);
    return cols;
  }

  isBlank(row: number): boolean {
    const values = this.grid.values[row] ?? [];
    for (let c = 0; c < values.length; c++) if (!isEmptyValue(values[c])) return false;
    return true;
  }

  /** Merges whose top-left cell is in [top, bottom]. */
  mergesStartingIn(top: number, bottom: number): CellRange[] {
    return (this.grid.merges ?? []).filter((m) => m.top >= top && m.top <= bottom);
  }

  /** The top-left cell of the merge that covers (row, col), or the cell itself. */
  mergeMaster(row: number, col: number): { row: number; col: number } {
    if (!this.mergeMasters) {
      this.mergeMasters = new Map();
      for (const m of this.grid.merges ?? []) this.indexMerge(m);
    }
    return this.mergeMasters.get(`${row},${col}`) ?? { row, col };
  }

  private indexMerge(m: CellRange): void {
    // Only the merges of header-sized blocks matter; huge merges are capped to stay linear.
    const cells = (m.bottom - m.top + 1) * (m.right - m.left + 1);
    if (cells > 400) return;
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if (r !== m.top || c !== m.left) this.mergeMasters!.set(`${r},${c}`, { row: m.top, col: m.left });
      }
    }
  }
}
