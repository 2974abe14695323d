import type { CellRange, CellStyle, CellValue, RangeStyle, SheetGrid, WorkbookGrid } from '../domain/grid/types';
import { type Rect, parseLocalAddress } from './address';
import { effectiveEdge } from './borders';
import { type CellContent, contentFromGrid } from './cellInput';
import { type SheetState, type SimOptions, type SimStats, WorkbookEngine, charsToPoints, pointsToChars } from './engine';
import type { FormatProps } from './sheetFormats';

const THIN: FormatProps['borderTop'] = { style: 'Continuous', color: '#000000', weight: 'Thin' };
const H_TO_EXCEL: Record<NonNullable<CellStyle['horizontal']>, string> = { left: 'Left', center: 'Center', right: 'Right' };
const V_TO_EXCEL: Record<NonNullable<CellStyle['vertical']>, string> = { top: 'Top', middle: 'Center', bottom: 'Bottom' };
const H_FROM_EXCEL: Record<string, CellStyle['horizontal']> = { Left: 'left', Center: 'center', Right: 'right' };
const V_FROM_EXCEL: Record<string, CellStyle['vertical']> = { Top: 'top', Center: 'middle', Bottom: undefined };

function styleToFormat(style: CellStyle): FormatProps {
  const p: FormatProps = {};
  if (style.bold !== undefined) p.bold = style.bold;
  if (style.fontSize !== undefined) p.fontSize = style.fontSize;
  if (style.horizontal) p.horizontalAlignment = H_TO_EXCEL[style.horizontal];
  if (style.vertical) p.verticalAlignment = V_TO_EXCEL[style.vertical];
  if (style.wrap !== undefined) p.wrapText = style.wrap;
  if (style.fill) p.fillColor = style.fill.toUpperCase();
  if (style.border) {
    p.borderTop = THIN;
    p.borderBottom = THIN;
    p.borderLeft = THIN;
    p.borderRight = THIN;
  }
  return p;
}

function cellStyle(sheet: SheetState, row: number, col: number): CellStyle {
  const f = sheet.formats;
  const s: CellStyle = {};
  if (f.get(row, col, 'bold') === true) s.bold = true;
  const size = f.get(row, col, 'fontSize') as number;
  if (size !== 11) s.fontSize = size;
  const h = H_FROM_EXCEL[f.get(row, col, 'horizontalAlignment') as string];
  if (h) s.horizontal = h;
  const v = V_FROM_EXCEL[f.get(row, col, 'verticalAlignment') as string];
  if (v) s.vertical = v;
  if (f.get(row, col, 'wrapText') === true) s.wrap = true;
  const fill = f.get(row, col, 'fillColor') as string;
  if (fill) s.fill = fill;
  const edges = (['borderTop', 'borderBottom', 'borderLeft', 'borderRight'] as const).map((k) => effectiveEdge(sheet, row, col, k).style !== 'None');
  if (edges.every(Boolean)) s.border = true;
  return s;
}

/** Groups equal styles into rectangles: runs along rows, then runs of equal rows. */
function groupStyles(cells: { row: number; col: number; style: CellStyle }[]): RangeStyle[] {
  const byRow = new Map<number, { col: number; key: string; style: CellStyle }[]>();
  for (const c of cells) {
    const key = JSON.stringify(c.style);
    if (key === '{}') continue;
    const list = byRow.get(c.row) ?? [];
    list.push({ col: c.col, key, style: c.style });
    byRow.set(c.row, list);
  }
  type Run = { left: number; right: number; key: string; style: CellStyle };
  const open = new Map<string, RangeStyle & { key: string }>();
  const done: RangeStyle[] = [];
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  for (const row of rows) {
    const list = (byRow.get(row) ?? []).sort((a, b) => a.col - b.col);
    const runs: Run[] = [];
    for (const c of list) {
      const last = runs[runs.length - 1];
      if (last && last.key === c.key && last.right === c.col - 1) last.right = c.col;
      else runs.push({ left: c.col, right: c.col, key: c.key, style: c.style });
    }
    const seen = new Set<string>();
    for (const run of runs) {
      const id = `${run.left}:${run.right}:${run.key}`;
      seen.add(id);
      const prev = open.get(id);
      if (prev && prev.range.bottom === row - 1) prev.range.bottom = row;
      else {
        if (prev) done.push({ range: prev.range, style: prev.style });
        open.set(id, { key: run.key, range: { top: row, bottom: row, left: run.left, right: run.right }, style: run.style });
      }
    }
    for (const [id, prev] of open) {
      if (!seen.has(id) && prev.range.bottom < row) {
        done.push({ range: prev.range, style: prev.style });
        open.delete(id);
      }
    }
  }
  for (const prev of open.values()) done.push({ range: prev.range, style: prev.style });
  return done.sort((a, b) => a.range.top - b.range.top || a.range.left - b.range.left);
}

