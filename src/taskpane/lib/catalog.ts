import { Catalog, type CatalogEntry } from '../../domain/catalog';

let builtIn: Catalog | undefined;

/** The shipped 科目 catalogue, built once per pane. */
export function paneCatalog(): Catalog {
  builtIn ??= Catalog.builtIn();
  return builtIn;
}

/** 功能分类 科目 matching a code prefix or a name fragment, with that year's names. */
export function searchSubjects(query: string, year: number | undefined, limit = 40): CatalogEntry[] {
  if (query.trim() === '') return [];
  return paneCatalog().search(query, { kind: 'function', year, limit });
}
