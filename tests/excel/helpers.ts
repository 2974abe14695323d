import type { CellStyle, SheetGrid, WorkbookGrid } from '../../src/domain/grid/types';
import { SimWorkbook, createExcelNamespace, type SimOptions } from '../../src/excel-sim';
import { createOfficeWorkbook } from '../../src/excel/office-workbook';
import type { WorkbookPort } from '../../src/excel/port';

export const FIVE_MB = 5_000_000;

export function setup(init?: WorkbookGrid, options?: SimOptions): { sim: SimWorkbook; port: WorkbookPort } {
  const sim = new SimWorkbook(init, options);
  return { sim, port: createOfficeWorkbook(createExcelNamespace(sim)) };
}

/** A user's sheet: text, numbers, a formula, a number format, a merge, a style, a width. */
export function userSheet(name = 'Sheet1'): SheetGrid {
  return {
    name,
    values: [
      ['台账', null, null, null],
      ['编号', '事项', '金额', '备注'],
      ['001', '办公用品', 1200.5, '已付'],
      ['002', '差旅', 3400, null],
      [null, '合计', null, null],
    ],
    formulas: [[], [], [], [], [null, null, '=SUM(C3:C4)', null]],
    numberFormats: [[], [], ['@', null, '#,##0.00'], ['@', null, '#,##0.00'], [null, null, '#,##0.00']],
    merges: [{ top: 0, left: 0, bottom: 0, right: 3 }],
    columnWidths: [10, 20],
    styles: [{ range: { top: 1, left: 0, bottom: 1, right: 3 }, style: { bold: true, border: true } }],
  };
}

export function sheetOf(grid: WorkbookGrid, name: string): SheetGrid {
  const sheet = grid.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The style every cell ends up with when range styles apply in order (later wins per property). */
export function cellStyles(styles: SheetGrid['styles']): Map<string, CellStyle> {
  const out = new Map<string, CellStyle>();
  for (const { range, style } of styles ?? []) {
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left; c <= range.right; c++) out.set(`${r}:${c}`, { ...out.get(`${r}:${c}`), ...style });
    }
  }
  return out;
}

export function maxBytes(sim: SimWorkbook): { request: number; response: number } {
  return {
    request: Math.max(0, ...sim.stats.requests.map((r) => r.requestBytes)),
    response: Math.max(0, ...sim.stats.requests.map((r) => r.responseBytes)),
  };
}
