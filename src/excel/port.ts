/**
 * What the task pane needs from a workbook. The Office.js adapter (office-workbook.ts)
 * implements it for Excel and, unchanged, for ExcelSim in tests and the playground; the
 * pane never calls Office.js itself. Rows and columns are 0-based, as in src/domain/grid.
 */
import type { CellRange, WorkbookGrid } from '../domain/grid/types';
import type { PlacedBlock, RowInsertion, WritePlan } from '../domain/placement/types';

export interface SelectionInfo {
  sheet: string;
  /** "B3:D5", without the sheet name. */
  address: string;
  range: CellRange;
}

export type { PlacedBlock, PlannedCell, RowInsertion } from '../domain/placement/types';

export interface WriteRequest extends WritePlan {
  /** Only after the user confirmed: write over non-empty cells. */
  allowOverwrite?: boolean;
}

/** Non-empty cells found where a write would go: "A1" style addresses on `sheet`, first ones only. */
export interface OccupiedCells {
  sheet: string;
  cells: string[];
  /** How many non-empty cells in all (cells lists at most a few dozen). */
  count: number;
}

export interface WorkbookChange {
  sheet?: string;
  address?: string;
}

export interface WorkbookPort {
  /** Every sheet's used range as grids: values, formulas, merges, number formats. A constant number of syncs. */
  readWorkbook(): Promise<WorkbookGrid>;
  sheetNames(): Promise<string[]>;
  getSelection(): Promise<SelectionInfo>;
  /** Which target cells already hold something (values or formulas). One read, whatever the number of blocks. */
  findOccupied(blocks: PlacedBlock[]): Promise<OccupiedCells[]>;
  /**
   * Writes in one batch. Unless allowOverwrite, re-checks the targets first in the same run
   * and throws OverwriteRefusedError naming the cells, having written nothing.
   */
  write(request: WriteRequest): Promise<void>;
  insertRows(insertion: RowInsertion): Promise<void>;
  /** Activates the sheet and selects the range ("C6" or "C6:E9"). */
  select(sheet: string, address: string): Promise<void>;
  /** Calls back after the user changes cells (not for the add-in's own writes). Returns an unsubscribe function. */
  onChanged(handler: (change: WorkbookChange) => void): Promise<() => Promise<void>>;
}

export class OverwriteRefusedError extends Error {
  constructor(readonly occupied: OccupiedCells[]) {
    super(
      `目标位置已有内容，未写入任何单元格：${occupied
        .map((o) => `${o.sheet}!${o.cells.slice(0, 5).join('、')}${o.count > 5 ? ` 等 ${o.count} 个单元格` : ''}`)
        .join('；')}。请选择空白位置，或插入到新工作表。`,
    );
    this.name = 'OverwriteRefusedError';
  }
}
