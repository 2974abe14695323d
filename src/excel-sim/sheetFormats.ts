import { MAX_COLS, MAX_ROWS, type Rect, isEntireColumns, isEntireRows } from './address';

/**
 * Cell formatting of one worksheet: number format, font, fill, alignment and
 * borders, kept per cell, with layers for entire rows and columns so formatting
 * "A:A" does not materialise a million cells. A cell's own setting wins, then its
 * row's, then its column's (formatting a column writes through to the cells and
 * row-layer crossings it covers, so the latest write wins as in Excel).
 */

export type BorderEdge = 'top' | 'bottom' | 'left' | 'right' | 'diagonalDown' | 'diagonalUp';

export interface BorderFormat {
  style: string;
  color: string;
  weight: string;
}

export interface FormatProps {
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: string;
  strikethrough?: boolean;
  fontSize?: number;
  fontColor?: string;
  fontName?: string;
  /** '' = no fill. */
  fillColor?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  indentLevel?: number;
  borderTop?: BorderFormat;
  borderBottom?: BorderFormat;
  borderLeft?: BorderFormat;
  borderRight?: BorderFormat;
  borderDiagonalDown?: BorderFormat;
  borderDiagonalUp?: BorderFormat;
}

export type FormatKey = keyof FormatProps;

export const NO_BORDER: BorderFormat = { style: 'None', color: '#000000', weight: 'Thin' };

/** What a never-formatted cell reports (Excel's Normal style; fill.color of no fill reads "#FFFFFF"). */
export const DEFAULT_FORMAT: Required<FormatProps> = {
  numberFormat: 'General',
  bold: false,
  italic: false,
  underline: 'None',
  strikethrough: false,
  fontSize: 11,
  fontColor: '#000000',
  fontName: 'Calibri',
  fillColor: '',
  horizontalAlignment: 'General',
  verticalAlignment: 'Bottom',
  wrapText: false,
  indentLevel: 0,
  borderTop: NO_BORDER,
  borderBottom: NO_BORDER,
  borderLeft: NO_BORDER,
  borderRight: NO_BORDER,
  borderDiagonalDown: NO_BORDER,
  borderDiagonalUp: NO_BORDER,
};

const EDGE_KEY: Record<BorderEdge, FormatKey> = {
  top: 'borderTop',
  bottom: 'borderBottom',
  left: 'borderLeft',
  right: 'borderRight',
  diagonalDown: 'borderDiagonalDown',
  diagonalUp: 'borderDiagonalUp',
};

export function borderKey(edge: BorderEdge): FormatKey {
  return EDGE_KEY[edge];
}

const key = (row: number, col: number): number => row * MAX_COLS + col;
const rowOf = (k: number): number => Math.floor(k / MAX_COLS);
const colOf = (k: number): number => k % MAX_COLS;

function assignProps(target: FormatProps, props: FormatProps): void {
  for (const k of Object.keys(props) as FormatKey[]) {
    const v = props[k];
    if (v === undefined) delete target[k];
    else (target as Record<string, unknown>)[k] = v;
  }
}

export class SheetFormats {
  private cells = new Map<number, FormatProps>();
  private rows = new Map<number, FormatProps>();
  private cols = new Map<number, FormatProps>();
  /** Formatting given to the whole sheet (Worksheet.getRange().format…). */
  private sheet: FormatProps = {};

  get(row: number, col: number, prop: FormatKey): FormatProps[FormatKey] {
    const own = this.cells.get(key(row, col))?.[prop];
    if (own !== undefined) return own;
    const r = this.rows.get(row)?.[prop];
    if (r !== undefined) return r;
    const c = this.cols.get(col)?.[prop];
    if (c !== undefined) return c;
    const whole = this.sheet[prop];
    return whole !== undefined ? whole : DEFAULT_FORMAT[prop];
  }

  /** Applies the same properties to every cell of the rectangle. */
  apply(rect: Rect, props: FormatProps): void {
    if (isEntireRows(rect) && isEntireColumns(rect)) {
      for (const p of this.cols.values()) assignProps(p, props);
      for (const p of this.rows.values()) assignProps(p, props);
      for (const p of this.cells.values()) assignProps(p, props);
      assignProps(this.sheet, props);
      return;
    }
    if (isEntireRows(rect)) {
      for (let r = rect.top; r <= rect.bottom; r += 1) this.layer(this.rows, r, props);
      this.writeThroughCells((row) => row >= rect.top && row <= rect.bottom, props);
      for (const c of this.cols.keys()) for (let r = rect.top; r <= rect.bottom; r += 1) this.cell(r, c, props);
      return;
    }
    if (isEntireColumns(rect)) {
      for (let c = rect.left; c <= rect.right; c += 1) this.layer(this.cols, c, props);
      this.writeThroughCells((_row, col) => col >= rect.left && col <= rect.right, props);
      for (const r of this.rows.keys()) for (let c = rect.left; c <= rect.right; c += 1) this.cell(r, c, props);
      return;
    }
    for (let r = rect.top; r <= rect.bottom; r += 1) {
      for (let c = rect.left; c <= rect.right; c += 1) this.cell(r, c, props);
    }
  }

  /** Sets one cell's properties. */
  cell(row: number, col: number, props: FormatProps): void {
    const k = key(row, col);
    let p = this.cells.get(k);
    if (!p) {
      p = {};
      this.cells.set(k, p);
    }
    assignProps(p, props);
    if (Object.keys(p).length === 0) this.cells.delete(k);
  }

