/**
 * A1 references inside formula text, outside string literals: enough to copy a row's
 * formula pattern to another row and to widen a range, as a spreadsheet does.
 */

/** A cell reference not preceded by a name character and not followed by one or by "(" (LOG10( is a function). */
const CELL_REF = /(?<![A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(.])/g;

/** Applies `edit` to the parts of `formula` outside "…" string literals. */
function outsideStrings(formula: string, edit: (part: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : edit(part)))
    .join('');
}

/** The formula as it reads when copied `delta` rows down: relative row numbers move, $-anchored ones stay. */
export function shiftRows(formula: string, delta: number): string {
  if (delta === 0) return formula;
  return outsideStrings(formula, (part) =>
    part.replace(CELL_REF, (whole, colAbs: string, col: string, rowAbs: string, row: string) =>
      rowAbs ? whole : `${colAbs}${col}${rowAbs}${Number(row) + delta}`,
    ),
  );
}

/** 0-based rows of every cell reference in the formula. */
export function referencedRows(formula: string): number[] {
  const rows: number[] = [];
  outsideStrings(formula, (part) => {
    for (const m of part.matchAll(CELL_REF)) rows.push(Number(m[4]) - 1);
    return part;
  });
  return rows;
}

const RANGE_REF = /(?<![A-Za-z0-9_.$])(\$?[A-Za-z]{1,3}\$?)(\d{1,7}):(\$?[A-Za-z]{1,3}\$?)(\d{1,7})(?![A-Za-z0-9_(.])/g;

const SUM_OF_ONE_CELL = /(\bSUM\(\s*)(\$?[A-Za-z]{1,3}\$?)(\d{1,7})(\s*\))/gi;

/**
 * Ranges "C8:C10" whose last row is `lastRow` (0-based) end `by` rows lower, so rows
 * appended below them are counted; SUM(C9) of a one-row block becomes SUM(C9:C10).
 */
export function extendRangesEndingAt(formula: string, lastRow: number, by: number): string {
  return outsideStrings(formula, (part) =>
    part
      .replace(RANGE_REF, (whole, start: string, top: string, end: string, bottom: string) =>
        Number(bottom) - 1 === lastRow && Number(top) - 1 <= lastRow ? `${start}${top}:${end}${Number(bottom) + by}` : whole,
      )
      .replace(SUM_OF_ONE_CELL, (whole, open: string, col: string, row: string, close: string) =>
        Number(row) - 1 === lastRow ? `${open}${col}${row}:${col}${Number(row) + by}${close}` : whole,
      ),
  );
}

export function isSumifs(formula: string | null | undefined): formula is string {
  return typeof formula === 'string' && /^=\s*SUMIFS\s*\(/i.test(formula);
}

/** The criterion of a SUMIFS over codes ("201??"), if the formula has one. */
export function sumifsPattern(formula: string): string | undefined {
  return /"([0-9?*]+)"/.exec(formula)?.[1];
}
