/**
 * Plain cell grids: the one shape in which workbooks reach the domain, whether
 * they come from the Excel adapter (src/excel), from an .xlsx file (src/xlsx) or from a
 * template. Rows and columns are 0-based; row 0 / col 0 is cell A1.
 */
export type CellValue = string | number | boolean | null;

/** An inclusive rectangle of cells, 0-based. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Presentation of a block of cells; applied in order, later entries win per property. */
export interface CellStyle {
  bold?: boolean;
  fontSize?: number;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  /** Thin borders around every cell of the range. */
  border?: boolean;
  /** Background colour "#RRGGBB". */
  fill?: string;
}

export interface RangeStyle {
  range: CellRange;
  style: CellStyle;
}

export interface SheetGrid {
  name: string;
  /** The sheet is hidden (or very hidden) in the workbook: a stale copy must not win over a visible table. */
  hidden?: boolean;
  /** Displayed/computed values, row-major. Ragged rows are allowed; missing cells are empty. */
  values: CellValue[][];
  /** Formula text ("=SUM(C5:C9)") where a cell holds a formula; null or absent otherwise. */
  formulas?: (string | null)[][];
  /** Number format per cell, e.g. "#,##0.00"; null or absent for General. */
  numberFormats?: (string | null)[][];
  merges?: CellRange[];
  /** Column widths in Excel character units, by column index. */
  columnWidths?: (number | undefined)[];
  /** Range styles, by range so an adapter writes each with one call. */
  styles?: RangeStyle[];
  /** Print setup for sheets the add-in creates. */
  print?: { landscape: boolean; fitToWidth: boolean };
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
}

/** A reference to one cell of a named sheet, 0-based. */
export interface CellRef {
  sheet: string;
  row: number;
  col: number;
}
