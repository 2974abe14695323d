import { parseRangeA1, refA1 } from '../grid/address';
import type { SheetGrid } from '../grid/types';
import type { TableMetaCells, TableModel } from '../model/types';
import { readMetaCell } from './meta';
import { cellText } from './text';

/** Rows from the title down that may hold the 部门名称 and 单位 lines. */
const META_ROWS = 5;

/**
 * Finds the cells of a table's title, 部门名称 and 单位 lines (the first of each from the
 * title row down), so a finding about them can name the cell.
 */
export function locateMetaCells(sheet: SheetGrid, table: TableModel): TableMetaCells {
  const range = parseRangeA1(table.range);
  const out: TableMetaCells = {};
  const at = (row: number, col: number): string => refA1({ sheet: sheet.name, row, col });
  const right = Math.max(range.right, ...sheet.values.slice(range.top, range.top + META_ROWS + 1).map((r) => (r?.length ?? 0) - 1));
  for (let row = range.top; row <= Math.min(range.bottom, range.top + META_ROWS); row++) {
    for (let col = range.left; col <= right; col++) {
      const text = cellText(sheet.values[row]?.[col]);
      if (text === '') continue;
      if (row === range.top && out.title === undefined) {
        out.title = at(row, col);
        continue;
      }
      const meta = readMetaCell(text);
      if (!meta) continue;
      if ((meta.kind === 'department' || meta.kind === 'departmentAndUnit') && out.department === undefined) out.department = at(row, col);
      if ((meta.kind === 'unit' || meta.kind === 'departmentAndUnit') && out.unit === undefined) out.unit = at(row, col);
    }
  }
  return out;
}
