import {
  CODE_VALIDITY,
  ECONOMIC_DEPT_TO_GOV_PAIRS,
  EXPENDITURE_ECONOMIC_DEPARTMENT_ROWS,
  EXPENDITURE_ECONOMIC_GOVERNMENT_ROWS,
  EXPENDITURE_FUNCTION_ROWS,
  REVENUE_ROWS,
} from './data.generated';
import { inferCatalogKind, isValidCode, levelOfCode, normalizeSubjectName, parentCode } from './codes';
import type { CatalogEntry, CatalogKind, GeneratedCodeRow, GeneratedValidity } from './types';

/** The source id of rows that came from a user-imported catalogue. */
export const IMPORTED_SOURCE = 'imported';

/** The years a code is valid in (one bound at least). */
export interface Validity {
  since?: number;
  until?: number;
}

export type LookupResult =
  | { status: 'ok' }
  | { status: 'nameDiffers'; officialName: string }
  | { status: 'notInList' }
  /** The code is in the list but not valid in the year asked about. */
  | { status: 'notInYear'; validity: Validity; officialName: string };

/** Whether a year lies within a code's validity (no bounds = no known limit). */
export function isValidInYear(validity: Validity, year: number): boolean {
  return (validity.since === undefined || year >= validity.since) && (validity.until === undefined || year <= validity.until);
}

/** "2024 年起" / "2023 年及以前" / "2021–2023 年" / "2023 年". */
export function validityText(validity: Validity): string {
  const { since, until } = validity;
  if (since !== undefined && until !== undefined) return since === until ? `${since} 年` : `${since}–${until} 年`;
  if (since !== undefined) return `${since} 年起`;
  if (until !== undefined) return `${until} 年及以前`;
  return '各年度';
}

function hasValidity(entry: CatalogEntry): boolean {
  return entry.since !== undefined || entry.until !== undefined;
}

export interface SearchOptions {
  kind?: CatalogKind;
  /** Names are matched and returned as they were in this year (nearest year seen). */
  year?: number;
  limit?: number;
}

export interface EconomicPair {
  departmentCode: string;
  departmentName: string;
  governmentCode: string;
  governmentName: string;
}

/** Rows per list, as in data.generated.ts; a code seen in several years has one row per year. */
export type CatalogRows = { [K in CatalogKind]?: readonly GeneratedCodeRow[] } & {
  economicPairs?: readonly EconomicPair[];
  /** Years a code is valid in (validity.csv); a code not in the rows above is ignored. */
  validity?: readonly Omit<GeneratedValidity, 'sources'>[];
};

export interface ImportRow {
  code: string;
  name: string;
}

/** An entry and the name it had in each year it was seen. */
interface StoredEntry {
  entry: CatalogEntry;
  namesByYear: ReadonlyMap<number, string>;
}

const KIND_ORDER: readonly CatalogKind[] = ['revenue', 'function', 'economicDepartment', 'economicGovernment'];

function keyOf(kind: CatalogKind, code: string): string {
  return `${kind}:${code}`;
}

function byCodeThenKind(a: CatalogEntry, b: CatalogEntry): number {
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  return KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);
}

/** Entries are shared by every caller, so they must not be changed in place. */
function freezeEntry(entry: CatalogEntry): CatalogEntry {
  Object.freeze(entry.years);
  Object.freeze(entry.sources);
  return Object.freeze(entry);
}

function storeRows(
  target: Map<string, StoredEntry>,
  kind: CatalogKind,
  rows: readonly GeneratedCodeRow[],
  validity: ReadonlyMap<string, Validity>,
): void {
  const grouped = new Map<string, GeneratedCodeRow[]>();
  for (const row of rows) {
    const list = grouped.get(row.code) ?? [];
    list.push(row);
    grouped.set(row.code, list);
  }
  for (const [code, list] of grouped) {
    const namesByYear = new Map<number, string>();
    const sources: string[] = [];
    for (const row of list) {
      if (row.year !== undefined) namesByYear.set(row.year, row.name);
      for (const s of row.sources) if (!sources.includes(s)) sources.push(s);
    }
    const years = [...namesByYear.keys()].sort((a, b) => a - b);
    const name = years.length > 0 ? (namesByYear.get(years[years.length - 1]) as string) : list[list.length - 1].name;
    const entry: CatalogEntry = { kind, code, name, level: list[0].level, years, sources };
    const valid = validity.get(code);
    if (valid?.since !== undefined) entry.since = valid.since;
    if (valid?.until !== undefined) entry.until = valid.until;
    freezeEntry(entry);
    target.set(keyOf(kind, code), { entry, namesByYear });
  }
}

