import type { WorkbookGrid } from '../grid/types';
import type { ImportRow } from './catalog';

const CODE = /^\d{3}(?:\d{2}){0,2}$/;

export interface CatalogImport {
  rows: ImportRow[];
  /** Chinese, for the user: where nothing usable was found. */
  problems: string[];
}

function codeText(value: unknown): string {
  return typeof value === 'number' && Number.isInteger(value) ? String(value) : typeof value === 'string' ? value.trim() : '';
}

/**
 * A complete 科目 list the user brings (the 科目 sheet of a 一体化系统 export, or any
 * two-column code/name table, as .xlsx or .csv read into grids): every row whose first
 * code-like cell (3, 5 or 7 digits) is followed by a name to its right.
 */
export function catalogRowsFromGrid(workbook: WorkbookGrid): CatalogImport {
  const rows: ImportRow[] = [];
  for (const sheet of workbook.sheets) {
    for (const line of sheet.values) {
      const at = (line ?? []).findIndex((v) => CODE.test(codeText(v)));
      if (at < 0) continue;
      const name = line.slice(at + 1).find((v) => typeof v === 'string' && v.trim() !== '' && !CODE.test(v.trim()));
      if (typeof name === 'string') rows.push({ code: codeText(line[at]), name: name.trim() });
    }
  }
  const problems = rows.length ? [] : ['科目表里没有找到“编码 + 名称”的行（编码为 3、5 或 7 位数字，名称在编码右边）。'];
  return { rows, problems };
}
