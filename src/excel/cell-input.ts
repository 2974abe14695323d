import type { CellValue } from '../domain/grid/types';

/**
 * Excel parses strings written through `values`/`formulas` like typed input: "2101101"
 * becomes a number, "=…", "+…", "-…" formulas, "12%", "(1)", "1月5日", "TRUE" something
 * else than the text. A leading apostrophe keeps a string as text (Excel stores it
 * without the apostrophe); a cell formatted "@" keeps text anyway.
 */
const PARSED_BY_EXCEL = /^(?:[=+\-@'#]|\s|[\d.,(（$¥￥%０-９＋－＝．])|^(?:true|false)$/i;

export const TEXT_FORMAT = '@';

export function textInput(text: string, numberFormat: string | null | undefined): string {
  if (numberFormat === TEXT_FORMAT || text === '') return text;
  return PARSED_BY_EXCEL.test(text) ? `'${text}` : text;
}

/**
 * The one array written per block through `Range.formulas`: formula text where the grid
 * has a formula, the value elsewhere (Office.js writes a non-formula entry as that value),
 * null where the grid has nothing (a null entry leaves the cell as it is), and "" where the
 * grid says "empty this cell" (Excel clears a cell written with ""), e.g. the lines below a
 * shorter 情况说明 written over a longer one after the user confirmed.
 */
export function formulaInput(value: CellValue | undefined, formula: string | null | undefined, numberFormat: string | null | undefined): string | number | boolean | null {
  if (formula) return formula;
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return textInput(value, numberFormat);
  return value;
}
