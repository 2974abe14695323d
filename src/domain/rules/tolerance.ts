import type Decimal from 'decimal.js';
import type { Unit } from '../model/types';
import { decimalText, formatAmount, Money } from '../money';
import { placeInWan, roundingBound, withinRounding } from '../rounding';
import type { CellOf } from './model-view';

/**
 * Comparisons of sums of rounded figures for the rules, with the rounding bound of
 * src/domain/rounding.ts (DESIGN §5). Across units everything is compared in 万元.
 */

const TEN_THOUSAND = new Money(10000);

/** The last printed place of a cell, in 万元 (see placeInWan). */
export function placeUnitInWan(cell: CellOf): Decimal {
  return placeInWan(cell.amount.places, cell.table.unit, cell.table);
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
  const tolerance = roundingBound(counted.map(placeUnitInWan));

  const slack = input.slack ? sumWan(slackCells) : undefined;

  let outcome: Outcome;
  if (input.mode === 'partOf') {
    if (diff.isZero()) outcome = 'none';
    else if (withinRounding(diff, tolerance)) outcome = 'rounding';
    else outcome = diff.gt(0) ? 'mismatch' : 'smaller';
  } else {
    const high = slack && slack.gt(0) ? slack : new Money(0);
    const outside = diff.lt(0) ? diff.negated() : diff.gt(high) ? diff.minus(high) : new Money(0);
    if (outside.isZero()) outcome = 'none';
    else outcome = withinRounding(outside, tolerance) ? 'rounding' : 'mismatch';
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
