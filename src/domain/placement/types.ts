/**
 * Plain data the pane hands to the workbook adapter (src/excel/port.ts re-exports these
 * types). Rows and columns are 0-based sheet coordinates, as in src/domain/grid.
 */
import type { SheetGrid } from '../grid/types';

/** A block of cells to write at `origin` of `sheet`; the grid's coordinates are relative to origin. */
export interface PlacedBlock {
  sheet: string;
  origin: { row: number; col: number };
  grid: Omit<SheetGrid, 'name'>;
}

/** What to write: new sheets with their content, blocks in existing sheets, the sheet to show. */
export interface WritePlan {
  /** Sheets to add (names must not exist yet), with their content. */
  newSheets: SheetGrid[];
  /** Blocks written into existing sheets. */
  blocks: PlacedBlock[];
  /** Sheet to show afterwards. */
  activate?: string;
}

/** One cell written after a row insertion; value and formula exclude each other (formula wins). */
export interface PlannedCell {
  row: number;
  col: number;
  value?: string | number | null;
  formula?: string;
  numberFormat?: string;
}

/** Rows to insert into an existing sheet (entire rows, shifting the rows below down), then cells to write. */
export interface RowInsertion {
  sheet: string;
  /** Insertions in any order; each `beforeRow` is in the sheet's coordinates BEFORE any insertion. */
  rows: { beforeRow: number; count: number }[];
  /** Cells written after the insertion, in the sheet's coordinates AFTER it. */
  cells: PlannedCell[];
}

/** A row the plan adds (or fills), in the sheet's coordinates after the insertion. */
export interface AddedRow {
  row: number;
  code?: string;
  name: string;
}

export interface SubjectAdditionPlan extends RowInsertion {
  added: AddedRow[];
  /** Cells whose formula was rewritten to cover the new rows ("C7" style, this sheet). */
  rewritten: string[];
}

export type ProjectAdditionPlan = SubjectAdditionPlan;

export type InsertionTarget = { kind: 'newSheets' } | { kind: 'at'; sheet: string; row: number; col: number };
