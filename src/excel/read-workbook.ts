import { parseRangeA1 } from '../domain/grid/address';
import type { CellRange, CellValue, SheetGrid, WorkbookGrid } from '../domain/grid/types';
import { type ExcelApi, PAYLOAD_BUDGET_BYTES, PAYLOAD_ERRORS, type RequirementCheck, errorCode } from './excel-api';

/**
 * Reading every sheet costs three requests whatever the number of sheets:
 *  1. the sheet names;
 *  2. each sheet's used range (cells with values or formulas, not mere formatting): its
 *     position and, speculatively, its number formats (the recognizer takes printed
 *     decimal places from them) and merged areas (ExcelApi 1.13; header labels);
 *  3. values and formulas of every used range.
 * Request 3 is split into row bands packed into requests of about PAYLOAD_BUDGET_BYTES
 * (Excel on the web refuses responses over 5 MB), so only very large workbooks need more
 * than one; a response still refused as too large is split in two and read again.
 * When request 2 is refused (too large, or more than 512 merged areas in a sheet) it is
 * repeated without formats and merges: the grids then carry values and formulas only.
 * Column widths and styles are not read: nothing downstream uses them.
 */

/** Bytes per cell of values + formulas in the response, measured on the 13 tables (about 21). */
const BYTES_PER_CELL = 24;

interface UsedArea {
  sheet: Excel.Worksheet;
  name: string;
  /** Hidden or very hidden in the workbook. */
  hidden?: boolean;
  top: number;
  left: number;
  rows: number;
  cols: number;
  numberFormats?: unknown[][];
  merges?: CellRange[];
}

interface Band {
  area: UsedArea;
  /** Rows of the area, 0-based from its top. */
  first: number;
  count: number;
}

/** "Sheet1!A1:B2, 'a, b'!C3:D4" -> ranges (sheet names may hold commas inside quotes). */
export function parseAreaList(address: string): CellRange[] {
  const out: CellRange[] = [];
  const pattern = /(?:'(?:[^']|'')*'|[^',!\s][^',!]*)!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)/g;
  for (const m of address.matchAll(pattern)) out.push(parseRangeA1(m[1].replace(/\$/g, '')));
  return out;
}

async function loadUsedAreas(context: Excel.RequestContext, sheets: Excel.Worksheet[], extras: { formats: boolean; merges: boolean }): Promise<UsedArea[]> {
  const pending = sheets.map((sheet) => {
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount', ...(extras.formats ? ['numberFormat'] : [])]);
    const merged = extras.merges ? used.getMergedAreasOrNullObject() : undefined;
    merged?.load('address');
    return { sheet, used, merged };
  });
  await context.sync();
  const areas: UsedArea[] = [];
  for (const { sheet, used, merged } of pending) {
    const hidden = sheet.visibility !== undefined && sheet.visibility !== 'Visible' ? { hidden: true } : {};
    if (used.isNullObject) {
      areas.push({ sheet, name: sheet.name, ...hidden, top: 0, left: 0, rows: 0, cols: 0 });
      continue;
    }
    const area: UsedArea = { sheet, name: sheet.name, ...hidden, top: used.rowIndex, left: used.columnIndex, rows: used.rowCount, cols: used.columnCount };
    if (extras.formats) area.numberFormats = used.numberFormat;
    if (merged && !merged.isNullObject) area.merges = parseAreaList(merged.address);
    areas.push(area);
  }
  return areas;
}

function bandsOf(areas: UsedArea[]): Band[] {
  const bands: Band[] = [];
  for (const area of areas) {
    if (area.rows === 0) continue;
    const perBand = Math.max(1, Math.floor(PAYLOAD_BUDGET_BYTES / (area.cols * BYTES_PER_CELL)));
    for (let first = 0; first < area.rows; first += perBand) bands.push({ area, first, count: Math.min(perBand, area.rows - first) });
  }
  return bands;
}

/** Bands packed greedily into requests of at most the budget (by estimate). */
function packRequests(bands: Band[]): Band[][] {
  const requests: Band[][] = [];
  let current: Band[] = [];
  let bytes = 0;
  for (const band of bands) {
    const size = band.count * band.area.cols * BYTES_PER_CELL;
    if (current.length > 0 && bytes + size > PAYLOAD_BUDGET_BYTES) {
      requests.push(current);
      current = [];
      bytes = 0;
    }
    current.push(band);
    bytes += size;
  }
  if (current.length > 0) requests.push(current);
  return requests;
}

