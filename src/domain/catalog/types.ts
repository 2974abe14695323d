/** The four code lists of the 《政府收支分类科目》 that the tables use. */
export type CatalogKind = 'function' | 'economicDepartment' | 'economicGovernment' | 'revenue';

/** 3 digits = 类, 5 digits = 款, 7 digits = 项. */
export type Level = '类' | '款' | '项';

export interface CatalogEntry {
  kind: CatalogKind;
  code: string;
  /** The name in the most recent year seen (or the imported name). */
  name: string;
  level: Level;
  /** Years the name was seen in a source, ascending; [] = no year info. */
  years: number[];
  /** Source ids from data/catalog/README.md ("S1", "G2" …), or "imported". */
  sources: string[];
  /**
   * First and last year the code is valid in, where a source says it was added or
   * removed (data/catalog/validity.csv). Absent = no known limit (not "valid forever":
   * the shipped list is partial).
   */
  since?: number;
  until?: number;
}

/** One row of a catalogue CSV as written into data.generated.ts. */
export interface GeneratedCodeRow {
  code: string;
  name: string;
  level: Level;
  /** Absent for the economic lists, which have no year column. */
  year?: number;
  sources: string[];
}

/** One row of expenditure-economic-dept-to-gov.csv. */
export interface GeneratedEconomicPair {
  departmentCode: string;
  departmentName: string;
  governmentCode: string;
  governmentName: string;
  sources: string[];
}

/** One row of validity.csv: the years a code is valid in (at least one bound). */
export interface GeneratedValidity {
  code: string;
  since?: number;
  until?: number;
  sources: string[];
}
