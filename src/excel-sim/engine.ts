import {
  MAX_COLS,
  MAX_ROWS,
  type Rect,
  cellCount,
  columnCount,
  contains,
  formatLocalAddress,
  insideGrid,
  intersect,
  isEntireColumns,
  isEntireRows,
  isValidSheetName,
  parseLocalAddress,
  rowCount,
  splitSheetAddress,
} from './address';
import { CellStore, type ExcelValue } from './cellStore';
import { type CellContent, InvalidArgumentInput, interpretInput } from './cellInput';
import { SimRichApiError, simError } from './errors';

/** Excel's message when a 2-D input does not have the range's shape. */
const DIMENSION_MISMATCH = "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";
import { formatCellText } from './numberFormatText';
import { type FormatKey, type FormatProps, SheetFormats } from './sheetFormats';

/** Excel's default column width, 8.43 characters = 64 px = 48 pt, and row height 15 pt. */
export const DEFAULT_COLUMN_WIDTH_POINTS = 48;
export const DEFAULT_ROW_HEIGHT_POINTS = 15;

/** Character units (as in .xlsx and WorkbookGrid) to points, for the default Calibri 11 font (7 px per character + 5 px padding). */
export function charsToPoints(chars: number): number {
  return chars <= 0 ? 0 : Math.trunc(chars * 7 + 5) * 0.75;
}

export function pointsToChars(points: number): number {
  const px = points / 0.75;
  return px <= 5 ? 0 : Math.round(((px - 5) / 7) * 100) / 100;
}

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

export class SheetState {
  visibility: Visibility = 'Visible';
  readonly formats = new SheetFormats();
  merges: Rect[] = [];
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  selection: Rect = { top: 0, left: 0, bottom: 0, right: 0 };
  tabColor = '';
  showGridlines = true;
  orientation: 'Portrait' | 'Landscape' = 'Portrait';
  /** Fit to this many pages wide (pageLayout.zoom.horizontalFitToPages); undefined = not set. */
  fitToPagesWide: number | undefined;
  fitToPagesTall: number | undefined;
  zoomScale: number | undefined;

  constructor(
    readonly id: string,
    readonly hfId: number,
    public name: string,
  ) {}
}

export interface NamedItemState {
  name: string;
  /** The HyperFormula name that tracks the reference (an alias when HyperFormula refuses the Excel name). */
  hfName: string;
  /** True when formulas can use the name (HyperFormula accepted it as is). */
  usableInFormulas: boolean;
  comment: string;
  visible: boolean;
}

export interface RequestRecord {
  /** Request plus response bytes, the figure Excel on the web limits per direction. */
  bytes: number;
  requestBytes: number;
  responseBytes: number;
  operations: number;
  /** Error code when the request was refused or an operation failed. */
  error?: string;
}

export interface SimStats {
  /** Calls of context.sync() made by the code under test (Excel.run's closing sync is not counted here). */
  syncs: number;
  /** Excel.run calls. */
  runs: number;
  /** Round trips actually sent: every sync (explicit or Excel.run's closing one) that had queued operations. */
  requests: RequestRecord[];
}

export interface SimOptions {
  /** Excel on the web limits requests and responses to 5 MB each; default 5 MiB. */
  payloadLimitBytes?: number;
  /** "A range is limited to 5,000,000 cells for read operations." */
  readCellLimit?: number;
  /** Highest ExcelApi requirement set installGlobalExcel reports as supported; default "1.9". */
  excelApiVersion?: string;
}

export type ChangeType = 'RangeEdited' | 'RowInserted' | 'RowDeleted' | 'ColumnInserted' | 'ColumnDeleted';
export type TriggerSource = 'ThisLocalAddin' | 'Unknown';
export type EventKind = 'changed' | 'selectionChanged';
export type EventScope = { kind: 'worksheet'; sheetId: string } | { kind: 'worksheets' } | { kind: 'workbook' };

export type EventHandler = (args: unknown) => unknown;

interface Registration {
  id: number;
  kind: EventKind;
  scope: EventScope;
  handler: EventHandler;
}

export interface ChangedDetail {
  valueBefore: ExcelValue;
  valueAfter: ExcelValue;
  valueTypeBefore: string;
  valueTypeAfter: string;
}

/** Minimal shape of a request context as event args need it (getRange(ctx)). */
interface ContextLike {
  workbook: { worksheets: { getItem(key: string): { getRange(address: string): unknown; getRangeOrNullObject?: unknown } } };
}

const HORIZONTAL = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];
const VERTICAL = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];

