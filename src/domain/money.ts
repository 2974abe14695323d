import Decimal from 'decimal.js';
import type { CellValue } from './grid/types';
import type { Unit } from './model/types';
import { clipText } from './findings/clip';

/** One Decimal configuration for all money: plenty of precision, half-up rounding. */
// toString never switches to exponent notation: plain digits at any size (1e308 is 309 digits, not "1e+308").
export const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -9e15, toExpPos: 9e15 });
export type Money = Decimal;

export type ParsedAmount =
  | { kind: 'empty' }
  /** `unit` is set when the text carried one ("12.3万元"): callers compare it with the table's unit. */
  | { kind: 'number'; value: Decimal; places: number; unit?: Unit }
  | { kind: 'error'; code: string; message: string }
  | { kind: 'text'; text: string; message: string };

const EXCEL_ERRORS = [
  '#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!', '#BUSY!',
  '#FIELD!', '#BLOCKED!', '#CONNECT!', '#UNKNOWN!', '#EXTERNAL!', '#PYTHON!',
];

/**
 * What the CLI leaves in a formula cell of a never-calculated workbook when it cannot compute the
 * formula (src/xlsx/compute-formulas.ts): not a number, and never 0.
 */
export const UNCOMPUTED_FORMULA = '#UNCOMPUTED!';

/** Excel keeps 15 significant digits; the rest of a double is binary noise (0.1 + 0.2). */
const EXCEL_SIGNIFICANT_DIGITS = 15;

/**
 * Text beyond this is not an amount (an ID or account number kept as text, or "1e99999999999"):
 * Excel itself keeps only 15 significant digits.
 */
const TEXT_AMOUNT_LIMIT = new Money('1e15');
/** An exponent written in text beyond this ("1e-99999999999") is not an amount either. */
const TEXT_EXPONENT_LIMIT = 15;

/** Dashes and blanks accountants use for "nothing here". */
const EMPTY_MARKS = new Set(['', '-', '－', '—', '–', '−', '——', '--', '/', '／', '—-']);

/** Full-width digits and punctuation to ASCII (１，２３４．５０ -> 1,234.50). */
function toHalfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** Places printed for a JS number, from its shortest round-trip text (0.1 -> 1, 1e-7 -> 7). */
function placesOf(text: string): number {
  const m = /^-?\d*(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!m) return 0;
  const frac = m[1] ? m[1].length : 0;
  const exp = m[2] ? Number(m[2]) : 0;
  return Math.max(0, frac - exp);
}

/**
 * Reads an amount the way an accountant writes it in a cell: numbers, "2,692.83",
 * " 1 234.50 ", "１，２３４．５０", "(1,234.50)", "−12", "12-", "－"/"—"/"" as blank,
 * numbers stored as text, and Excel error values (reported, never treated as 0).
 */
