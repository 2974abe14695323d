import { DetailedCellError, HyperFormula, type RawCellContent } from 'hyperformula';
import { MAX_COLS, MAX_ROWS, type Rect, intersect } from './address';
import type { CellContent } from './cellInput';
import { excelFormulaToHf, hfFormulaToExcel } from './formulaText';

/** A cell's value as the Excel JavaScript API returns it: "" for an empty cell, errors as "#REF!" etc. */
export type ExcelValue = string | number | boolean;

/**
 * Cell contents and formula evaluation, held by HyperFormula (GPL-3.0: this module
 * must stay out of the production bundle). Text goes in with a leading apostrophe
 * so HyperFormula keeps "20101" a string, as Excel keeps a text cell.
 */
export class CellStore {
  readonly hf: HyperFormula;
  private suspended = false;
  /**
   * Per sheet, rows × columns that may hold content: an upper bound kept on every
   * write, because HyperFormula's own dimensions also count cells that formulas
   * merely reference (a SUM(C:C) would make a sheet a million rows tall).
   */
  private extent = new Map<number, { rows: number; cols: number }>();

  constructor() {
    this.hf = HyperFormula.buildEmpty({
      licenseKey: 'gpl-v3',
      maxRows: MAX_ROWS,
      maxColumns: MAX_COLS,
      // Export doubles unrounded, as Excel's API does (2692.8300000000004 stays so);
      // comparisons keep HyperFormula's 1e-13 tolerance, close to Excel's 15 digits.
      precisionRounding: 17,
      useWildcards: true,
      matchWholeCell: true,
      caseSensitive: false,
      // Excel's criteria ignore case but not accents; it also spares a Unicode normalisation per cell.
      accentSensitive: true,
    });
    patchExcelWildcards(this.hf);
  }

  addSheet(name: string): number {
    const added = this.hf.addSheet(name);
    const id = this.hf.getSheetId(added);
    if (id === undefined) throw new Error(`HyperFormula did not add sheet ${name}`);
    this.extent.set(id, { rows: 0, cols: 0 });
    return id;
  }

  removeSheet(hfId: number): void {
    this.hf.removeSheet(hfId);
    this.extent.delete(hfId);
  }

  renameSheet(hfId: number, name: string): void {
    this.hf.renameSheet(hfId, name);
  }

  isValidFormula(formula: string): boolean {
    return this.hf.validateFormula(excelFormulaToHf(formula));
  }

  /** Writes a block; `null` entries leave their cell unchanged. */
  write(hfId: number, top: number, left: number, contents: (CellContent | null)[][]): void {
    const ext = this.extent.get(hfId);
    const neverWritten = !ext || (ext.rows === 0 && ext.cols === 0);
    this.grow(hfId, top + contents.length, left + widest(contents));
    this.suspend();
    const hasSkips = contents.some((row) => row.some((c) => c === null));
    if (neverWritten) {
      // First content of a sheet: HyperFormula builds a whole sheet much faster than it patches one.
      const sheet: RawCellContent[][] = [];
      for (let r = 0; r < top; r += 1) sheet.push([]);
      for (const row of contents) {
        const line: RawCellContent[] = new Array<RawCellContent>(left).fill(null);
        for (const c of row) line.push(c === null ? null : toRaw(c));
        sheet.push(line);
      }
      this.hf.setSheetContent(hfId, sheet);
      return;
    }
    if (!hasSkips) {
      this.hf.setCellContents({ sheet: hfId, row: top, col: left }, contents.map((row) => row.map((c) => toRaw(c as CellContent))));
      return;
    }
    contents.forEach((row, r) => {
      let start = -1;
      const flush = (end: number): void => {
        if (start < 0) return;
        const run = row.slice(start, end).map((c) => toRaw(c as CellContent));
        this.hf.setCellContents({ sheet: hfId, row: top + r, col: left + start }, [run]);
        start = -1;
      };
      row.forEach((c, i) => {
        if (c === null) flush(i);
        else if (start < 0) start = i;
      });
      flush(row.length);
    });
  }

  /** Initial contents of a sheet, written in one go. */
  setSheetContent(hfId: number, contents: CellContent[][]): void {
    this.extent.set(hfId, { rows: 0, cols: 0 });
    this.grow(hfId, contents.length, widest(contents));
    this.suspend();
    this.hf.setSheetContent(hfId, contents.map((row) => row.map(toRaw)));
  }

