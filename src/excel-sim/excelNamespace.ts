import { SimRichApiError, simError } from './errors';
import { SimClientObject } from './client/base';
import { SimRequestContext } from './client/context';
import type { SimWorkbook } from './simWorkbook';

/** What the adapter needs from Excel: `Excel.run`. The real global Excel and the sim namespace both fit. */
export type ExcelApi = Pick<typeof Excel, 'run'>;

/** Excel's string enums the add-in may use (values are the strings Excel takes). */
export const SimEnums = {
  ErrorCodes: {
    accessDenied: 'AccessDenied',
    apiNotFound: 'ApiNotFound',
    generalException: 'GeneralException',
    insertDeleteConflict: 'InsertDeleteConflict',
    invalidArgument: 'InvalidArgument',
    invalidOperation: 'InvalidOperation',
    invalidReference: 'InvalidReference',
    invalidSelection: 'InvalidSelection',
    itemAlreadyExists: 'ItemAlreadyExists',
    itemNotFound: 'ItemNotFound',
    notImplemented: 'NotImplemented',
    rangeExceedsLimit: 'RangeExceedsLimit',
    requestAborted: 'RequestAborted',
    responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
    unsupportedOperation: 'UnsupportedOperation',
  },
  BorderIndex: {
    edgeTop: 'EdgeTop',
    edgeBottom: 'EdgeBottom',
    edgeLeft: 'EdgeLeft',
    edgeRight: 'EdgeRight',
    insideVertical: 'InsideVertical',
    insideHorizontal: 'InsideHorizontal',
    diagonalDown: 'DiagonalDown',
    diagonalUp: 'DiagonalUp',
  },
  BorderLineStyle: {
    none: 'None',
    continuous: 'Continuous',
    dash: 'Dash',
    dashDot: 'DashDot',
    dashDotDot: 'DashDotDot',
    dot: 'Dot',
    double: 'Double',
    slantDashDot: 'SlantDashDot',
  },
  BorderWeight: { hairline: 'Hairline', thin: 'Thin', medium: 'Medium', thick: 'Thick' },
  HorizontalAlignment: {
    general: 'General',
    left: 'Left',
    center: 'Center',
    right: 'Right',
    fill: 'Fill',
    justify: 'Justify',
    centerAcrossSelection: 'CenterAcrossSelection',
    distributed: 'Distributed',
  },
  VerticalAlignment: { top: 'Top', center: 'Center', bottom: 'Bottom', justify: 'Justify', distributed: 'Distributed' },
  InsertShiftDirection: { down: 'Down', right: 'Right' },
  DeleteShiftDirection: { up: 'Up', left: 'Left' },
  ClearApplyTo: { all: 'All', formats: 'Formats', contents: 'Contents', hyperlinks: 'Hyperlinks', removeHyperlinks: 'RemoveHyperlinks' },
  SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
  EventSource: { local: 'Local', remote: 'Remote' },
  EventTriggerSource: { unknown: 'Unknown', thisLocalAddin: 'ThisLocalAddin' },
  EventType: { worksheetChanged: 'WorksheetChanged', worksheetSelectionChanged: 'WorksheetSelectionChanged' },
  DataChangeType: {
    unknown: 'Unknown',
    rangeEdited: 'RangeEdited',
    rowInserted: 'RowInserted',
    rowDeleted: 'RowDeleted',
    columnInserted: 'ColumnInserted',
    columnDeleted: 'ColumnDeleted',
    cellInserted: 'CellInserted',
    cellDeleted: 'CellDeleted',
  },
  RangeValueType: { unknown: 'Unknown', empty: 'Empty', string: 'String', integer: 'Integer', double: 'Double', boolean: 'Boolean', error: 'Error', richValue: 'RichValue' },
  PageOrientation: { portrait: 'Portrait', landscape: 'Landscape' },
  RangeUnderlineStyle: { none: 'None', single: 'Single', double: 'Double', singleAccountant: 'SingleAccountant', doubleAccountant: 'DoubleAccountant' },
} as const;

