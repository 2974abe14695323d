import type { CellRange, CellValue, SheetGrid, WorkbookGrid } from '../domain/grid/types';
import type { AmountRole, TableId } from '../domain/model/types';
import { parseAmount } from '../domain/money';
import { seed000 } from './seed000';
import { seed003 } from './seed003';
import type { Seed, SeedColumn, SeedTable } from './types';

export type { Seed, SeedTable, SeedColumn, HeaderMerge } from './types';
export { seed000 } from './seed000';
export { seed003 } from './seed003';

export const seeds: Seed[] = [seed000, seed003];

export type SeedLayout = 'sheets' | 'stacked';

export interface SeedWorkbookOptions {
  /** 'text' (default): amounts as the printed strings; 'number': parsed numbers. Blank is null either way. */
  amountsAs?: 'text' | 'number';
}

/** Where one table landed in the generated workbook (0-based rows and columns). */
export interface SeedPlacement {
  id: TableId;
  sheet: string;
  titleRow: number;
  firstBodyRow: number;
  bodyRowCount: number;
  col0: number;
}

export const STACKED_SHEET_NAME = '预算公开表';
/** Blank rows between two tables in the 'stacked' layout. */
export const STACKED_GAP = 2;

const AMOUNT_ROLES: ReadonlySet<string> = new Set<AmountRole>([
  'amount', 'total', 'currentYear', 'carryOverUse', 'general', 'fund', 'stateCapital',
  'specialAccount', 'unitFunds', 'carryOver', 'basic', 'project', 'personnel', 'publicUse',
]);

export function isAmountColumn(column: SeedColumn | null): boolean {
  return column !== null && AMOUNT_ROLES.has(column.role);
}

export function seedTable(seed: Seed, id: TableId): SeedTable {
  const table = seed.tables.find((t) => t.id === id);
  if (!table) throw new Error(`seed ${seed.key} has no ${id}`);
  return table;
}

/** "表1" … "表13": the sheet a table gets in the 'sheets' layout. */
export function sheetNameFor(id: TableId): string {
  return `表${Number(id.slice(1))}`;
}

export function tableWidth(table: SeedTable): number {
  return table.headerRows[0].length;
}

function textCell(text: string): CellValue {
  return text === '' ? null : text;
}

/** A printed amount as a cell: the string itself, or its number; blank stays null. */
export function amountCell(text: string, amountsAs: 'text' | 'number'): CellValue {
  if (amountsAs === 'text') return textCell(text);
  const parsed = parseAmount(text);
  if (parsed.kind === 'empty') return null;
  if (parsed.kind !== 'number') throw new Error(`seed amount "${text}" is not a number`);
  return Number(parsed.value.toString());
}

/** A table block laid out from row 0 / col 0; the caller shifts it to its place. */
interface Block {
  values: CellValue[][];
  numberFormats: (string | null)[][];
  merges: CellRange[];
  titleRow: number;
  firstBodyRow: number;
  bodyRowCount: number;
}

const NUMBER_FORMAT = '#,##0.00';

function tableBlock(table: SeedTable, amountsAs: 'text' | 'number'): Block {
  const width = tableWidth(table);
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  const merges: CellRange[] = [];
  const line = (text: string, col = 0): void => {
    const row: CellValue[] = new Array<CellValue>(width).fill(null);
    row[col] = text;
    values.push(row);
    numberFormats.push(new Array<string | null>(width).fill(null));
  };

  if (table.label) line(table.label);
  const titleRow = values.length;
  line(table.title);
  if (width > 1) merges.push({ top: titleRow, left: 0, bottom: titleRow, right: width - 1 });
  line(table.departmentLine);
  // Published sheets put 单位：万元 at the right edge.
  line(table.unitLine, width - 1);

  const headerTop = values.length;
  for (const header of table.headerRows) {
    values.push(header.map(textCell));
    numberFormats.push(new Array<string | null>(width).fill(null));
  }
  for (const m of table.headerMerges ?? []) {
    merges.push({ top: headerTop + m.top, left: m.left, bottom: headerTop + m.bottom, right: m.right });
  }

  const firstBodyRow = values.length;
  for (const row of table.rows) {
    values.push(row.map((text, col) => (isAmountColumn(table.columns[col]) ? amountCell(text, amountsAs) : textCell(text))));
    numberFormats.push(
      row.map((text, col) => (amountsAs === 'number' && text !== '' && isAmountColumn(table.columns[col]) ? NUMBER_FORMAT : null)),
    );
  }
  for (const note of table.notes) line(note);
  return { values, numberFormats, merges, titleRow, firstBodyRow, bodyRowCount: table.rows.length };
}

