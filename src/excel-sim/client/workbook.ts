import { type Rect, formatSheetAddress, insideGrid, splitSheetAddress } from '../address';
import { normalizeColor } from '../colors';
import { type EventKind, type EventScope, type NamedItemState, type SheetState, type WorkbookEngine, checkEnum } from '../engine';
import { propertyNotLoaded, simError } from '../errors';
import { type Exec, type Locate, PARENT_IS_NULL, SimClientObject, SimClientResult, defineProps, jsonBytes, sameContext, strict } from './base';
import type { SimRequestContext } from './context';
import { SimRange } from './range';

// ------------------------------------------------------------------ events

/** Worksheet.onChanged etc.: `add` registers at the next sync and returns a handler result to `remove()` later. */
/**
 * `collection.load('items/name')` and friends: the item part of the load spec is applied to
 * every item (a bare collection load means all item properties); the collection takes its
 * items only when the whole batch succeeds.
 */
function loadCollectionItems<T>(exec: Exec, spec: import('./base').LoadSpec, items: SimClientObject<T>[], commit: () => void): void {
  const itemSpec = spec.nav.get('items') ?? { all: spec.all || spec.scalars.has('items'), scalars: new Set([...spec.scalars].filter((s) => s !== 'items')), nav: spec.nav };
  if (!itemSpec.all && itemSpec.scalars.size === 0 && itemSpec.nav.size === 0) itemSpec.all = true;
  for (const item of items) {
    item._checkSpec(itemSpec);
    item._runLoad(exec, itemSpec);
  }
  exec.afterSuccess.push(commit);
}

export class SimEventHandlers {
  constructor(
    private readonly _context: SimRequestContext,
    private readonly _kind: EventKind,
    private readonly _scope: (exec: Exec) => EventScope | null,
    private readonly _location: string,
  ) {
    return strict(this, 'EventHandlers');
  }

  add(handler: (args: unknown) => unknown): SimEventHandlerResult {
    const result = new SimEventHandlerResult(this._context);
    this._context._queue({
      location: `${this._location}.add`,
      bytes: jsonBytes({ register: this._location }),
      run: (exec) => {
        const scope = this._scope(exec);
        if (scope) result._id = exec.engine.addHandler(this._kind, scope, handler);
      },
    });
    return result;
  }

  remove(handler: (args: unknown) => unknown): void {
    this._context._queue({
      location: `${this._location}.remove`,
      bytes: jsonBytes({ unregister: this._location }),
      run: (exec) => {
        const scope = this._scope(exec);
        if (scope) exec.engine.removeHandlerByFunction(this._kind, scope, handler);
      },
    });
  }
}

export class SimEventHandlerResult {
  _id: number | undefined = undefined;

  constructor(readonly context: SimRequestContext) {
    return strict(this, 'EventHandlerResult');
  }

  remove(): void {
    this.context._queue({
      location: 'EventHandlerResult.remove',
      bytes: jsonBytes({ unregister: this._id ?? null }),
      run: (exec) => {
        if (this._id !== undefined) exec.engine.removeHandler(this._id);
      },
    });
  }
}

// ------------------------------------------------------------------ workbook

export class SimWorkbookObject extends SimClientObject<WorkbookEngine> {
  _worksheets: SimWorksheetCollection | undefined;
  _names: SimNamedItemCollection | undefined;
  _application: SimApplication | undefined;
  _onSelectionChanged: SimEventHandlers | undefined;

  constructor(context: SimRequestContext) {
    super(context, (exec) => exec.engine, 'workbook');
  }

  override get _className(): string {
    return 'Workbook';
  }

  get worksheets(): SimWorksheetCollection {
    if (!this._worksheets) this._worksheets = new SimWorksheetCollection(this.context);
    return this._worksheets;
  }

  get names(): SimNamedItemCollection {
    if (!this._names) this._names = new SimNamedItemCollection(this.context);
    return this._names;
  }

  get application(): SimApplication {
    if (!this._application) this._application = new SimApplication(this.context);
    return this._application;
  }