export function checkEnum(value: unknown, allowed: readonly string[]): string {
  if (typeof value !== 'string' || !allowed.includes(value)) throw simError('InvalidArgument', undefined, `"${String(value)}" is not one of ${allowed.join(', ')}`);
  return value;
}

export const ALIGNMENTS = { HORIZONTAL, VERTICAL };

/**
 * The workbook's state and every operation the proxies run at `context.sync()`.
 * Operations throw SimRichApiError; the request runner adds the error location.
 */
export class WorkbookEngine {
  readonly store = new CellStore();
  readonly options: Required<SimOptions>;
  readonly stats: SimStats = { syncs: 0, runs: 0, requests: [] };
  readonly names = new Map<string, NamedItemState>();
  readonly handlerErrors: unknown[] = [];
  eventsEnabled = true;
  activeSheetId = '';
  /** Creates a request context for event args that carry proxies (SelectionChangedEventArgs.workbook). */
  contextFactory: (() => unknown) | null = null;

  private sheetList: SheetState[] = [];
  private nextSheetNumber = 1;
  private sheetSerial = 0;
  private nextNameAlias = 1;
  private registrations = new Map<number, Registration>();
  private nextRegistration = 1;
  private queue: { handler: EventHandler; args: unknown }[] = [];
  private inFlight = new Set<Promise<unknown>>();
  private dispatchTimer: ReturnType<typeof setTimeout> | null = null;
  private requestCounter = 0;

  constructor(options: SimOptions = {}) {
    this.options = {
      payloadLimitBytes: options.payloadLimitBytes ?? 5 * 1024 * 1024,
      readCellLimit: options.readCellLimit ?? 5_000_000,
      excelApiVersion: options.excelApiVersion ?? '1.9',
    };
  }

  nextRequestId(): number {
    this.requestCounter += 1;
    return this.requestCounter;
  }

  // ---------------------------------------------------------------- sheets

  get sheets(): readonly SheetState[] {
    return this.sheetList;
  }

  sheetByName(name: string): SheetState | undefined {
    const lower = name.toLowerCase();
    return this.sheetList.find((s) => s.name.toLowerCase() === lower);
  }

  sheetById(id: string): SheetState | undefined {
    return this.sheetList.find((s) => s.id === id);
  }

  /** getItem(key): "The name or ID of the worksheet." */
  sheetByKey(key: string): SheetState | undefined {
    return this.sheetById(key) ?? this.sheetByName(key);
  }

  activeSheet(): SheetState {
    const s = this.sheetById(this.activeSheetId) ?? this.sheetList.find((x) => x.visibility === 'Visible');
    if (!s) throw simError('ItemNotFound');
    return s;
  }

  addSheet(name?: string): SheetState {
    let finalName = name;
    if (finalName === undefined || finalName === null || finalName === '') {
      do {
        finalName = `Sheet${this.nextSheetNumber}`;
        this.nextSheetNumber += 1;
      } while (this.sheetByName(finalName));
    } else {
      if (typeof finalName !== 'string' || !isValidSheetName(finalName)) throw simError('InvalidArgument', undefined, `sheet name "${String(finalName)}"`);
      if (this.sheetByName(finalName)) throw simError('ItemAlreadyExists');
      const m = /^Sheet(\d+)$/i.exec(finalName);
      if (m) this.nextSheetNumber = Math.max(this.nextSheetNumber, Number(m[1]) + 1);
    }
    const hfId = this.store.addSheet(finalName);
    this.sheetSerial += 1;
    const id = `{${this.sheetSerial.toString(16).toUpperCase().padStart(8, '0')}-0001-0000-0000-000000000000}`;
    const sheet = new SheetState(id, hfId, finalName);
    this.sheetList.push(sheet);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    return sheet;
  }

  deleteSheet(sheet: SheetState): void {
    if (sheet.visibility === 'VeryHidden') throw simError('InvalidOperation', undefined, 'a VeryHidden worksheet cannot be deleted');
    const visible = this.sheetList.filter((s) => s.visibility === 'Visible' && s !== sheet);
    if (visible.length === 0) throw simError('InvalidOperation', undefined, 'a workbook must keep at least one visible worksheet');
    this.store.removeSheet(sheet.hfId);
    const index = this.sheetList.indexOf(sheet);
    this.sheetList.splice(index, 1);
    if (this.activeSheetId === sheet.id) {
      const next = this.sheetList.slice(index).find((s) => s.visibility === 'Visible') ?? visible[visible.length - 1];
      this.activeSheetId = next.id;
    }
  }

  renameSheet(sheet: SheetState, name: unknown): void {
    if (typeof name !== 'string' || !isValidSheetName(name)) throw simError('InvalidArgument', undefined, `sheet name "${String(name)}"`);
    const other = this.sheetByName(name);
    if (other && other !== sheet) throw simError('ItemAlreadyExists');
    if (sheet.name === name) return;
    this.store.renameSheet(sheet.hfId, name);
    sheet.name = name;
  }