export type SimExcelNamespace = ExcelApi &
  typeof SimEnums & {
    /** The sim's request context class, for `instanceof` checks in tests. */
    RequestContext: typeof SimRequestContext;
  };

/**
 * Excel.run(batch), Excel.run(object | objects | context, batch) and
 * Excel.run(options, batch): a context is created (or reused), the batch runs,
 * and what it left queued is synced before run resolves.
 */
export function createExcelNamespace(workbook: SimWorkbook): SimExcelNamespace {
  const engine = workbook._engine;
  engine.contextFactory = () => new SimRequestContext(engine);

  async function run(...args: unknown[]): Promise<unknown> {
    const batch = args[args.length - 1];
    if (typeof batch !== 'function') throw simError('InvalidArgument', 'Excel.run', 'the last argument must be the batch function');
    let context: SimRequestContext | undefined;
    const first = args.length > 1 ? args[0] : undefined;
    const contextOf = (o: unknown): SimRequestContext | undefined => {
      if (o instanceof SimRequestContext) return o;
      if (o instanceof SimClientObject) return o.context;
      if (o && typeof o === 'object' && 'context' in o && (o as { context: unknown }).context instanceof SimRequestContext) {
        return (o as { context: SimRequestContext }).context;
      }
      return undefined;
    };
    if (Array.isArray(first)) context = contextOf(first[0]);
    else if (first && typeof first === 'object' && 'previousObjects' in first) {
      const prev = (first as { previousObjects: unknown }).previousObjects;
      context = contextOf(Array.isArray(prev) ? prev[0] : prev);
    } else context = contextOf(first);
    if (first !== undefined && args.length > 1 && !context && !(first && typeof first === 'object' && !Array.isArray(first))) {
      throw simError('InvalidArgument', 'Excel.run');
    }
    const ctx = context ?? new SimRequestContext(engine);
    engine.stats.runs += 1;
    const pending = (batch as (c: SimRequestContext) => unknown)(ctx);
    if (!pending || typeof (pending as Promise<unknown>).then !== 'function') {
      throw new SimRichApiError('GeneralException', 'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation.', 'Excel.run');
    }
    const result = await pending;
    await ctx._send();
    return result;
  }

  return {
    run: run as unknown as typeof Excel.run,
    ...SimEnums,
    RequestContext: SimRequestContext,
  };
}

function versionAtMost(wanted: string | undefined, available: string): boolean {
  const a = (wanted ?? '1.1').split('.').map(Number);
  const b = available.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y;
  }
  return true;
}

/**
 * For the playground: globalThis.Excel (this sim), a minimal globalThis.Office whose
 * onReady resolves { host: 'Excel' } and whose requirements report ExcelApi up to
 * the configured version (default 1.9), and OfficeExtension.Error.
 */
export function installGlobalExcel(workbook: SimWorkbook): SimExcelNamespace {
  const ns = createExcelNamespace(workbook);
  const maxApi = workbook._engine.options.excelApiVersion;
  const info = { host: 'Excel', platform: 'OfficeOnline' };
  const office = {
    HostType: { Excel: 'Excel' },
    PlatformType: { OfficeOnline: 'OfficeOnline' },
    onReady(callback?: (i: typeof info) => void): Promise<typeof info> {
      if (callback) callback(info);
      return Promise.resolve(info);
    },
    context: {
      host: 'Excel',
      platform: 'OfficeOnline',
      displayLanguage: 'zh-CN',
      requirements: {
        isSetSupported: (name: string, minVersion?: string | number): boolean =>
          name === 'ExcelApi' && versionAtMost(minVersion === undefined ? undefined : String(minVersion), maxApi),
      },
    },
  };
  const g = globalThis as unknown as Record<string, unknown>;
  g.Excel = ns;
  g.Office = office;
  g.OfficeExtension = { Error: SimRichApiError, ErrorCodes: SimEnums.ErrorCodes };
  return ns;
}