  /** Workbook.onSelectionChanged: args carry the workbook (SelectionChangedEventArgs). */
  get onSelectionChanged(): SimEventHandlers {
    if (!this._onSelectionChanged) {
      this._onSelectionChanged = new SimEventHandlers(this.context, 'selectionChanged', () => ({ kind: 'workbook' }), 'Workbook.onSelectionChanged');
    }
    return this._onSelectionChanged;
  }

  override _navigation(name: string): SimClientObject<unknown> | undefined {
    if (name === 'worksheets') return this.worksheets as SimClientObject<unknown>;
    if (name === 'names') return this.names as SimClientObject<unknown>;
    if (name === 'application') return this.application as SimClientObject<unknown>;
    return undefined;
  }

  /** "Gets the currently selected single range from the workbook." */
  getSelectedRange(): SimRange {
    return new SimRange(
      this.context,
      (exec) => {
        const sheet = exec.engine.activeSheet();
        return { sheet, rect: sheet.selection };
      },
      'workbook.getSelectedRange()',
    );
  }

  getActiveCell(): SimRange {
    return new SimRange(
      this.context,
      (exec) => {
        const sheet = exec.engine.activeSheet();
        const { top, left } = sheet.selection;
        return { sheet, rect: { top, left, bottom: top, right: left } };
      },
      'workbook.getActiveCell()',
    );
  }
}

defineProps<WorkbookEngine>(SimWorkbookObject, {
  name: { read: () => 'Book1.xlsx' },
});

// ------------------------------------------------------------------ worksheets

function sheetLocate(find: (exec: Exec) => SheetState | undefined): Locate<SheetState> {
  return (exec) => find(exec) ?? null;
}

export class SimWorksheetCollection extends SimClientObject<WorkbookEngine> {
  _items: SimWorksheet[] | undefined = undefined;
  _onChanged: SimEventHandlers | undefined;
  _onSelectionChanged: SimEventHandlers | undefined;

  constructor(context: SimRequestContext) {
    super(context, (exec) => exec.engine, 'workbook.worksheets');
  }

  override get _className(): string {
    return 'WorksheetCollection';
  }

  get items(): SimWorksheet[] {
    if (!this._items) throw propertyNotLoaded('WorksheetCollection', 'items');
    return this._items;
  }

  get onChanged(): SimEventHandlers {
    if (!this._onChanged) this._onChanged = new SimEventHandlers(this.context, 'changed', () => ({ kind: 'worksheets' }), 'WorksheetCollection.onChanged');
    return this._onChanged;
  }

  get onSelectionChanged(): SimEventHandlers {
    if (!this._onSelectionChanged) {
      this._onSelectionChanged = new SimEventHandlers(this.context, 'selectionChanged', () => ({ kind: 'worksheets' }), 'WorksheetCollection.onSelectionChanged');
    }
    return this._onSelectionChanged;
  }

  /** "The name or ID of the worksheet"; ItemNotFound at sync when there is none. */
  getItem(key: string): SimWorksheet {
    return new SimWorksheet(this.context, sheetLocate((exec) => exec.engine.sheetByKey(String(key))), `worksheets.getItem(${JSON.stringify(key)})`);
  }

  getItemOrNullObject(key: string): SimWorksheet {
    return new SimWorksheet(this.context, sheetLocate((exec) => exec.engine.sheetByKey(String(key))), `worksheets.getItemOrNullObject(${JSON.stringify(key)})`, true);
  }

  getActiveWorksheet(): SimWorksheet {
    return new SimWorksheet(this.context, (exec) => exec.engine.activeSheet(), 'worksheets.getActiveWorksheet()');
  }

  getFirst(visibleOnly?: boolean): SimWorksheet {
    return new SimWorksheet(
      this.context,
      sheetLocate((exec) => exec.engine.sheets.find((s) => !visibleOnly || s.visibility === 'Visible')),
      'worksheets.getFirst()',
    );
  }

  getLast(visibleOnly?: boolean): SimWorksheet {
    return new SimWorksheet(
      this.context,
      sheetLocate((exec) => [...exec.engine.sheets].reverse().find((s) => !visibleOnly || s.visibility === 'Visible')),
      'worksheets.getLast()',
    );
  }

