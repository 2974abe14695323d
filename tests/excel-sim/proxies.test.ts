import { makeSim, rejection, thrown } from './simHelpers';

// Proxy objects, load and sync:
// https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model
describe('proxy objects', () => {
  test('a property read before load + sync throws PropertyNotLoaded with office.js wording', async () => {
    const { Excel } = makeSim();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      const e = thrown(() => range.values);
      expect(e.code).toBe('PropertyNotLoaded');
      expect(e.name).toBe('RichApi.Error');
      expect(e.message).toBe(
        "The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
      );
      range.load('values');
      // Loading only queues: the value arrives with sync.
      expect(thrown(() => range.values).code).toBe('PropertyNotLoaded');
      await context.sync();
      expect(range.values).toEqual([['']]);
      // Only what was loaded is readable.
      expect(thrown(() => range.address).code).toBe('PropertyNotLoaded');
    });
  });

  test('load accepts a comma list, an array, nested paths and the object form', async () => {
    const { Excel } = makeSim({ sheets: [{ name: 'Sheet1', values: [[1, 2]] }] });
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const a = sheet.getRange('A1:B1').load('values, address');
      const b = sheet.getRange('A1').load(['rowIndex', 'columnCount']);
      const c = sheet.getRange('B1').load('format/font/bold');
      const d = sheet.getRange('B1').load({ select: 'values' });
      const e = sheet.getRange('A1:B1');
      context.load(e, 'cellCount');
      await context.sync();
      expect(a.values).toEqual([[1, 2]]);
      expect(a.address).toBe('Sheet1!A1:B1');
      expect([b.rowIndex, b.columnCount]).toEqual([0, 1]);
      expect(c.format.font.bold).toBe(false);
      expect(d.values).toEqual([[2]]);
      expect(e.cellCount).toBe(2);
    });
  });

  test('a write and a read queued in one batch run in order: the read sees the write', async () => {
    const { sim, Excel } = makeSim();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:A2').values = [[2], [3]];
      sheet.getRange('A3').formulas = [['=A1*A2']];
      const read = sheet.getRange('A1:A3').load('values');
      await context.sync();
      expect(read.values).toEqual([[2], [3], [6]]);
    });
    expect(sim.stats.requests).toHaveLength(1);
  });

  test('a property set on a proxy reads back locally, as office.js keeps the assigned value', async () => {
    const { Excel } = makeSim();
    await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      r.values = [['20101']];
      expect(r.values).toEqual([['20101']]);
      await context.sync();
    });
  });

  test('nothing reaches the workbook before sync', async () => {
    const { sim, Excel } = makeSim();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[5]];
      expect(sim.read('Sheet1', 'A1').values).toEqual([['']]);
      await context.sync();
      expect(sim.read('Sheet1', 'A1').values).toEqual([[5]]);
    });
  });

  test('Excel.run syncs what the batch left queued', async () => {
    const { sim, Excel } = makeSim();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('B2').values = [['x']];
    });
    expect(sim.read('Sheet1', 'B2').values).toEqual([['x']]);
    expect(sim.stats.syncs).toBe(0);
    expect(sim.stats.requests).toHaveLength(1);
  });

  test('Excel.run rejects when the batch does not return a promise', async () => {
    const { Excel } = makeSim();
    const run = Excel.run as unknown as (b: (c: unknown) => unknown) => Promise<unknown>;
    await expect(run(() => 1)).rejects.toMatchObject({ name: 'RichApi.Error' });
  });

  // *OrNullObject: "Office automatically loads this property when context.sync is called".
  test('getItemOrNullObject: isNullObject is known after sync without a load', async () => {
    const { Excel } = makeSim();
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Data');
      const present = context.workbook.worksheets.getItemOrNullObject('Sheet1');
      expect(thrown(() => missing.isNullObject).code).toBe('PropertyNotLoaded');
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      // The documented pattern: create the sheet when it is missing.
      const data = context.workbook.worksheets.add('Data');
      data.position = 0;
      data.load('name, position');
      await context.sync();
      expect([data.name, data.position]).toEqual(['Data', 0]);
    });
  });

  test('properties of a null object read as undefined and writes to it are ignored', async () => {
    const { sim, Excel } = makeSim();
    await Excel.run(async (context) => {
      const ghost = context.workbook.worksheets.getItemOrNullObject('Ghost');
      const r = ghost.getRange('A1');
      r.load('values');
      ghost.load('name');
      await context.sync();
      expect(ghost.isNullObject).toBe(true);
      expect(ghost.name).toBeUndefined();
      expect(r.isNullObject).toBe(true);
      r.values = [[1]];
      await context.sync();
    });
    expect(sim.sheetNames).toEqual(['Sheet1']);
  });

  // getItem of a missing sheet: "the getItem() method throws an ItemNotFound exception".
  test('getItem of a missing sheet rejects the sync with ItemNotFound and its location', async () => {
    const { Excel } = makeSim();
    const e = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Nope').getRange('A1').load('values');
        await context.sync();
      }),
    );
    expect(e.code).toBe('ItemNotFound');
    expect(e.message).toBe("The requested resource doesn't exist.");
    expect(e.debugInfo.errorLocation).toBe('Range.load');
  });

  test('an unused getItem of a missing sheet does not fail the batch (paths resolve when used)', async () => {
    const { Excel } = makeSim();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Nope');
      await context.sync();
    });
  });

  // OfficeExtension.Error.traceMessages: operations before the failing one were executed
  // (https://learn.microsoft.com/javascript/api/office/officeextension.error).
  test('a failing operation stops the batch: earlier operations stay applied, later ones do not run', async () => {
    const { sim, Excel } = makeSim();
    const e = await rejection(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Sheet1');
        sheet.getRange('A1').values = [['before']];
        context.trace('wrote A1');
        context.workbook.worksheets.getItem('Missing').getRange('A1').values = [['x']];
        sheet.getRange('A2').values = [['after']];
        await context.sync();
      }),
    );
    expect(e.code).toBe('ItemNotFound');
    expect(e.traceMessages).toEqual(['wrote A1']);
    expect(sim.read('Sheet1', 'A1:A2').values).toEqual([['before'], ['']]);
  });

  test('results of loads in a failed batch are not delivered', async () => {
    const { Excel } = makeSim({ sheets: [{ name: 'Sheet1', values: [[7]] }] });
    await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Sheet1').getRange('A1').load('values');
      context.workbook.worksheets.getItem('Missing').load('name');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
      expect(thrown(() => r.values).code).toBe('PropertyNotLoaded');
    });
  });

  test('an invalid address rejects with InvalidArgument', async () => {
    const { Excel } = makeSim();
    const e = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A0:ZZZZ1').load('address');
        await context.sync();
      }),
    );
    expect(e.code).toBe('InvalidArgument');
  });

  // Range.set(): office.js sets numberFormat before values
  // (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#set).
  test('set() applies numberFormat before values, so a text code written with "@" stays text', async () => {
    const { sim, Excel } = makeSim();
    await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
      r.set({ values: [['20101', '20102']], numberFormat: [['@', '@']], format: { font: { bold: true } } });
      await context.sync();
    });
    expect(sim.read('Sheet1', 'A1:B1').values).toEqual([['20101', '20102']]);
  });

  test('an API member ExcelSim does not implement fails loudly', async () => {
    const { Excel } = makeSim();
    await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Sheet1').getRange('A1') as unknown as Record<string, unknown>;
      const e = thrown(() => r.getSpillingToRange);
      expect(e.code).toBe('NotImplemented');
      expect(e.message).toContain('Range.getSpillingToRange');
    });
  });

  test('a proxy from another request context cannot be an argument', async () => {
    const { Excel } = makeSim();
    let foreign: Excel.Range | undefined;
    await Excel.run(async (context) => {
      foreign = context.workbook.worksheets.getItem('Sheet1').getRange('B2');
    });
    await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem('Sheet1').getRange('A1:C3');
      expect(thrown(() => r.getIntersection(foreign as Excel.Range)).code).toBe('InvalidRequestContext');
    });
  });

  test('Excel.run(object, batch) reuses the object’s context', async () => {
    const { Excel } = makeSim({ sheets: [{ name: 'Sheet1', values: [['kept']] }] });
    let range: Excel.Range | undefined;
    await Excel.run(async (context) => {
      range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
    });
    await Excel.run(range as Excel.Range, async (context) => {
      (range as Excel.Range).load('values');
      await context.sync();
      expect((range as Excel.Range).context).toBe(context);
      expect((range as Excel.Range).values).toEqual([['kept']]);
    });
  });

  test('ClientResult.value throws until sync', async () => {
    const { Excel } = makeSim();
    await Excel.run(async (context) => {
      const count = context.workbook.worksheets.getCount();
      expect(thrown(() => count.value).code).toBe('ValueNotLoaded');
      await context.sync();
      expect(count.value).toBe(1);
    });
  });
});
