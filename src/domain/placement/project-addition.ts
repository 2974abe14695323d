import { a1 } from '../grid/address';
import type { SheetGrid } from '../grid/types';
import type { TableModel } from '../model/types';
import { extendRangesEndingAt, shiftRows } from './formula-refs';
import { PlacementRefusedError } from './refusal';
import { cellAt, rowSumFormula, TableGrid } from './table-grid';
import type { PlannedCell, ProjectAdditionPlan } from './types';

function sameName(a: string, b: string): boolean {
  const norm = (s: string): string => s.replace(/[\s\u00a0\u3000]+/g, '');
  return norm(a) === norm(b);
}

/**
 * Adds a project to a recognized 表12/表13. An empty project row of the table (the
 * template leaves some to type into) takes the name; otherwise a row is inserted after
 * the table's last row with the row-total formula of the other project rows, and the
 * SUM ranges of the 合计/unit rows that end at the old last row are widened to it
 * (Excel does not widen a range for a row inserted after its last row).
 */
export function planProjectAddition(table: TableModel, sheet: SheetGrid, name: string): ProjectAdditionPlan {
  if (table.id !== 'T12' && table.id !== 'T13') {
    throw new PlacementRefusedError('unsupported', `只能在表12、表13中添加项目；“${table.title}”不是项目支出表。`);
  }
  const label = `表${table.id === 'T12' ? 12 : 13}（${sheet.name}）`;
  const projectName = name.trim();
  if (!projectName) throw new PlacementRefusedError('invalidCode', '请填写项目名称。');

  const grid = new TableGrid(table, sheet);
  const nameCol = grid.colOf('projectName', 'name');
  const totalCol = grid.colOf('total');
  if (nameCol === undefined) throw new PlacementRefusedError('unsupported', `${label}没有识别出“项目名称”列，无法添加项目。`);
  const amountCols = grid.amountCols;

  const projects = table.rows.filter((r) => r.kind === 'project');
  const duplicate = projects.find((r) => sameName(r.name, projectName));
  if (duplicate) throw new PlacementRefusedError('exists', `${label}第 ${duplicate.row + 1} 行已有项目“${projectName}”。`);

  const subtotals = table.rows.filter((r) => r.kind === 'total' || r.kind === 'unit').map((r) => r.row);
  const firstBody = Math.min(...subtotals, ...projects.map((r) => r.row));
  if (!Number.isFinite(firstBody)) throw new PlacementRefusedError('unsupported', `${label}没有识别出合计行或项目行，无法确定新项目的位置。`);
  const known = new Set(table.rows.map((r) => r.row));
  const lastOld = Math.max(grid.rangeBottom, grid.lowestReferencedRow(subtotals), ...known);

  // An empty row to type into: no name, no typed amounts (formulas are the template's).
  for (let row = firstBody + 1; row <= lastOld; row++) {
    if (known.has(row) || !grid.isBlank(row, nameCol)) continue;
    if (amountCols.some((c) => grid.hasTypedAmount(row, c))) continue;
    return { sheet: sheet.name, rows: [], cells: [cellAt(row, nameCol, { value: projectName })], added: [{ row, name: projectName }], rewritten: [] };
  }

  const row = lastOld + 1;
  const cells: PlannedCell[] = [cellAt(row, nameCol, { value: projectName })];
  const likeRow = lastOld > firstBody && !subtotals.includes(lastOld) ? lastOld : undefined;
  for (const col of amountCols) {
    const numberFormat = grid.amountFormat(likeRow ?? firstBody, col);
    const source = likeRow !== undefined ? grid.formula(likeRow, col) : null;
    if (source !== null) {
      cells.push(cellAt(row, col, { formula: shiftRows(source, row - (likeRow as number)), numberFormat }));
    } else if (likeRow === undefined && col === totalCol) {
      cells.push(cellAt(row, col, { formula: rowSumFormula(row, amountCols.filter((c) => c !== totalCol)), numberFormat }));
    } else {
      cells.push(cellAt(row, col, { numberFormat }));
    }
  }

  const rewritten: string[] = [];
  for (const sub of subtotals) {
    for (const col of amountCols) {
      const f = grid.formula(sub, col);
      if (!f) continue;
      const widened = extendRangesEndingAt(f, lastOld, 1);
      if (widened === f) continue;
      cells.push(cellAt(sub, col, { formula: widened }));
      rewritten.push(a1(sub, col));
    }
  }
  return { sheet: sheet.name, rows: [{ beforeRow: row, count: 1 }], cells, added: [{ row, name: projectName }], rewritten };
}