  getCount(visibleOnly?: boolean): SimClientResult<number> {
    const result = new SimClientResult<number>();
    this.context._queue({
      location: 'WorksheetCollection.getCount',
      bytes: jsonBytes({ getCount: visibleOnly ?? false }),
      run: (exec) => {
        const n = exec.engine.sheets.filter((s) => !visibleOnly || s.visibility === 'Visible').length;
        exec.respond(n);
        exec.afterSuccess.push(() => result._resolveWith(n));
      },
    });
    return result;
  }

  /** "Adds a new worksheet to the workbook. The worksheet will be added at the end of existing worksheets." */
  add(name?: string): SimWorksheet {
    let added: SheetState | undefined;
    this.context._queue({
      location: 'WorksheetCollection.add',
      bytes: jsonBytes({ add: name ?? null }),
      run: (exec) => {
        added = exec.engine.addSheet(name);
      },
    });
    return new SimWorksheet(this.context, () => added ?? null, `worksheets.add(${JSON.stringify(name ?? null)})`);
  }

  override _checkSpec(): void {
    // Collection loads name item properties; they are checked against Worksheet when run.
  }

  override _runLoad(exec: Exec, spec: import('./base').LoadSpec): void {
    const items = exec.engine.sheets.map((sheet) => {
      const proxy = new SimWorksheet(this.context, () => sheet, `worksheets.getItem(${JSON.stringify(sheet.id)})`);
      proxy._sheetId = sheet.id;
      return proxy;
    });
    loadCollectionItems(exec, spec, items, () => {
      this._items = items;
      this._isNull = false;
    });
  }

  override toJSON(): Record<string, unknown> {
    return { items: (this._items ?? []).map((i) => i.toJSON()) };
  }
}

export class SimWorksheet extends SimClientObject<SheetState> {
  _sheetId: string | undefined = undefined;
  _onChanged: SimEventHandlers | undefined;
  _onSelectionChanged: SimEventHandlers | undefined;
  _pageLayout: SimPageLayout | undefined;
  _freezePanes: SimFreezePanes | undefined;

  override get _className(): string {
    return 'Worksheet';
  }

  /** Once found, a worksheet proxy keeps pointing at the same sheet (by id), through renames. */
  override _resolve(exec: Exec): SheetState | null {
    if (this._sheetId !== undefined) {
      const s = exec.engine.sheetById(this._sheetId);
      if (s) return s;
      if (this._nullable) return null;
      throw simError('ItemNotFound');
    }
    const s = super._resolve(exec);
    if (s) this._sheetId = s.id;
    return s;
  }

  get onChanged(): SimEventHandlers {
    if (!this._onChanged) {
      this._onChanged = new SimEventHandlers(this.context, 'changed', (exec) => this._scope(exec), 'Worksheet.onChanged');
    }
    return this._onChanged;
  }

  get onSelectionChanged(): SimEventHandlers {
    if (!this._onSelectionChanged) {
      this._onSelectionChanged = new SimEventHandlers(this.context, 'selectionChanged', (exec) => this._scope(exec), 'Worksheet.onSelectionChanged');
    }
    return this._onSelectionChanged;
  }

  _scope(exec: Exec): EventScope | null {
    const s = this._resolve(exec);
    return s ? { kind: 'worksheet', sheetId: s.id } : null;
  }

  get pageLayout(): SimPageLayout {
    if (!this._pageLayout) this._pageLayout = new SimPageLayout(this.context, this);
    return this._pageLayout;
  }

  get freezePanes(): SimFreezePanes {
    if (!this._freezePanes) this._freezePanes = new SimFreezePanes(this.context, this);
    return this._freezePanes;
  }

  override _navigation(name: string): SimClientObject<unknown> | undefined {
    if (name === 'pageLayout') return this.pageLayout as SimClientObject<unknown>;
    return undefined;
  }

  _range(step: string, fn: (sheet: SheetState, exec: Exec) => Rect | null, nullable = false): SimRange {
    return new SimRange(
      this.context,
      (exec) => {
        const sheet = this._resolve(exec);
        if (sheet === null) return PARENT_IS_NULL;
        const rect = fn(sheet, exec);
        return rect ? { sheet, rect } : null;
      },
      `${this._path}.${step}`,
      nullable,
    );
  }