/**
 * An in-memory Excel workbook driven through the Excel JavaScript API
 * (createExcelNamespace / installGlobalExcel), with helpers for tests and the
 * playground to set it up, act as the user and read it back.
 */
export class SimWorkbook {
  readonly _engine: WorkbookEngine;

  constructor(init?: WorkbookGrid, options?: SimOptions) {
    this._engine = new WorkbookEngine(options);
    const sheets = init?.sheets ?? [];
    if (sheets.length === 0) this._engine.addSheet('Sheet1');
    for (const grid of sheets) this.loadSheet(grid);
    this._engine.store.evaluate();
  }

  /** syncs: context.sync() calls; requests: round trips with their payload bytes. */
  get stats(): SimStats {
    return this._engine.stats;
  }

  resetStats(): void {
    const s = this._engine.stats;
    s.syncs = 0;
    s.runs = 0;
    s.requests.length = 0;
  }

  /** Errors thrown or rejected by event handlers (Excel swallows them; tests should see them). */
  get handlerErrors(): unknown[] {
    return this._engine.handlerErrors;
  }

  /** context.runtime.enableEvents as last set by the add-in. */
  get eventsEnabled(): boolean {
    return this._engine.eventsEnabled;
  }

  /** Event handlers currently registered (all kinds). */
  get handlerCount(): number {
    return this._engine.handlerCount;
  }

  get sheetNames(): string[] {
    return this._engine.sheets.map((s) => s.name);
  }

  get activeSheetName(): string {
    return this._engine.activeSheet().name;
  }

  /** The user selects a range (activating its sheet); fires onSelectionChanged. */
  setSelection(sheet: string, address: string): void {
    const s = this.sheet(sheet);
    this._engine.select(s, this.rect(address));
  }

  /**
   * The user types into a cell: parsed like typed input ("20101" becomes a number
   * unless the cell is formatted "@"), then onChanged fires with details
   * (valueBefore/valueAfter). Resolves when the handlers have run.
   */
  async editCell(sheet: string, address: string, value: string | number | boolean): Promise<void> {
    const s = this.sheet(sheet);
    const r = this.rect(address);
    this._engine.writeCells(s, { top: r.top, left: r.left, bottom: r.top, right: r.left }, [[value]], 'Unknown');
    await this._engine.flushEvents();
  }

  /** Resolves when queued events have been delivered and their handlers have settled. */
  flushEvents(): Promise<void> {
    return this._engine.flushEvents();
  }

  /** Reads cells directly (no request, no stats): for assertions. */
  read(sheet: string, address: string): { values: (string | number | boolean)[][]; formulas: (string | number | boolean)[][]; numberFormat: string[][]; text: string[][] } {
    const s = this.sheet(sheet);
    const r = this.rect(address);
    return {
      values: this._engine.values(s, r),
      formulas: this._engine.formulas(s, r),
      numberFormat: this._engine.numberFormats(s, r),
      text: this._engine.texts(s, r),
    };
  }

  /** Merged areas of a sheet, 0-based. */
  merges(sheet: string): CellRange[] {
    return this.sheet(sheet).merges.map((m) => ({ ...m }));
  }

  /** The workbook as plain grids: values, formulas, number formats, merges, column widths, styles. */
  toGrid(): WorkbookGrid {
    return { sheets: this._engine.sheets.map((s) => this.sheetToGrid(s)) };
  }

  private sheet(name: string): SheetState {
    const s = this._engine.sheetByName(name);
    if (!s) throw new Error(`ExcelSim: no worksheet named "${name}"`);
    return s;
  }

  private rect(address: string): Rect {
    const r = parseLocalAddress(address);
    if (!r) throw new Error(`ExcelSim: "${address}" is not an A1 address`);
    return r;
  }

