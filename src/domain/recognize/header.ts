import type { Unit } from '../model/types';
import { parseAmount } from '../money';
import { isHeaderLabel, isTotalLabel } from './column-roles';
import { readMetaCell } from './meta';
import type { SheetView } from './sheet-view';

/** One label of a column's header, from top to bottom. */
export interface HeaderLabel {
  row: number;
  /** Normalized text. */
  label: string;
  /** The text as printed (for messages). */
  printed: string;
}

export interface HeaderReading {
  department?: string;
  unit?: Unit;
  /** Row of the 单位 line, when found. */
  unitRow?: number;
  /** Column of the cell that says 单位：…, when found. */
  unitCol?: number;
  headerRows: number[];
  /** The "1 2 3 4 …" column-number row, when present. */
  numberRow?: number;
  /** First row after the header (may be a blank, a note or the end of the block). */
  bodyStart: number;
  left: number;
  right: number;
  /** Header labels per column (merges spread a label over the columns and rows it covers). */
  chains: Map<number, HeaderLabel[]>;
}

const MAX_HEADER_ROWS = 5;

/** 3 to 7 digits, possibly stored as a number: a 科目编码 in a cell. */
export function looksLikeCode(label: string): boolean {
  return /^\d{3,7}$/.test(label);
}

/** "1 2 3 4 5 6 7": consecutive column numbers printed under a header. */
function isColumnNumberRow(labels: string[], cols: number[]): boolean {
  if (cols.length < 2) return false;
  let expected = Number(labels[cols[0]]);
  if (!/^\d{1,2}$/.test(labels[cols[0]]) || expected > 2) return false;
  for (const c of cols) {
    if (labels[c] !== String(expected)) return false;
    expected++;
  }
  return true;
}

function isNumberCell(label: string): boolean {
  return parseAmount(label).kind === 'number';
}

/**
 * Reads the lines under a title: meta lines (部门名称, 单位, caption), then the header
 * rows up to the first row that is data: a number, a 科目编码, a 合计 in the first
 * column, or a label that is no header word (a project, a 三公 item, 一、…).
 */
export function readHeader(view: SheetView, from: number, to: number): HeaderReading {
  let department: string | undefined;
  let unit: Unit | undefined;
  let unitRow: number | undefined;
  let unitCol: number | undefined;
  const headerRows: number[] = [];
  let numberRow: number | undefined;
  let left = Number.POSITIVE_INFINITY;
  let right = -1;
  let r = from;
  const metaCols = new Map<number, Set<number>>();

  for (; r < to; r++) {
    if (view.isBlank(r)) {
      if (headerRows.length > 0) break;
      continue;
    }
    const labels = view.rowLabels(r);
    const cols = view.filledColumns(r);
    const rest: number[] = [];
    for (const c of cols) {
      const meta = readMetaCell(view.text(r, c));
      if (!meta) {
        rest.push(c);
        continue;
      }
      if (!metaCols.has(r)) metaCols.set(r, new Set());
      metaCols.get(r)!.add(c);
      if (meta.kind === 'department' || meta.kind === 'departmentAndUnit') department ??= meta.name || undefined;
      if (meta.kind === 'unit' || meta.kind === 'departmentAndUnit') {
        unit ??= meta.unit;
        unitRow ??= r;
        unitCol ??= c;
      }
    }
    if (rest.length === 0) {
      if (headerRows.length > 0) break;
      continue;
    }
    if (isColumnNumberRow(labels, rest) && headerRows.length > 0) {
      numberRow = r;
      headerRows.push(r);
      continue;
    }
    if (!isHeaderRow(labels, rest, headerRows.length === 0 ? rest[0] : left)) break;
    if (headerRows.length >= MAX_HEADER_ROWS) break;
    headerRows.push(r);
    left = Math.min(left, rest[0]);
    right = Math.max(right, rest[rest.length - 1]);
  }

  const chains = new Map<number, HeaderLabel[]>();
  if (headerRows.length > 0) {
    const inHeader = new Set(headerRows);
    // A merged header label can reach past the last filled cell.
    for (const m of view.mergesStartingIn(headerRows[0], headerRows[headerRows.length - 1])) {
      if (inHeader.has(m.top) && m.left >= left && m.left <= right) right = Math.max(right, m.right);
    }
    for (let c = left; c <= right; c++) {
      const chain: HeaderLabel[] = [];
      for (const h of headerRows) {
        if (h === numberRow) continue;
        if (metaCols.get(h)?.has(c)) continue;
        const m = view.mergeMaster(h, c);
        const source = inHeader.has(m.row) ? m : { row: h, col: c };
        const label = view.label(source.row, source.col);
        if (label === '') continue;
        const last = chain[chain.length - 1];
        if (last && last.label === label && (source.row !== h || source.col !== c)) continue;
        chain.push({ row: h, label, printed: view.text(source.row, source.col) });
      }
      chains.set(c, chain);
    }
  }
  return {
    department,
    unit,
    unitRow,
    unitCol,
    headerRows,
    numberRow,
    bodyStart: r,
    left: Number.isFinite(left) ? left : 0,
    right,
    chains,
  };
}

function isHeaderRow(labels: string[], cols: number[], left: number): boolean {
  let known = 0;
  let unknown = 0;
  for (const c of cols) {
    const label = labels[c];
    if (isNumberCell(label) || looksLikeCode(label)) return false;
    if (isHeaderLabel(label)) known++;
    else unknown++;
  }
  if (known === 0 || unknown > known) return false;
  const first = labels[cols[0]];
  if (isTotalLabel(first) && (cols[0] <= left || cols.length === 1)) return false;
  return true;
}