  /** An A1 address ("A1:B2", "B:D", "3:5"), the sheet's own "Sheet1!A1", or a name; none = the whole sheet. */
  getRange(address?: string): SimRange {
    return this._range(`getRange(${JSON.stringify(address ?? null)})`, (sheet, exec) => exec.engine.resolveAddress(sheet, address));
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): SimRange {
    return this._range(`getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`, () => {
      const rect = { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 };
      if (![startRow, startColumn, rowCount, columnCount].every(Number.isInteger) || rowCount < 1 || columnCount < 1 || !insideGrid(rect)) {
        throw simError('InvalidArgument', undefined, 'range indexes');
      }
      return rect;
    });
  }

  getCell(row: number, column: number): SimRange {
    return this._range(`getCell(${row},${column})`, () => {
      const rect = { top: row, left: column, bottom: row, right: column };
      if (!Number.isInteger(row) || !Number.isInteger(column) || !insideGrid(rect)) throw simError('InvalidArgument', undefined, 'cell indexes');
      return rect;
    });
  }

  /** "If the entire worksheet is blank, this function will return the top left cell (i.e. it will not throw an error)." */
  getUsedRange(valuesOnly?: boolean): SimRange {
    return this._range(`getUsedRange(${valuesOnly === true})`, (sheet, exec) => exec.engine.usedRange(sheet, valuesOnly === true) ?? { top: 0, left: 0, bottom: 0, right: 0 });
  }

  /** "If the entire worksheet is blank, then this method returns an object with its isNullObject property set to true." */
  getUsedRangeOrNullObject(valuesOnly?: boolean): SimRange {
    return this._range(`getUsedRangeOrNullObject(${valuesOnly === true})`, (sheet, exec) => exec.engine.usedRange(sheet, valuesOnly === true), true);
  }

  activate(): void {
    this._queueOnTarget('Worksheet.activate', { activate: true }, (s, exec) => exec.engine.activate(s));
  }

  delete(): void {
    this._queueOnTarget('Worksheet.delete', { delete: true }, (s, exec) => exec.engine.deleteSheet(s));
  }

  calculate(_markAllDirty?: boolean): void {
    this._queueOnTarget('Worksheet.calculate', { calculate: true }, () => undefined);
  }
}

defineProps<SheetState>(SimWorksheet, {
  id: { read: (s) => s.id },
  name: { read: (s) => s.name, write: (s, v, exec) => exec.engine.renameSheet(s, v) },
  position: { read: (s, exec) => exec.engine.sheets.indexOf(s), write: (s, v, exec) => exec.engine.setPosition(s, v) },
  visibility: { read: (s) => s.visibility, write: (s, v, exec) => exec.engine.setVisibility(s, v) },
  tabColor: {
    read: (s) => s.tabColor,
    write: (s, v) => {
      if (v === '') s.tabColor = '';
      else {
        const c = normalizeColor(v);
        if (!c) throw simError('InvalidArgument', undefined, `colour ${String(v)}`);
        s.tabColor = c;
      }
    },
  },
  showGridlines: {
    read: (s) => s.showGridlines,
    write: (s, v) => {
      if (typeof v !== 'boolean') throw simError('InvalidArgument');
      s.showGridlines = v;
    },
  },
  standardWidth: { read: () => 8.43 },
  standardHeight: { read: () => 15 },
  enableCalculation: { read: () => true, write: () => undefined },
});

/** Worksheet.pageLayout: orientation and fit-to-page (zoom), what the add-in's print setup uses. */
export class SimPageLayout extends SimClientObject<SheetState> {
  _titleRows: string | undefined = undefined;

  constructor(context: SimRequestContext, sheet: SimWorksheet) {
    super(context, (exec) => sheet._resolve(exec) ?? PARENT_IS_NULL, `${sheet._path}.pageLayout`);
  }

  override get _className(): string {
    return 'PageLayout';
  }

  setPrintTitleRows(rows: unknown): void {
    sameContext(this, rows);
    this._queueOnTarget('PageLayout.setPrintTitleRows', { setPrintTitleRows: typeof rows === 'string' ? rows : 'range' }, () => {
      this._titleRows = typeof rows === 'string' ? rows : 'range';
    });
  }
}

