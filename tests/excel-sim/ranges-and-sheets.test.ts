import { makeSim, rejection } from './simHelpers';

// Excel.Range reference: https://learn.microsoft.com/javascript/api/excel/excel.range
describe('range addressing', () => {
  test('address, rowIndex, columnIndex, rowCount, columnCount; quoted sheet names', async () => {
    const { Excel } = makeSim({ sheets: [{ name: 'Sheet1', values: [] }, { name: '表 5', values: [] }, { name: '表5', values: [] }] });
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets;
      const a = ws.getItem('Sheet1').getRange('$B$2:D5').load('address, rowIndex, columnIndex, rowCount, columnCount');
      const b = ws.getItem('表 5').getRange('C3').load('address');
      const c = ws.getItem('表5').getRange('C3:A1').load('address');
      const d = ws.getItem('Sheet1').getRange('B:C').load('address, rowCount, isEntireColumn');
      const e = ws.getItem('Sheet1').getRange('3:4').load('address, columnCount, isEntireRow');
      const f = ws.getItem('表 5').getRange("'表 5'!A1:B1").load('address');
      await context.sync();
      expect([a.address, a.rowIndex, a.columnIndex, a.rowCount, a.columnCount]).toEqual(['Sheet1!B2:D5', 1, 1, 4, 3]);
      expect(b.address).toBe("'表 5'!C3");
      expect(c.address).toBe('表5!A1:C3');
      expect([d.address, d.rowCount, d.isEntireColumn]).toEqual(['Sheet1!B:C', 1048576, true]);
      expect([e.address, e.columnCount, e.isEntireRow]).toEqual(['Sheet1!3:4', 16384, true]);
      expect(f.address).toBe("'表 5'!A1:B1");
    });
  });

  test('an address qualified with another sheet is refused by Worksheet.getRange', async () => {
    const { Excel } = makeSim({ sheets: [{ name: 'A', values: [] }, { name: 'B', values: [] }] });
    const e = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('A').getRange('B!A1').load('address');
        await context.sync();
      }),
    );
    expect(e.code).toBe('InvalidArgument');
  });

  // getCell: "The cell can be outside the bounds of its parent range, so long as it stays within
  // the worksheet grid." getOffsetRange: "If the resulting range is forced outside the bounds of
  // the worksheet grid, an error will be thrown."
  test('getCell, getResizedRange, getOffsetRange, getRow, getColumn, getLastRow, getEntireRow', async () => {
    const { Excel } = makeSim();
    await Excel.run(async (context) => {
      const base = context.workbook.worksheets.getItem('Sheet1').getRange('B2:D5');
      const results = [
        base.getCell(0, 0),
        base.getCell(10, 10),
        base.getResizedRange(1, -1),
        base.getOffsetRange(-1, 2),
        base.getRow(1),
        base.getColumn(2),
        base.getLastRow(),
        base.getLastColumn(),
        base.getEntireRow(),
        base.getEntireColumn(),
        base.getAbsoluteResizedRange(2, 2),
      ].map((r) => r.load('address'));
      await context.sync();
      expect(results.map((r) => r.address)).toEqual([
        'Sheet1!B2',
        'Sheet1!L12',
        'Sheet1!B2:C6',
        'Sheet1!D1:F4',
        'Sheet1!B3:D3',
        'Sheet1!D2:D5',
        'Sheet1!B5:D5',
        'Sheet1!D2:D5',
        'Sheet1!2:5',
        'Sheet1!B:D',
        'Sheet1!B2:C3',
      ]);
    });
    const e = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('B2').getOffsetRange(-5, 0).load('address');
        await context.sync();
      }),
    );
    expect(e.code).toBe('InvalidArgument');
  });

  // getIntersectionOrNullObject: "If no intersection is found, then this method returns an object
  // with its isNullObject property set to true."
  test('getIntersection, getIntersectionOrNullObject and getBoundingRect', async () => {
    const { Excel } = makeSim();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const a = sheet.getRange('B2:D5');
      const inter = a.getIntersectionOrNullObject(sheet.getRange('C4:F9')).load('address');
      const none = a.getIntersectionOrNullObject('H1:H2').load('address');
      const box = a.getBoundingRect('F7').load('address');
      const strict = a.getIntersection('C3').load('address');
      await context.sync();
      expect(inter.address).toBe('Sheet1!C4:D5');
      expect(none.isNullObject).toBe(true);
      expect(box.address).toBe('Sheet1!B2:F7');
      expect(strict.address).toBe('Sheet1!C3');
    });
    const e = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').getIntersection('C3').load('address');
        await context.sync();
      }),
    );
    expect(e.code).toBe('ItemNotFound');
  });

  // Worksheet.getUsedRange: "If the entire worksheet is blank, this function will return the top
  // left cell (i.e. it will not throw an error)." getUsedRangeOrNullObject: "If the entire
  // worksheet is blank, then this method returns an object with its isNullObject property set to true."
  // valuesOnly: "considers only cells with values as used cells (ignoring formatting)".
  test('used range: blank sheet gives A1 or a null object; valuesOnly ignores formatting', async () => {
    const { Excel } = makeSim({ sheets: [{ name: 'Blank', values: [] }, { name: 'Data', values: [[null, null], [null, 'x']] }] });
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets;
      const blank = ws.getItem('Blank').getUsedRange().load('address');
      const blankOrNull = ws.getItem('Blank').getUsedRangeOrNullObject(true);
      ws.getItem('Data').getRange('D6').format.fill.color = '#FFFF00';
      const withFormats = ws.getItem('Data').getUsedRange().load('address');
      const valuesOnly = ws.getItem('Data').getUsedRange(true).load('address');
      const valuesOnlyOrNull = ws.getItem('Data').getUsedRangeOrNullObject(true).load('address');
      await context.sync();
      expect(blank.address).toBe('Blank!A1');
      expect(blankOrNull.isNullObject).toBe(true);
      expect(withFormats.address).toBe('Data!B2:D6');
      expect(valuesOnly.address).toBe('Data!B2');
      expect(valuesOnlyOrNull.isNullObject).toBe(false);
      expect(valuesOnlyOrNull.address).toBe('Data!B2');
    });
  });

  // Range.getUsedRange: "If there are no used cells within the range, this function will throw an ItemNotFound error."
  test('Range.getUsedRange of an empty range throws ItemNotFound; the OrNullObject form is null', async () => {
    const { Excel } = makeSim({ sheets: [{ name: 'S', values: [['a']] }] });
    await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem('S').getRange('C3:D4').getUsedRangeOrNullObject();
      await context.sync();
      expect(r.isNullObject).toBe(true);
    });
    const e = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('S').getRange('C3:D4').getUsedRange().load('address');
        await context.sync();
      }),
    );
    expect(e.code).toBe('ItemNotFound');
  });

  test('getRangeByIndexes and Worksheet.getCell', async () => {
    const { Excel } = makeSim();
    await Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem('Sheet1');
      const a = s.getRangeByIndexes(4, 2, 3, 2).load('address');
      const b = s.getCell(0, 27).load('address');
      await context.sync();
      expect([a.address, b.address]).toEqual(['Sheet1!C5:D7', 'Sheet1!AB1']);
    });
  });
});

