import { parseRangeA1, rangeA1 } from '../../domain/grid/address';
import type { CellRange } from '../../domain/grid/types';

export interface CellTarget {
  sheet: string;
  /** "C6" or "C6:E9", without the sheet. */
  address: string;
}

/** "表5!C6", "'Sheet 1'!A1:B2" (quotes doubled inside) -> sheet and address; undefined when unreadable. */
export function parseCellRef(ref: string): CellTarget | undefined {
  const bang = ref.lastIndexOf('!');
  if (bang <= 0) return undefined;
  let sheet = ref.slice(0, bang).trim();
  if (sheet.length >= 2 && sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const address = ref.slice(bang + 1).trim().replace(/\$/g, '');
  try {
    return { sheet, address: rangeA1(parseRangeA1(address)) };
  } catch {
    return undefined;
  }
}

/**
 * Where a finding's cells should take the user: the whole range when the cells are one
 * contiguous rectangle of one sheet (C6, C7, C8 -> C6:C8), else the first cell.
 */
export function selectionTarget(cells: readonly string[]): CellTarget | undefined {
  const parsed = cells.map(parseCellRef).filter((t): t is CellTarget => t !== undefined);
  if (parsed.length === 0) return undefined;
  const first = parsed[0];
  if (parsed.length === 1 || parsed.some((t) => t.sheet !== first.sheet)) return first;
  const ranges = parsed.map((t) => parseRangeA1(t.address));
  const box: CellRange = {
    top: Math.min(...ranges.map((r) => r.top)),
    left: Math.min(...ranges.map((r) => r.left)),
    bottom: Math.max(...ranges.map((r) => r.bottom)),
    right: Math.max(...ranges.map((r) => r.right)),
  };
  const covered = new Set<string>();
  for (const r of ranges) {
    for (let row = r.top; row <= r.bottom; row += 1) for (let col = r.left; col <= r.right; col += 1) covered.add(`${row}:${col}`);
  }
  const area = (box.bottom - box.top + 1) * (box.right - box.left + 1);
  return covered.size === area ? { sheet: first.sheet, address: rangeA1(box) } : first;
}
