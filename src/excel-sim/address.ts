import type { CellRange } from '../domain/grid/types';
import { columnIndex, columnLetter } from '../domain/grid/address';

/** Excel's grid size (rows × columns) since Excel 2007. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export type Rect = CellRange;

export function cellCount(r: Rect): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

export function rowCount(r: Rect): number {
  return r.bottom - r.top + 1;
}

export function columnCount(r: Rect): number {
  return r.right - r.left + 1;
}

export function isEntireRows(r: Rect): boolean {
  return r.left === 0 && r.right === MAX_COLS - 1;
}

export function isEntireColumns(r: Rect): boolean {
  return r.top === 0 && r.bottom === MAX_ROWS - 1;
}

export function insideGrid(r: Rect): boolean {
  return r.top >= 0 && r.left >= 0 && r.bottom < MAX_ROWS && r.right < MAX_COLS && r.top <= r.bottom && r.left <= r.right;
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const r = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return r.top <= r.bottom && r.left <= r.right ? r : null;
}

export function boundingRect(a: Rect, b: Rect): Rect {
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}

export function contains(outer: Rect, inner: Rect): boolean {
  return inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
}

/**
 * Splits "Sheet1!A1:B2", "'My sheet'!A1" or "'It''s'!A1" into sheet and local part.
 * A plain "A1:B2" has no sheet.
 */
export function splitSheetAddress(address: string): { sheet: string | null; local: string } {
  const text = address.trim();
  if (text.startsWith("'")) {
    let i = 1;
    let name = '';
    while (i < text.length) {
      if (text[i] === "'") {
        if (text[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += text[i];
      i += 1;
    }
    if (text[i] === "'" && text[i + 1] === '!') return { sheet: name, local: text.slice(i + 2) };
    return { sheet: null, local: text };
  }
  const bang = text.lastIndexOf('!');
  if (bang > 0) return { sheet: text.slice(0, bang), local: text.slice(bang + 1) };
  return { sheet: null, local: text };
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

type Corner = { row: number | null; col: number | null };

function parseCorner(text: string): Corner | null {
  let m = CELL.exec(text);
  if (m) return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
  m = COLUMN.exec(text);
  if (m) return { row: null, col: columnIndex(m[1]) };
  m = ROW.exec(text);
  if (m) return { row: Number(m[1]) - 1, col: null };
  return null;
}

/**
 * "A1", "$B$2", "A1:C3", "C3:A1" (normalised), "B:D" (entire columns), "3:5" (entire rows).
 * Returns null when the text is not an A1 address inside the grid.
 */
export function parseLocalAddress(local: string): Rect | null {
  const parts = local.trim().split(':');
  if (parts.length < 1 || parts.length > 2) return null;
  const a = parseCorner(parts[0]);
  const b = parts.length === 2 ? parseCorner(parts[1]) : a;
  if (!a || !b) return null;
  let rect: Rect;
  if (a.row !== null && a.col !== null && b.row !== null && b.col !== null) {
    rect = { top: a.row, left: a.col, bottom: b.row, right: b.col };
  } else if (parts.length === 2 && a.row === null && b.row === null && a.col !== null && b.col !== null) {
    rect = { top: 0, left: a.col, bottom: MAX_ROWS - 1, right: b.col };
  } else if (parts.length === 2 && a.col === null && b.col === null && a.row !== null && b.row !== null) {
    rect = { top: a.row, left: 0, bottom: b.row, right: MAX_COLS - 1 };
  } else {
    return null;
  }
  const normal = {
    top: Math.min(rect.top, rect.bottom),
    bottom: Math.max(rect.top, rect.bottom),
    left: Math.min(rect.left, rect.right),
    right: Math.max(rect.left, rect.right),
  };
  return insideGrid(normal) ? normal : null;
}

/** Excel's own spelling of a range: "B2", "A1:C3", "B:D", "3:5"; a whole sheet is "1:1048576". */
export function formatLocalAddress(r: Rect, absolute = false): string {
  const d = absolute ? '$' : '';
  if (isEntireRows(r)) return `${d}${r.top + 1}:${d}${r.bottom + 1}`;
  if (isEntireColumns(r)) return `${d}${columnLetter(r.left)}:${d}${columnLetter(r.right)}`;
  const start = `${d}${columnLetter(r.left)}${d}${r.top + 1}`;
  if (r.top === r.bottom && r.left === r.right) return start;
  return `${start}:${d}${columnLetter(r.right)}${d}${r.bottom + 1}`;
}

/**
 * Whether Excel quotes a sheet name in references: names that are not one word of
 * letters/digits/underscore/dot, start with a digit, or read like a cell (A1, R1C1).
 */
export function sheetNameNeedsQuotes(name: string): boolean {
  if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name)) return true;
  if (/^[A-Za-z]{1,3}\d+$/.test(name)) return true;
  if (/^[Rr](\d+)?([Cc](\d+)?)?$/.test(name) || /^[Cc](\d+)?$/.test(name)) return true;
  return false;
}

export function sheetPrefix(name: string): string {
  return sheetNameNeedsQuotes(name) ? `'${name.replace(/'/g, "''")}'` : name;
}

export function formatSheetAddress(sheetName: string, r: Rect, absolute = false): string {
  return `${sheetPrefix(sheetName)}!${formatLocalAddress(r, absolute)}`;
}

/** Excel's worksheet-name rules: 1–31 characters, none of : \ / ? * [ ], not starting or ending with '. */
export function isValidSheetName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= 31 &&
    !/[:\\/?*[\]]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== 'history'
  );
}