  /** Removes all formatting in the rectangle (Range.clear('Formats')). */
  clear(rect: Rect): void {
    if (isEntireRows(rect) && isEntireColumns(rect)) {
      this.cells.clear();
      this.rows.clear();
      this.cols.clear();
      this.sheet = {};
      return;
    }
    if (isEntireRows(rect) || isEntireColumns(rect)) {
      const wholeSheet = Object.keys(this.sheet).length > 0;
      const reset = (map: Map<number, FormatProps>, i: number): void => {
        if (wholeSheet) map.set(i, { ...DEFAULT_FORMAT });
        else map.delete(i);
      };
      if (isEntireRows(rect)) for (let r = rect.top; r <= rect.bottom; r += 1) reset(this.rows, r);
      if (isEntireColumns(rect)) for (let c = rect.left; c <= rect.right; c += 1) reset(this.cols, c);
      for (const k of [...this.cells.keys()]) {
        const r = rowOf(k);
        const c = colOf(k);
        if (r >= rect.top && r <= rect.bottom && c >= rect.left && c <= rect.right) this.cells.delete(k);
      }
      return;
    }
    const wholeSheet = Object.keys(this.sheet).length > 0;
    for (let r = rect.top; r <= rect.bottom; r += 1) {
      for (let c = rect.left; c <= rect.right; c += 1) {
        this.cells.delete(key(r, c));
        // A row/column/sheet layer would show through: pin the defaults on the cell.
        if (wholeSheet || this.rows.has(r) || this.cols.has(c)) this.cell(r, c, { ...DEFAULT_FORMAT });
      }
    }
  }

  /** Inserts (count > 0) or deletes (count < 0) rows at `at`; inserted rows take the format of the row above. */
  shiftRows(at: number, count: number): void {
    this.cells = this.shiftMap(this.cells, at, count, MAX_ROWS, true);
    this.rows = this.shiftLayer(this.rows, at, count, MAX_ROWS);
    if (count > 0 && at > 0) {
      const above = at - 1;
      const aboveRow = this.rows.get(above);
      for (let r = at; r < at + count; r += 1) if (aboveRow) this.rows.set(r, { ...aboveRow });
      for (const [k, p] of [...this.cells]) {
        if (rowOf(k) !== above) continue;
        for (let r = at; r < at + count; r += 1) this.cells.set(key(r, colOf(k)), { ...p });
      }
    }
  }

  /** Inserts (count > 0) or deletes (count < 0) columns at `at`; inserted columns take the format of the column to the left. */
  shiftCols(at: number, count: number): void {
    this.cells = this.shiftMap(this.cells, at, count, MAX_COLS, false);
    this.cols = this.shiftLayer(this.cols, at, count, MAX_COLS);
    if (count > 0 && at > 0) {
      const left = at - 1;
      const leftCol = this.cols.get(left);
      for (let c = at; c < at + count; c += 1) if (leftCol) this.cols.set(c, { ...leftCol });
      for (const [k, p] of [...this.cells]) {
        if (colOf(k) !== left) continue;
        for (let c = at; c < at + count; c += 1) this.cells.set(key(rowOf(k), c), { ...p });
      }
    }
  }

  /** Bounding box of cells with formatting of their own (used range without valuesOnly). */
  formattedBounds(): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const k of this.cells.keys()) {
      const r = rowOf(k);
      const c = colOf(k);
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }

  /** Rows and columns whose cells may format differently from their neighbours. */
  distinctIndices(): { rows: Set<number>; cols: Set<number> } {
    const rows = new Set<number>(this.rows.keys());
    const cols = new Set<number>(this.cols.keys());
    for (const k of this.cells.keys()) {
      rows.add(rowOf(k));
      cols.add(colOf(k));
    }
    return { rows, cols };
  }

  /** Cells carrying formatting of their own, for exporting styles. */
  *formattedCells(): Generator<{ row: number; col: number }> {
    for (const k of this.cells.keys()) yield { row: rowOf(k), col: colOf(k) };
  }

  private layer(map: Map<number, FormatProps>, index: number, props: FormatProps): void {
    let p = map.get(index);
    if (!p) {
      p = {};
      map.set(index, p);
    }
    assignProps(p, props);
  }

  private writeThroughCells(where: (row: number, col: number) => boolean, props: FormatProps): void {
    for (const [k, p] of this.cells) if (where(rowOf(k), colOf(k))) assignProps(p, props);
  }

  private shiftMap(
    map: Map<number, FormatProps>,
    at: number,
    count: number,
    limit: number,
    byRow: boolean,
  ): Map<number, FormatProps> {
    const out = new Map<number, FormatProps>();
    for (const [k, p] of map) {
      const r = rowOf(k);
      const c = colOf(k);
      const pos = byRow ? r : c;
      let next = pos;
      if (count > 0 && pos >= at) next = pos + count;
      if (count < 0) {
        if (pos >= at && pos < at - count) continue;
        if (pos >= at - count) next = pos + count;
      }
      if (next >= limit) continue;
      out.set(byRow ? key(next, c) : key(r, next), p);
    }
    return out;
  }

  private shiftLayer(map: Map<number, FormatProps>, at: number, count: number, limit: number): Map<number, FormatProps> {
    const out = new Map<number, FormatProps>();
    for (const [i, p] of map) {
      let next = i;
      if (count > 0 && i >= at) next = i + count;
      if (count < 0) {
        if (i >= at && i < at - count) continue;
        if (i >= at - count) next = i + count;
      }
      if (next < limit) out.set(next, p);
    }
    return out;
  }
}
