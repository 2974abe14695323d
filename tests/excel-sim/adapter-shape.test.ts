import { SimWorkbook, createExcelNamespace } from '../../src/excel-sim';

/** The adapter takes Excel by injection; in Excel it gets the global, in jest the sim. */
type ExcelApi = Pick<typeof Excel, 'run'>;

/** Written against @types/office-js only, as src/excel code is. */
async function readUsedValues(excel: ExcelApi, sheetName: string): Promise<unknown[][] | null> {
  return excel.run(async (context) => {
    const used = context.workbook.worksheets.getItem(sheetName).getUsedRangeOrNullObject(true);
    used.load('values');
    await context.sync();
    return used.isNullObject ? null : used.values;
  });
}

async function insertSheetIfMissing(excel: ExcelApi, name: string): Promise<boolean> {
  return excel.run(async (context) => {
    const existing = context.workbook.worksheets.getItemOrNullObject(name);
    await context.sync();
    if (!existing.isNullObject) return false;
    const sheet = context.workbook.worksheets.add(name);
    const header = sheet.getRange('A1:C1');
    header.values = [['科目编码', '科目名称', '金额']];
    header.format.font.bold = true;
    header.format.borders.getItem('EdgeBottom').style = 'Continuous';
    // One value for a whole column (a 1×1 array would not match its shape).
    sheet.getRange('A:A').numberFormat = '@' as unknown as string[][];
    await context.sync();
    return true;
  });
}

test('code written against the Office.js types runs unchanged on the sim namespace', async () => {
  const sim = new SimWorkbook({ sheets: [{ name: '表1', values: [['a', 1]] }] });
  const excel: ExcelApi = createExcelNamespace(sim);
  expect(await readUsedValues(excel, '表1')).toEqual([['a', 1]]);
  expect(await insertSheetIfMissing(excel, '表2')).toBe(true);
  expect(await insertSheetIfMissing(excel, '表2')).toBe(false);
  expect(await readUsedValues(excel, '表2')).toEqual([['科目编码', '科目名称', '金额']]);
  // read 1 + insert 2 (check, write) + second insert 1 (check only) + read 1.
  expect(sim.stats.syncs).toBe(5);
});
