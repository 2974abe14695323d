import { SimWorkbook, createExcelNamespace } from '../../src/excel-sim';
import { planTableInsertion } from '../../src/domain/placement';
import { createOfficeWorkbook } from '../../src/excel/office-workbook';
import type { WorkbookChange } from '../../src/excel/port';
import { userSheet } from './helpers';

function setupWithRawCounter(): { sim: SimWorkbook; excel: ReturnType<typeof createExcelNamespace> } {
  const sim = new SimWorkbook({ sheets: [userSheet()] });
  return { sim, excel: createExcelNamespace(sim) };
}

describe('onChanged', () => {
  test('fires for a user edit, not for the add-in\'s own writes; unsubscribing removes the handler', async () => {
    const { sim, excel } = setupWithRawCounter();
    const port = createOfficeWorkbook(excel);
    // Every change event Excel raises, whoever made it (no filtering).
    const raised: string[] = [];
    await excel.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (args) => {
        raised.push(args.address);
      });
      await context.sync();
    });

    const changes: WorkbookChange[] = [];
    const unsubscribe = await port.onChanged((c) => changes.push(c));
    const handlersWithOurs = sim.handlerCount;

    await port.write(planTableInsertion({ year: 2024, department: '测试局', tables: ['T03', 'T12'] }, { kind: 'newSheets' }, await port.sheetNames()));
    await port.write(planTableInsertion({ year: 2024, department: '测试局', tables: ['T13'] }, { kind: 'at', sheet: 'Sheet1', row: 10, col: 0 }, ['Sheet1']));
    await port.insertRows({ sheet: 'Sheet1', rows: [{ beforeRow: 2, count: 1 }], cells: [{ row: 2, col: 0, value: '000', numberFormat: '@' }] });
    await sim.flushEvents();
    expect(sim.read('Sheet1', 'A3:A4').values).toEqual([['000'], ['001']]);
    expect(raised).toEqual([]);
    expect(changes).toEqual([]);
    expect(sim.eventsEnabled).toBe(true);

    await sim.editCell('表3', 'D10', '12.5');
    await sim.editCell('Sheet1', 'C4', 99);
    expect(changes).toEqual([
      { sheet: '表3', address: 'D10' },
      { sheet: 'Sheet1', address: 'C4' },
    ]);
    expect(raised).toEqual(['D10', 'C4']);

    await unsubscribe();
    expect(sim.handlerCount).toBe(handlersWithOurs - 1);
    await sim.editCell('表3', 'D11', 1);
    expect(changes).toHaveLength(2);
    expect(sim.handlerErrors).toEqual([]);
  });
});

describe('selection', () => {
  test('select activates the sheet and selects the range; getSelection reads it back', async () => {
    const sim = new SimWorkbook({ sheets: [userSheet(), { name: '表 5', values: [['x']] }, { name: 'T01', values: [['y']] }] });
    const port = createOfficeWorkbook(createExcelNamespace(sim));
    await port.select('表 5', 'C6:E9');
    expect(sim.activeSheetName).toBe('表 5');
    expect(await port.getSelection()).toEqual({ sheet: '表 5', address: 'C6:E9', range: { top: 5, left: 2, bottom: 8, right: 4 } });

    sim.setSelection('T01', 'B2');
    expect(await port.getSelection()).toEqual({ sheet: 'T01', address: 'B2', range: { top: 1, left: 1, bottom: 1, right: 1 } });
    expect(await port.sheetNames()).toEqual(['Sheet1', '表 5', 'T01']);
  });
});
