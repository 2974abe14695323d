import Decimal from 'decimal.js';
import { parseAmount } from '../../src/domain/money';
import { makeSim, rejection } from './simHelpers';

// Range.values: "The data returned could be a string, number, or Boolean. Cells that contain
// an error will return the error string. If the returned value starts with a plus ("+"),
// minus ("-"), or equal sign ("="), Excel interprets this value as a formula."
// https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member
describe('values written and read back', () => {
  test('empty cells read "", numbers as numbers, text as strings, booleans as booleans', async () => {
    const { Excel } = makeSim({ sheets: [{ name: 'S', values: [[1.5, 'abc', true, null]] }] });
    await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem('S').getRange('A1:D1').load('values, valueTypes, text');
      await context.sync();
      expect(r.values).toEqual([[1.5, 'abc', true, '']]);
      expect(r.valueTypes).toEqual([['Double', 'String', 'Boolean', 'Empty']]);
      expect(r.text).toEqual([['1.5', 'abc', 'TRUE', '']]);
    });
  });

  test('strings written through values are parsed like typed input in a General cell', async () => {
    const { sim, Excel } = makeSim();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:F1').values = [['20101', '1,234.50', '12%', 'TRUE', '=1+1', '-5']];
    });
    expect(sim.read('Sheet1', 'A1:F1').values).toEqual([[20101, 1234.5, 0.12, true, 2, -5]]);
    // Typed thousands/percent text carries its number format, as in Excel.
    expect(sim.read('Sheet1', 'B1:C1').numberFormat).toEqual([['#,##0.00', '0%']]);
  });

  // Text stays text in a cell formatted "@" or after a leading apostrophe.
  test('codes written into "@" cells or with an apostrophe stay text, without the apostrophe', async () => {
    const { sim, Excel } = makeSim();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const codes = sheet.getRange('A1:A2');
      codes.numberFormat = [['@'], ['@']];
      codes.values = [['20101'], ['=SUM(1)']];
      sheet.getRange('B1').values = [["'2010101"]];
    });
    const read = sim.read('Sheet1', 'A1:B2');
    expect(read.values).toEqual([
      ['20101', '2010101'],
      ['=SUM(1)', ''],
    ]);
    expect(read.formulas[0][0]).toBe('20101');
  });

  test('strings from a WorkbookGrid (an .xlsx read back) stay text', async () => {
    const { sim } = makeSim({ sheets: [{ name: 'S', values: [['20101', 5]] }] });
    expect(sim.read('S', 'A1:B1').values).toEqual([['20101', 5]]);
  });

  // "null input in 2-D Array ... leaves [cells] unchanged"; "a blank value for the values
  // property ... the content of the range is cleared"; "null is not a valid input for single property".
  // https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values
  test('null leaves a cell unchanged, "" clears it, a scalar fills the range, null alone is refused', async () => {
    const { sim, Excel } = makeSim({ sheets: [{ name: 'S', values: [[1, 2, 3]] }] });
    await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem('S').getRange('A1:C1');
      r.values = [[null, '', 9]];
      await context.sync();
      expect(sim.read('S', 'A1:C1').values).toEqual([[1, '', 9]]);
      r.values = 'x' as unknown as unknown[][];
      await context.sync();
      expect(sim.read('S', 'A1:C1').values).toEqual([['x', 'x', 'x']]);
      r.numberFormat = [[null, null, '0.00']];
      await context.sync();
      expect(sim.read('S', 'A1:C1').numberFormat).toEqual([['General', 'General', '0.00']]);
    });
    const e = await rejection(
      Excel.run(async (context) => {
        const r = context.workbook.worksheets.getItem('S').getRange('A1');
        r.values = null as unknown as unknown[][];
        await context.sync();
      }),
    );
    expect(e.code).toBe('InvalidArgument');
  });

  test('an array whose shape differs from the range is refused with InvalidArgument', async () => {
    const { sim, Excel } = makeSim();
    const e = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').values = [[1, 2]];
        await context.sync();
      }),
    );
    expect(e.code).toBe('InvalidArgument');
    expect(e.message).toBe("The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
    expect(sim.read('Sheet1', 'A1').values).toEqual([['']]);
  });

  test('an unparsable formula is refused with InvalidArgument', async () => {
    const { Excel } = makeSim();
    const e = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').formulas = [['=SUM((']];
        await context.sync();
      }),
    );
    expect(e.code).toBe('InvalidArgument');
  });
});