defineProps<SheetState>(SimPageLayout, {
  orientation: {
    read: (s) => s.orientation,
    write: (s, v) => {
      s.orientation = checkEnum(v, ['Portrait', 'Landscape']) as 'Portrait' | 'Landscape';
    },
  },
  zoom: {
    read: (s) => ({
      ...(s.fitToPagesWide !== undefined ? { horizontalFitToPages: s.fitToPagesWide } : {}),
      ...(s.fitToPagesTall !== undefined ? { verticalFitToPages: s.fitToPagesTall } : {}),
      ...(s.zoomScale !== undefined ? { scale: s.zoomScale } : {}),
    }),
    write: (s, v) => {
      if (!v || typeof v !== 'object') throw simError('InvalidArgument', undefined, 'zoom must be a PageLayoutZoomOptions object');
      const z = v as { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
      s.fitToPagesWide = z.horizontalFitToPages;
      s.fitToPagesTall = z.verticalFitToPages;
      s.zoomScale = z.scale;
    },
  },
});

/** Worksheet.freezePanes: accepted and remembered; nothing else in the sim depends on it. */
export class SimFreezePanes extends SimClientObject<SheetState> {
  constructor(context: SimRequestContext, sheet: SimWorksheet) {
    super(context, (exec) => sheet._resolve(exec) ?? PARENT_IS_NULL, `${sheet._path}.freezePanes`);
  }

  override get _className(): string {
    return 'WorksheetFreezePanes';
  }

  freezeRows(count?: number): void {
    this._queueOnTarget('WorksheetFreezePanes.freezeRows', { freezeRows: count ?? 1 }, () => undefined);
  }

  freezeColumns(count?: number): void {
    this._queueOnTarget('WorksheetFreezePanes.freezeColumns', { freezeColumns: count ?? 1 }, () => undefined);
  }

  unfreeze(): void {
    this._queueOnTarget('WorksheetFreezePanes.unfreeze', { unfreeze: true }, () => undefined);
  }
}

// ------------------------------------------------------------------ names

export class SimNamedItemCollection extends SimClientObject<WorkbookEngine> {
  _items: SimNamedItem[] | undefined = undefined;

  constructor(context: SimRequestContext) {
    super(context, (exec) => exec.engine, 'workbook.names');
  }

  override get _className(): string {
    return 'NamedItemCollection';
  }

  get items(): SimNamedItem[] {
    if (!this._items) throw propertyNotLoaded('NamedItemCollection', 'items');
    return this._items;
  }

  /** add(name, reference: Range | formula string, comment). */
  add(name: string, reference: unknown, comment?: string): SimNamedItem {
    sameContext(this, reference);
    let added: NamedItemState | undefined;
    this.context._queue({
      location: 'NamedItemCollection.add',
      bytes: jsonBytes({ addName: name, reference: typeof reference === 'string' ? reference : 'range', comment: comment ?? null }),
      run: (exec) => {
        let formula: string;
        if (reference instanceof SimRange) {
          const t = reference._resolve(exec);
          if (!t) throw simError('InvalidArgument', undefined, 'the reference is a null object');
          formula = `=${formatSheetAddress(t.sheet.name, t.rect, true)}`;
        } else if (typeof reference === 'string') {
          formula = reference;
        } else {
          throw simError('InvalidArgument', undefined, 'reference must be a Range or a formula');
        }
        added = exec.engine.addName(name, formula, comment);
      },
    });
    return new SimNamedItem(this.context, () => added ?? null, `names.add(${JSON.stringify(name)})`);
  }

  getItem(name: string): SimNamedItem {
    return new SimNamedItem(this.context, (exec) => exec.engine.nameByKey(String(name)) ?? null, `names.getItem(${JSON.stringify(name)})`);
  }

  getItemOrNullObject(name: string): SimNamedItem {
    return new SimNamedItem(this.context, (exec) => exec.engine.nameByKey(String(name)) ?? null, `names.getItemOrNullObject(${JSON.stringify(name)})`, true);
  }

  getCount(): SimClientResult<number> {
    const result = new SimClientResult<number>();
    this.context._queue({
      location: 'NamedItemCollection.getCount',
      bytes: jsonBytes({ getCount: true }),
      run: (exec) => {
        const n = exec.engine.names.size;
        exec.respond(n);
        exec.afterSuccess.push(() => result._resolveWith(n));
      },
    });
    return result;
  }

  override _checkSpec(): void {
    // Item properties are checked against NamedItem when run.
  }

  override _runLoad(exec: Exec, spec: import('./base').LoadSpec): void {
    const items = [...exec.engine.names.values()].map((state) => new SimNamedItem(this.context, () => state, `names.getItem(${JSON.stringify(state.name)})`));
    loadCollectionItems(exec, spec, items, () => {
      this._items = items;
      this._isNull = false;
    });
  }

  override toJSON(): Record<string, unknown> {
    return { items: (this._items ?? []).map((i) => i.toJSON()) };
  }
}

export class SimNamedItem extends SimClientObject<NamedItemState> {
  override get _className(): string {
    return 'NamedItem';
  }

  /** "Returns the range object that is associated with the name." */
  getRange(): SimRange {
    return this._rangeOf(false);
  }

  getRangeOrNullObject(): SimRange {
    return this._rangeOf(true);
  }

  _rangeOf(nullable: boolean): SimRange {
    return new SimRange(
      this.context,
      (exec) => {
        const item = this._resolve(exec);
        if (item === null) return PARENT_IS_NULL;
        const target = exec.engine.nameTarget(item.name);
        if (!target && !nullable) throw simError('InvalidOperation', undefined, `name ${item.name} does not refer to a range`);
        return target;
      },
      `${this._path}.getRange()`,
      nullable,
    );
  }

  delete(): void {
    this._queueOnTarget('NamedItem.delete', { delete: true }, (item, exec) => exec.engine.deleteName(item));
  }
}

function nameType(formula: string): string {
  const { sheet } = splitSheetAddress(formula.slice(1));
  if (sheet !== null) return 'Range';
  if (/^=-?\d/.test(formula)) return 'Double';
  if (/^=(TRUE|FALSE)$/i.test(formula)) return 'Boolean';
  if (/^="/.test(formula)) return 'String';
  return 'Error';
}

defineProps<NamedItemState>(SimNamedItem, {
  name: { read: (n) => n.name },
  type: { read: (n, exec) => nameType(exec.engine.nameFormula(n)) },
  value: { read: (n, exec) => exec.engine.nameFormula(n).slice(1) },
  formula: { read: (n, exec) => exec.engine.nameFormula(n) },
  comment: {
    read: (n) => n.comment,
    write: (n, v) => {
      n.comment = String(v);
    },
  },
  visible: {
    read: (n) => n.visible,
    write: (n, v) => {
      n.visible = v === true;
    },
  },
  scope: { read: () => 'Workbook' },
});

// ------------------------------------------------------------------ runtime / application

/** Excel.Runtime: `enableEvents` "Toggle JavaScript events in the current task pane or content add-in." */
export class SimRuntime extends SimClientObject<WorkbookEngine> {
  constructor(context: SimRequestContext) {
    super(context, (exec) => exec.engine, 'runtime');
  }

  override get _className(): string {
    return 'Runtime';
  }
}

defineProps<WorkbookEngine>(SimRuntime, {
  enableEvents: {
    read: (e) => e.eventsEnabled,
    write: (e, v) => {
      if (typeof v !== 'boolean') throw simError('InvalidArgument');
      e.eventsEnabled = v;
    },
  },
});

export class SimApplication extends SimClientObject<WorkbookEngine> {
  constructor(context: SimRequestContext) {
    super(context, (exec) => exec.engine, 'workbook.application');
  }

  override get _className(): string {
    return 'Application';
  }

  calculate(_calculationType?: string): void {
    this._queueOnTarget('Application.calculate', { calculate: true }, () => undefined);
  }

  /** Accepted; calculation in the sim is always up to date when read. */
  suspendApiCalculationUntilNextSync(): void {
    this._queueOnTarget('Application.suspendApiCalculationUntilNextSync', { suspend: true }, () => undefined);
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this._queueOnTarget('Application.suspendScreenUpdatingUntilNextSync', { suspend: true }, () => undefined);
  }
}

defineProps<WorkbookEngine>(SimApplication, {
  calculationMode: { read: () => 'Automatic' },
});
