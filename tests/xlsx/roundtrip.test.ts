import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { readFileSync } from 'fs';
import type { WorkbookGrid } from '../../src/domain/grid/types';
import { readWorkbookBuffer, writeWorkbookBuffer } from '../../src/xlsx';
import { recalcWithLibreOffice } from '../helpers/libreoffice';

const grid: WorkbookGrid = {
  sheets: [
    {
      name: '表2',
      values: [
        ['2023年预算收入总表', null, null],
        ['科目编码', '科目名称', '合计'],
        ['2010301', '行政运行', 785.48],
        ['2010306', '政务公开审批', '70.83'],
        ['合计', null, null],
        ['差', null, null],
      ],
      formulas: [[], [], [], [], [null, null, '=SUM(C3:C4)'], [null, null, '=C3-C3']],
      numberFormats: [[], [], ['@', null, '#,##0.00'], ['@', null, '@'], [null, null, '#,##0.00']],
      merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
      columnWidths: [12, 36, 14],
    },
    { name: '封面', values: [['部门名称：测试局']] },
  ],
};

describe('xlsx round trip (ExcelJS)', () => {
  it('keeps text codes as text, numbers as numbers, formulas, merges, formats and widths', async () => {
    const back = await readWorkbookBuffer(await writeWorkbookBuffer(grid));
    expect(back.sheets.map((s) => s.name)).toEqual(['表2', '封面']);
    const s = back.sheets[0];
    expect(s.values[2]).toEqual(['2010301', '行政运行', 785.48]);
    expect(s.values[3]).toEqual(['2010306', '政务公开审批', '70.83']);
    expect(s.formulas?.[4][2]).toBe('=SUM(C3:C4)');
    // Not computed yet: ExcelJS writes no cached value.
    expect(s.values[4][2]).toBeNull();
    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(s.numberFormats?.[2][2]).toBe('#,##0.00');
    expect(s.numberFormats?.[2][0]).toBe('@');
    expect(s.columnWidths?.slice(0, 3)).toEqual([12, 36, 14]);
    expect(back.sheets[1].values[0][0]).toBe('部门名称：测试局');
  });

  it('reads the values LibreOffice computed for the formulas', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'xlsx-rt-'));
    const input = path.join(dir, 'in.xlsx');
    writeFileSync(input, await writeWorkbookBuffer(grid));
    const outDir = path.join(dir, 'out');
    const out = recalcWithLibreOffice(input, outDir);
    const back = await readWorkbookBuffer(readFileSync(out));
    // 785.48 + the text "70.83": SUM skips text, as Excel does.
    expect(back.sheets[0].values[4][2]).toBe(785.48);
    // A cached result of 0 (ExcelJS drops it on load) still reads as 0, not as blank.
    expect(back.sheets[0].values[5][2]).toBe(0);
  });

  it('refuses a file that is not .xlsx with a Chinese message', async () => {
    await expect(readWorkbookBuffer(Buffer.from('not a zip'))).rejects.toThrow(/不是有效的 .xlsx 工作簿/);
  });
});

describe('styles and print setup', () => {
  it('writes range styles cell by cell and the landscape fit-to-width page', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const buffer = await writeWorkbookBuffer({
      sheets: [
        {
          name: 'S',
          values: [['标题'], ['a', 'b']],
          styles: [
            { range: { top: 0, left: 0, bottom: 0, right: 1 }, style: { bold: true, fontSize: 16, horizontal: 'center' } },
            { range: { top: 1, left: 0, bottom: 1, right: 1 }, style: { border: true, fill: '#F2F2F2' } },
          ],
          print: { landscape: true, fitToWidth: true },
        },
      ],
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('S')!;
    expect(ws.getCell('B1').font?.bold).toBe(true);
    expect(ws.getCell('A1').font?.size).toBe(16);
    expect(ws.getCell('A1').alignment?.horizontal).toBe('center');
    expect(ws.getCell('B2').border?.left?.style).toBe('thin');
    expect((ws.getCell('A2').fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe('FFF2F2F2');
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.pageSetup.fitToWidth).toBe(1);
  });
});
