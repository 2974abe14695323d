import type { Catalog } from '../catalog';
import type { WorkbookGrid } from '../grid/types';
import { BudgetDocument, RecognitionProblem, TABLE_IDS, TableId, TableModel } from '../model/types';
import { recognizePerformanceForms } from '../performance/recognize-forms';
import { findBlocks } from './blocks';
import { locateMetaCells } from './meta-cells';
import { namesFromCatalog } from './catalog-names';
import { classifyProjectRows } from './project-rows';
import { recognizeTable } from './recognize-table';
import { SheetView } from './sheet-view';
import { preferVisible } from './visibility';
import { chooseYearSet } from './year-sets';

export interface RecognizeOptions {
  /** 科目 names: to fill a blank 科目名称, to find the code of a row printed without one. */
  catalog?: Catalog;
  /** Which year's tables to check when the workbook holds several years' (default: the newest). */
  year?: number;
}

function mostCommon<T>(values: (T | undefined)[]): T | undefined {
  const counts = new Map<T, number>();
  let best: T | undefined;
  let bestCount = 0;
  for (const v of values) {
    if (v === undefined) continue;
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > bestCount) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}

/**
 * Finds the 13 tables of a 部门预算公开 in plain grids, whatever the layout (one table
 * per sheet, all stacked in one sheet, the add-in's own templates, other provinces'
 * shapes), and reads them into the typed model; the 项目支出绩效目标表 too (`forms`).
 * Whatever cannot be read is listed in `problems`, never skipped silently.
 */
export function recognizeWorkbook(workbook: WorkbookGrid, options: RecognizeOptions = {}): BudgetDocument {
  const problems: RecognitionProblem[] = [];
  const found: TableModel[] = [];
  const names = options.catalog ? namesFromCatalog(options.catalog) : undefined;
  for (const sheet of workbook.sheets) {
    const view = new SheetView(sheet);
    for (const block of findBlocks(view, problems)) {
      for (const t of recognizeTable(block, problems, names).tables) found.push({ ...t, metaCells: locateMetaCells(sheet, t) });
    }
  }

  const hiddenSheets = new Set(workbook.sheets.filter((s) => s.hidden).map((s) => s.name));
  const years = chooseYearSet(found, hiddenSheets, options.year);
  const visible = preferVisible(years.kept, hiddenSheets);
  problems.push(...years.problems, ...visible.problems);

  const tables: TableModel[] = [];
  const byId = new Map<TableId, TableModel>();
  for (const t of visible.kept) {
    const first = byId.get(t.id);
    if (first) {
      problems.push({
        sheet: t.sheet,
        table: t.id,
        range: t.range,
        message:
          `工作表“${t.sheet}”${t.range} 的《${t.title}》又是一张${t.id}，` +
          `与工作表“${first.sheet}”${first.range} 的《${first.title}》重复；只读取了前一张。请删除或改名其中一张。`,
      });
      continue;
    }
    byId.set(t.id, t);
    tables.push(t);
  }

  const department = mostCommon(tables.map((t) => t.department));
  const year = mostCommon(tables.map((t) => t.year));
  const units = byId.get('T11')?.rows.filter((r) => r.kind === 'unit').map((r) => r.name) ?? [];
  for (const id of ['T12', 'T13'] as const) {
    const t = byId.get(id);
    if (t) classifyProjectRows(t.rows, [department ?? '', t.department ?? '', ...units], t.unit);
  }

  tables.sort((a, b) => TABLE_IDS.indexOf(a.id) - TABLE_IDS.indexOf(b.id));
  const forms = recognizePerformanceForms(workbook, problems);
  return {
    ...(year !== undefined ? { year } : {}),
    ...(department !== undefined ? { department } : {}),
    tables,
    missing: TABLE_IDS.filter((id) => !byId.has(id)),
    problems,
    ...(forms.length > 0 ? { forms } : {}),
    ...(years.yearSets ? { yearSets: years.yearSets } : {}),
  };
}