/** Exact year, else the nearest year seen; on a tie the earlier year (names change going forward). */
function nameInYear(stored: StoredEntry, year: number | undefined): string {
  if (year === undefined || stored.namesByYear.size === 0) return stored.entry.name;
  const exact = stored.namesByYear.get(year);
  if (exact !== undefined) return exact;
  let best: number | undefined;
  for (const y of stored.entry.years) {
    if (best === undefined || Math.abs(y - year) < Math.abs(best - year)) best = y;
  }
  return best === undefined ? stored.entry.name : (stored.namesByYear.get(best) as string);
}

let builtInCatalog: Catalog | undefined;

/**
 * The 科目 catalogue: the verified subset shipped in data/catalog (see its README), plus
 * whatever the user imports. The shipped list is partial: a code it does not hold is
 * "not in the list", never "invalid". Instances are immutable.
 */
export class Catalog {
  private sorted: CatalogEntry[] | undefined;

  private constructor(
    private readonly stored: ReadonlyMap<string, StoredEntry>,
    private readonly pairs: readonly EconomicPair[],
  ) {}

  static builtIn(): Catalog {
    if (!builtInCatalog) {
      builtInCatalog = Catalog.fromRows({
        function: EXPENDITURE_FUNCTION_ROWS,
        economicDepartment: EXPENDITURE_ECONOMIC_DEPARTMENT_ROWS,
        economicGovernment: EXPENDITURE_ECONOMIC_GOVERNMENT_ROWS,
        revenue: REVENUE_ROWS,
        economicPairs: ECONOMIC_DEPT_TO_GOV_PAIRS,
        validity: CODE_VALIDITY,
      });
    }
    return builtInCatalog;
  }

  /** A catalogue from rows shaped like the generated data (one row per code and year). */
  static fromRows(rows: CatalogRows): Catalog {
    const stored = new Map<string, StoredEntry>();
    const validity = new Map<string, Validity>((rows.validity ?? []).map(({ code, since, until }) => [code, { since, until }]));
    for (const kind of KIND_ORDER) storeRows(stored, kind, rows[kind] ?? [], validity);
    const pairs = (rows.economicPairs ?? []).map(({ departmentCode, departmentName, governmentCode, governmentName }) => ({
      departmentCode,
      departmentName,
      governmentCode,
      governmentName,
    }));
    return new Catalog(stored, pairs);
  }

  /**
   * A catalogue where the imported code/name rows take precedence over the shipped ones
   * (DESIGN §7): an imported name is the official name for every year. Rows whose code
   * does not fit the list (kind given or inferred from the first digit; 3/5/7 digits for
   * 功能/收入, 3/5 for 经济) or whose name is blank are skipped; a later row for the same
   * code replaces an earlier one.
   */
  withImported(rows: readonly ImportRow[], kind?: CatalogKind): Catalog {
    const stored = new Map(this.stored);
    for (const row of rows) {
      const code = row.code.trim();
      const name = row.name.trim();
      const rowKind = kind ?? inferCatalogKind(code);
      const level = levelOfCode(code);
      if (!rowKind || !level || !name || !isValidCode(code, rowKind)) continue;
      const entry = freezeEntry({ kind: rowKind, code, name, level, years: [], sources: [IMPORTED_SOURCE] });
      stored.set(keyOf(rowKind, code), { entry, namesByYear: new Map() });
    }
    return new Catalog(stored, this.pairs);
  }

  /** Every entry (of one list, or all), in code order. */
  entries(kind?: CatalogKind): CatalogEntry[] {
    if (!this.sorted) this.sorted = [...this.stored.values()].map((s) => s.entry).sort(byCodeThenKind);
    return this.sorted.filter((e) => !kind || e.kind === kind);
  }

  get(code: string, kind?: CatalogKind): CatalogEntry | undefined {
    return this.find(code, kind)?.entry;
  }

  /** The name for that year: the exact year if seen, else the nearest year seen. */
  nameFor(code: string, year?: number, kind?: CatalogKind): string | undefined {
    const stored = this.find(code, kind);
    return stored && nameInYear(stored, year);
  }

