import type { CellValue, SheetGrid, WorkbookGrid } from '../../src/domain/grid/types';
import { TABLE_IDS, type TableId } from '../../src/domain/model/types';
import { renderTable, sheetNameFor, STACKED_GAP, type TableBlock, type TemplateOptions } from '../../src/domain/templates';

/** 7-digit 项 codes under the given 类, `perSection` 项 per 款, until `count` codes. */
function codesUnder(classes: string[], count: number, perSection = 40): string[] {
  const out: string[] = [];
  for (const cls of classes) {
    for (let s = 1; s <= 99 && out.length < count; s++) {
      for (let i = 1; i <= perSection && out.length < count; i++) {
        out.push(`${cls}${String(s).padStart(2, '0')}${String(i).padStart(2, '0')}`);
      }
    }
  }
  return out;
}

/** A typed amount such as a user enters (two decimals, varied digits). */
function amountFor(i: number): number {
  return ((i * 7919) % 100_000_000) / 100;
}

/**
 * The tables of a large department: every sheet 表1…表13 holds at least `rows` rows of its
 * own table (coded tables get ~rows codes, project tables ~rows projects, fixed tables are
 * stacked copies of themselves), every input cell typed.
 */
export function bigWorkbook(rows = 2000): WorkbookGrid {
  // T02/T03 list every code: half 一般公共预算, a quarter each 政府性基金 and 国有资本经营.
  const options: TemplateOptions = {
    year: 2024,
    department: '某某市行政审批服务管理局',
    codes: codesUnder(['201', '208', '210'], rows / 2),
    fundCodes: codesUnder(['212'], rows / 4),
    stateCapitalCodes: codesUnder(['223'], rows / 4),
    projects: Array.from({ length: rows }, (_, i) => `信息化建设运维项目${i + 1}`),
    carryOverProjects: Array.from({ length: rows }, (_, i) => `上年结转项目${i + 1}`),
    units: Array.from({ length: rows }, (_, i) => `下属单位${i + 1}`),
  };
  let seq = 1;
  const sheets: SheetGrid[] = TABLE_IDS.map((id: TableId) => {
    const values: CellValue[][] = [];
    const formulas: (string | null)[][] = [];
    const numberFormats: (string | null)[][] = [];
    let top = 0;
    let first: TableBlock | undefined;
    while (values.length < rows) {
      if (first) {
        for (let g = 0; g < STACKED_GAP; g++) {
          values.push([]);
          formulas.push([]);
          numberFormats.push([]);
        }
        top += STACKED_GAP;
      }
      const block = renderTable(id, options, { row: top, col: 0 });
      first ??= block;
      const vals = block.values.map((r) => [...r]);
      for (const cell of block.layout.inputCells) vals[cell.row][cell.col] = amountFor(seq++);
      values.push(...vals);
      formulas.push(...block.formulas);
      numberFormats.push(...block.numberFormats);
      top += block.values.length;
    }
    const block = first as TableBlock;
    return { name: sheetNameFor(id), values, formulas, numberFormats, merges: block.merges, columnWidths: block.columnWidths };
  });
  return { sheets };
}
