import { parseAmount } from '../money';
import type { SheetView } from './sheet-view';
import { isEmptyTableNote } from './vocabulary';

export interface BodyReading {
  /** Rows holding data, in order (blank rows, notes and repeated headers left out). */
  dataRows: number[];
  notes: string[];
  noDataNote: boolean;
  /** Last row that belongs to the table (data or note); -1 when none. */
  lastRow: number;
  /** Rows after the table's end, before the next title, that hold numbers. */
  strayRows: number[];
  repeatedHeaderRows: number[];
}

const NOTE_START = /^(注|备注|说明|附注)\s*[0-9一二三四五六七八九十]*\s*[:：]/;
const NO_DATA = /本表无数据|无数据|为空表|此表为空|本表为空|空表|表为空/;
/** Blank rows in a row that end a table (page breaks inside a table leave one or two). */
const BLANK_RUN_END = 3;

function rowHasNumber(view: SheetView, row: number): boolean {
  for (const c of view.filledColumns(row)) {
    if (parseAmount(view.value(row, c)).kind === 'number') return true;
  }
  return false;
}

function noteText(view: SheetView, row: number): string | undefined {
  const cols = view.filledColumns(row);
  if (cols.length === 0 || cols.length > 2) return undefined;
  const text = view.text(row, cols[0]);
  if (NOTE_START.test(text) || ((NO_DATA.test(text) || isEmptyTableNote(text)) && !rowHasNumber(view, row))) return text;
  return undefined;
}

/** A note that says the table is empty: 本表无数据, or why (注：本部门无政府性基金预算收入。). */
export function isNoDataText(text: string): boolean {
  return NO_DATA.test(text) || isEmptyTableNote(text);
}

/**
 * Splits the rows under a header into data rows and notes. The table ends at a note
 * (after which only notes belong to it), at a run of blank rows, or at `to`.
 */
export function readBody(view: SheetView, from: number, to: number, headerRows: number[]): BodyReading {
  const dataRows: number[] = [];
  const notes: string[] = [];
  const strayRows: number[] = [];
  const repeatedHeaderRows: number[] = [];
  let lastRow = -1;
  let blankRun = 0;
  let ended = false;
  let inNotes = false;
  const headerKeys = new Set(headerRows.map((h) => view.rowLabels(h).join('|')));
  const headerFirsts = new Set(headerRows.map((h) => view.label(h, view.filledColumns(h)[0] ?? 0)));
  const isRepeatedHeader = (r: number): boolean => {
    const first = view.filledColumns(r)[0];
    return first !== undefined && headerFirsts.has(view.label(r, first)) && headerKeys.has(view.rowLabels(r).join('|'));
  };

  for (let r = from; r < to; r++) {
    if (view.isBlank(r)) {
      blankRun++;
      if (blankRun >= BLANK_RUN_END && lastRow >= 0) ended = true;
      continue;
    }
    blankRun = 0;
    const note = noteText(view, r);
    if (note !== undefined && (!ended || inNotes)) {
      notes.push(note);
      inNotes = true;
      lastRow = r;
      continue;
    }
    if (ended || inNotes) {
      if (rowHasNumber(view, r)) strayRows.push(r);
      ended = true;
      continue;
    }
    if (isRepeatedHeader(r)) {
      repeatedHeaderRows.push(r);
      continue;
    }
    dataRows.push(r);
    lastRow = r;
  }
  return { dataRows, notes, noDataNote: notes.some(isNoDataText), lastRow, strayRows, repeatedHeaderRows };
}
