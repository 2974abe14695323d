import { a1 } from '../domain/grid/address';
import type { PlacedBlock } from '../domain/placement/types';
import type { OccupiedCells } from './port';
import { contentSize } from './write-grid';

/** Addresses listed per sheet; `count` says how many there are in all. */
const LISTED = 30;

export interface OccupancyCheck {
  block: PlacedBlock;
  sheet: Excel.Worksheet;
  range?: Excel.Range;
  /** False when the cells were not read (overwrite allowed). */
  cellsLoaded: boolean;
}

/**
 * Queues the read of every block's target rectangle: `formulas` only, which holds the
 * formula text of formula cells and the value of the others ("" when empty), so a formula
 * that shows blank still counts. Blocks on a sheet that does not exist read nothing.
 */
export function queueOccupancy(context: Excel.RequestContext, blocks: readonly PlacedBlock[], readCells = true): OccupancyCheck[] {
  return blocks.map((block) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(block.sheet);
    sheet.load('name');
    const { rows, cols } = contentSize(block.grid);
    if (rows === 0 || cols === 0) return { block, sheet, cellsLoaded: false };
    const range = sheet.getRangeByIndexes(block.origin.row, block.origin.col, rows, cols);
    if (readCells) range.load('formulas');
    return { block, sheet, range, cellsLoaded: readCells };
  });
}

/** After the sync: the non-empty target cells, per sheet, in the order found. */
export function occupiedCells(checks: readonly OccupancyCheck[]): OccupiedCells[] {
  const bySheet = new Map<string, { entry: OccupiedCells; seen: Set<string> }>();
  for (const { block, sheet, range, cellsLoaded } of checks) {
    if (sheet.isNullObject || !range || !cellsLoaded) continue;
    const formulas = range.formulas as unknown[][];
    formulas.forEach((row, r) =>
      row.forEach((f, c) => {
        if (f === '' || f === null || f === undefined) return;
        const found = bySheet.get(sheet.name) ?? { entry: { sheet: sheet.name, cells: [], count: 0 }, seen: new Set<string>() };
        bySheet.set(sheet.name, found);
        const address = a1(block.origin.row + r, block.origin.col + c);
        if (found.seen.has(address)) return;
        found.seen.add(address);
        found.entry.count += 1;
        if (found.entry.cells.length < LISTED) found.entry.cells.push(address);
      }),
    );
  }
  return [...bySheet.values()].map((x) => x.entry);
}