function columnWidths(tables: SeedTable[]): number[] {
  const widths: number[] = [];
  for (const table of tables) {
    table.columns.forEach((column, col) => {
      const wide = column !== null && !isAmountColumn(column) && column.role !== 'code';
      widths[col] = Math.max(widths[col] ?? 0, wide ? 36 : 14);
    });
  }
  return widths;
}

function emptySheet(name: string): SheetGrid {
  return { name, values: [], numberFormats: [], merges: [] };
}

function appendBlock(sheet: SheetGrid, block: Block, top: number): void {
  block.values.forEach((row, r) => {
    sheet.values[top + r] = row;
    sheet.numberFormats![top + r] = block.numberFormats[r];
  });
  for (const m of block.merges) sheet.merges!.push({ top: top + m.top, left: m.left, bottom: top + m.bottom, right: m.right });
}

/**
 * The published-document look of a seed: per table the label line (if any), title,
 * 部门名称 line, 单位 line (right edge), header rows with merges, body rows, notes.
 * 'sheets': one table per sheet named 表1…表13; 'stacked': all tables in one sheet
 * "预算公开表" with 2 blank rows between tables.
 */
export function seedWorkbookWithIndex(
  seed: Seed,
  layout: SeedLayout,
  options: SeedWorkbookOptions = {},
): { workbook: WorkbookGrid; placements: SeedPlacement[] } {
  const amountsAs = options.amountsAs ?? 'text';
  const placements: SeedPlacement[] = [];
  const sheets: SheetGrid[] = [];

  if (layout === 'sheets') {
    for (const table of seed.tables) {
      const sheet = emptySheet(sheetNameFor(table.id));
      const block = tableBlock(table, amountsAs);
      appendBlock(sheet, block, 0);
      sheet.columnWidths = columnWidths([table]);
      sheets.push(sheet);
      placements.push({
        id: table.id, sheet: sheet.name, titleRow: block.titleRow,
        firstBodyRow: block.firstBodyRow, bodyRowCount: block.bodyRowCount, col0: 0,
      });
    }
  } else {
    const sheet = emptySheet(STACKED_SHEET_NAME);
    let top = 0;
    for (const table of seed.tables) {
      if (top > 0) {
        for (let i = 0; i < STACKED_GAP; i++) {
          sheet.values[top] = [];
          sheet.numberFormats![top] = [];
          top++;
        }
      }
      const block = tableBlock(table, amountsAs);
      appendBlock(sheet, block, top);
      placements.push({
        id: table.id, sheet: sheet.name, titleRow: top + block.titleRow,
        firstBodyRow: top + block.firstBodyRow, bodyRowCount: block.bodyRowCount, col0: 0,
      });
      top += block.values.length;
    }
    sheet.columnWidths = columnWidths(seed.tables);
    sheets.push(sheet);
  }
  return { workbook: { sheets }, placements };
}

export function seedWorkbook(seed: Seed, layout: SeedLayout, options: SeedWorkbookOptions = {}): WorkbookGrid {
  return seedWorkbookWithIndex(seed, layout, options).workbook;
}

export interface SeedCodeNamePair {
  code: string;
  name: string;
  table: TableId;
}

const CODED_TABLES: readonly TableId[] = ['T02', 'T03', 'T05', 'T07', 'T08', 'T09'];

/**
 * Every (科目编码, 科目名称) pair printed in T02, T03, T05, T07, T08 and T09 of a seed,
 * both sides of T09, once per table (T09 000 repeats the same pairs on both sides).
 * T07 pairs are 收入分类 codes; the others are 支出功能分类 codes.
 */
export function seedCodeNamePairs(seed: Seed): SeedCodeNamePair[] {
  const pairs: SeedCodeNamePair[] = [];
  const seen = new Set<string>();
  for (const id of CODED_TABLES) {
    const table = seedTable(seed, id);
    table.columns.forEach((codeColumn, codeCol) => {
      if (codeColumn?.role !== 'code') return;
      const nameCol = table.columns.findIndex((c) => c?.role === 'name' && c.side === codeColumn.side);
      if (nameCol < 0) throw new Error(`seed ${seed.key} ${id}: no name column beside code column ${codeCol}`);
      for (const row of table.rows) {
        const code = row[codeCol];
        if (!/^\d+$/.test(code)) continue;
        const key = `${id}|${code}|${row[nameCol]}`;
        if (seen.has(key)) continue;
        seen.add(key);
        pairs.push({ code, name: row[nameCol], table: id });
      }
    });
  }
  return pairs;
}
