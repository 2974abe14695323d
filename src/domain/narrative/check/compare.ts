import type Decimal from 'decimal.js';
import { formatAmount, Money, roundHalfUp } from '../../money';

/** Half a unit of the last printed place: the most a rounded figure can be off. */
export function halfUnit(places: number): Decimal {
  return new Money(5).times(new Money(10).pow(-(places + 1)));
}

/**
 * A stated figure agrees with the table when both, rounded to the coarser of their
 * printed places, are equal (1033.8 = 1,033.80; 2,693 = 2,692.83 at 0 places).
 */
export function sameAtPlaces(stated: Decimal, statedPlaces: number, table: Decimal, tablePlaces: number): boolean {
  const places = Math.min(statedPlaces, tablePlaces);
  return roundHalfUp(stated, places).eq(roundHalfUp(table, places));
}

export type RatioVerdict = 'exact' | 'rounding' | 'wrong';

export interface Bounded {
  value: Decimal;
  /** How far the true figure may be from value (half a unit of its last place, or a sum of them). */
  slack: Decimal;
}

export function bounded(value: Decimal, places: number): Bounded {
  return { value, slack: halfUnit(places) };
}

/**
 * Checks a stated percentage against part ÷ whole. 'exact' when it equals the ratio of
 * the figures rounded half-up to the stated places; 'rounding' when not, but it is still
 * possible once each figure may be off by its slack (the interval reasoning of DESIGN.md
 * §5: the true ratio lies between (part − s) ÷ (whole + s) and (part + s) ÷ (whole − s),
 * and the stated percentage covers ± half a unit of its last place); 'wrong' otherwise.
 */
export function checkRatio(statedPercent: Decimal, percentPlaces: number, part: Bounded, whole: Bounded): { verdict: RatioVerdict; expected: Decimal } {
  const expected = roundHalfUp(part.value.div(whole.value).times(100), percentPlaces);
  if (expected.eq(statedPercent)) return { verdict: 'exact', expected };
  const zero = new Money(0);
  const partLow = maxOf(zero, part.value.minus(part.slack));
  const partHigh = part.value.plus(part.slack);
  const wholeLow = whole.value.minus(whole.slack);
  const wholeHigh = whole.value.plus(whole.slack);
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