// Range.formulas: "If a cell has no formula, its value is returned instead."
// https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-formulas-member
describe('formulas', () => {
  test('formulas read back as formula text for formula cells and values for the others', async () => {
    const { Excel } = makeSim({ sheets: [{ name: 'S', values: [[2, 3, null, 'a']], formulas: [[null, null, '=A1+B1', null]] }] });
    await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem('S').getRange('A1:E1').load('formulas, values');
      await context.sync();
      expect(r.formulas).toEqual([[2, 3, '=A1+B1', 'a', '']]);
      expect(r.values).toEqual([[2, 3, 5, 'a', '']]);
    });
  });

  test('formulas recompute after a value write', async () => {
    const { sim, Excel } = makeSim({ sheets: [{ name: 'S', values: [[1], [2], [null]], formulas: [[null], [null], ['=SUM(A1:A2)']] }] });
    expect(sim.read('S', 'A3').values).toEqual([[3]]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1').values = [[40]];
    });
    expect(sim.read('S', 'A3').values).toEqual([[42]]);
  });

  test('errors read as Excel error strings; a reference to an empty cell reads 0', async () => {
    const { sim, Excel } = makeSim();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:C1').formulas = [['=1/0', '=Z99', '=NOSUCHFUNCTION(1)']];
    });
    expect(sim.read('Sheet1', 'A1:C1').values).toEqual([['#DIV/0!', 0, '#NAME?']]);
  });

  // SUMIFS with wildcard criteria matches text only: the reason codes must stay text.
  test('SUMIFS(…, "201??") sums rows whose code is the text 201xx', async () => {
    const { sim, Excel } = makeSim();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const codes = sheet.getRange('A1:A4');
      codes.numberFormat = [['@'], ['@'], ['@'], ['@']];
      codes.values = [['201'], ['20101'], ['20102'], ['2010101']];
      sheet.getRange('B1:B4').values = [[100], [10.5], [20.25], [7]];
      sheet.getRange('C1').formulas = [['=SUMIFS(B1:B4,A1:A4,"201??")']];
      // The same codes written as numbers (General cells) do not match the wildcard, as in Excel.
      sheet.getRange('D1:D2').values = [['20101'], ['20102']];
      sheet.getRange('E1:E2').values = [[1], [2]];
      sheet.getRange('F1').formulas = [['=SUMIFS(E1:E2,D1:D2,"201??")']];
    });
    expect(sim.read('Sheet1', 'C1').values).toEqual([[30.75]]);
    expect(sim.read('Sheet1', 'F1').values).toEqual([[0]]);
  });

  // Range.insert: "Inserts a cell or a range of cells into the worksheet in place of this range,
  // and shifts the other cells to make space. Returns a new Range object at the now blank space."
  test('inserting a row inside a SUM / SUMIFS range expands the range, as Excel does', async () => {
    const { sim, Excel } = makeSim({
      sheets: [
        {
          name: 'S',
          values: [['201', 0], ['20101', 10], ['20102', 20], [null, null], [null, null]],
          formulas: [[null, '=SUMIFS(B2:B3,A2:A3,"201??")'], [null, null], [null, null], [null, '=SUM(B2:B3)'], [null, '=B1-B4']],
          numberFormats: [['@'], ['@'], ['@']],
        },
      ],
    });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      const inserted = sheet.getRange('3:3').insert('Down');
      inserted.load('address');
      await context.sync();
      expect(inserted.address).toBe('S!3:3');
      const row = sheet.getRange('A3:B3');
      row.values = [['20103', 5]];
      await context.sync();
    });
    const read = sim.read('S', 'A1:B6');
    expect(read.formulas[0][1]).toBe('=SUMIFS(B2:B4,A2:A4,"201??")');
    expect(read.formulas[4][1]).toBe('=SUM(B2:B4)');
    expect(read.formulas[5][1]).toBe('=B1-B5');
    expect(read.values.map((r) => r[1])).toEqual([35, 10, 5, 20, 35, 0]);
    // The inserted row took the "@" format of the row above, so the code stayed text.
    expect(read.values[2][0]).toBe('20103');
  });

  test('deleting rows shrinks ranges and turns references to deleted cells into #REF!', async () => {
    const { sim, Excel } = makeSim({
      sheets: [{ name: 'S', values: [[1], [2], [3], [null], [null]], formulas: [[null], [null], [null], ['=SUM(A1:A3)'], ['=A2']] }],
    });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A2').getEntireRow().delete('Up');
    });
    const read = sim.read('S', 'A1:A4');
    expect(read.formulas.map((r) => r[0])).toEqual([1, 3, '=SUM(A1:A2)', '=#REF!']);
    expect(read.values.map((r) => r[0])).toEqual([1, 3, 4, '#REF!']);
  });

  test('inserting cells that are not entire rows is reported as not implemented', async () => {
    const { Excel } = makeSim();
    const e = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A2:C2').insert('Down');
        await context.sync();
      }),
    );
    expect(e.code).toBe('NotImplemented');
  });

  test('sheet names in formulas: CJK names unquoted, names with spaces quoted, renames followed', async () => {
    const { sim, Excel } = makeSim({ sheets: [{ name: '表1', values: [[10]] }, { name: 'Sheet 2', values: [[5]] }] });
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets;
      ws.add('汇总').getRange('A1:A2').formulas = [['=表1!A1*2'], ["='Sheet 2'!A1+表1!A1"]];
      await context.sync();
      ws.getItem('表1').name = '表 一';
    });
    const read = sim.read('汇总', 'A1:A2');
    expect(read.values).toEqual([[20], [15]]);
    expect(read.formulas).toEqual([["='表 一'!A1*2"], ["='Sheet 2'!A1+'表 一'!A1"]]);
  });

  test('formula sums agree with Decimal sums of the same amounts', async () => {
    const amounts = ['2692.83', '1234567.89', '0.1', '0.2', '98765.43', '-1200.05', '3.33'];
    const { sim, Excel } = makeSim();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange(`A1:A${amounts.length}`).values = amounts.map((a) => [a]);
      sheet.getRange('B1:B2').formulas = [[`=SUM(A1:A${amounts.length})`], ['=ROUND(A3+A4,2)']];
    });
    const [[total], [rounded]] = sim.read('Sheet1', 'B1:B2').values as number[][];
    const expected = amounts.reduce((s, a) => s.plus(a), new Decimal(0));
    const parsed = parseAmount(total);
    expect(parsed.kind).toBe('number');
    expect(parsed.kind === 'number' && parsed.value.equals(expected)).toBe(true);
    expect(rounded).toBe(0.3);
  });
});

// Excel wildcards in criteria: "?" matches exactly one character, "*" any run, "~" escapes.
// https://support.microsoft.com/office/sumifs-function-c9e748f5-7ea7-455d-9406-611cebce642b
describe('wildcard criteria follow Excel, not HyperFormula', () => {
  test('"?" is exactly one character, "*" any run, "~" makes the next character literal', async () => {
    const { sim, Excel } = makeSim();
    const codes = ['201', '2010', '20101', '2010101', 'a?b', 'axb', 'A*C', 'abbbc'];
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const a = sheet.getRange(`A1:A${codes.length}`);
      a.numberFormat = codes.map(() => ['@']);
      a.values = codes.map((c) => [c]);
      sheet.getRange('B1:B5').formulas = [
        [`=COUNTIFS(A1:A8,"201??")`],
        [`=COUNTIFS(A1:A8,"201*")`],
        [`=COUNTIFS(A1:A8,"a~?b")`],
        [`=COUNTIFS(A1:A8,"a*c")`],
        [`=COUNTIFS(A1:A8,"a?b")`],
      ];
    });
    expect(sim.read('Sheet1', 'B1:B5').values).toEqual([[1], [4], [1], [2], [2]]);
  });
});
