export type { CatalogEntry, CatalogKind, GeneratedCodeRow as CatalogRow, Level } from './types';
export { Catalog, IMPORTED_SOURCE, isValidInYear, validityText } from './catalog';
export type { CatalogRows, EconomicPair, ImportRow, LookupResult, SearchOptions, Validity } from './catalog';
export { inferCatalogKind, levelOfCode, normalizeSubjectName, parentCode } from './codes';
export { EXPENDITURE_CLASSES_2023, EXPENDITURE_CLASSES_2024, matchExpenditureClass } from './expenditure-classes';
export type { ExpenditureClassMatch } from './expenditure-classes';
export { catalogRowsFromGrid } from './import';
export type { CatalogImport } from './import';
