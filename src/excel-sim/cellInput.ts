/**
 * How Excel turns what is written into a cell (through `Range.values`/`formulas`
 * or by a user typing) into cell contents.
 *
 * Excel parses written strings like typed input: "20101" becomes the number 20101,
 * "=…" a formula, and per the Range.values reference "If the returned value starts
 * with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value
 * as a formula" (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member).
 * Text stays text only in a cell formatted as Text ("@") or after a leading
 * apostrophe. The "Blank and null values" page
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values)
 * says `null` in a 2-D input leaves that cell unchanged and `''` clears it.
 */

export type CellContent =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  | { kind: 'text'; value: string }
  | { kind: 'boolean'; value: boolean }
  /** `fallbackText`: what to keep when a "+…"/"-…" entry does not parse as a formula. */
  | { kind: 'formula'; formula: string; fallbackText?: string };

export interface InterpretedInput {
  content: CellContent;
  /** A number format Excel applies when typed text carried one ("12%", "1,234.50") and the cell is General. */
  impliedFormat?: string;
}

export const TEXT_FORMAT = '@';

const NUMBER_TEXT = /^([+-])?(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?(?:[eE]([+-]?\d+))?(%)?$/;

/** Parses number-like typed text: "20101", "-1,234.50", "12%", "1e3", "(45)". */
export function parseTypedNumber(text: string): { value: number; impliedFormat?: string } | null {
  let s = text.trim();
  let negate = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    s = paren[1].trim();
    negate = true;
  }
  const m = NUMBER_TEXT.exec(s);
  if (!m || (m[2] === undefined && m[3] === undefined)) return null;
  const intPart = (m[2] ?? '0').replace(/,/g, '');
  const fraction = m[3] ?? '';
  let value = Number(`${intPart}${fraction ? `.${fraction}` : ''}${m[4] ? `e${m[4]}` : ''}`);
  if (!Number.isFinite(value)) return null;
  if (m[1] === '-') value = -value;
  if (negate) value = -value;
  const places = fraction.length > 0 ? `.${'0'.repeat(Math.min(fraction.length, 2))}` : '';
  if (m[5]) return { value: value / 100, impliedFormat: `0${places}%` };
  if (m[2]?.includes(',')) return { value, impliedFormat: `#,##0${places}` };
  return { value };
}

function interpretText(text: string, numberFormat: string): InterpretedInput {
  if (text === '') return { content: { kind: 'empty' } };
  if (numberFormat === TEXT_FORMAT) return { content: { kind: 'text', value: text } };
  if (text.startsWith("'")) return { content: { kind: 'text', value: text.slice(1) } };
  if (text.startsWith('=') && text.length > 1) return { content: { kind: 'formula', formula: text } };
  const upper = text.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { content: { kind: 'boolean', value: upper === 'TRUE' } };
  const num = parseTypedNumber(text);
  if (num) return { content: { kind: 'number', value: num.value }, impliedFormat: num.impliedFormat };
  if ((text.startsWith('+') || text.startsWith('-')) && text.trim().length > 1) {
    return { content: { kind: 'formula', formula: `=${text}`, fallbackText: text } };
  }
  return { content: { kind: 'text', value: text } };
}

/**
 * One element of a written 2-D array (or a scalar broadcast to every cell).
 * Returns 'skip' for null/undefined; throws `InvalidArgumentInput` for values Excel refuses.
 */
export function interpretInput(input: unknown, numberFormat: string): InterpretedInput | 'skip' {
  if (input === null || input === undefined) return 'skip';
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new InvalidArgumentInput(`not a finite number: ${input}`);
    return { content: { kind: 'number', value: Object.is(input, -0) ? 0 : input } };
  }
  if (typeof input === 'boolean') return { content: { kind: 'boolean', value: input } };
  if (typeof input === 'string') return interpretText(input, numberFormat);
  throw new InvalidArgumentInput(`unsupported cell input of type ${typeof input}`);
}

/** Contents given as plain grid data (an .xlsx read back, a template): strings stay text. */
export function contentFromGrid(value: unknown, formula: string | null | undefined): CellContent {
  if (formula) return { kind: 'formula', formula: formula.startsWith('=') ? formula : `=${formula}` };
  if (value === null || value === undefined || value === '') return { kind: 'empty' };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  return { kind: 'text', value: String(value) };
}

export class InvalidArgumentInput extends Error {}
