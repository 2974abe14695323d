import type Decimal from 'decimal.js';
import { formatAmount, Money, roundHalfUp } from '../../money';
import { halfUnit, placeUnit, roundingBound } from '../../rounding';

/**
 * A stated figure agrees with the table when both, rounded to the coarser of their
 * printed places, are equal (1033.8 = 1,033.80; 2,693 = 2,692.83 at 0 places).
 */
export function sameAtPlaces(stated: Decimal, statedPlaces: number, table: Decimal, tablePlaces: number): boolean {
  const places = Math.min(statedPlaces, tablePlaces);
  return roundHalfUp(stated, places).eq(roundHalfUp(table, places));
}

export type RatioVerdict = 'exact' | 'rounding' | 'wrong';

/** A figure, or a sum or difference of figures, with the last place of each rounded figure in it. */
export interface Bounded {
  value: Decimal;
  /** One unit of the last place of each rounded figure value is made of (src/domain/rounding.ts). */
  places: readonly Decimal[];
}

export function bounded(value: Decimal, places: number): Bounded {
  return { value, places: [placeUnit(places)] };
}

/**
 * Checks a stated percentage against part ÷ whole. 'exact' when it equals the ratio of
 * the figures rounded half-up to the stated places; 'rounding' when not, but it is still
 * possible once each figure may be off by its rounding bound (the interval reasoning of DESIGN.md
 * §5: the true ratio lies between (part − s) ÷ (whole + s) and (part + s) ÷ (whole − s),
 * and the stated percentage covers ± half a unit of its last place); 'wrong' otherwise.
 */
export function checkRatio(statedPercent: Decimal, percentPlaces: number, part: Bounded, whole: Bounded): { verdict: RatioVerdict; expected: Decimal } {
  const expected = roundHalfUp(part.value.div(whole.value).times(100), percentPlaces);
  if (expected.eq(statedPercent)) return { verdict: 'exact', expected };
  const zero = new Money(0);
  const partSlack = roundingBound(part.places);
  const wholeSlack = roundingBound(whole.places);
  const partLow = maxOf(zero, part.value.minus(partSlack));
  const partHigh = part.value.plus(partSlack);
  const wholeLow = whole.value.minus(wholeSlack);
  const wholeHigh = whole.value.plus(wholeSlack);
  if (wholeLow.lte(0)) return { verdict: 'rounding', expected };
  const low = partLow.div(wholeHigh).times(100);
  const high = partHigh.div(wholeLow).times(100);
  const h = halfUnit(percentPlaces);
  const statedLow = statedPercent.minus(h);
  const statedHigh = statedPercent.plus(h);
  const overlaps = statedLow.lte(high) && statedHigh.gte(low);
  return { verdict: overlaps ? 'rounding' : 'wrong', expected };
}

function maxOf(a: Decimal, b: Decimal): Decimal {
  return a.gte(b) ? a : b;
}

/** "154.37" — a figure for findings' expected/actual, without separators. */
export function plain(value: Decimal, places = 2): string {
  return formatAmount(value, { places, thousands: false });
}

/** Places to print a difference of two figures. */
export function diffPlaces(a: number, b: number): number {
  return Math.max(Math.min(Math.max(a, b), 6), 0);
}
