/**
 * Grids give column widths in Excel's character units (as .xlsx files do); Office.js
 * `format.columnWidth` takes points. With the default Calibri 11 a character is 7 px and
 * a column has 5 px of padding (ECMA-376 §18.3.1.13: pixels = trunc(chars × 7 + 5)), and
 * a pixel is 0.75 pt at 96 dpi. Excel's own 8.43-character default gives 64 px = 48 pt.
 */
export function charsToPoints(chars: number): number {
  return chars <= 0 ? 0 : Math.trunc(chars * 7 + 5) * 0.75;
}
