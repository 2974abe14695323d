import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import type Decimal from 'decimal.js';
import type { TableModel } from '../../src/domain/model/types';
import { Money, roundHalfUp } from '../../src/domain/money';
import { convertedFromWan, halfUnit, placeInUnit, placeInWan, placeUnit, roundingBound, withinRounding } from '../../src/domain/rounding';

/** An exact amount with up to 6 decimals, as a true figure before printing. */
const exactAmount = fc.bigInt({ min: 0n, max: 10_000_000_000n }).map((n) => new Money(n.toString()).div(1_000_000));

function sumOf(values: readonly Decimal[]): Decimal {
  return values.reduce<Decimal>((acc, v) => acc.plus(v), new Money(0));
}

function yuanTable(...values: string[]): TableModel {
  const rows = values.map((v, i) => ({
    kind: 'item' as const,
    name: `r${i}`,
    row: i,
    amounts: { total: { value: new Money(v), wan: new Money(v).div(10000), places: 2, cell: { sheet: 'S', row: i, col: 0 } } },
  }));
  return { id: 'T05', title: '', sheet: 'S', range: 'A1:A1', unit: '元', columns: [], rows, noDataNote: false, notes: [] };
}

describe('the rounding bound (DESIGN.md §5)', () => {
  it('a total and n parts at 2 places: (n + 1) × 0.005; an equality (n = 1) one unit; one figure half a unit; none 0', () => {
    const cent = placeUnit(2);
    expect(cent.toString()).toBe('0.01');
    expect(roundingBound([cent, cent, cent, cent]).toString()).toBe('0.02');
    expect(roundingBound([cent, cent]).toString()).toBe('0.01');
    expect(roundingBound([cent]).toString()).toBe('0.005');
    expect(halfUnit(2).toString()).toBe('0.005');
    expect(halfUnit(0).toString()).toBe('0.5');
    expect(roundingBound([]).toString()).toBe('0');
  });

  it('figures printed to different places are bounded with the coarsest place', () => {
    expect(roundingBound([placeUnit(2), placeUnit(0), placeUnit(1)]).toString()).toBe('1.5');
  });

  it('the bound itself is inside, one cent more is not, whatever the sign', () => {
    const bound = new Money('0.02');
    expect(withinRounding(new Money('0.02'), bound)).toBe(true);
    expect(withinRounding(new Money('-0.02'), bound)).toBe(true);
    expect(withinRounding(new Money('0.03'), bound)).toBe(false);
    expect(withinRounding(new Money('-0.021'), bound)).toBe(false);
  });

  it('property: a total and n parts, each rounded half-up to 2 places from exact figures, never differ by more than the bound', () => {
    fc.assert(
      fc.property(fc.array(exactAmount, { minLength: 1, maxLength: 12 }), (parts) => {
        const total = roundHalfUp(sumOf(parts), 2);
        const printed = sumOf(parts.map((p) => roundHalfUp(p, 2)));
        const bound = roundingBound(Array.from({ length: parts.length + 1 }, () => placeUnit(2)));
        expect(withinRounding(total.minus(printed), bound)).toBe(true);
      }),
    );
  });

  it('property: parts printed to 0 or 2 places stay inside the bound of the coarsest place', () => {
    const part = fc.record({ value: exactAmount, places: fc.constantFrom(0, 2) });
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 8 }), fc.constantFrom(0, 2), (parts, totalPlaces) => {
        const total = roundHalfUp(sumOf(parts.map((p) => p.value)), totalPlaces);
        const printed = sumOf(parts.map((p) => roundHalfUp(p.value, p.places)));
        const bound = roundingBound([placeUnit(totalPlaces), ...parts.map((p) => placeUnit(p.places))]);
        expect(withinRounding(total.minus(printed), bound)).toBe(true);
      }),
    );
  });

  it('property: a difference one cent beyond the bound of n + 1 figures at 2 places is outside it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.boolean(), (n, negative) => {
        const bound = roundingBound(Array.from({ length: n + 1 }, () => placeUnit(2)));
        const beyond = bound.plus('0.01');
        expect(withinRounding(negative ? beyond.negated() : beyond, bound)).toBe(false);
        expect(withinRounding(bound, bound)).toBe(true);
      }),
    );
  });

  it('property: a 元 figure with cents and the same figure in 万元 at 2 places agree within the bound (100 元)', () => {
    const cents = fc.bigInt({ min: 0n, max: 100_000_000_000n }).map((n) => new Money(n.toString()).div(100));
    fc.assert(
      fc.property(cents, (yuan) => {
        const wan = roundHalfUp(yuan.div(10000), 2);
        const bound = roundingBound([placeInWan(2, '元'), placeInWan(2, '万元')]);
        expect(bound.times(10000).toString()).toBe('100');
        expect(withinRounding(yuan.div(10000).minus(wan), bound)).toBe(true);
      }),
    );
  });
});

describe('the last place of a figure', () => {
  it('in 万元: at least 0.01 万元 ("50" in a 万元 table means 50.00); a 元 figure keeps its places', () => {
    expect(placeInWan(0, '万元').toString()).toBe('0.01');
    expect(placeInWan(3, '万元').toString()).toBe('0.001');
    expect(placeInWan(2, '元').toString()).toBe('0.000001');
    expect(placeInWan(0, '元').toString()).toBe('0.0001');
    expect(placeInUnit(0, '万元').toString()).toBe('0.01');
    expect(placeInUnit(0, '元').toString()).toBe('1');
  });

  it('a 元 table whose figures are all whole hundreds was converted from 万元: 0.01 万元', () => {
    const converted = yuanTable('12227900.00', '4300.00', '0');
    expect(convertedFromWan(converted)).toBe(true);
    expect(placeInWan(2, '元', converted).toString()).toBe('0.01');
    const exact = yuanTable('12227900.00', '4301.50');
    expect(convertedFromWan(exact)).toBe(false);
    expect(placeInWan(2, '元', exact).toString()).toBe('0.000001');
  });
});

/**
 * Every half-unit the project computes comes from src/domain/rounding.ts: a unit of a place
 * (10 ** -places via .pow), halving it (.div(2), × 0.5) or a literal half-unit ('0.005').
 */
describe('one rounding module', () => {
  const SRC = path.join(__dirname, '..', '..', 'src');
  const MODULE = path.join(SRC, 'domain', 'rounding.ts');
  const HALF_UNIT = [
    /\.pow\(/,
    /\.div\(\s*2\s*\)/,
    /\.times\(\s*['"]?0?\.5['"]?\s*\)/,
    /['"]0\.0*5['"]/,
    /new Money\(\s*5\s*\)/,
    /Math\.pow\(\s*10/,
    /\b10\s*\*\*\s*-/,
  ];

  function sources(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) return sources(p);
      return /\.tsx?$/.test(e.name) ? [p] : [];
    });
  }

  it('no file under src/ but src/domain/rounding.ts computes a place unit or half of one', () => {
    const offending: string[] = [];
    for (const file of sources(SRC)) {
      if (file === MODULE) continue;
      fs.readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (HALF_UNIT.some((re) => re.test(line))) offending.push(`${path.relative(SRC, file)}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(offending).toEqual([]);
  });

  it('the scan would see one (the module itself matches)', () => {
    const text = fs.readFileSync(MODULE, 'utf8');
    expect(HALF_UNIT.some((re) => re.test(text))).toBe(true);
  });
});
