import { a1, columnLetter } from '../domain/grid/address';
import type { CellRange } from '../domain/grid/types';
import type { SimWorkbook } from '../excel-sim';

/** What the grid shows of one sheet: texts as Excel formats them, formulas, a few formats, merges. */
export interface SheetSnapshot {
  name: string;
  rows: number;
  cols: number;
  text: string[][];
  /** Formula text where the cell holds one; else the value as typed (for the formula bar). */
  input: string[][];
  numeric: boolean[][];
  bold: boolean[][];
  align: (string | undefined)[][];
  fill: (string | undefined)[][];
  merges: CellRange[];
  /** Pixels per column. */
  widths: number[];
  selection: CellRange;
}

const MIN_ROWS = 40;
const MIN_COLS = 10;
const EXTRA_ROWS = 8;
const EXTRA_COLS = 2;
const DEFAULT_WIDTH_PT = 48;
const MAX_WIDTH_PX = 320;

/** Reads a sheet straight from the sim (no request, no sync counted: the playground is not the add-in). */
export function snapshotSheet(sim: SimWorkbook, name: string): SheetSnapshot {
  const engine = sim._engine;
  const sheet = engine.sheetByName(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const used = engine.usedRange(sheet, false);
  const rows = Math.max(MIN_ROWS, (used?.bottom ?? 0) + 1 + EXTRA_ROWS);
  const cols = Math.max(MIN_COLS, (used?.right ?? 0) + 1 + EXTRA_COLS);
  const area = `A1:${columnLetter(cols - 1)}${rows}`;
  const read = sim.read(name, area);
  const text = read.text.map((r) => r.map((t) => String(t ?? '')));
  const input = read.formulas.map((r) => r.map((v) => (v === null || v === undefined ? '' : String(v))));
  const numeric = read.values.map((r) => r.map((v) => typeof v === 'number'));
  const bold: boolean[][] = [];
  const align: (string | undefined)[][] = [];
  const fill: (string | undefined)[][] = [];
  for (let r = 0; r < rows; r += 1) {
    bold.push([]);
    align.push([]);
    fill.push([]);
    for (let c = 0; c < cols; c += 1) {
      bold[r].push(sheet.formats.get(r, c, 'bold') === true);
      const h = sheet.formats.get(r, c, 'horizontalAlignment') as string;
      align[r].push(h === 'Center' || h === 'CenterAcrossSelection' ? 'center' : h === 'Right' ? 'right' : h === 'Left' ? 'left' : undefined);
      const f = sheet.formats.get(r, c, 'fillColor') as string;
      fill[r].push(f ? f : undefined);
    }
  }
  const widths: number[] = [];
  for (let c = 0; c < cols; c += 1) {
    const pt = sheet.columnWidths.get(c) ?? DEFAULT_WIDTH_PT;
    widths.push(Math.min(MAX_WIDTH_PX, Math.round((pt * 4) / 3)));
  }
  return { name, rows, cols, text, input, numeric, bold, align, fill, merges: sheet.merges.map((m) => ({ ...m })), widths, selection: { ...sheet.selection } };
}

export function addressOf(range: CellRange): string {
  const start = a1(range.top, range.left);
  const end = a1(range.bottom, range.right);
  return start === end ? start : `${start}:${end}`;
}
