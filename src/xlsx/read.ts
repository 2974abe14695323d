import ExcelJS from 'exceljs';
import type { CellRange, CellValue, SheetGrid, WorkbookGrid } from '../domain/grid/types';
import { parseRangeA1 } from '../domain/grid/address';

type ExcelCellValue = ExcelJS.CellValue;

/**
 * ExcelJS drops a cached formula result of 0 when it loads a file (it copies the result only
 * when truthy), so a formula without a result is either "never computed" (files written by
 * ExcelJS, ours included) or 0 (files saved by Excel or LibreOffice, which always cache
 * results). `computed` tells which: the workbook carries cached results elsewhere.
 */
function formulaResult(result: unknown, computed: boolean): CellValue {
  if (result === undefined || result === null) return computed ? 0 : null;
  if (typeof result === 'object' && 'error' in result) return (result as { error: string }).error;
  if (result instanceof Date) return result.toISOString().slice(0, 10);
  return result as CellValue;
}

function hasCachedResults(wb: ExcelJS.Workbook): boolean {
  let found = false;
  wb.eachSheet((ws) => {
    if (found) return;
    ws.eachRow((row) => {
      if (found) return;
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula && cell.result !== undefined && cell.result !== null) found = true;
      });
    });
  });
  return found;
}

/** What a cell shows, as the domain sees it: numbers stay numbers, text stays text. */
function plainValue(v: ExcelCellValue, computed: boolean): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return Array.isArray(v.richText) ? v.richText.map((r) => String(r?.text ?? '')).join('') : '';
    if ('error' in v) return v.error;
    if ('formula' in v || 'sharedFormula' in v) return formulaResult((v as { result?: unknown }).result, computed);
    if ('text' in v) return String((v as { text: unknown }).text);
  }
  return String(v);
}

function formulaOf(cell: ExcelJS.Cell): string | null {
  const f = cell.formula;
  return f ? `=${f}` : null;
}

export function sheetToGrid(ws: ExcelJS.Worksheet, computed: boolean): SheetGrid {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  let anyFormula = false;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    const vRow: CellValue[] = [];
    const fRow: (string | null)[] = [];
    const nRow: (string | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      // Merged slave cells repeat the master's value in ExcelJS; the grid keeps them empty, as Excel does.
      try {
        if (cell.isMerged && cell.master !== cell) return;
        vRow[c] = plainValue(cell.value, computed);
        const f = formulaOf(cell);
        if (f) {
          fRow[c] = f;
          anyFormula = true;
        }
        if (cell.numFmt) nRow[c] = cell.numFmt;
      } catch (e) {
        throw new Error(`工作表“${ws.name}”的单元格 ${cell.address} 无法读取：请在 Excel 中重新输入这个单元格，另存后再检查。（${(e as Error).message}）`);
      }
    });
    values[r] = vRow;
    formulas[r] = fRow;
    numberFormats[r] = nRow;
  });
  for (let r = 0; r < values.length; r++) {
    values[r] ??= [];
    formulas[r] ??= [];
    numberFormats[r] ??= [];
  }
  const merges: CellRange[] = (ws.model.merges ?? []).map((m: string) => parseRangeA1(m));
  const columnWidths: (number | undefined)[] = [];
  (ws.columns ?? []).forEach((col, i) => {
    if (col && col.width) columnWidths[i] = col.width;
  });
  return {
    name: ws.name,
    ...(ws.state === 'hidden' || ws.state === 'veryHidden' ? { hidden: true } : {}),
    values,
    formulas: anyFormula ? formulas : undefined,
    numberFormats,
    merges,
    columnWidths,
  };
}

/** Reads every worksheet of an .xlsx (as bytes) into grids. Throws a Chinese message for a file that is not .xlsx. */
export async function readWorkbookBuffer(data: Buffer | ArrayBuffer | Uint8Array): Promise<WorkbookGrid> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as ArrayBuffer);
  } catch (e) {
    throw new Error(
      `不是有效的 .xlsx 工作簿：内容已损坏或格式不标准。请在 Excel/WPS 中打开它，另存为 .xlsx 后再检查（如果是 .xls 或 .et 文件，也请这样另存）。（技术细节：${(e as Error).message}）`,
    );
  }
  const computed = hasCachedResults(wb);
  const sheets: SheetGrid[] = [];
  wb.eachSheet((ws) => {
    sheets.push(sheetToGrid(ws, computed));
  });
  return { sheets };
}