  clear(hfId: number, rect: Rect): void {
    const bounds = this.contentBounds(hfId);
    const area = bounds && intersect(bounds, rect);
    if (!area) return;
    const rows = area.bottom - area.top + 1;
    const cols = area.right - area.left + 1;
    const empty: RawCellContent[][] = Array.from({ length: rows }, () => new Array<RawCellContent>(cols).fill(null));
    this.suspend();
    this.hf.setCellContents({ sheet: hfId, row: area.top, col: area.left }, empty);
  }

  values(hfId: number, rect: Rect): ExcelValue[][] {
    this.evaluate();
    const range = this.simpleRange(hfId, rect);
    const values = this.hf.getRangeValues(range);
    const formulas = this.hf.getRangeFormulas(range);
    return values.map((row, r) => row.map((v, c) => toExcelValue(v, formulas[r]?.[c] !== undefined)));
  }

  /** Formula text for formula cells, the value for the others (Range.formulas). */
  formulas(hfId: number, rect: Rect): ExcelValue[][] {
    this.evaluate();
    const range = this.simpleRange(hfId, rect);
    const values = this.hf.getRangeValues(range);
    const formulas = this.hf.getRangeFormulas(range);
    return values.map((row, r) =>
      row.map((v, c) => {
        const f = formulas[r]?.[c];
        return f !== undefined ? hfFormulaToExcel(f) : toExcelValue(v, false);
      }),
    );
  }

  /** Excel.RangeValueType per cell. */
  valueTypes(hfId: number, rect: Rect): string[][] {
    this.evaluate();
    const range = this.simpleRange(hfId, rect);
    const values = this.hf.getRangeValues(range);
    const formulas = this.hf.getRangeFormulas(range);
    return values.map((row, r) =>
      row.map((v, c) => {
        const isFormula = formulas[r]?.[c] !== undefined;
        if (v instanceof DetailedCellError) return v.value === '#CYCLE!' ? 'Double' : 'Error';
        if (v === null || v === undefined) return isFormula ? 'Double' : 'Empty';
        if (typeof v === 'number') return 'Double';
        if (typeof v === 'boolean') return 'Boolean';
        return 'String';
      }),
    );
  }

  /** Whether each cell holds anything (a value or a formula). */
  occupied(hfId: number, rect: Rect): boolean[][] {
    this.evaluate();
    const raw = this.hf.getRangeSerialized(this.simpleRange(hfId, rect));
    return raw.map((row) => row.map((v) => v !== null && v !== undefined && v !== ''));
  }

  hasFormula(hfId: number, row: number, col: number): boolean {
    return this.hf.doesCellHaveFormula({ sheet: hfId, row, col });
  }

