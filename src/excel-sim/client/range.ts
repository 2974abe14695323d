import {
  MAX_COLS,
  MAX_ROWS,
  type Rect,
  boundingRect,
  cellCount,
  formatSheetAddress,
  insideGrid,
  intersect,
  isEntireColumns,
  isEntireRows,
} from '../address';
import { type BorderField, BORDER_STYLES, BORDER_WEIGHTS, type BorderIndex, checkBorderIndex, readBorder, writeBorder } from '../borders';
import { normalizeColor } from '../colors';
import { ALIGNMENTS, type SheetState, checkEnum } from '../engine';
import { simError } from '../errors';
import type { FormatKey, FormatProps } from '../sheetFormats';
import { type Exec, PARENT_IS_NULL, SimClientObject, defineProps, jsonBytes, sameContext } from './base';
import type { SimRequestContext } from './context';
import { SimWorksheet } from './workbook';

export interface RangeTarget {
  sheet: SheetState;
  rect: Rect;
}

function checkInt(v: unknown, what: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v)) throw simError('InvalidArgument', undefined, `${what} must be an integer`);
  return v;
}

function inGrid(rect: Rect): Rect {
  if (!insideGrid(rect)) throw simError('InvalidArgument', undefined, 'the resulting range is outside the worksheet grid');
  return rect;
}

export class SimRange extends SimClientObject<RangeTarget> {
  _format: SimRangeFormat | undefined;
  _worksheet: SimWorksheet | undefined;

  override get _className(): string {
    return 'Range';
  }

  get format(): SimRangeFormat {
    if (!this._format) this._format = new SimRangeFormat(this.context, this);
    return this._format;
  }

  get worksheet(): SimWorksheet {
    if (!this._worksheet) {
      this._worksheet = new SimWorksheet(
        this.context,
        (exec) => this._resolve(exec)?.sheet ?? PARENT_IS_NULL,
        `${this._path}.worksheet`,
      );
    }
    return this._worksheet;
  }

  override _navigation(name: string): SimClientObject<unknown> | undefined {
    if (name === 'format') return this.format as SimClientObject<unknown>;
    if (name === 'worksheet') return this.worksheet as SimClientObject<unknown>;
    return undefined;
  }

  _derive(step: string, fn: (t: RangeTarget, exec: Exec) => Rect | null, nullable = false): SimRange {
    return new SimRange(
      this.context,
      (exec) => {
        const t = this._resolve(exec);
        if (t === null) return PARENT_IS_NULL;
        const rect = fn(t, exec);
        return rect ? { sheet: t.sheet, rect } : null;
      },
      `${this._path}.${step}`,
      nullable,
    );
  }

  /** Another range given as a Range proxy or an address (resolved on this range's sheet). */
  _other(another: unknown, t: RangeTarget, exec: Exec): RangeTarget {
    if (another instanceof SimRange) {
      const o = another._resolve(exec);
      if (o === null) throw simError('InvalidArgument', undefined, 'the other range is a null object');
      return o;
    }
    if (typeof another === 'string') return exec.engine.resolveGlobalAddress(t.sheet, another);
    throw simError('InvalidArgument', undefined, 'expected a Range or an address');
  }

  getCell(row: number, column: number): SimRange {
    return this._derive(`getCell(${row},${column})`, (t) => {
      const r = t.rect.top + checkInt(row, 'row');
      const c = t.rect.left + checkInt(column, 'column');
      return inGrid({ top: r, left: c, bottom: r, right: c });
    });
  }

  getRow(row: number): SimRange {
    return this._derive(`getRow(${row})`, (t) => {
      const i = checkInt(row, 'row');
      if (i < 0 || i > t.rect.bottom - t.rect.top) throw simError('InvalidArgument', undefined, `row ${i} is outside the range`);
      return { ...t.rect, top: t.rect.top + i, bottom: t.rect.top + i };
    });
  }