  setPosition(sheet: SheetState, position: unknown): void {
    if (typeof position !== 'number' || !Number.isInteger(position) || position < 0 || position >= this.sheetList.length) {
      throw simError('InvalidArgument', undefined, `position ${String(position)}`);
    }
    this.sheetList.splice(this.sheetList.indexOf(sheet), 1);
    this.sheetList.splice(position, 0, sheet);
  }

  setVisibility(sheet: SheetState, visibility: unknown): void {
    const v = checkEnum(visibility, ['Visible', 'Hidden', 'VeryHidden']) as Visibility;
    if (v !== 'Visible' && this.sheetList.filter((s) => s.visibility === 'Visible' && s !== sheet).length === 0) {
      throw simError('InvalidOperation', undefined, 'a workbook must keep at least one visible worksheet');
    }
    sheet.visibility = v;
    if (v !== 'Visible' && this.activeSheetId === sheet.id) {
      this.activeSheetId = this.sheetList.find((s) => s.visibility === 'Visible')?.id ?? this.activeSheetId;
    }
  }

  activate(sheet: SheetState): void {
    if (sheet.visibility !== 'Visible') throw simError('InvalidOperation', undefined, 'a hidden worksheet cannot be activated');
    this.activeSheetId = sheet.id;
  }

  // ---------------------------------------------------------------- addresses

  /** Worksheet.getRange(address): local A1 address, the sheet's own qualified address, or a workbook name. */
  resolveAddress(sheet: SheetState, address: string | undefined): Rect {
    if (address === undefined || address === null) return { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 };
    if (typeof address !== 'string') throw simError('InvalidArgument');
    const { sheet: qualifier, local } = splitSheetAddress(address);
    if (qualifier !== null && qualifier.toLowerCase() !== sheet.name.toLowerCase()) {
      throw simError('InvalidArgument', undefined, `address "${address}" names another worksheet`);
    }
    const rect = parseLocalAddress(local);
    if (rect) return rect;
    const named = qualifier === null ? this.nameTarget(local) : null;
    if (named && named.sheet === sheet) return named.rect;
    throw simError('InvalidArgument', undefined, `address "${address}"`);
  }

  /** A sheet-qualified address or a name, for arguments such as getIntersection("B2:C3"). */
  resolveGlobalAddress(defaultSheet: SheetState, address: string): { sheet: SheetState; rect: Rect } {
    const { sheet: qualifier } = splitSheetAddress(address);
    if (qualifier !== null) {
      const sheet = this.sheetByName(qualifier);
      if (!sheet) throw simError('InvalidArgument', undefined, `address "${address}"`);
      return { sheet, rect: this.resolveAddress(sheet, address) };
    }
    return { sheet: defaultSheet, rect: this.resolveAddress(defaultSheet, address) };
  }

  // ---------------------------------------------------------------- contents

  private formatOf(sheet: SheetState, row: number, col: number): string {
    return sheet.formats.get(row, col, 'numberFormat') as string;
  }

