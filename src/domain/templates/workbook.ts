import type { CellValue, SheetGrid, WorkbookGrid } from '../grid/types';
import { TABLE_IDS, type TableId } from '../model/types';
import { renderTable } from './render';
import { TEMPLATE_SPECS } from './specs';
import type { TableBlock, TemplateOptions } from './types';
import { gridContent } from '../grid/content';

export type WorkbookLayout = 'sheets' | 'stacked';

export const STACKED_SHEET_NAME = '预算公开表';
/** Blank rows between two tables in the stacked layout. */
export const STACKED_GAP = 2;

export function sheetNameFor(id: TableId): string {
  return `表${TEMPLATE_SPECS[id].number}`;
}

function toSheet(name: string, block: TableBlock): SheetGrid {
  return { name, ...gridContent(block), print: PRINT_SETUP };
}

const PRINT_SETUP = { landscape: true, fitToWidth: true };

function stack(ids: readonly TableId[], options: TemplateOptions): SheetGrid {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  const merges: SheetGrid['merges'] = [];
  const styles: NonNullable<SheetGrid['styles']> = [];
  const widths: number[] = [];
  let top = 0;
  ids.forEach((id, i) => {
    if (i > 0) {
      for (let g = 0; g < STACKED_GAP; g++) {
        values.push([]);
        formulas.push([]);
        numberFormats.push([]);
      }
      top += STACKED_GAP;
    }
    const block = renderTable(id, options, { row: top, col: 0 });
    values.push(...block.values);
    formulas.push(...block.formulas);
    numberFormats.push(...block.numberFormats);
    for (const m of block.merges) merges.push({ top: m.top + top, left: m.left, bottom: m.bottom + top, right: m.right });
    for (const s of block.styles) styles.push({ range: { ...s.range, top: s.range.top + top, bottom: s.range.bottom + top }, style: s.style });
    block.columnWidths.forEach((w, c) => {
      widths[c] = Math.max(widths[c] ?? 0, w);
    });
    top += block.values.length;
  });
  return { name: STACKED_SHEET_NAME, values, formulas, numberFormats, merges, columnWidths: widths, styles, print: PRINT_SETUP };
}

/**
 * The tables (all 13 unless `tables` says which, in document order) as sheets 表1…表13,
 * or stacked in one sheet "预算公开表" with two blank rows between tables.
 */
export function renderWorkbook(options: TemplateOptions & { tables?: TableId[] }, layout: WorkbookLayout): WorkbookGrid {
  const wanted = options.tables ?? [...TABLE_IDS];
  if (wanted.length === 0) throw new Error('请至少选择一张表。');
  const ids = TABLE_IDS.filter((id) => wanted.includes(id));
  if (layout === 'sheets') return { sheets: ids.map((id) => toSheet(sheetNameFor(id), renderTable(id, options))) };
  return { sheets: [stack(ids, options)] };
}