  /** Smallest rectangle holding every non-empty cell, or null for an empty sheet. */
  contentBounds(hfId: number): Rect | null {
    this.evaluate();
    const ext = this.extent.get(hfId);
    if (!ext || ext.rows === 0 || ext.cols === 0) return null;
    const raw = this.hf.getRangeSerialized(this.simpleRange(hfId, { top: 0, left: 0, bottom: ext.rows - 1, right: ext.cols - 1 }));
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    raw.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === undefined || v === '') return;
        if (r < top) top = r;
        if (r > bottom) bottom = r;
        if (c < left) left = c;
        if (c > right) right = c;
      }),
    );
    return bottom < 0 ? null : { top, left, bottom, right };
  }

  addRows(hfId: number, at: number, count: number): void {
    this.hf.addRows(hfId, [at, count]);
    const ext = this.extent.get(hfId);
    if (ext && ext.rows > at) ext.rows = Math.min(MAX_ROWS, ext.rows + count);
  }

  removeRows(hfId: number, at: number, count: number): void {
    this.hf.removeRows(hfId, [at, count]);
  }

  addColumns(hfId: number, at: number, count: number): void {
    this.hf.addColumns(hfId, [at, count]);
    const ext = this.extent.get(hfId);
    if (ext && ext.cols > at) ext.cols = Math.min(MAX_COLS, ext.cols + count);
  }

  removeColumns(hfId: number, at: number, count: number): void {
    this.hf.removeColumns(hfId, [at, count]);
  }

  canAddRows(hfId: number, at: number, count: number): boolean {
    return this.hf.isItPossibleToAddRows(hfId, [at, count]);
  }

  canAddColumns(hfId: number, at: number, count: number): boolean {
    return this.hf.isItPossibleToAddColumns(hfId, [at, count]);
  }

  canAddName(name: string, formula: string): boolean {
    return this.hf.isItPossibleToAddNamedExpression(name, excelFormulaToHf(formula));
  }

  addName(name: string, formula: string): void {
    this.hf.addNamedExpression(name, excelFormulaToHf(formula));
  }

  removeName(name: string): void {
    this.hf.removeNamedExpression(name);
  }

  nameFormula(name: string): string | undefined {
    const f = this.hf.getNamedExpressionFormula(name);
    return f === undefined ? undefined : hfFormulaToExcel(f);
  }

  private grow(hfId: number, rows: number, cols: number): void {
    const ext = this.extent.get(hfId) ?? { rows: 0, cols: 0 };
    ext.rows = Math.max(ext.rows, rows);
    ext.cols = Math.max(ext.cols, cols);
    this.extent.set(hfId, ext);
  }

  private simpleRange(hfId: number, rect: Rect) {
    return {
      start: { sheet: hfId, row: rect.top, col: rect.left },
      end: { sheet: hfId, row: rect.bottom, col: rect.right },
    };
  }

  private suspend(): void {
    if (!this.suspended) {
      this.hf.suspendEvaluation();
      this.suspended = true;
    }
  }

  /**
   * Writes and structural changes are batched by suspending evaluation (HyperFormula
   * refuses only reads while suspended); anything that reads resumes it.
   */
  evaluate(): void {
    if (this.suspended) {
      this.suspended = false;
      this.hf.resumeEvaluation();
    }
  }
}

interface WildcardHelper {
  buildRegex(pattern: string, matchWholeCell?: boolean): RegExp;
  normalizeString(s: string): string;
}

/** Excel wildcards: "*" any run of characters, "?" exactly one, "~" escapes the next character. */
export function excelWildcardToRegex(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i += 1) {
    const c = pattern[i];
    if (c === '~' && i + 1 < pattern.length) {
      i += 1;
      out += pattern[i].replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
    } else if (c === '*') out += '[\\s\\S]*';
    else if (c === '?') out += '[\\s\\S]';
    else out += c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  }
  return out;
}

/**
 * HyperFormula 3.x reads "?" as "zero or one character", so SUMIFS(…,"201??") would
 * also match the 类 code "201"; Excel's "?" is exactly one character. The regex
 * builder of this engine instance is replaced with Excel's rule.
 */
function patchExcelWildcards(hf: HyperFormula): void {
  const helper = (hf as unknown as { evaluator?: { interpreter?: { arithmeticHelper?: WildcardHelper } } }).evaluator?.interpreter?.arithmeticHelper;
  if (!helper || typeof helper.buildRegex !== 'function' || typeof helper.normalizeString !== 'function') {
    throw new Error('ExcelSim: HyperFormula internals changed; cannot give "?" Excel\'s meaning (exactly one character)');
  }
  helper.buildRegex = (pattern: string, matchWholeCell = true): RegExp => {
    const source = excelWildcardToRegex(helper.normalizeString(pattern));
    return new RegExp(matchWholeCell ? `^(${source})$` : source);
  };
}

function toRaw(c: CellContent): RawCellContent {
  switch (c.kind) {
    case 'empty':
      return null;
    case 'number':
    case 'boolean':
      return c.value;
    case 'text':
      return `'${c.value}`;
    case 'formula':
      return excelFormulaToHf(c.formula);
  }
}

/** HyperFormula's errors as Excel shows them; a circular reference reads 0 in Excel. */
const ERROR_MAP: Record<string, ExcelValue> = { '#CYCLE!': 0, '#ERROR!': '#NAME?', '#LIC!': '#VALUE!' };

function toExcelValue(v: unknown, isFormula: boolean): ExcelValue {
  if (v === null || v === undefined) return isFormula ? 0 : '';
  if (v instanceof DetailedCellError) return ERROR_MAP[v.value] ?? v.value;
  if (typeof v === 'number') return Object.is(v, -0) ? 0 : v;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

function widest(rows: readonly unknown[][]): number {
  let w = 0;
  for (const r of rows) if (r.length > w) w = r.length;
  return w;
}