/** A request refused as too large, in two halves. */
function split(request: Band[]): Band[][] | undefined {
  if (request.length > 1) {
    const half = Math.ceil(request.length / 2);
    return [request.slice(0, half), request.slice(half)];
  }
  const [band] = request;
  if (band.count < 2) return undefined;
  const half = Math.ceil(band.count / 2);
  return [[{ ...band, count: half }], [{ area: band.area, first: band.first + half, count: band.count - half }]];
}

interface BandContent {
  band: Band;
  values: unknown[][];
  formulas: unknown[][];
}

async function readBands(context: Excel.RequestContext, requests: Band[][]): Promise<BandContent[]> {
  const out: BandContent[] = [];
  const queue = [...requests];
  while (queue.length > 0) {
    const request = queue.shift() as Band[];
    const ranges = request.map((band) => {
      const range = band.area.sheet.getRangeByIndexes(band.area.top + band.first, band.area.left, band.count, band.area.cols);
      range.load(['values', 'formulas']);
      return { band, range };
    });
    try {
      // One sync per batch on purpose: a batch too large for the host is split and retried.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      const halves = PAYLOAD_ERRORS.has(errorCode(error) ?? '') ? split(request) : undefined;
      if (!halves) throw error;
      queue.unshift(...halves);
      continue;
    }
    for (const { band, range } of ranges) out.push({ band, values: range.values, formulas: range.formulas });
  }
  return out;
}

function cellValue(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

function toGrid(area: UsedArea, contents: BandContent[]): SheetGrid {
  const grid: SheetGrid = { name: area.name, values: [], ...(area.hidden ? { hidden: true } : {}) };
  if (area.rows === 0) return grid;
  const values: CellValue[][] = Array.from({ length: area.top }, () => []);
  const formulas: (string | null)[][] = Array.from({ length: area.top }, () => []);
  const lead = new Array<null>(area.left).fill(null);
  let anyFormula = false;
  for (const { values: vs, formulas: fs } of contents.sort((a, b) => a.band.first - b.band.first)) {
    vs.forEach((row, i) => {
      values.push([...lead, ...row.map(cellValue)]);
      formulas.push([
        ...lead,
        ...fs[i].map((f) => {
          if (typeof f === 'string' && f.startsWith('=')) {
            anyFormula = true;
            return f;
          }
          return null;
        }),
      ]);
    });
  }
  grid.values = values;
  if (anyFormula) grid.formulas = formulas;
  if (area.numberFormats) {
    let any = false;
    const formats: (string | null)[][] = Array.from({ length: area.top }, () => []);
    for (const row of area.numberFormats) {
      formats.push([
        ...lead,
        ...row.map((f) => {
          if (typeof f !== 'string' || f === 'General') return null;
          any = true;
          return f;
        }),
      ]);
    }
    if (any) grid.numberFormats = formats;
  }
  if (area.merges && area.merges.length > 0) grid.merges = area.merges;
  return grid;
}

export async function readAllSheets(excel: ExcelApi, supports: RequirementCheck): Promise<WorkbookGrid> {
  return excel.run(async (context) => {
    const collection = context.workbook.worksheets;
    collection.load('items/name,items/visibility');
    await context.sync();
    const sheets = collection.items;

    const merges = supports('ExcelApi', '1.13');
    let areas: UsedArea[];
    try {
      areas = await loadUsedAreas(context, sheets, { formats: true, merges });
    } catch (error) {
      // Number formats of a very large used range can outgrow the response: read without them.
      // Any other failure is the user's to see.
      if (!PAYLOAD_ERRORS.has(errorCode(error) ?? '')) throw error;
      areas = await loadUsedAreas(context, sheets, { formats: false, merges: false });
    }

    const contents = await readBands(context, packRequests(bandsOf(areas)));
    return {
      sheets: areas.map((area) => toGrid(area, contents.filter((c) => c.band.area === area))),
    };
  });
}
