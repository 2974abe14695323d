import { makeSim } from './simHelpers';

// Events: https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events
// WorksheetChangedEventArgs: https://learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs
// ("details ... can be retrieved when the changed event is triggered on a single cell")
describe('onChanged', () => {
  test('a user edit fires onChanged with address, changeType, source, worksheetId and details', async () => {
    const { sim, Excel } = makeSim({ sheets: [{ name: 'S', values: [[1]] }] });
    const seen: Excel.WorksheetChangedEventArgs[] = [];
    let sheetId = '';
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      sheet.onChanged.add(async (e) => {
        seen.push(e);
      });
      sheet.load('id');
      await context.sync();
      sheetId = sheet.id;
    });
    await sim.editCell('S', 'A1', '2692.83');
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      type: 'WorksheetChanged',
      address: 'A1',
      changeType: 'RangeEdited',
      source: 'Local',
      worksheetId: sheetId,
      triggerSource: 'Unknown',
      details: { valueBefore: 1, valueAfter: 2692.83, valueTypeBefore: 'Double', valueTypeAfter: 'Double' },
    });
    expect(sim.handlerErrors).toEqual([]);
  });

  test('the handler can read the changed range through getRange(ctx) in its own Excel.run', async () => {
    const { sim, Excel } = makeSim({ sheets: [{ name: 'S', values: [] }] });
    const values: unknown[] = [];
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('S').onChanged.add((e) =>
        Excel.run(async (ctx) => {
          const r = e.getRange(ctx).load('values');
          await ctx.sync();
          values.push(r.values);
        }),
      );
    });
    await sim.editCell('S', 'B2', 'hello');
    expect(values).toEqual([[['hello']]]);
  });

  // "Office Add-in (JavaScript) code that changes the workbook" triggers events too.
  test("the add-in's own writes fire onChanged (triggerSource ThisLocalAddin); no details for several cells", async () => {
    const { sim, Excel } = makeSim({ sheets: [{ name: 'S', values: [] }] });
    const seen: Excel.WorksheetChangedEventArgs[] = [];
    await Excel.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (e) => {
        seen.push(e);
      });
      await context.sync();
      const sheet = context.workbook.worksheets.getItem('S');
      sheet.getRange('A1:B2').values = [[1, 2], [3, 4]];
      sheet.getRange('C3').values = [[5]];
      sheet.getRange('4:4').insert('Down');
    });
    await sim.flushEvents();
    expect(seen.map((e) => [e.address, e.changeType, e.triggerSource])).toEqual([
      ['A1:B2', 'RangeEdited', 'ThisLocalAddin'],
      ['C3', 'RangeEdited', 'ThisLocalAddin'],
      ['4:4', 'RowInserted', 'ThisLocalAddin'],
    ]);
    expect(seen[0].details).toBeUndefined();
    expect(seen[1].details).toMatchObject({ valueBefore: '', valueAfter: 5, valueTypeBefore: 'Empty' });
  });

  // "The enableEvents property determines if events are fired and their handlers are activated."
  test('no events while context.runtime.enableEvents is false, for user edits and add-in writes', async () => {
    const { sim, Excel } = makeSim({ sheets: [{ name: 'S', values: [] }] });
    const seen: string[] = [];
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('S').onChanged.add(async (e) => {
        seen.push(e.address);
      });
      context.runtime.enableEvents = false;
      context.workbook.worksheets.getItem('S').getRange('A1').values = [['quiet']];
      await context.sync();
      context.runtime.load('enableEvents');
      await context.sync();
      expect(context.runtime.enableEvents).toBe(false);
    });
    await sim.editCell('S', 'A2', 'also quiet');
    expect(seen).toEqual([]);
    await Excel.run(async (context) => {
      context.runtime.enableEvents = true;
      await context.sync();
      context.workbook.worksheets.getItem('S').getRange('A3').values = [['heard']];
    });
    await sim.editCell('S', 'A4', 'heard too');
    expect(seen).toEqual(['A3', 'A4']);
  });

  test('a handler removed through its EventHandlerResult stops receiving events', async () => {
    const { sim, Excel } = makeSim({ sheets: [{ name: 'S', values: [] }] });
    const seen: string[] = [];
    let result: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | undefined;
    await Excel.run(async (context) => {
      result = context.workbook.worksheets.getItem('S').onChanged.add(async (e) => {
        seen.push(e.address);
      });
    });
    await sim.editCell('S', 'A1', 1);
    const handlerResult = result as OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>;
    await Excel.run(handlerResult.context, async (context) => {
      handlerResult.remove();
      await context.sync();
    });
    await sim.editCell('S', 'A2', 2);
    expect(seen).toEqual(['A1']);
  });

  test('a worksheet handler hears only its own sheet', async () => {
    const { sim, Excel } = makeSim({ sheets: [{ name: 'A', values: [] }, { name: 'B', values: [] }] });
    const seen: string[] = [];
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('A').onChanged.add(async (e) => {
        seen.push(e.address);
      });
    });
    await sim.editCell('B', 'A1', 1);
    await sim.editCell('A', 'C1', 1);
    expect(seen).toEqual(['C1']);
  });

  test('errors thrown by handlers are collected for the test to see', async () => {
    const { sim, Excel } = makeSim();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').onChanged.add(async () => {
        throw new Error('boom');
      });
    });
    await sim.editCell('Sheet1', 'A1', 1);
    expect(sim.handlerErrors).toHaveLength(1);
  });
});

// WorksheetSelectionChangedEventArgs: https://learn.microsoft.com/javascript/api/excel/excel.worksheetselectionchangedeventargs
describe('onSelectionChanged', () => {
  test('user selection and Range.select fire worksheet and workbook selection events', async () => {
    const { sim, Excel } = makeSim({ sheets: [{ name: 'S', values: [] }] });
    const sheetEvents: Excel.WorksheetSelectionChangedEventArgs[] = [];
    const workbookAddresses: string[] = [];
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('S').onSelectionChanged.add(async (e) => {
        sheetEvents.push(e);
      });
      context.workbook.onSelectionChanged.add((e) =>
        Excel.run(async (ctx) => {
          void e.workbook;
          const sel = ctx.workbook.getSelectedRange().load('address');
          await ctx.sync();
          workbookAddresses.push(sel.address);
        }),
      );
    });
    sim.setSelection('S', 'B2:C3');
    await sim.flushEvents();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('D4').select();
    });
    await sim.flushEvents();
    expect(sheetEvents.map((e) => [e.type, e.address])).toEqual([
      ['WorksheetSelectionChanged', 'B2:C3'],
      ['WorksheetSelectionChanged', 'D4'],
    ]);
    expect(workbookAddresses).toEqual(['S!B2:C3', 'S!D4']);
  });
});
