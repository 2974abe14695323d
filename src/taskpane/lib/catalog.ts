import { Catalog, catalogRowsFromGrid, type CatalogEntry } from '../../domain/catalog';
import type { WorkbookGrid } from '../../domain/grid/types';

let builtIn: Catalog | undefined;

/** The shipped 科目 catalogue, built once per pane. */
export function paneCatalog(): Catalog {
  builtIn ??= Catalog.builtIn();
  return builtIn;
}

/** 功能分类 科目 matching a code prefix or a name fragment, with that year's names. */
export function searchSubjects(query: string, year: number | undefined, limit = 40, catalog: Catalog = paneCatalog()): CatalogEntry[] {
  if (query.trim() === '') return [];
  return catalog.search(query, { kind: 'function', year, limit });
}

/** Sheet names imported without asking: the 科目 sheet of a 一体化系统 export. */
const CATALOG_SHEET_NAMES = ['科目', '科目表'];

/** The workbook's own 科目 sheet, if it has one (imported automatically). */
export function catalogSheetIn(sheetNames: readonly string[]): string | undefined {
  return CATALOG_SHEET_NAMES.map((wanted) => sheetNames.find((n) => n.trim() === wanted)).find((n) => n !== undefined);
}

export type SheetImport = { ok: true; catalog: Catalog; count: number } | { ok: false; problem: string };

let lastImport: { sheet: string; key: string; result: SheetImport } | undefined;

/**
 * The built-in catalogue with the 科目 of one sheet taking precedence (DESIGN §7). The last
 * result is kept: every live read re-imports, and unchanged rows give the same Catalog.
 */
export function importCatalogSheet(grid: WorkbookGrid, sheetName: string): SheetImport {
  const sheet = grid.sheets.find((s) => s.name === sheetName);
  if (!sheet) return { ok: false, problem: `找不到工作表“${sheetName}”，科目仍以内置科目目录为准。` };
  const imported = catalogRowsFromGrid({ sheets: [sheet] });
  if (imported.problems.length > 0) return { ok: false, problem: `工作表“${sheetName}”：${imported.problems.join('')}` };
  const key = imported.rows.map((r) => `${r.code}\t${r.name}`).join('\n');
  if (lastImport?.sheet === sheetName && lastImport.key === key) return lastImport.result;
  const result: SheetImport = {
    ok: true,
    catalog: paneCatalog().withImported(imported.rows),
    count: new Set(imported.rows.map((r) => r.code)).size,
  };
  lastImport = { sheet: sheetName, key, result };
  return result;
}

/** The catalogue a workbook is read with: the chosen sheet, else its own 科目 sheet, else the built-in one. */
export interface WorkbookCatalog {
  catalog: Catalog;
  imported?: { sheet: string; count: number; auto: boolean };
  /** Chinese: why the chosen (or the workbook's own 科目) sheet gave no catalogue. */
  problem?: string;
}

export function catalogForWorkbook(grid: WorkbookGrid, chosenSheet?: string): WorkbookCatalog {
  const sheet = chosenSheet ?? catalogSheetIn(grid.sheets.map((s) => s.name));
  if (sheet === undefined) return { catalog: paneCatalog() };
  const result = importCatalogSheet(grid, sheet);
  if (!result.ok) return { catalog: paneCatalog(), problem: result.problem };
  return { catalog: result.catalog, imported: { sheet, count: result.count, auto: chosenSheet === undefined } };
}

/** What the 科目表 section says about the catalogue in use. */
export function catalogStatusText(current: WorkbookCatalog): string {
  const imported = current.imported;
  if (!imported) return current.problem ?? '正在使用内置科目目录（不完整）。可导入一体化系统导出的“科目”工作表，或任一“编码 + 名称”两列的表。';
  return imported.auto
    ? `已自动导入工作表“${imported.sheet}”中的 ${imported.count} 个科目（名称以导入的为准）`
    : `已导入 ${imported.count} 个科目（名称以导入的为准）`;
}