export function parseAmount(input: CellValue | undefined): ParsedAmount {
  if (input === null || input === undefined) return { kind: 'empty' };
  if (typeof input === 'boolean') {
    return { kind: 'text', text: String(input), message: `是逻辑值 ${input ? 'TRUE' : 'FALSE'}，不是金额` };
  }
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return { kind: 'error', code: '#NUM!', message: '数值无效（溢出或不是数字），请检查公式' };
    // What Excel shows: the double cut to 15 significant digits, so a SUM that left
    // 2692.8300000000004 reads as 2692.83 with 2 places, as the user sees it.
    const value = new Money(String(input)).toSignificantDigits(EXCEL_SIGNIFICANT_DIGITS, Decimal.ROUND_HALF_UP);
    return { kind: 'number', value: value.isZero() ? new Money(0) : value, places: value.decimalPlaces() };
  }
  const raw = input;
  const trimmed = toHalfWidth(raw).replace(/[\s\u00a0\u2009\u202f]+/g, ' ').trim();
  if (EMPTY_MARKS.has(trimmed)) return { kind: 'empty' };
  const upper = trimmed.toUpperCase();
  if (upper === UNCOMPUTED_FORMULA) {
    return { kind: 'error', code: UNCOMPUTED_FORMULA, message: '公式没有计算结果（文件从未在 Excel 或 WPS 中计算过），本工具也无法计算它' };
  }
  const err = EXCEL_ERRORS.find((e) => upper === e);
  if (err) return { kind: 'error', code: err, message: `单元格是错误值 ${err}，请先修正公式或引用` };

  let s = trimmed.replace(/^'/, '');
  let negative = false;
  // ¥-1,234.00 as well as -¥1,234.00 (the sign is handled below)
  s = s.replace(/^[¥￥]\s*/, '');
  // (1,234.50) and （1,234.50） — accounting negatives
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1].trim();
  }
  // Unicode minus signs and en/em dashes used as minus
  s = s.replace(/^[−–—]/, '-');
  if (s.startsWith('-')) {
    negative = !negative;
    s = s.slice(1).trim();
  } else if (s.startsWith('+')) {
    s = s.slice(1).trim();
  } else if (/^[\d.,' ]+-$/.test(s)) {
    // trailing minus as some ledgers print it: 12.50-
    negative = !negative;
    s = s.slice(0, -1).trim();
  }
  // A currency sign or unit stuck to the figure
  s = s.replace(/^[¥￥]\s*/, '');
  const unitMatch = /\s*(万元|元)$/.exec(s);
  const unit: Unit | undefined = unitMatch ? (unitMatch[1] as Unit) : undefined;
  if (unitMatch) s = s.slice(0, unitMatch.index);
  // Thousands separators: comma, apostrophe, thin space or plain space between digit groups
  const grouped = /^\d{1,3}(?:[, ']\d{3})+(?:\.\d+)?$/.test(s);
  if (grouped) s = s.replace(/[, ']/g, '');
  const shape = /^(\d+(\.\d*)?|\.\d+)([eE]([+-]?\d+))?$/.exec(s);
  if (!shape) {
    return { kind: 'text', text: raw, message: `“${clipText(raw)}”不是金额，请填数字或留空` };
  }
  if (shape[4] !== undefined && Math.abs(Number(shape[4])) > TEXT_EXPONENT_LIMIT) {
    return { kind: 'text', text: raw, message: `“${clipText(raw)}”不是金额（指数写法超出范围），请填数字或留空` };
  }
  const value = new Money(s);
  if (value.abs().gte(TEXT_AMOUNT_LIMIT)) {
    return { kind: 'text', text: raw, message: `“${clipText(raw)}”不是金额（超过 15 位数字，可能是编号），请填金额或留空` };
  }
  const signed = negative && !value.isZero() ? value.negated() : value;
  const places = placesOf(s.replace(/\.$/, ''));
  return unit ? { kind: 'number', value: signed, places, unit } : { kind: 'number', value: signed, places };
}

/** The amount's value, or null when blank; throws nothing. Text and errors give null too. */
export function amountValue(input: CellValue | undefined): Decimal | null {
  const p = parseAmount(input);
  return p.kind === 'number' ? p.value : null;
}

export interface FormatOptions {
  /** Digits after the point, default 2. */
  places?: number;
  /** Thousands separators, default true ("2,692.83"). */
  thousands?: boolean;
}

/**
 * An exact decimal as plain text ("0.015", never "1.5e-2"); with `places`, rounded half-up and
 * padded to that many places ("9.98"). Negative zero prints as "0".
 */
export function decimalText(value: Decimal, places?: number): string {
  const exact = new Money(value);
  const rounded = places === undefined ? exact : exact.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
  const text = (rounded.isZero() ? new Money(0) : rounded).toString();
  if (!places) return text;
  const [int, frac = ''] = text.split('.');
  return `${int}.${frac.padEnd(places, '0')}`;
}

/**
 * Up to 24 integer digits a figure still reads with separators; beyond that it is absurd (a
 * wrong cell, 1e308) and prints the way Excel shows it, 1.00E+308, not as 300 digits.
 */
const PLAIN_LIMIT = new Money('1e24');

/** 2692.825 -> "2,692.83" (half-up), or "2692.83" without separators. */
export function formatAmount(value: Decimal, options: FormatOptions = {}): string {
  const places = options.places ?? 2;
  const thousands = options.thousands ?? true;
  const exact = new Money(value);
  if (exact.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).abs().gte(PLAIN_LIMIT)) return exact.toExponential(2, Decimal.ROUND_HALF_UP).toUpperCase();
  // -0.004 rounds to zero: print "0.00", not "-0.00"
  const fixed = decimalText(value, places);
  if (!thousands) return fixed;
  const negative = fixed.startsWith('-');
  const body = negative ? fixed.slice(1) : fixed;
  const [int, frac] = body.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${frac !== undefined ? `.${frac}` : ''}`;
}

export function roundHalfUp(value: Decimal, places: number): Decimal {
  return new Money(value).toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
}

/** Converts an amount to 万元 exactly (99,750 元 -> 9.975). */
export function toWan(value: Decimal, unit: Unit): Decimal {
  return unit === '万元' ? new Money(value) : new Money(value).div(10000);
}

export function sum(values: (Decimal | null | undefined)[]): Decimal {
  return values.reduce<Decimal>((acc, v) => (v ? acc.plus(v) : acc), new Money(0));
}

export const ZERO: Decimal = new Money(0);
