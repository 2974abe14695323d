import type { WorkbookGrid } from '../../src/domain/grid/types';
import { makeSim, rejection } from './simHelpers';

// Excel.RangeFormat / RangeFont / RangeFill / RangeBorder:
// https://learn.microsoft.com/javascript/api/excel/excel.rangeformat
describe('format properties', () => {
  test('font, fill, alignment and wrap round-trip; colours come back as upper-case #RRGGBB', async () => {
    const { Excel } = makeSim();
    await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2');
      r.format.font.bold = true;
      r.format.font.size = 14;
      r.format.font.color = '#ff0000';
      r.format.fill.color = 'yellow';
      r.format.horizontalAlignment = 'Center';
      r.format.verticalAlignment = 'Center';
      r.format.wrapText = true;
      r.load(['format/font/bold', 'format/font/size', 'format/font/color', 'format/fill/color', 'format/horizontalAlignment', 'format/verticalAlignment', 'format/wrapText']);
      await context.sync();
      expect([r.format.font.bold, r.format.font.size, r.format.font.color]).toEqual([true, 14, '#FF0000']);
      expect(r.format.fill.color).toBe('#FFFF00');
      expect([r.format.horizontalAlignment, r.format.verticalAlignment, r.format.wrapText]).toEqual(['Center', 'Center', true]);
    });
  });

  // "Formatting properties such as size and color will contain null values in the response when
  // different values exist in the specified range."
  // https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values
  test('a property that differs across the range reads null', async () => {
    const { Excel } = makeSim();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1').format.font.color = '#0000FF';
      const both = sheet.getRange('A1:A2').load('format/font/color, format/fill/color');
      await context.sync();
      expect(both.format.font.color).toBeNull();
      // No fill anywhere reads white.
      expect(both.format.fill.color).toBe('#FFFFFF');
    });
  });

  test('fill.clear() removes the fill; an invalid colour or enum value is refused', async () => {
    const { Excel } = makeSim();
    await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Sheet1').getRange('C3');
      r.format.fill.color = '#123456';
      r.format.fill.clear();
      r.load('format/fill/color');
      await context.sync();
      expect(r.format.fill.color).toBe('#FFFFFF');
    });
    for (const apply of [
      (r: Excel.Range) => {
        r.format.fill.color = 'not-a-colour';
      },
      (r: Excel.Range) => {
        r.format.horizontalAlignment = 'Middle' as Excel.HorizontalAlignment;
      },
    ]) {
      const e = await rejection(
        Excel.run(async (context) => {
          apply(context.workbook.worksheets.getItem('Sheet1').getRange('A1'));
          await context.sync();
        }),
      );
      expect(e.code).toBe('InvalidArgument');
    }
  });

  test('borders: getItem(edge).style/color/weight; a shared edge reads from either side', async () => {
    const { Excel } = makeSim();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const table = sheet.getRange('B2:C3');
      for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const) {
        table.format.borders.getItem(edge).style = 'Continuous';
      }
      table.format.borders.getItem('EdgeBottom').weight = 'Medium';
      const top = table.format.borders.getItem('EdgeTop').load('style, weight, color, sideIndex');
      const bottom = table.format.borders.getItem('EdgeBottom').load('weight');
      const below = sheet.getRange('B4:C4').format.borders.getItem('EdgeTop').load('style');
      const outside = sheet.getRange('E5').format.borders.getItem('EdgeLeft').load('style');
      await context.sync();
      expect([top.style, top.weight, top.color, top.sideIndex]).toEqual(['Continuous', 'Thin', '#000000', 'EdgeTop']);
      expect(bottom.weight).toBe('Medium');
      expect(below.style).toBe('Continuous');
      expect(outside.style).toBe('None');
    });
  });

  // RangeFormat.columnWidth is in points; Excel's default column is 8.43 characters = 48 points.
  test('columnWidth and rowHeight in points; numberFormat and text', async () => {
    const { sim, Excel } = makeSim();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const before = sheet.getRange('A1').load('format/columnWidth, format/rowHeight');
      await context.sync();
      expect([before.format.columnWidth, before.format.rowHeight]).toEqual([48, 15]);
      sheet.getRange('B:C').format.columnWidth = 120;
      const amounts = sheet.getRange('B2:C2');
      amounts.numberFormat = [['#,##0.00', '0.00%']];
      amounts.values = [[1234567.891, 0.1234]];
      amounts.load('text, numberFormat, format/columnWidth');
      await context.sync();
      expect(amounts.format.columnWidth).toBe(120);
      expect(amounts.numberFormat).toEqual([['#,##0.00', '0.00%']]);
      expect(amounts.text).toEqual([['1,234,567.89', '12.34%']]);
    });
    expect(sim.toGrid().sheets[0].columnWidths?.[1]).toBeCloseTo(22.14, 1);
  });

  test('merge keeps the top-left value, merge(true) merges each row, unmerge removes them', async () => {
    const { sim, Excel } = makeSim({ sheets: [{ name: 'S', values: [['title', 'lost'], ['x', 'y']] }] });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      sheet.getRange('A1:D1').merge();
      sheet.getRange('A3:C4').merge(true);
    });
    expect(sim.merges('S')).toEqual([
      { top: 0, left: 0, bottom: 0, right: 3 },
      { top: 2, left: 0, bottom: 2, right: 2 },
      { top: 3, left: 0, bottom: 3, right: 2 },
    ]);
    expect(sim.read('S', 'A1:B1').values).toEqual([['title', '']]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A3:C4').unmerge();
    });
    expect(sim.merges('S')).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
  });

  test('inserting rows moves merges below and stretches merges across the insertion point', async () => {
    const { sim, Excel } = makeSim({
      sheets: [{ name: 'S', values: [], merges: [{ top: 0, left: 0, bottom: 0, right: 3 }, { top: 2, left: 0, bottom: 4, right: 0 }] }],
    });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('4:5').insert('Down');
    });
    expect(sim.merges('S')).toEqual([
      { top: 0, left: 0, bottom: 0, right: 3 },
      { top: 2, left: 0, bottom: 6, right: 0 },
    ]);
  });
});