// Excel.WorksheetCollection / Excel.Worksheet:
// https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection
describe('worksheets', () => {
  test('add appends at the end, names are unique (ItemAlreadyExists), items load with names', async () => {
    const { sim, Excel } = makeSim();
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets;
      ws.add('T01');
      const auto = ws.add();
      auto.load('name');
      ws.load('items/name');
      await context.sync();
      expect(ws.items.map((w) => w.name)).toEqual(['Sheet1', 'T01', 'Sheet2']);
      expect(auto.name).toBe('Sheet2');
    });
    const e = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.add('t01');
        await context.sync();
      }),
    );
    expect(e.code).toBe('ItemAlreadyExists');
    expect(e.message).toBe('A resource with the same name or identifier already exists.');
    const bad = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.add('a/b');
        await context.sync();
      }),
    );
    expect(bad.code).toBe('InvalidArgument');
    expect(sim.sheetNames).toEqual(['Sheet1', 'T01', 'Sheet2']);
  });

  test('items are not readable before load', async () => {
    const { Excel } = makeSim();
    await Excel.run(async (context) => {
      expect(() => context.workbook.worksheets.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
    });
  });

  test('getItem by name is case-insensitive and by id works; a proxy follows its sheet through a rename', async () => {
    const { sim, Excel } = makeSim({ sheets: [{ name: 'Alpha', values: [] }] });
    await Excel.run(async (context) => {
      const byName = context.workbook.worksheets.getItem('ALPHA').load('id, name');
      await context.sync();
      const byId = context.workbook.worksheets.getItem(byName.id).load('name');
      byName.name = 'Beta';
      byName.getRange('A1').values = [['after rename']];
      await context.sync();
      expect(byId.name).toBe('Alpha');
      byId.load('name');
      await context.sync();
      expect(byId.name).toBe('Beta');
    });
    expect(sim.read('Beta', 'A1').values).toEqual([['after rename']]);
  });

  test('activate, getActiveWorksheet, delete; the last visible sheet cannot be deleted', async () => {
    const { sim, Excel } = makeSim({ sheets: [{ name: 'A', values: [] }, { name: 'B', values: [] }] });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('B').activate();
      const active = context.workbook.worksheets.getActiveWorksheet().load('name');
      await context.sync();
      expect(active.name).toBe('B');
      context.workbook.worksheets.getItem('B').delete();
      const now = context.workbook.worksheets.getActiveWorksheet().load('name');
      await context.sync();
      expect(now.name).toBe('A');
    });
    expect(sim.sheetNames).toEqual(['A']);
    const e = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('A').delete();
        await context.sync();
      }),
    );
    expect(e.code).toBe('InvalidOperation');
  });

  test('deleting a sheet turns formulas that used it into #REF!', async () => {
    const { sim, Excel } = makeSim({ sheets: [{ name: 'A', values: [[1]] }, { name: 'B', values: [[null]], formulas: [['=A!A1+1']] }] });
    expect(sim.read('B', 'A1').values).toEqual([[2]]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('A').delete();
    });
    expect(sim.read('B', 'A1').values).toEqual([['#REF!']]);
  });

  test('workbook.getSelectedRange follows setSelection and Range.select', async () => {
    const { sim, Excel } = makeSim({ sheets: [{ name: 'A', values: [] }, { name: 'B', values: [] }] });
    sim.setSelection('B', 'C3:D4');
    await Excel.run(async (context) => {
      const sel = context.workbook.getSelectedRange().load('address');
      const cell = context.workbook.getActiveCell().load('address');
      await context.sync();
      expect([sel.address, cell.address]).toEqual(['B!C3:D4', 'B!C3']);
      context.workbook.worksheets.getItem('A').getRange('E5').select();
      const again = context.workbook.getSelectedRange().load('address');
      await context.sync();
      expect(again.address).toBe('A!E5');
    });
    expect(sim.activeSheetName).toBe('A');
  });
});
