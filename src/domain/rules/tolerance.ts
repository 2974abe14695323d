import type Decimal from 'decimal.js';
import type { TableModel, Unit } from '../model/types';
import { decimalText, formatAmount, Money } from '../money';
import type { CellOf } from './model-view';

/**
 * Rounding tolerance (DESIGN §5, the interval reasoning of XBRL Calculations 1.1): a total and
 * the n non-blank parts it sums, each rounded to its last printed place, agree within
 * (n + 1) × half a unit of that place. Blank cells are exact zeros and do not count. Across
 * units everything is compared in 万元 with the unit of the coarsest place involved.
 */

const TEN_THOUSAND = new Money(10000);

const HUNDRED = new Money(100);
const CENT_OF_WAN = new Money('0.01');
const convertedCache = new WeakMap<TableModel, boolean>();

/**
 * A 元 table whose every figure is a whole multiple of 100 元 was converted from 万元 figures
 * rounded to 2 decimals (12,227,900.00 元 = 1,222.79 万元): its figures carry that rounding,
 * whatever places they print.
 */
function convertedFromWan(table: TableModel): boolean {
  const known = convertedCache.get(table);
  if (known !== undefined) return known;
  let any = false;
  let all = table.unit === '元';
  for (const row of table.rows) {
    if (!all) break;
    for (const a of Object.values(row.amounts)) {
      if (!a || a.value === null || a.value.isZero()) continue;
      any = true;
      if (!a.value.mod(HUNDRED).isZero()) {
        all = false;
        break;
      }
    }
  }
  const result = all && any;
  convertedCache.set(table, result);
  return result;
}

/**
 * The last printed place of a cell, in 万元. A 万元 table prints 2 decimals: a figure typed
 * as "50" there means 50.00, not "rounded to whole 万元" (that would hide real slips).
 */
export function placeUnitInWan(cell: CellOf): Decimal {
  const unit = cell.table.unit;
  const places = unit === '万元' ? Math.max(cell.amount.places, 2) : cell.amount.places;
  const printed = printedPlace(unit, places);
  if (unit === '万元') return printed;
  return convertedFromWan(cell.table) && printed.lt(CENT_OF_WAN) ? CENT_OF_WAN : printed;
}

const placeCache = new Map<string, Decimal>();

/** One unit of the last place, in 万元 (memoized: Decimal powers are not cheap). */
function printedPlace(unit: Unit, places: number): Decimal {
  const key = `${unit}${places}`;
  let u = placeCache.get(key);
  if (!u) {
    const inUnit = new Money(10).pow(-places);
    u = unit === '万元' ? inUnit : inUnit.div(TEN_THOUSAND);
    placeCache.set(key, u);
  }
  return u;
}

export function toUnit(wan: Decimal, unit: Unit): Decimal {
  return unit === '万元' ? wan : wan.times(TEN_THOUSAND);
}

function sumWan(cells: readonly CellOf[]): Decimal {
  let s = new Money(0);
  for (const c of cells) if (c.amount.wan !== null) s = s.plus(c.amount.wan);
  return s;
}

function nonBlank(cells: readonly CellOf[]): CellOf[] {
  return cells.filter((c) => c.amount.value !== null);
}

export type Outcome = 'none' | 'rounding' | 'mismatch' | 'smaller';

export interface ComparisonInput {
  /** The total (or the part of a partOf), summed. */
  actual: readonly CellOf[];
  /** The parts (or the whole of a partOf), summed. */
  expected: readonly CellOf[];
  /** 'equal': actual = expected; 'partOf': actual ≤ expected. */
  mode: 'equal' | 'partOf';
  /** actual may exceed expected by up to Σ slack (carry-over that only one side counts). */
  slack?: readonly CellOf[];
  /** Unit the numbers are shown in (the total's table unit). */
  unit: Unit;
}

export interface Comparison {
  outcome: Outcome;
  /** In `unit`. */
  actual: Decimal;
  expected: Decimal;
  difference: Decimal;
  tolerance: Decimal;
  slack?: Decimal;
  unit: Unit;
}

/** Compares two sums of rounded figures; all arithmetic in exact decimals. */
export function compare(input: ComparisonInput): Comparison {
  const unit = input.unit;
  const actual = sumWan(input.actual);
  const expected = sumWan(input.expected);
  const diff = actual.minus(expected);
  if (diff.isZero()) {
    // Equal sums agree under every mode and slack; no tolerance to work out.
    const zero = new Money(0);
    return { outcome: 'none', actual: toUnit(actual, unit), expected: toUnit(expected, unit), difference: zero, tolerance: zero, unit };
  }
  const slackCells = input.slack ?? [];
  const counted = [...nonBlank(input.actual), ...nonBlank(input.expected), ...nonBlank(slackCells)];
  let placeUnit = new Money(0);
  for (const c of counted) {
    const u = placeUnitInWan(c);
    if (u.gt(placeUnit)) placeUnit = u;
  }
  const n = nonBlank(input.expected).length + nonBlank(slackCells).length;
  const k = Math.max(nonBlank(input.actual).length, 1);
  const tolerance = placeUnit.div(2).times(n + k);

  const slack = input.slack ? sumWan(slackCells) : undefined;

  let outcome: Outcome;
  if (input.mode === 'partOf') {
    if (diff.isZero()) outcome = 'none';
    else if (diff.abs().lte(tolerance)) outcome = 'rounding';
    else outcome = diff.gt(0) ? 'mismatch' : 'smaller';
  } else {
    const high = slack && slack.gt(0) ? slack : new Money(0);
    const outside = diff.lt(0) ? diff.negated() : diff.gt(high) ? diff.minus(high) : new Money(0);
    if (outside.isZero()) outcome = 'none';
    else outcome = outside.lte(tolerance) ? 'rounding' : 'mismatch';
  }
  return {
    outcome,
    actual: toUnit(actual, unit),
    expected: toUnit(expected, unit),
    difference: toUnit(diff, unit),
    tolerance: toUnit(tolerance, unit),
    ...(slack !== undefined ? { slack: toUnit(slack, unit) } : {}),
    unit,
  };
}

/** "1659.03": the JSON form, 2 decimals, half-up, no separators. */
export function plain(value: Decimal): string {
  return formatAmount(value, { places: 2, thousands: false });
}

/** "1,659.03": the message form. */
export function shown(value: Decimal): string {
  return formatAmount(value, { places: 2, thousands: true });
}

/** The tolerance exactly ("0.015"), since rounding it to 2 places would misstate it. */
export function toleranceText(value: Decimal): string {
  return decimalText(value);
}