describe('formats of whole rows, columns and sheets', () => {
  test('the latest format wins across sheet, column, row and cell layers; big ranges read quickly', async () => {
    const { Excel } = makeSim();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('B5').format.font.name = 'Arial';
      sheet.getRange().format.font.name = '宋体';
      sheet.getRange('C:C').format.font.bold = true;
      sheet.getRange('3:3').format.font.bold = false;
      sheet.getRange('C3:C4').numberFormat = [['0.00'], ['0.00']];
      const reads = {
        b5: sheet.getRange('B5').load('format/font/name'),
        whole: sheet.getRange().load('format/font/name'),
        c3: sheet.getRange('C3').load('format/font/bold'),
        c4: sheet.getRange('C4').load('format/font/bold'),
        column: sheet.getRange('C:C').load('format/font/bold'),
      };
      await context.sync();
      expect(reads.b5.format.font.name).toBe('宋体');
      expect(reads.whole.format.font.name).toBe('宋体');
      expect([reads.c3.format.font.bold, reads.c4.format.font.bold]).toEqual([false, true]);
      expect(reads.column.format.font.bold).toBeNull();
    });
  });
});

describe('WorkbookGrid in and out', () => {
  test('toGrid reads back values, formulas, number formats, merges, widths and styles', () => {
    const init: WorkbookGrid = {
      sheets: [
        {
          name: '表1',
          values: [['收支总表', null, null], ['20101', '人大事务', 12.5], [null, '合计', null]],
          formulas: [[null, null, null], [null, null, null], [null, null, '=SUM(C2:C2)']],
          numberFormats: [[null, null, null], ['@', null, '#,##0.00'], [null, null, '#,##0.00']],
          merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
          columnWidths: [12, 30],
          styles: [
            { range: { top: 0, left: 0, bottom: 0, right: 2 }, style: { bold: true, fontSize: 16, horizontal: 'center' } },
            { range: { top: 1, left: 0, bottom: 2, right: 2 }, style: { border: true } },
          ],
          print: { landscape: true, fitToWidth: true },
        },
      ],
    };
    const { sim } = makeSim(init);
    const out = sim.toGrid().sheets[0];
    expect(out.name).toBe('表1');
    expect(out.values).toEqual([['收支总表', null, null], ['20101', '人大事务', 12.5], [null, '合计', 12.5]]);
    expect(out.formulas?.[2][2]).toBe('=SUM(C2:C2)');
    expect(out.numberFormats?.[1]).toEqual(['@', null, '#,##0.00']);
    expect(out.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(out.columnWidths?.[0]).toBeCloseTo(12, 1);
    expect(out.columnWidths?.[1]).toBeCloseTo(30, 1);
    expect(out.styles).toEqual([
      { range: { top: 0, left: 0, bottom: 0, right: 2 }, style: { bold: true, fontSize: 16, horizontal: 'center' } },
      { range: { top: 1, left: 0, bottom: 2, right: 2 }, style: { border: true } },
    ]);
    expect(out.print).toEqual({ landscape: true, fitToWidth: true });
  });

  test('styles set through the API appear in toGrid', async () => {
    const { sim, Excel } = makeSim();
    await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
      r.values = [['a', 'b']];
      r.format.font.bold = true;
      r.format.fill.color = '#D9E1F2';
      context.workbook.worksheets.getItem('Sheet1').pageLayout.orientation = 'Landscape';
    });
    const out = sim.toGrid().sheets[0];
    expect(out.styles).toEqual([{ range: { top: 0, left: 0, bottom: 0, right: 1 }, style: { bold: true, fill: '#D9E1F2' } }]);
    expect(out.print).toEqual({ landscape: true, fitToWidth: false });
  });
});