  getColumn(column: number): SimRange {
    return this._derive(`getColumn(${column})`, (t) => {
      const i = checkInt(column, 'column');
      if (i < 0 || i > t.rect.right - t.rect.left) throw simError('InvalidArgument', undefined, `column ${i} is outside the range`);
      return { ...t.rect, left: t.rect.left + i, right: t.rect.left + i };
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): SimRange {
    return this._derive(`getResizedRange(${deltaRows},${deltaColumns})`, (t) =>
      inGrid({ ...t.rect, bottom: t.rect.bottom + checkInt(deltaRows, 'deltaRows'), right: t.rect.right + checkInt(deltaColumns, 'deltaColumns') }),
    );
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): SimRange {
    return this._derive(`getAbsoluteResizedRange(${numRows},${numColumns})`, (t) => {
      const rows = checkInt(numRows, 'numRows');
      const cols = checkInt(numColumns, 'numColumns');
      if (rows < 1 || cols < 1) throw simError('InvalidArgument');
      return inGrid({ ...t.rect, bottom: t.rect.top + rows - 1, right: t.rect.left + cols - 1 });
    });
  }

  getOffsetRange(rowOffset: number, columnOffset: number): SimRange {
    return this._derive(`getOffsetRange(${rowOffset},${columnOffset})`, (t) => {
      const dr = checkInt(rowOffset, 'rowOffset');
      const dc = checkInt(columnOffset, 'columnOffset');
      return inGrid({ top: t.rect.top + dr, bottom: t.rect.bottom + dr, left: t.rect.left + dc, right: t.rect.right + dc });
    });
  }

  getBoundingRect(anotherRange: unknown): SimRange {
    sameContext(this, anotherRange);
    return this._derive('getBoundingRect', (t, exec) => {
      const o = this._other(anotherRange, t, exec);
      if (o.sheet !== t.sheet) throw simError('InvalidArgument', undefined, 'ranges on different worksheets');
      return boundingRect(t.rect, o.rect);
    });
  }

  getIntersection(anotherRange: unknown): SimRange {
    sameContext(this, anotherRange);
    return this._derive('getIntersection', (t, exec) => {
      const o = this._other(anotherRange, t, exec);
      return o.sheet === t.sheet ? intersect(t.rect, o.rect) : null;
    });
  }

  getIntersectionOrNullObject(anotherRange: unknown): SimRange {
    sameContext(this, anotherRange);
    return this._derive(
      'getIntersectionOrNullObject',
      (t, exec) => {
        const o = this._other(anotherRange, t, exec);
        return o.sheet === t.sheet ? intersect(t.rect, o.rect) : null;
      },
      true,
    );
  }

  getEntireRow(): SimRange {
    return this._derive('getEntireRow()', (t) => ({ ...t.rect, left: 0, right: MAX_COLS - 1 }));
  }

  getEntireColumn(): SimRange {
    return this._derive('getEntireColumn()', (t) => ({ ...t.rect, top: 0, bottom: MAX_ROWS - 1 }));
  }

  getLastRow(): SimRange {
    return this._derive('getLastRow()', (t) => ({ ...t.rect, top: t.rect.bottom }));
  }

  getLastColumn(): SimRange {
    return this._derive('getLastColumn()', (t) => ({ ...t.rect, left: t.rect.right }));
  }

  getLastCell(): SimRange {
    return this._derive('getLastCell()', (t) => ({ top: t.rect.bottom, bottom: t.rect.bottom, left: t.rect.right, right: t.rect.right }));
  }

  /** "If there are no used cells within the range, this function will throw an ItemNotFound error." */
  getUsedRange(valuesOnly?: boolean): SimRange {
    return this._derive(`getUsedRange(${valuesOnly === true})`, (t, exec) => {
      const used = exec.engine.usedRange(t.sheet, valuesOnly === true);
      return used && intersect(used, t.rect);
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): SimRange {
    return this._derive(
      `getUsedRangeOrNullObject(${valuesOnly === true})`,
      (t, exec) => {
        const used = exec.engine.usedRange(t.sheet, valuesOnly === true);
        return used && intersect(used, t.rect);
      },
      true,
    );
  }

  /** Inserts cells and "Returns a new Range object at the now blank space." */
  insert(shift: unknown): SimRange {
    let result: RangeTarget | null | undefined;
    this.context._queue({
      location: 'Range.insert',
      bytes: jsonBytes({ path: this._path, insert: shift }),
      run: (exec) => {
        const t = this._resolve(exec);
        if (t === null) {
          result = null;
          return;
        }
        result = { sheet: t.sheet, rect: exec.engine.insert(t.sheet, t.rect, shift, 'ThisLocalAddin') };
      },
    });
    return new SimRange(this.context, () => (result === undefined ? null : (result ?? PARENT_IS_NULL)), `${this._path}.insert(${String(shift)})`);
  }

  delete(shift: unknown): void {
    this._queueOnTarget('Range.delete', { delete: shift }, (t, exec) => exec.engine.delete(t.sheet, t.rect, shift, 'ThisLocalAddin'));
  }

  clear(applyTo?: unknown): void {
    this._queueOnTarget('Range.clear', { clear: applyTo ?? 'All' }, (t, exec) => exec.engine.clear(t.sheet, t.rect, applyTo, 'ThisLocalAddin'));
  }

  merge(across?: unknown): void {
    this._queueOnTarget('Range.merge', { merge: across ?? false }, (t, exec) => exec.engine.merge(t.sheet, t.rect, across));
  }

  unmerge(): void {
    this._queueOnTarget('Range.unmerge', { unmerge: true }, (t, exec) => exec.engine.unmerge(t.sheet, t.rect));
  }

  select(): void {
    this._queueOnTarget('Range.select', { select: true }, (t, exec) => exec.engine.select(t.sheet, t.rect));
  }

  calculate(): void {
    this._queueOnTarget('Range.calculate', { calculate: true }, () => undefined);
  }

  override _setOrder(): string[] {
    return ['numberFormat', 'numberFormatLocal', 'values', 'formulas', 'formulasLocal'];
  }
}

const valuesProp = {
  read: (t: RangeTarget, exec: Exec) => exec.engine.values(t.sheet, t.rect),
  write: (t: RangeTarget, v: unknown, exec: Exec) => exec.engine.writeCells(t.sheet, t.rect, v, 'ThisLocalAddin'),
};
const formulasProp = {
  read: (t: RangeTarget, exec: Exec) => exec.engine.formulas(t.sheet, t.rect),
  write: valuesProp.write,
};
const numberFormatProp = {
  read: (t: RangeTarget, exec: Exec) => exec.engine.numberFormats(t.sheet, t.rect),
  write: (t: RangeTarget, v: unknown, exec: Exec) => exec.engine.writeNumberFormats(t.sheet, t.rect, v),
};

defineProps<RangeTarget>(SimRange, {
  address: { read: (t) => formatSheetAddress(t.sheet.name, t.rect) },
  addressLocal: { read: (t) => formatSheetAddress(t.sheet.name, t.rect) },
  rowIndex: { read: (t) => t.rect.top },
  columnIndex: { read: (t) => t.rect.left },
  rowCount: { read: (t) => t.rect.bottom - t.rect.top + 1 },
  columnCount: { read: (t) => t.rect.right - t.rect.left + 1 },
  cellCount: { read: (t) => cellCount(t.rect) },
  isEntireRow: { read: (t) => isEntireRows(t.rect) },
  isEntireColumn: { read: (t) => isEntireColumns(t.rect) },
  numberFormat: numberFormatProp,
  numberFormatLocal: numberFormatProp,
  values: valuesProp,
  formulas: formulasProp,
  formulasLocal: formulasProp,
  text: { read: (t, exec) => exec.engine.texts(t.sheet, t.rect) },
  valueTypes: { read: (t, exec) => exec.engine.valueTypes(t.sheet, t.rect) },
});

// ------------------------------------------------------------------ format

function formatProp(key: FormatKey, check: (v: unknown) => FormatProps[FormatKey]) {
  return {
    read: (t: RangeTarget, exec: Exec) => exec.engine.readFormat(t.sheet, t.rect, key),
    write: (t: RangeTarget, v: unknown, exec: Exec) => exec.engine.applyFormat(t.sheet, t.rect, { [key]: check(v) }),
  };
}

const bool = (v: unknown): boolean => {
  if (typeof v !== 'boolean') throw simError('InvalidArgument', undefined, `expected true or false, got ${String(v)}`);
  return v;
};

const color = (v: unknown): string => {
  const c = normalizeColor(v);
  if (c === null) throw simError('InvalidArgument', undefined, `colour ${String(v)}`);
  return c;
};

class SimRangePart extends SimClientObject<RangeTarget> {
  override get _className(): string {
    return 'RangePart';
  }

  constructor(context: SimRequestContext, owner: SimClientObject<RangeTarget>, step: string) {
    super(context, (exec) => owner._resolve(exec) ?? PARENT_IS_NULL, `${owner._path}.${step}`);
  }
}

export class SimRangeFormat extends SimRangePart {
  _font: SimRangeFont | undefined;
  _fill: SimRangeFill | undefined;
  _borders: SimRangeBorderCollection | undefined;

  constructor(context: SimRequestContext, range: SimRange) {
    super(context, range, 'format');
  }

  override get _className(): string {
    return 'RangeFormat';
  }

  get font(): SimRangeFont {
    if (!this._font) this._font = new SimRangeFont(this.context, this);
    return this._font;
  }

  get fill(): SimRangeFill {
    if (!this._fill) this._fill = new SimRangeFill(this.context, this);
    return this._fill;
  }

  get borders(): SimRangeBorderCollection {
    if (!this._borders) this._borders = new SimRangeBorderCollection(this.context, this);
    return this._borders;
  }

  override _navigation(name: string): SimClientObject<unknown> | undefined {
    if (name === 'font') return this.font as SimClientObject<unknown>;
    if (name === 'fill') return this.fill as SimClientObject<unknown>;
    if (name === 'borders') return this.borders as SimClientObject<unknown>;
    return undefined;
  }

  autofitColumns(): void {
    this._queueOnTarget('RangeFormat.autofitColumns', { autofitColumns: true }, (t, exec) => exec.engine.autofitColumns(t.sheet, t.rect));
  }

  autofitRows(): void {
    this._queueOnTarget('RangeFormat.autofitRows', { autofitRows: true }, () => undefined);
  }
}

defineProps<RangeTarget>(SimRangeFormat, {
  horizontalAlignment: formatProp('horizontalAlignment', (v) => checkEnum(v, ALIGNMENTS.HORIZONTAL)),
  verticalAlignment: formatProp('verticalAlignment', (v) => checkEnum(v, ALIGNMENTS.VERTICAL)),
  wrapText: formatProp('wrapText', bool),
  indentLevel: formatProp('indentLevel', (v) => {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 250) throw simError('InvalidArgument', undefined, `indent ${String(v)}`);
    return v;
  }),
  columnWidth: {
    read: (t, exec) => exec.engine.columnWidth(t.sheet, t.rect),
    write: (t, v, exec) => exec.engine.setColumnWidth(t.sheet, t.rect, v),
  },
  rowHeight: {
    read: (t, exec) => exec.engine.rowHeight(t.sheet, t.rect),
    write: (t, v, exec) => exec.engine.setRowHeight(t.sheet, t.rect, v),
  },
});

export class SimRangeFont extends SimRangePart {
  constructor(context: SimRequestContext, format: SimRangeFormat) {
    super(context, format, 'font');
  }

  override get _className(): string {
    return 'RangeFont';
  }
}

defineProps<RangeTarget>(SimRangeFont, {
  bold: formatProp('bold', bool),
  italic: formatProp('italic', bool),
  strikethrough: formatProp('strikethrough', bool),
  underline: formatProp('underline', (v) => checkEnum(v, ['None', 'Single', 'Double', 'SingleAccountant', 'DoubleAccountant'])),
  size: formatProp('fontSize', (v) => {
    if (typeof v !== 'number' || !(v >= 1 && v <= 409)) throw simError('InvalidArgument', undefined, `font size ${String(v)}`);
    return v;
  }),
  color: formatProp('fontColor', color),
  name: formatProp('fontName', (v) => {
    if (typeof v !== 'string' || v === '') throw simError('InvalidArgument', undefined, 'font name');
    return v;
  }),
});

export class SimRangeFill extends SimRangePart {
  constructor(context: SimRequestContext, format: SimRangeFormat) {
    super(context, format, 'fill');
  }

  override get _className(): string {
    return 'RangeFill';
  }

  /** "Resets the range background." */
  clear(): void {
    this._queueOnTarget('RangeFill.clear', { clear: true }, (t, exec) => exec.engine.applyFormat(t.sheet, t.rect, { fillColor: '' }));
  }
}

defineProps<RangeTarget>(SimRangeFill, {
  color: {
    // A cell without fill reads "#FFFFFF".
    read: (t, exec) => {
      const v = exec.engine.readFormat(t.sheet, t.rect, 'fillColor');
      return v === null ? null : v === '' ? '#FFFFFF' : v;
    },
    write: (t, v, exec) => exec.engine.applyFormat(t.sheet, t.rect, { fillColor: v === '' ? '' : color(v) }),
  },
});

export class SimRangeBorderCollection extends SimRangePart {
  constructor(context: SimRequestContext, format: SimRangeFormat) {
    super(context, format, 'borders');
  }

  override get _className(): string {
    return 'RangeBorderCollection';
  }

  getItem(index: unknown): SimRangeBorder {
    const i = checkBorderIndex(index);
    return new SimRangeBorder(this.context, this, i);
  }
}

interface BorderTarget extends RangeTarget {
  index: BorderIndex;
}

export class SimRangeBorder extends SimClientObject<BorderTarget> {
  constructor(context: SimRequestContext, borders: SimRangeBorderCollection, index: BorderIndex) {
    super(
      context,
      (exec) => {
        const t = borders._resolve(exec);
        return t ? { ...t, index } : PARENT_IS_NULL;
      },
      `${borders._path}.getItem(${index})`,
    );
  }

  override get _className(): string {
    return 'RangeBorder';
  }
}

function borderProp(field: BorderField, check: (v: unknown) => string) {
  return {
    read: (t: BorderTarget) => readBorder(t.sheet, t.rect, t.index, field),
    write: (t: BorderTarget, v: unknown) => writeBorder(t.sheet, t.rect, t.index, field, check(v)),
  };
}

defineProps<BorderTarget>(SimRangeBorder, {
  sideIndex: { read: (t) => t.index },
  style: borderProp('style', (v) => checkEnum(v, BORDER_STYLES)),
  color: borderProp('color', color),
  weight: borderProp('weight', (v) => checkEnum(v, BORDER_WEIGHTS)),
});