  /**
   * Range.values / Range.formulas assignment: a 2-D array the size of the range
   * (null entries leave cells unchanged) or one value for every cell.
   */
  writeCells(sheet: SheetState, rect: Rect, input: unknown, trigger: TriggerSource): void {
    const rows = rowCount(rect);
    const cols = columnCount(rect);
    if (input === null || input === undefined) throw simError('InvalidArgument', undefined, 'null is not a valid value for a whole property');
    let at: (r: number, c: number) => unknown;
    if (Array.isArray(input)) {
      if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
        throw new SimRichApiError('InvalidArgument', DIMENSION_MISMATCH);
      }
      at = (r, c) => (input as unknown[][])[r][c];
    } else {
      at = () => input;
    }
    const before = rows === 1 && cols === 1 && this.wantsChangeDetails() ? this.cellDetail(sheet, rect.top, rect.left) : null;
    const contents: (CellContent | null)[][] = [];
    for (let r = 0; r < rows; r += 1) {
      const line: (CellContent | null)[] = new Array(cols);
      for (let c = 0; c < cols; c += 1) {
        const row = rect.top + r;
        const col = rect.left + c;
        let interpreted;
        try {
          interpreted = interpretInput(at(r, c), this.formatOf(sheet, row, col));
        } catch (e) {
          if (e instanceof InvalidArgumentInput) throw simError('InvalidArgument', undefined, e.message);
          throw e;
        }
        if (interpreted === 'skip') {
          line[c] = null;
          continue;
        }
        let content = interpreted.content;
        if (content.kind === 'formula' && !this.store.isValidFormula(content.formula)) {
          if (content.fallbackText === undefined) throw simError('InvalidArgument', undefined, `formula ${content.formula}`);
          content = { kind: 'text', value: content.fallbackText };
        }
        if (interpreted.impliedFormat && this.formatOf(sheet, row, col) === 'General') {
          sheet.formats.cell(row, col, { numberFormat: interpreted.impliedFormat });
        }
        line[c] = content;
      }
      contents.push(line);
    }
    this.store.write(sheet.hfId, rect.top, rect.left, contents);
    this.emitChanged(sheet, rect, 'RangeEdited', trigger, before ? this.detailAfter(sheet, rect, before) : undefined);
  }

  private cellDetail(sheet: SheetState, row: number, col: number): { value: ExcelValue; type: string } {
    const r = { top: row, left: col, bottom: row, right: col };
    return { value: this.store.values(sheet.hfId, r)[0][0], type: this.store.valueTypes(sheet.hfId, r)[0][0] };
  }

  private detailAfter(sheet: SheetState, rect: Rect, before: { value: ExcelValue; type: string }): ChangedDetail {
    const after = this.cellDetail(sheet, rect.top, rect.left);
    return { valueBefore: before.value, valueAfter: after.value, valueTypeBefore: before.type, valueTypeAfter: after.type };
  }

  writeNumberFormats(sheet: SheetState, rect: Rect, input: unknown): void {
    if (input === null || input === undefined) throw simError('InvalidArgument', undefined, 'null is not a valid number format for a whole range');
    const normal = (v: unknown): string | null => {
      if (v === null || v === undefined) return null;
      if (typeof v !== 'string') throw simError('InvalidArgument', undefined, `number format ${String(v)}`);
      return v === '' ? 'General' : v;
    };
    if (!Array.isArray(input)) {
      const f = normal(input);
      if (f !== null) sheet.formats.apply(rect, { numberFormat: f });
      return;
    }
    const rows = rowCount(rect);
    const cols = columnCount(rect);
    if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
      throw new SimRichApiError('InvalidArgument', DIMENSION_MISMATCH);
    }
    for (let r = 0; r < rows; r += 1) {
      for (let c = 0; c < cols; c += 1) {
        const f = normal((input as unknown[][])[r][c]);
        if (f !== null) sheet.formats.cell(rect.top + r, rect.left + c, { numberFormat: f });
      }
    }
  }

  checkReadable(rect: Rect): void {
    if (cellCount(rect) > this.options.readCellLimit) throw simError('RangeExceedsLimit');
  }

  values(sheet: SheetState, rect: Rect): ExcelValue[][] {
    this.checkReadable(rect);
    return this.store.values(sheet.hfId, rect);
  }

  formulas(sheet: SheetState, rect: Rect): ExcelValue[][] {
    this.checkReadable(rect);
    return this.store.formulas(sheet.hfId, rect);
  }

  valueTypes(sheet: SheetState, rect: Rect): string[][] {
    this.checkReadable(rect);
    return this.store.valueTypes(sheet.hfId, rect);
  }

  numberFormats(sheet: SheetState, rect: Rect): string[][] {
    this.checkReadable(rect);
    const out: string[][] = [];
    for (let r = rect.top; r <= rect.bottom; r += 1) {
      const line: string[] = new Array(columnCount(rect));
      for (let c = rect.left; c <= rect.right; c += 1) line[c - rect.left] = this.formatOf(sheet, r, c);
      out.push(line);
    }
    return out;
  }

  texts(sheet: SheetState, rect: Rect): string[][] {
    const values = this.values(sheet, rect);
    return values.map((row, r) => row.map((v, c) => formatCellText(v, this.formatOf(sheet, rect.top + r, rect.left + c))));
  }

  /** Range.clear(applyTo): "All" (default), "Contents" or "Formats". */
  clear(sheet: SheetState, rect: Rect, applyTo: unknown, trigger: TriggerSource): void {
    const mode = applyTo === undefined ? 'All' : checkEnum(applyTo, ['All', 'Formats', 'Contents', 'Hyperlinks', 'RemoveHyperlinks', 'ResetContents']);
    if (mode === 'All' || mode === 'Contents' || mode === 'ResetContents') {
      const before = cellCount(rect) === 1 && this.wantsChangeDetails() ? this.cellDetail(sheet, rect.top, rect.left) : null;
      this.store.clear(sheet.hfId, rect);
      this.emitChanged(sheet, rect, 'RangeEdited', trigger, before ? this.detailAfter(sheet, rect, before) : undefined);
    }
    if (mode === 'All' || mode === 'Formats') {
      sheet.formats.clear(rect);
      if (mode === 'All') sheet.merges = sheet.merges.filter((m) => !intersect(m, rect));
    }
  }

  /** Worksheet/Range used range; null when nothing is used. */
  usedRange(sheet: SheetState, valuesOnly: boolean): Rect | null {
    let bounds = this.store.contentBounds(sheet.hfId);
    if (!valuesOnly) {
      const extra = [sheet.formats.formattedBounds(), ...sheet.merges];
      for (const b of extra) {
        if (!b) continue;
        bounds = bounds
          ? { top: Math.min(bounds.top, b.top), left: Math.min(bounds.left, b.left), bottom: Math.max(bounds.bottom, b.bottom), right: Math.max(bounds.right, b.right) }
          : { ...b };
      }
    }
    return bounds;
  }

  // ---------------------------------------------------------------- insert / delete

  /** Range.insert(shift): entire rows shift down, entire columns shift right; returns the blank range. */
  insert(sheet: SheetState, rect: Rect, shift: unknown, trigger: TriggerSource): Rect {
    const dir = checkEnum(shift, ['Down', 'Right']);
    if (dir === 'Down' && isEntireRows(rect)) {
      const n = rowCount(rect);
      if (!this.store.canAddRows(sheet.hfId, rect.top, n)) throw simError('InvalidOperation', undefined, 'cells with content would be pushed off the sheet');
      this.store.addRows(sheet.hfId, rect.top, n);
      sheet.formats.shiftRows(rect.top, n);
      sheet.merges = shiftMerges(sheet.merges, rect.top, n, true);
      sheet.rowHeights = shiftIndexMap(sheet.rowHeights, rect.top, n, MAX_ROWS);
      this.emitChanged(sheet, rect, 'RowInserted', trigger, undefined, { insertShiftDirection: 'Down' });
      return rect;
    }
    if (dir === 'Right' && isEntireColumns(rect)) {
      const n = columnCount(rect);
      if (!this.store.canAddColumns(sheet.hfId, rect.left, n)) throw simError('InvalidOperation', undefined, 'cells with content would be pushed off the sheet');
      this.store.addColumns(sheet.hfId, rect.left, n);
      sheet.formats.shiftCols(rect.left, n);
      sheet.merges = shiftMerges(sheet.merges, rect.left, n, false);
      sheet.columnWidths = shiftIndexMap(sheet.columnWidths, rect.left, n, MAX_COLS);
      this.emitChanged(sheet, rect, 'ColumnInserted', trigger, undefined, { insertShiftDirection: 'Right' });
      return rect;
    }
    throw simError('NotImplemented', `Range.insert("${dir}") on ${formatLocalAddress(rect)}`, 'inserting cells other than entire rows (shift Down) or entire columns (shift Right); use getEntireRow()/getEntireColumn()');
  }

  /** Range.delete(shift): entire rows shift up, entire columns shift left. */
  delete(sheet: SheetState, rect: Rect, shift: unknown, trigger: TriggerSource): void {
    const dir = checkEnum(shift, ['Up', 'Left']);
    if (dir === 'Up' && isEntireRows(rect)) {
      const n = rowCount(rect);
      this.store.removeRows(sheet.hfId, rect.top, n);
      sheet.formats.shiftRows(rect.top, -n);
      sheet.merges = shiftMerges(sheet.merges, rect.top, -n, true);
      sheet.rowHeights = shiftIndexMap(sheet.rowHeights, rect.top, -n, MAX_ROWS);
      this.emitChanged(sheet, rect, 'RowDeleted', trigger, undefined, { deleteShiftDirection: 'Up' });
      return;
    }
    if (dir === 'Left' && isEntireColumns(rect)) {
      const n = columnCount(rect);
      this.store.removeColumns(sheet.hfId, rect.left, n);
      sheet.formats.shiftCols(rect.left, -n);
      sheet.merges = shiftMerges(sheet.merges, rect.left, -n, false);
      sheet.columnWidths = shiftIndexMap(sheet.columnWidths, rect.left, -n, MAX_COLS);
      this.emitChanged(sheet, rect, 'ColumnDeleted', trigger, undefined, { deleteShiftDirection: 'Left' });
      return;
    }
    throw simError('NotImplemented', `Range.delete("${dir}") on ${formatLocalAddress(rect)}`, 'deleting cells other than entire rows (shift Up) or entire columns (shift Left); use getEntireRow()/getEntireColumn()');
  }

  // ---------------------------------------------------------------- merges

  /** Range.merge(across): the top-left value is kept, the other cells of each merged area are cleared. */
  merge(sheet: SheetState, rect: Rect, across: unknown): void {
    const areas: Rect[] = [];
    if (across === true) {
      for (let r = rect.top; r <= rect.bottom; r += 1) areas.push({ top: r, left: rect.left, bottom: r, right: rect.right });
    } else {
      areas.push(rect);
    }
    for (const area of areas) {
      if (cellCount(area) < 2) continue;
      for (const m of sheet.merges) {
        if (intersect(m, area) && !contains(area, m)) throw simError('InvalidOperation', undefined, `merged area ${formatLocalAddress(m)} partly overlaps ${formatLocalAddress(area)}`);
      }
      sheet.merges = sheet.merges.filter((m) => !intersect(m, area));
      const occupied = this.store.occupied(sheet.hfId, area);
      const clear: (CellContent | null)[][] = occupied.map((row, r) => row.map((used, c) => (used && (r > 0 || c > 0) ? { kind: 'empty' } : null)));
      if (clear.some((row) => row.some((x) => x !== null))) this.store.write(sheet.hfId, area.top, area.left, clear);
      sheet.merges.push({ ...area });
    }
  }

  unmerge(sheet: SheetState, rect: Rect): void {
    sheet.merges = sheet.merges.filter((m) => !intersect(m, rect));
  }

  // ---------------------------------------------------------------- formats

  /** The value every cell of the range shares, or null when they differ (as Excel reports mixed formats). */
  readFormat<K extends FormatKey>(sheet: SheetState, rect: Rect, prop: K): FormatProps[K] | null {
    let first: FormatProps[K] | undefined;
    let firstKey = '';
    let seen = false;
    for (const [r, c] of this.representativeCells(sheet, rect)) {
      const v = sheet.formats.get(r, c, prop) as FormatProps[K];
      const k = typeof v === 'object' ? JSON.stringify(v) : String(v);
      if (!seen) {
        first = v;
        firstKey = k;
        seen = true;
      } else if (k !== firstKey) {
        return null;
      }
    }
    return first ?? null;
  }

  /** Cells of a rectangle, or for a huge one a subset that covers every distinct formatting. */
  *representativeCells(sheet: SheetState, rect: Rect): Generator<[number, number]> {
    if (cellCount(rect) <= 200_000) {
      for (let r = rect.top; r <= rect.bottom; r += 1) for (let c = rect.left; c <= rect.right; c += 1) yield [r, c];
      return;
    }
    const { rows, cols } = sheet.formats.distinctIndices();
    const pick = (lo: number, hi: number, special: Set<number>): number[] => {
      const out = [...special].filter((i) => i >= lo && i <= hi);
      for (let i = lo; i <= hi; i += 1) {
        if (!special.has(i)) {
          out.push(i);
          break;
        }
      }
      return out;
    };
    for (const r of pick(rect.top, rect.bottom, rows)) for (const c of pick(rect.left, rect.right, cols)) yield [r, c];
  }

  applyFormat(sheet: SheetState, rect: Rect, props: FormatProps): void {
    sheet.formats.apply(rect, props);
  }

  columnWidth(sheet: SheetState, rect: Rect): number | null {
    let width: number | null = null;
    for (let c = rect.left; c <= rect.right; c += 1) {
      const w = sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH_POINTS;
      if (width === null) width = w;
      else if (w !== width) return null;
    }
    return width;
  }

  setColumnWidth(sheet: SheetState, rect: Rect, points: unknown): void {
    if (typeof points !== 'number' || !Number.isFinite(points) || points < 0) throw simError('InvalidArgument', undefined, `column width ${String(points)}`);
    for (let c = rect.left; c <= rect.right; c += 1) sheet.columnWidths.set(c, points);
  }

  rowHeight(sheet: SheetState, rect: Rect): number | null {
    let height: number | null = null;
    for (let r = rect.top; r <= Math.min(rect.bottom, rect.top + 200_000); r += 1) {
      const h = sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT_POINTS;
      if (height === null) height = h;
      else if (h !== height) return null;
    }
    return height;
  }

  setRowHeight(sheet: SheetState, rect: Rect, points: unknown): void {
    if (typeof points !== 'number' || !Number.isFinite(points) || points < 0) throw simError('InvalidArgument', undefined, `row height ${String(points)}`);
    for (let r = rect.top; r <= rect.bottom; r += 1) sheet.rowHeights.set(r, points);
  }

  /** Approximates AutoFit: widest displayed text, counting CJK characters double. */
  autofitColumns(sheet: SheetState, rect: Rect): void {
    const used = this.usedRange(sheet, true);
    const area = used && intersect(rect, used);
    if (!area) return;
    const texts = this.texts(sheet, area);
    for (let c = area.left; c <= area.right; c += 1) {
      let widest = 0;
      for (const row of texts) {
        const t = row[c - area.left];
        let units = 0;
        for (const ch of t) units += /[\u1100-\uFFFF]/.test(ch) ? 2 : 1;
        if (units > widest) widest = units;
      }
      if (widest > 0) sheet.columnWidths.set(c, charsToPoints(widest + 0.71));
    }
  }

  // ---------------------------------------------------------------- names

  nameByKey(name: string): NamedItemState | undefined {
    return this.names.get(name.toLowerCase());
  }

  /** NamedItemCollection.add(name, reference, comment). */
  addName(name: unknown, reference: string, comment: unknown): NamedItemState {
    if (typeof name !== 'string' || !/^[\p{L}_\\][\p{L}\p{N}_.\\?]*$/u.test(name) || name.length > 255 || /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name)) {
      throw simError('InvalidArgument', undefined, `name "${String(name)}"`);
    }
    if (this.nameByKey(name)) throw simError('ItemAlreadyExists');
    const formula = reference.startsWith('=') ? reference : `=${reference}`;
    let hfName = name;
    let usable = true;
    if (!this.store.canAddName(name, formula)) {
      hfName = `SIMNAME_${this.nextNameAlias}`;
      this.nextNameAlias += 1;
      usable = false;
      if (!this.store.canAddName(hfName, formula)) throw simError('InvalidArgument', undefined, `reference ${reference}`);
    }
    this.store.addName(hfName, formula);
    const item: NamedItemState = { name, hfName, usableInFormulas: usable, comment: typeof comment === 'string' ? comment : '', visible: true };
    this.names.set(name.toLowerCase(), item);
    return item;
  }

  deleteName(item: NamedItemState): void {
    this.store.removeName(item.hfName);
    this.names.delete(item.name.toLowerCase());
  }

  nameFormula(item: NamedItemState): string {
    return this.store.nameFormula(item.hfName) ?? '=#REF!';
  }

  /** The range a name refers to, or null when it is not a single-area reference to an existing sheet. */
  nameTarget(name: string): { sheet: SheetState; rect: Rect } | null {
    const item = this.nameByKey(name);
    if (!item) return null;
    const formula = this.nameFormula(item).slice(1);
    const { sheet: sheetName, local } = splitSheetAddress(formula);
    if (sheetName === null) return null;
    const sheet = this.sheetByName(sheetName);
    const rect = parseLocalAddress(local);
    return sheet && rect ? { sheet, rect } : null;
  }

  // ---------------------------------------------------------------- selection

  select(sheet: SheetState, rect: Rect): void {
    if (sheet.visibility !== 'Visible') throw simError('InvalidOperation', undefined, 'cannot select on a hidden worksheet');
    if (!insideGrid(rect)) throw simError('InvalidArgument');
    this.activeSheetId = sheet.id;
    sheet.selection = { ...rect };
    this.emitSelection(sheet);
  }

  // ---------------------------------------------------------------- events

  addHandler(kind: EventKind, scope: EventScope, handler: EventHandler): number {
    if (typeof handler !== 'function') throw simError('InvalidArgument', undefined, 'event handler must be a function');
    const id = this.nextRegistration;
    this.nextRegistration += 1;
    this.registrations.set(id, { id, kind, scope, handler });
    return id;
  }

  removeHandler(id: number): void {
    this.registrations.delete(id);
  }

  removeHandlerByFunction(kind: EventKind, scope: EventScope, handler: EventHandler): void {
    for (const reg of this.registrations.values()) {
      if (reg.kind === kind && reg.handler === handler && sameScope(reg.scope, scope)) {
        this.registrations.delete(reg.id);
        return;
      }
    }
  }

  /** Reading a cell before a write costs a recalculation: only done when someone will get the event. */
  private wantsChangeDetails(): boolean {
    if (!this.eventsEnabled) return false;
    for (const reg of this.registrations.values()) if (reg.kind === 'changed') return true;
    return false;
  }

  get handlerCount(): number {
    return this.registrations.size;
  }

  emitChanged(
    sheet: SheetState,
    rect: Rect,
    changeType: ChangeType,
    trigger: TriggerSource,
    details?: ChangedDetail,
    changeDirectionState?: { insertShiftDirection?: string; deleteShiftDirection?: string },
  ): void {
    if (!this.eventsEnabled) return;
    const address = formatLocalAddress(rect);
    const worksheetId = sheet.id;
    for (const reg of this.registrations.values()) {
      if (reg.kind !== 'changed') continue;
      if (!(reg.scope.kind === 'worksheets' || (reg.scope.kind === 'worksheet' && reg.scope.sheetId === worksheetId))) continue;
      const args: Record<string, unknown> = {
        type: 'WorksheetChanged',
        address,
        changeType,
        source: 'Local',
        worksheetId,
        triggerSource: trigger,
        getRange: (ctx: ContextLike) => ctx.workbook.worksheets.getItem(worksheetId).getRange(address),
        getRangeOrNullObject: (ctx: ContextLike) => ctx.workbook.worksheets.getItem(worksheetId).getRange(address),
      };
      if (details) args.details = { ...details };
      if (changeDirectionState) args.changeDirectionState = { ...changeDirectionState };
      this.enqueue(reg.handler, args);
    }
  }

  emitSelection(sheet: SheetState): void {
    if (!this.eventsEnabled) return;
    const address = formatLocalAddress(sheet.selection);
    for (const reg of this.registrations.values()) {
      if (reg.kind !== 'selectionChanged') continue;
      if (reg.scope.kind === 'workbook') {
        const ctx = this.contextFactory?.() as { workbook: unknown } | undefined;
        this.enqueue(reg.handler, { workbook: ctx?.workbook });
      } else if (reg.scope.kind === 'worksheets' || reg.scope.sheetId === sheet.id) {
        this.enqueue(reg.handler, { type: 'WorksheetSelectionChanged', address, worksheetId: sheet.id });
      }
    }
  }

  private enqueue(handler: EventHandler, args: unknown): void {
    this.queue.push({ handler, args });
    if (this.dispatchTimer === null) this.dispatchTimer = setTimeout(() => this.dispatch(), 0);
  }

  /** Handlers run after the change, asynchronously, as Excel delivers events. */
  private dispatch(): void {
    this.dispatchTimer = null;
    const batch = this.queue;
    this.queue = [];
    for (const { handler, args } of batch) {
      try {
        const result = handler(args);
        if (result && typeof (result as Promise<unknown>).then === 'function') {
          const p = Promise.resolve(result as Promise<unknown>).catch((e: unknown) => {
            this.handlerErrors.push(e);
          });
          this.inFlight.add(p);
          void p.finally(() => this.inFlight.delete(p));
        }
      } catch (e) {
        this.handlerErrors.push(e);
      }
    }
  }

  /** Resolves when every queued event has been delivered and the handlers' promises have settled. */
  async flushEvents(): Promise<void> {
    for (let guard = 0; guard < 1000; guard += 1) {
      if (this.queue.length === 0 && this.dispatchTimer === null && this.inFlight.size === 0) return;
      if (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
      else await new Promise((resolve) => setTimeout(resolve, 0));
    }
    throw new Error('ExcelSim: event handlers kept triggering new events (1000 rounds)');
  }
}

