import { CellRange, CellRef } from './types';

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnLetter(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "AA" -> 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** (0, 0) -> "A1". */
export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** "B12" -> { row: 11, col: 1 }. Accepts "$B$12". */
export function parseA1(address: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`不是有效的单元格地址：${address}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

export function rangeA1(r: CellRange): string {
  const start = a1(r.top, r.left);
  const end = a1(r.bottom, r.right);
  return start === end ? start : `${start}:${end}`;
}

/** "A1:C3" or "B2" -> range. */
export function parseRangeA1(address: string): CellRange {
  const [s, e] = address.split(':');
  const start = parseA1(s);
  const end = e ? parseA1(e) : start;
  return { top: start.row, left: start.col, bottom: end.row, right: end.col };
}

/** Sheet names with spaces or punctuation need quotes in references: '表 1'!A1. */
export function quoteSheet(name: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "表5!C6" — the form findings and the CLI use. */
export function refA1(ref: CellRef): string {
  return `${ref.sheet}!${a1(ref.row, ref.col)}`;
}
