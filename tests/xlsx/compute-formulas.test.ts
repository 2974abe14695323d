import ExcelJS from 'exceljs';
import type { CellValue, WorkbookGrid } from '../../src/domain/grid/types';
import { parseAmount, UNCOMPUTED_FORMULA } from '../../src/domain/money';
import { recognizeWorkbook } from '../../src/domain/recognize';
import { computeUncalculatedFormulas, readWorkbookBuffer } from '../../src/xlsx';

type Cells = Record<string, ExcelJS.CellValue>;

/** A workbook as a script writes it: formulas without results unless given. */
async function workbook(sheets: Record<string, Cells>): Promise<WorkbookGrid> {
  const wb = new ExcelJS.Workbook();
  for (const [name, cells] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const [address, value] of Object.entries(cells)) ws.getCell(address).value = value;
  }
  return readWorkbookBuffer(Buffer.from(await wb.xlsx.writeBuffer()));
}

function at(grid: WorkbookGrid, sheet: string, address: string): CellValue {
  const m = /^([A-Z]+)(\d+)$/.exec(address) as RegExpExecArray;
  const col = m[1].charCodeAt(0) - 65;
  return grid.sheets.find((s) => s.name === sheet)?.values[Number(m[2]) - 1]?.[col] ?? null;
}

describe('computeUncalculatedFormulas', () => {
  it('computes cross-sheet references to sheets with Chinese names, quoted or not', async () => {
    const grid = await workbook({
      表1: { B5: 12.5, B6: { formula: "B5+'表 2'!A1" } },
      '表 2': { A1: 0.25, A2: { formula: '表1!B5*2' } },
    });
    expect(at(grid, '表1', 'B6')).toBeNull();
    const r = computeUncalculatedFormulas(grid);
    expect(at(r.grid, '表1', 'B6')).toBe(12.75);
    expect(at(r.grid, '表 2', 'A2')).toBe(25);
    expect(r.computed).toBe(2);
    expect(r.uncomputed).toEqual([]);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ rule: 'FORMULAS', severity: 'info' });
    expect(r.findings[0].message).toContain('算出 2 个公式单元格');
  });

  it('keeps codes written as text as text: SUMIFS(…,"201??") sums the 款 rows, not the 类 itself', async () => {
    const grid = await workbook({
      表2: {
        A1: '201', B1: { formula: 'SUMIFS(B$2:B$4,$A$2:$A$4,"201??")' },
        A2: '20103', B2: 7,
        A3: '20106', B3: 3,
        A4: '2010301', B4: 100,
      },
    });
    expect(at(computeUncalculatedFormulas(grid).grid, '表2', 'B1')).toBe(10);
  });

  it('a function the engine does not know leaves the cell unread (never 0) and says so once, naming it', async () => {
    const grid = await workbook({ 表1: { A1: 5, A2: { formula: 'CELL("row",A1)' }, A3: { formula: 'A1+A2' }, A4: { formula: 'A1*2' } } });
    const r = computeUncalculatedFormulas(grid);
    expect(at(r.grid, '表1', 'A2')).toBe(UNCOMPUTED_FORMULA);
    // A formula that depends on it cannot be computed either.
    expect(at(r.grid, '表1', 'A3')).toBe(UNCOMPUTED_FORMULA);
    expect(at(r.grid, '表1', 'A4')).toBe(10);
    expect(r.uncomputed).toEqual(['表1!A2', '表1!A3']);
    expect(r.unknownFunctions).toEqual(['CELL']);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0].severity).toBe('warning');
    expect(r.findings[0].message).toMatch(/2 个单元格的公式无法计算.*CELL.*表1!A2、表1!A3/);
    expect(r.findings[0].cells).toEqual(['表1!A2', '表1!A3']);
    expect(parseAmount(UNCOMPUTED_FORMULA)).toMatchObject({ kind: 'error', code: UNCOMPUTED_FORMULA });
  });

  it('an error Excel would show too stays that error', async () => {
    const grid = await workbook({ 表1: { A1: 0, A2: { formula: '1/A1' } } });
    expect(at(computeUncalculatedFormulas(grid).grid, '表1', 'A2')).toBe('#DIV/0!');
  });

  it('a workbook saved with cached results is left as it is', async () => {
    const grid = await workbook({ 表1: { A1: 5, A2: { formula: 'A1*2', result: 99 } } });
    const r = computeUncalculatedFormulas(grid);
    expect(r.grid).toBe(grid);
    expect(at(r.grid, '表1', 'A2')).toBe(99);
    expect(r.findings).toEqual([]);
  });

  it('formulas that all come out 0 need no note (a saved 0 reads the same)', async () => {
    const grid = await workbook({ 表1: { A1: { formula: 'SUM(B1:B3)' } } });
    const r = computeUncalculatedFormulas(grid);
    expect(at(r.grid, '表1', 'A1')).toBe(0);
    expect(r.findings).toEqual([]);
  });

  it('an uncomputed subtotal in a table is a recognition problem on that cell, not a 0', async () => {
    const grid = await workbook({
      表3: {
        A1: '预算公开表3', A2: '2024年预算支出总表', E3: '单位：万元',
        A4: '科目编码', B4: '科目名称', C4: '合计', D4: '基本支出', E4: '项目支出',
        A5: '合计', C5: { formula: 'NUMBERVALUE("1")+C6' }, D5: { formula: 'D6' }, E5: { formula: 'E6' },
        A6: '201', B6: '一般公共服务支出', C6: { formula: 'D6+E6' }, D6: 3, E6: 4,
      },
    });
    const doc = recognizeWorkbook(computeUncalculatedFormulas(grid).grid);
    const t3 = doc.tables.find((t) => t.id === 'T03');
    const total = t3?.rows.find((r) => r.kind === 'total');
    expect(total?.amounts.total?.value).toBeNull();
    expect(total?.amounts.total?.problem).toMatch(/表3!C5 的公式没有计算结果/);
    expect(total?.amounts.basic?.value?.toString()).toBe('3');
    expect(doc.problems.some((p) => p.range === 'C5' && /公式没有计算结果/.test(p.message))).toBe(true);
  });
});
