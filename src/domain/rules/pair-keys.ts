import { Catalog, matchExpenditureClass } from '../catalog';
import type { BudgetRow } from '../model/types';
import { threePublicKeyOf } from '../recognize';
import type { PairKey } from './types';

/** The 三公 items that T06 can show as economic items (公务用车购置及运行费 is their sum). */
const THREE_PUBLIC_ITEMS: ReadonlySet<string> = new Set(['abroad', 'reception', 'vehiclePurchase', 'vehicleOperation']);

const classKeys = new WeakMap<Catalog, Map<string, string | undefined>>();

/** The 类 ordinal of a coded 类 row: by its name, else by the catalogue's name of its code. */
function classKey(row: BudgetRow, catalog: Catalog, year?: number): string | undefined {
  let cache = classKeys.get(catalog);
  if (!cache) {
    cache = new Map();
    classKeys.set(catalog, cache);
  }
  const cacheKey = `${row.name}\u0000${row.code ?? ''}\u0000${year ?? ''}`;
  if (cache.has(cacheKey)) return cache.get(cacheKey);
  let key: string | undefined;
  const byName = matchExpenditureClass(row.name, catalog);
  if (byName) key = String(byName.ordinal);
  else if (row.code) {
    const official = catalog.nameFor(row.code, year, 'function');
    const byCode = official ? matchExpenditureClass(official, catalog) : undefined;
    key = byCode ? String(byCode.ordinal) : `code:${row.code}`;
  }
  cache.set(cacheKey, key);
  return key;
}

/**
 * The key a row is paired by, or undefined when the row takes no part. T01/T04 name their 类
 * (key = ordinal '1'..'30'); coded tables carry 3-digit codes, matched to the ordinal by the
 * row's name, else by the catalogue's name of the code (DESIGN §7: by name, not an assumed code).
 */
export function pairKeyOf(by: PairKey, row: BudgetRow, includeTotals: boolean, catalog: Catalog, year?: number): string | undefined {
  if (row.kind === 'total') return includeTotals ? 'total' : undefined;
  switch (by) {
    case 'code':
      return row.code;
    case 'expenditureClass': {
      if (row.kind !== 'class') return undefined;
      if (row.key !== undefined) return row.key;
      return classKey(row, catalog, year);
    }
    case 'threePublicItem': {
      if (row.kind === 'threePublic') return row.key;
      if (row.kind !== 'econItem') return undefined;
      const key = threePublicKeyOf(row.name);
      return key !== undefined && THREE_PUBLIC_ITEMS.has(key) ? key : undefined;
    }
  }
}
