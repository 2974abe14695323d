import type Decimal from 'decimal.js';
import type { TableModel, Unit } from './model/types';
import { Money } from './money';

/**
 * The rounding bound (DESIGN.md §5, docs/rules.md “尾差与单位”, the interval reasoning of XBRL
 * Calculations 1.1). The only place the project works out how far rounded figures may disagree.
 *
 * A figure rounded to its last printed place is off by at most half a unit of that place. A
 * total and its n non-blank parts, each rounded to the last printed place, agree when they
 * differ by at most (n + 1) × half a unit of that place: every non-blank figure of the relation
 * counts once (an equality a = b is n = 1; one figure alone is half a unit). Blank cells are
 * exact zeros and are not counted. Figures printed to different places (元 against 万元, 1
 * against 2 decimals) are bounded with the coarsest of their places.
 */

const TEN = new Money(10);
const HUNDRED = new Money(100);
const CENT_OF_WAN = new Money('0.01');
const WAN_PLACES = 2;

const placeCache = new Map<number, Decimal>();

/** One unit of the last place of a figure printed with `places` decimals (2 → 0.01, 0 → 1). */
export function placeUnit(places: number): Decimal {
  let u = placeCache.get(places);
  if (!u) {
    u = TEN.pow(-places);
    placeCache.set(places, u);
  }
  return u;
}

/**
 * How far the figures of one relation may disagree: (number of figures) × half a unit of the
 * coarsest of their places. `places` holds one unit of the last place of each non-blank figure
 * (placeUnit, placeInWan), all in the same currency unit; none gives 0.
 */
export function roundingBound(places: readonly Decimal[]): Decimal {
  let coarsest = new Money(0);
  for (const p of places) if (p.gt(coarsest)) coarsest = p;
  return coarsest.times(places.length).div(2);
}

/** Whether a difference is inside the rounding bound (the bound itself included). */
export function withinRounding(difference: Decimal, bound: Decimal): boolean {
  return difference.abs().lte(bound);
}

/** Half a unit of the last place: how far one rounded figure may be from its true value. */
export function halfUnit(places: number): Decimal {
  return roundingBound([placeUnit(places)]);
}

const convertedCache = new WeakMap<TableModel, boolean>();

/**
 * A 元 table whose every figure is a whole multiple of 100 元 was converted from 万元 figures
 * rounded to 2 decimals (12,227,900.00 元 = 1,222.79 万元): its figures carry that rounding,
 * whatever places they print.
 */
export function convertedFromWan(table: TableModel): boolean {
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
 * One unit of the last place of a figure, in 万元. A 万元 figure counts at least 2 decimals: "50"
 * typed in a 万元 table means 50.00, not "rounded to whole 万元" (that would hide real slips). A
 * 元 figure of a table converted from 万元 (see convertedFromWan) counts at least 0.01 万元.
 */
export function placeInWan(places: number, unit: Unit, table?: TableModel): Decimal {
  if (unit === '万元') return placeInUnit(places, unit);
  const printed = placeUnit(places + 4);
  return table && convertedFromWan(table) && printed.lt(CENT_OF_WAN) ? CENT_OF_WAN : printed;
}

/** One unit of the last place of a figure in its own unit (a 万元 figure at least 0.01, as in placeInWan). */
export function placeInUnit(places: number, unit: Unit): Decimal {
  return placeUnit(unit === '万元' ? Math.max(places, WAN_PLACES) : places);
}
