import Decimal from 'decimal.js';
import { HyperFormula } from 'hyperformula';
import type { TableBlock } from '../../src/domain/templates';

export type Pos = { row: number; col: number };
export const key = (p: Pos) => `${p.row},${p.col}`;

/** Deterministic PRNG (mulberry32) so a failure can be replayed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random amounts with 2 decimals, as exact decimals (cents / 100). */
export function randomInputs(block: TableBlock, seed: number): Map<string, Decimal> {
  const next = rng(seed);
  const out = new Map<string, Decimal>();
  for (const p of block.layout.inputCells) out.set(key(p), new Decimal(Math.floor(next() * 10_000_000)).div(100));
  return out;
}

type HfCell = string | number | null;

/**
 * The block as HyperFormula input at `origin`: formulas as they are, text-formatted cells
 * with a leading apostrophe (HyperFormula would read '20101' as a number otherwise, and
 * SUMIFS "201??" would not match it), inputs as numbers.
 */
export function toHfSheet(block: TableBlock, inputs: Map<string, Decimal>, origin: Pos = { row: 0, col: 0 }): HfCell[][] {
  const rows: HfCell[][] = Array.from({ length: origin.row + block.values.length }, () => []);
  block.values.forEach((line, r) =>
    line.forEach((v, c) => {
      const f = block.formulas[r][c];
      const input = inputs.get(key({ row: r, col: c }));
      let cell: HfCell = v === null || typeof v === 'boolean' ? null : v;
      if (f) cell = f;
      else if (input) cell = input.toNumber();
      else if (typeof v === 'string' && block.numberFormats[r][c] === '@') cell = `'${v}`;
      rows[origin.row + r][origin.col + c] = cell;
    }),
  );
  return rows;
}

export function buildHf(sheet: HfCell[][]): HyperFormula {
  return HyperFormula.buildFromArray(sheet, { licenseKey: 'gpl-v3' });
}

/** HyperFormula's float rounded to cents, as an exact decimal. */
export function cents(value: unknown): Decimal {
  if (value === null || value === undefined || value === '') return new Decimal(0);
  if (typeof value !== 'number') throw new Error(`not a number: ${JSON.stringify(value)}`);
  return new Decimal(String(value)).toDecimalPlaces(2);
}

/** What each formula cell must be: inputs as given, formula = Σ expected(parts), recursively. */
export function expectedValues(block: TableBlock, inputs: Map<string, Decimal>): Map<string, Decimal> {
  const parts = new Map(block.layout.formulaCells.map((f) => [key(f), f.parts]));
  const memo = new Map<string, Decimal>();
  const visiting = new Set<string>();
  const value = (p: Pos): Decimal => {
    const k = key(p);
    const known = memo.get(k) ?? inputs.get(k);
    if (known) return known;
    const ps = parts.get(k);
    if (!ps) return new Decimal(0);
    if (visiting.has(k)) throw new Error(`cycle at ${k}`);
    visiting.add(k);
    const v = ps.reduce((s, q) => s.plus(value(q)), new Decimal(0));
    visiting.delete(k);
    memo.set(k, v);
    return v;
  };
  for (const f of block.layout.formulaCells) value(f);
  return memo;
}

/** Cell references in a formula (outside string literals), 0-based. */
export function referencedCells(formula: string): Pos[] {
  const withoutStrings = formula.replace(/"[^"]*"/g, '""');
  const out: Pos[] = [];
  for (const m of withoutStrings.matchAll(/\$?([A-Z]{1,3})\$?(\d+)/g)) {
    let col = 0;
    for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
    out.push({ row: Number(m[2]) - 1, col: col - 1 });
  }
  return out;
}