  private loadSheet(grid: SheetGrid): void {
    const engine = this._engine;
    const sheet = engine.addSheet(grid.name);
    const rows = Math.max(grid.values.length, grid.formulas?.length ?? 0);
    const contents: CellContent[][] = [];
    for (let r = 0; r < rows; r += 1) {
      const vals = grid.values[r] ?? [];
      const forms = grid.formulas?.[r] ?? [];
      const cols = Math.max(vals.length, forms.length);
      const line: CellContent[] = [];
      for (let c = 0; c < cols; c += 1) line.push(contentFromGrid(vals[c], forms[c]));
      contents.push(line);
    }
    engine.store.setSheetContent(sheet.hfId, contents);
    grid.numberFormats?.forEach((row, r) =>
      row?.forEach((f, c) => {
        if (f && f !== 'General') sheet.formats.cell(r, c, { numberFormat: f });
      }),
    );
    for (const style of grid.styles ?? []) sheet.formats.apply(style.range, styleToFormat(style.style));
    sheet.merges = (grid.merges ?? []).map((m) => ({ ...m }));
    grid.columnWidths?.forEach((w, c) => {
      if (w !== undefined && w !== null) sheet.columnWidths.set(c, charsToPoints(w));
    });
    if (grid.print) {
      sheet.orientation = grid.print.landscape ? 'Landscape' : 'Portrait';
      if (grid.print.fitToWidth) {
        sheet.fitToPagesWide = 1;
        sheet.fitToPagesTall = 0;
      }
    }
  }

  private sheetToGrid(sheet: SheetState): SheetGrid {
    const engine = this._engine;
    const used = engine.usedRange(sheet, false);
    const grid: SheetGrid = { name: sheet.name, values: [] };
    if (used) {
      const area = { top: 0, left: 0, bottom: used.bottom, right: used.right };
      const values = engine.store.values(sheet.hfId, area);
      const formulas = engine.store.formulas(sheet.hfId, area);
      const occupied = engine.store.occupied(sheet.hfId, area);
      let anyFormula = false;
      let anyFormat = false;
      const gridFormulas: (string | null)[][] = [];
      const gridFormats: (string | null)[][] = [];
      grid.values = values.map((row, r) =>
        row.map((v, c): CellValue => {
          const isFormula = engine.store.hasFormula(sheet.hfId, r, c);
          (gridFormulas[r] ??= [])[c] = isFormula ? String(formulas[r][c]) : null;
          if (isFormula) anyFormula = true;
          const nf = sheet.formats.get(r, c, 'numberFormat') as string;
          (gridFormats[r] ??= [])[c] = nf === 'General' ? null : nf;
          if (nf !== 'General') anyFormat = true;
          return occupied[r][c] ? v : null;
        }),
      );
      if (anyFormula) grid.formulas = gridFormulas;
      if (anyFormat) grid.numberFormats = gridFormats;
      const styled: { row: number; col: number; style: CellStyle }[] = [];
      const seen = new Set<string>();
      for (const { row, col } of sheet.formats.formattedCells()) {
        seen.add(`${row}:${col}`);
        styled.push({ row, col, style: cellStyle(sheet, row, col) });
      }
      // Cells showing a neighbour's border on all sides count as bordered too.
      for (const { row, col } of [...styled]) {
        for (const [dr, dc] of [[1, 0], [0, 1]]) {
          const key = `${row + dr}:${col + dc}`;
          if (!seen.has(key) && row + dr <= used.bottom && col + dc <= used.right) {
            seen.add(key);
            styled.push({ row: row + dr, col: col + dc, style: cellStyle(sheet, row + dr, col + dc) });
          }
        }
      }
      const styles = groupStyles(styled);
      if (styles.length > 0) grid.styles = styles;
    }
    if (sheet.merges.length > 0) grid.merges = sheet.merges.map((m) => ({ ...m }));
    if (sheet.columnWidths.size > 0) {
      const widths: (number | undefined)[] = [];
      for (const [c, pts] of [...sheet.columnWidths].sort((a, b) => a[0] - b[0])) widths[c] = pointsToChars(pts);
      grid.columnWidths = widths;
    }
    if (sheet.orientation === 'Landscape' || sheet.fitToPagesWide !== undefined) {
      grid.print = { landscape: sheet.orientation === 'Landscape', fitToWidth: sheet.fitToPagesWide === 1 };
    }
    return grid;
  }
}
