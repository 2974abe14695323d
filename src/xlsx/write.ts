import ExcelJS from 'exceljs';
import type { CellStyle, CellValue, RangeStyle, SheetGrid, WorkbookGrid } from '../domain/grid/types';

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  if (style.bold !== undefined || style.fontSize !== undefined) {
    cell.font = { ...cell.font, ...(style.bold !== undefined ? { bold: style.bold } : {}), ...(style.fontSize ? { size: style.fontSize } : {}) };
  }
  if (style.horizontal || style.vertical || style.wrap !== undefined) {
    cell.alignment = {
      ...cell.alignment,
      ...(style.horizontal ? { horizontal: style.horizontal } : {}),
      ...(style.vertical ? { vertical: style.vertical } : {}),
      ...(style.wrap !== undefined ? { wrapText: style.wrap } : {}),
    };
  }
  if (style.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (style.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
}

function applyStyles(ws: ExcelJS.Worksheet, styles: RangeStyle[]): void {
  for (const { range, style } of styles) {
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left; c <= range.right; c++) applyStyle(ws.getCell(r + 1, c + 1), style);
    }
  }
}

function writeSheet(ws: ExcelJS.Worksheet, grid: SheetGrid): void {
  const rows = Math.max(grid.values.length, grid.formulas?.length ?? 0);
  for (let r = 0; r < rows; r++) {
    const vRow = grid.values[r] ?? [];
    const fRow = grid.formulas?.[r] ?? [];
    const nRow = grid.numberFormats?.[r] ?? [];
    const cols = Math.max(vRow.length, fRow.length, nRow.length);
    for (let c = 0; c < cols; c++) {
      const formula = fRow[c];
      const value: CellValue | undefined = vRow[c];
      const fmt = nRow[c];
      if (!formula && (value === null || value === undefined) && !fmt) continue;
      const cell = ws.getCell(r + 1, c + 1);
      if (formula) {
        // No cached result: Excel and LibreOffice compute it on load.
        cell.value = { formula: formula.replace(/^=/, '') } as ExcelJS.CellFormulaValue;
      } else if (value !== null && value !== undefined) {
        cell.value = value;
      }
      if (fmt) cell.numFmt = fmt;
    }
  }
  for (const m of grid.merges ?? []) {
    ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  (grid.columnWidths ?? []).forEach((w, i) => {
    if (w) ws.getColumn(i + 1).width = w;
  });
  applyStyles(ws, grid.styles ?? []);
  if (grid.print) {
    ws.pageSetup.orientation = grid.print.landscape ? 'landscape' : 'portrait';
    if (grid.print.fitToWidth) {
      ws.pageSetup.fitToPage = true;
      ws.pageSetup.fitToWidth = 1;
      ws.pageSetup.fitToHeight = 0;
    }
  }
}

/** Writes grids into a new .xlsx; formulas carry no cached value and are computed when the file is opened. */
export async function writeWorkbookBuffer(workbook: WorkbookGrid): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '预算公开助手';
  wb.calcProperties.fullCalcOnLoad = true;
  for (const sheet of workbook.sheets) writeSheet(wb.addWorksheet(sheet.name), sheet);
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}
