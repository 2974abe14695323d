import type { PlannedCell, RowInsertion } from '../domain/placement/types';
import type { ExcelApi } from './excel-api';
import { formulaInput } from './cell-input';
import { MAX_ROWS } from './write-grid';
import { withEventsSuspended } from './suspended-events';

/** Cells of one row that sit side by side, written as one range. */
function runsOf(cells: readonly PlannedCell[]): PlannedCell[][] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: PlannedCell[][] = [];
  for (const cell of sorted) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (last && last.row === cell.row && last.col === cell.col) run[run.length - 1] = cell;
    else if (last && last.row === cell.row && last.col === cell.col - 1) run.push(cell);
    else runs.push([cell]);
  }
  return runs;
}

/** A planned cell as the `formulas` entry: formula, value (null clears), or null to leave it. */
function cellInput(cell: PlannedCell): string | number | boolean | null {
  if (cell.formula) return cell.formula;
  if (cell.value === undefined) return null;
  if (cell.value === null) return '';
  return formulaInput(cell.value, null, cell.numberFormat);
}

/**
 * Entire rows inserted bottom-up (so every `beforeRow` still means the row it meant), then
 * the cells, number formats first. One Excel.run: a read of the events setting and of the
 * sheet, one request with the changes while events are suspended, one to restore them.
 */
export async function insertRowsInto(excel: ExcelApi, insertion: RowInsertion): Promise<void> {
  const total = insertion.rows.reduce((n, r) => n + r.count, 0);
  for (const r of insertion.rows) {
    if (!Number.isInteger(r.beforeRow) || !Number.isInteger(r.count) || r.beforeRow < 0 || r.count < 1 || r.beforeRow >= MAX_ROWS) {
      throw new Error(`插入行的位置无效（第 ${r.beforeRow + 1} 行前插入 ${r.count} 行）。`);
    }
  }
  await excel.run(async (context) => {
    const runtime = context.runtime;
    runtime.load('enableEvents');
    const sheet = context.workbook.worksheets.getItemOrNullObject(insertion.sheet);
    sheet.load('name');
    // Rows pushed off the bottom of the grid must be empty, or Excel refuses the insert.
    const tail = total > 0 ? sheet.getRangeByIndexes(MAX_ROWS - total, 0, total, 1).getEntireRow().getUsedRangeOrNullObject(true) : undefined;
    tail?.load('address');
    await context.sync();
    if (sheet.isNullObject) throw new Error(`工作簿中没有工作表“${insertion.sheet}”：请刷新后重试。`);
    if (tail && !tail.isNullObject) throw new Error(`工作表“${insertion.sheet}”的最后几行有内容，无法再插入行：请先清除 ${tail.address} 的内容。`);

    await withEventsSuspended(context, runtime.enableEvents, async () => {
      const bottomUp = [...insertion.rows].sort((a, b) => b.beforeRow - a.beforeRow);
      for (const r of bottomUp) sheet.getRangeByIndexes(r.beforeRow, 0, r.count, 1).getEntireRow().insert('Down');
      for (const run of runsOf(insertion.cells)) {
        const range = sheet.getRangeByIndexes(run[0].row, run[0].col, 1, run.length);
        if (run.some((c) => c.numberFormat !== undefined)) range.numberFormat = [run.map((c) => c.numberFormat ?? null)] as string[][];
        if (run.some((c) => cellInput(c) !== null)) range.formulas = [run.map(cellInput)] as (string | number | boolean)[][];
      }
      await context.sync();
    });
  });
}
