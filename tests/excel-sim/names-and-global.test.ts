import { SimWorkbook, installGlobalExcel } from '../../src/excel-sim';
import { makeSim, rejection } from './simHelpers';

// Excel.NamedItemCollection / NamedItem: https://learn.microsoft.com/javascript/api/excel/excel.nameditemcollection
describe('named items', () => {
  test('add a name for a range, find it with getItemOrNullObject, read its formula and range', async () => {
    const { Excel } = makeSim({ sheets: [{ name: '表1', values: [[1], [2], [3]] }] });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('表1');
      context.workbook.names.add('BDA_T01', sheet.getRange('A1:A3'), '收支总表');
      const found = context.workbook.names.getItemOrNullObject('bda_t01');
      const missing = context.workbook.names.getItemOrNullObject('Nope');
      found.load('name, formula, value, type, comment');
      const range = context.workbook.names.getItem('BDA_T01').getRange().load('address');
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(found.isNullObject).toBe(false);
      expect([found.name, found.formula, found.value, found.type, found.comment]).toEqual(['BDA_T01', '=表1!$A$1:$A$3', '表1!$A$1:$A$3', 'Range', '收支总表']);
      expect(range.address).toBe('表1!A1:A3');
    });
  });

  test('a name follows row insertion and can be used in formulas and in getRange', async () => {
    const { sim, Excel } = makeSim({ sheets: [{ name: 'S', values: [[null], [1], [2]] }] });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      context.workbook.names.add('Amounts', '=S!$A$2:$A$3');
      await context.sync();
      sheet.getRange('1:1').insert('Down');
      sheet.getRange('C1').formulas = [['=SUM(Amounts)']];
      const named = context.workbook.names.getItem('Amounts').load('formula');
      const viaSheet = sheet.getRange('Amounts').load('address');
      await context.sync();
      expect(named.formula).toBe('=S!$A$3:$A$4');
      expect(viaSheet.address).toBe('S!A3:A4');
    });
    expect(sim.read('S', 'C1').values).toEqual([[3]]);
  });

  test('duplicate names are refused with ItemAlreadyExists; invalid names with InvalidArgument', async () => {
    const { Excel } = makeSim();
    await Excel.run(async (context) => {
      context.workbook.names.add('Total', '=Sheet1!$A$1');
    });
    for (const [name, code] of [
      ['TOTAL', 'ItemAlreadyExists'],
      ['A1', 'InvalidArgument'],
      ['has space', 'InvalidArgument'],
    ]) {
      const e = await rejection(
        Excel.run(async (context) => {
          context.workbook.names.add(name, '=Sheet1!$B$1');
          await context.sync();
        }),
      );
      expect(e.code).toBe(code);
    }
  });

  test('names load as items; delete removes one', async () => {
    const { Excel } = makeSim();
    await Excel.run(async (context) => {
      context.workbook.names.add('One', '=Sheet1!$A$1');
      context.workbook.names.add('合计行', '=Sheet1!$A$2');
      context.workbook.names.load('items/name');
      await context.sync();
      expect(context.workbook.names.items.map((n) => n.name)).toEqual(['One', '合计行']);
      context.workbook.names.getItem('One').delete();
      const count = context.workbook.names.getCount();
      await context.sync();
      expect(count.value).toBe(1);
    });
  });
});

describe('installGlobalExcel', () => {
  const g = globalThis as unknown as Record<string, unknown>;
  afterEach(() => {
    delete g.Excel;
    delete g.Office;
    delete g.OfficeExtension;
  });

  test('sets Excel, Office (onReady host Excel, ExcelApi 1.9 supported) and OfficeExtension.Error', async () => {
    const sim = new SimWorkbook({ sheets: [{ name: 'S', values: [['x']] }] });
    installGlobalExcel(sim);
    const office = g.Office as typeof Office;
    const info = await office.onReady();
    expect(info.host).toBe('Excel');
    expect(office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(true);
    expect(office.context.requirements.isSetSupported('ExcelApi', '1.20')).toBe(false);
    expect(office.context.requirements.isSetSupported('WordApi', '1.1')).toBe(false);
    const excel = g.Excel as typeof Excel;
    const value = await excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem('S').getRange('A1').load('values');
      await context.sync();
      return r.values[0][0];
    });
    expect(value).toBe('x');
    const err = await excel
      .run(async (context) => {
        context.workbook.worksheets.getItem('Missing').load('name');
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf((g.OfficeExtension as typeof OfficeExtension).Error);
  });
});