function sameScope(a: EventScope, b: EventScope): boolean {
  if (a.kind !== b.kind) return false;
  return a.kind !== 'worksheet' || a.sheetId === (b as { sheetId: string }).sheetId;
}

/** Merged areas after inserting (count > 0) or deleting (count < 0) rows/columns at `at`. */
function shiftMerges(merges: Rect[], at: number, count: number, byRow: boolean): Rect[] {
  const out: Rect[] = [];
  for (const m of merges) {
    let lo = byRow ? m.top : m.left;
    let hi = byRow ? m.bottom : m.right;
    if (count > 0) {
      if (lo >= at) {
        lo += count;
        hi += count;
      } else if (hi >= at) {
        hi += count;
      }
    } else {
      const delLo = at;
      const delHi = at - count - 1;
      const removedBefore = (x: number): number => Math.max(0, Math.min(x, delHi + 1) - delLo);
      const newLo = lo - removedBefore(lo);
      const newHi = hi - removedBefore(hi + 1);
      if (newHi < newLo) continue;
      lo = newLo;
      hi = newHi;
    }
    const next = byRow ? { ...m, top: lo, bottom: hi } : { ...m, left: lo, right: hi };
    if (cellCount(next) > 1 && insideGrid(next)) out.push(next);
  }
  return out;
}

function shiftIndexMap(map: Map<number, number>, at: number, count: number, limit: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const [i, v] of map) {
    let next = i;
    if (count > 0 && i >= at) next = i + count;
    if (count < 0) {
      if (i >= at && i < at - count) continue;
      if (i >= at - count) next = i + count;
    }
    if (next < limit) out.set(next, v);
  }
  // Inserted rows/columns take the size of the one before, as with formats.
  if (count > 0 && at > 0 && map.has(at - 1)) for (let i = at; i < at + count; i += 1) out.set(i, map.get(at - 1) as number);
  return out;
}
