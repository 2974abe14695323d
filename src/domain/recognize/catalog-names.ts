import type { Catalog } from '../catalog';
import { normalizeSubjectName } from '../catalog';
import type { NameLookup } from './context';

/** What the recognizer asks of the 科目 catalogue, answered by a Catalog. */
export function namesFromCatalog(catalog: Catalog): NameLookup {
  return {
    nameOf: (code, year) => catalog.nameFor(code, year),
    functionCodeOf: (name, year) => {
      const wanted = normalizeSubjectName(name);
      const hits = catalog.search(name, { kind: 'function', year }).filter((e) => normalizeSubjectName(e.name) === wanted);
      // A name shared by several codes (其他支出 …) says nothing about which one is meant.
      return hits.length === 1 ? hits[0].code : undefined;
    },
    isEconomicClassName: (name) => catalog.findEconomicByName(name, 'department').some((e) => e.level === '类'),
  };
}