  parent(code: string, kind?: CatalogKind): CatalogEntry | undefined {
    const c = code.trim();
    const k = kind ?? inferCatalogKind(c);
    const p = parentCode(c);
    return k && p ? this.get(p, k) : undefined;
  }

  children(code: string, kind?: CatalogKind): CatalogEntry[] {
    const c = code.trim();
    const k = kind ?? inferCatalogKind(c);
    if (!k) return [];
    return this.entries(k).filter((e) => e.code.length === c.length + 2 && e.code.startsWith(c));
  }

  /** The 类 and 款 above a code that are in the list, top down ([类, 款] for a 项). */
  ancestors(code: string, kind?: CatalogKind): CatalogEntry[] {
    const c = code.trim();
    const k = kind ?? inferCatalogKind(c);
    if (!k) return [];
    const out: CatalogEntry[] = [];
    for (const length of [3, 5]) {
      const entry = length < c.length ? this.get(c.slice(0, length), k) : undefined;
      if (entry) out.push(entry);
    }
    return out;
  }

  /**
   * What a picker needs: all digits = code prefix ("2101"), anything else = name fragment
   * ("医疗", brackets and spaces as in {@link normalizeSubjectName}); an empty query lists
   * everything. Results in code order. With a year, names are those of that year; entries
   * are not dropped for lack of that year, since the shipped list is partial, only when
   * their validity (since/until) excludes it.
   */
  search(query: string, options: SearchOptions = {}): CatalogEntry[] {
    const q = query.trim();
    const byCode = /^\d+$/.test(q);
    const fragment = normalizeSubjectName(q);
    const out: CatalogEntry[] = [];
    for (const entry of this.entries(options.kind)) {
      if (options.limit !== undefined && out.length >= options.limit) break;
      if (options.year !== undefined && !isValidInYear(entry, options.year)) continue;
      const stored = this.stored.get(keyOf(entry.kind, entry.code)) as StoredEntry;
      const name = nameInYear(stored, options.year);
      const hit = byCode ? entry.code.startsWith(q) : normalizeSubjectName(name).includes(fragment);
      if (hit) out.push(name === entry.name ? entry : freezeEntry({ ...entry, name }));
    }
    return out;
  }

  /**
   * Checks a code/name pair from a table. With a year the code must be valid in that year
   * (when its validity is known) and the name must equal that year's name; without one,
   * any name the code had in a year seen is accepted.
   */
  lookup(code: string, name: string, year?: number, kind?: CatalogKind): LookupResult {
    const stored = this.find(code, kind);
    if (!stored) return { status: 'notInList' };
    const { entry } = stored;
    if (year !== undefined && hasValidity(entry) && !isValidInYear(entry, year)) {
      const validity: Validity = {};
      if (entry.since !== undefined) validity.since = entry.since;
      if (entry.until !== undefined) validity.until = entry.until;
      return { status: 'notInYear', validity, officialName: nameInYear(stored, year) };
    }
    const wanted = normalizeSubjectName(name);
    const accepted = year === undefined ? [stored.entry.name, ...stored.namesByYear.values()] : [nameInYear(stored, year)];
    if (accepted.some((n) => normalizeSubjectName(n) === wanted)) return { status: 'ok' };
    return { status: 'nameDiffers', officialName: year === undefined ? stored.entry.name : accepted[0] };
  }

  /** 部门预算经济分类 -> 政府预算经济分类 correspondence (机关 rows only, see the README). */
  economicPairs(): EconomicPair[] {
    return this.pairs.map((p) => ({
      departmentCode: p.departmentCode,
      departmentName: this.get(p.departmentCode, 'economicDepartment')?.name ?? p.departmentName,
      governmentCode: p.governmentCode,
      governmentName: this.get(p.governmentCode, 'economicGovernment')?.name ?? p.governmentName,
    }));
  }

  /** T06 prints economic names without codes: the entries of that scheme with this name. */
  findEconomicByName(name: string, scheme: 'department' | 'government'): CatalogEntry[] {
    const kind: CatalogKind = scheme === 'department' ? 'economicDepartment' : 'economicGovernment';
    const wanted = normalizeSubjectName(name);
    return this.entries(kind).filter((e) => normalizeSubjectName(e.name) === wanted);
  }

  private find(code: string, kind?: CatalogKind): StoredEntry | undefined {
    const c = code.trim();
    const k = kind ?? inferCatalogKind(c);
    return k ? this.stored.get(keyOf(k, c)) : undefined;
  }
}
