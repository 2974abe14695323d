import type { CellRange, CellValue, SheetGrid, WorkbookGrid } from '../../src/domain/grid/types';

/** A sheet from rows of cells ('' and null are blank). */
export function sheet(name: string, rows: CellValue[][], extra: Partial<SheetGrid> = {}): SheetGrid {
  return { name, values: rows.map((r) => r.map((v) => (v === '' ? null : v))), ...extra };
}

export function workbook(...sheets: SheetGrid[]): WorkbookGrid {
  return { sheets };
}

export const merge = (top: number, left: number, bottom: number, right: number): CellRange => ({ top, left, bottom, right });

/** A small 表3 (预算支出总表) as published, in 万元 unless `unitLine` says otherwise. */
export function expenditureTable(options: { title?: string; unitLine?: string | null; rows?: CellValue[][]; department?: string } = {}): CellValue[][] {
  const rows: CellValue[][] = [[options.title ?? '2024年预算支出总表']];
  rows.push([`部门名称：${options.department ?? '测试局'}`]);
  if (options.unitLine !== null) rows.push(['', '', '', '', options.unitLine ?? '单位：万元']);
  rows.push(['项目', '', '2024年预算数', '', '']);
  rows.push(['科目编码', '科目名称', '合计', '基本支出', '项目支出']);
  rows.push(
    ...(options.rows ?? [
      ['合计', '', '100.50', '60.25', '40.25'],
      ['201', '一般公共服务支出', '100.50', '60.25', '40.25'],
      ['20103', '政府办公厅（室）及相关机构事务', '100.50', '60.25', '40.25'],
      ['2010301', '行政运行', '60.25', '60.25', ''],
      ['2010350', '事业运行', '40.25', '', '40.25'],
    ]),
  );
  return rows;
}
