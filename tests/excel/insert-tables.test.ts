import { TABLE_IDS } from '../../src/domain/model/types';
import { planTableInsertion } from '../../src/domain/placement';
import { renderWorkbook } from '../../src/domain/templates';
import { OverwriteRefusedError } from '../../src/excel/port';
import { cellStyles, maxBytes, setup, sheetOf, userSheet } from './helpers';

const OPTIONS = { year: 2024, department: '某某市行政审批服务管理局' };
const ALL_NAMES = TABLE_IDS.map((_, i) => `表${i + 1}`);

describe('inserting the tables as new sheets', () => {
  test('all 13 tables go to new sheets 表1…表13; Sheet1 stays as it was to the last cell; three syncs', async () => {
    const { sim, port } = setup({ sheets: [userSheet()] });
    const before = sheetOf(sim.toGrid(), 'Sheet1');
    const plan = planTableInsertion(OPTIONS, { kind: 'newSheets' }, await port.sheetNames());
    sim.resetStats();
    await port.write(plan);

    expect(sim.stats.syncs).toBeLessThanOrEqual(3);
    expect(sim.stats.requests.length).toBeLessThanOrEqual(3);
    expect(sim.sheetNames).toEqual(['Sheet1', ...ALL_NAMES]);
    expect(sheetOf(sim.toGrid(), 'Sheet1')).toEqual(before);
    expect(sim.activeSheetName).toBe('表1');
    expect(sim.eventsEnabled).toBe(true);
    console.log(`insert 13 tables: ${sim.stats.syncs} syncs, ${sim.stats.requests.length} requests, largest request ${maxBytes(sim).request} bytes`);
  });

  test('the new sheets hold the templates: values, formulas, number formats, merges, widths, styles, page setup', async () => {
    const { sim, port } = setup({ sheets: [userSheet()] });
    await port.write(planTableInsertion(OPTIONS, { kind: 'newSheets' }, await port.sheetNames()));
    const expected = renderWorkbook(OPTIONS, 'sheets');
    const actual = sim.toGrid();
    for (const want of expected.sheets) {
      const got = sheetOf(actual, want.name);
      want.values.forEach((row, r) =>
        row.forEach((v, c) => {
          const formula = want.formulas?.[r]?.[c] ?? null;
          expect([want.name, r, c, got.formulas?.[r]?.[c] ?? null]).toEqual([want.name, r, c, formula]);
          if (!formula) expect([want.name, r, c, got.values[r]?.[c] ?? null]).toEqual([want.name, r, c, v]);
          expect([want.name, r, c, got.numberFormats?.[r]?.[c] ?? null]).toEqual([want.name, r, c, want.numberFormats?.[r]?.[c] ?? null]);
        }),
      );
      expect(got.merges).toEqual(want.merges);
      expect(got.columnWidths).toEqual(want.columnWidths);
      expect(got.print).toEqual(want.print);
      const wantStyles = cellStyles(want.styles);
      const gotStyles = cellStyles(got.styles);
      for (const [cell, style] of wantStyles) expect([want.name, cell, gotStyles.get(cell)]).toEqual([want.name, cell, style]);
    }
    // Codes stay text (the column is formatted "@" before the values go in); titles starting with a digit stay text.
    const t3 = sim.read('表3', 'A7:B8');
    expect(t3.values[1][0]).toBe('208');
    expect(t3.numberFormat[1][0]).toBe('@');
    expect(typeof sim.read('表1', 'A2').values[0][0]).toBe('string');
  });

  test('inserting again picks 表1(2)…表13(2): no name collides, the first insertion is untouched', async () => {
    const { sim, port } = setup({ sheets: [userSheet()] });
    await port.write(planTableInsertion(OPTIONS, { kind: 'newSheets' }, await port.sheetNames()));
    const first = sim.toGrid();
    const plan = planTableInsertion({ ...OPTIONS, department: '第二个部门' }, { kind: 'newSheets' }, await port.sheetNames());
    expect(plan.newSheets.map((s) => s.name)).toEqual(ALL_NAMES.map((n) => `${n}(2)`));
    sim.resetStats();
    await port.write(plan);
    expect(sim.stats.syncs).toBeLessThanOrEqual(3);
    expect(sim.sheetNames).toEqual(['Sheet1', ...ALL_NAMES, ...ALL_NAMES.map((n) => `${n}(2)`)]);
    const after = sim.toGrid();
    for (const sheet of first.sheets) expect(sheetOf(after, sheet.name)).toEqual(sheet);
    expect(sim.activeSheetName).toBe('表1(2)');
  });

  test('the number of syncs does not grow with the number of tables', async () => {
    const counts: number[] = [];
    for (const tables of [['T03'], ['T01', 'T03'], [...TABLE_IDS]] as const) {
      const { sim, port } = setup({ sheets: [userSheet()] });
      const plan = planTableInsertion({ ...OPTIONS, tables: [...tables] }, { kind: 'newSheets' }, ['Sheet1']);
      sim.resetStats();
      await port.write(plan);
      counts.push(sim.stats.syncs);
    }
    expect(new Set(counts).size).toBe(1);
    expect(counts[0]).toBeLessThanOrEqual(3);
  });

  test('a sheet added meanwhile under a planned name: refused before anything is written', async () => {
    const { sim, port } = setup({ sheets: [userSheet()] });
    const plan = planTableInsertion(OPTIONS, { kind: 'newSheets' }, ['Sheet1']);
    await port.write({ newSheets: [{ name: '表5', values: [['x']] }], blocks: [] });
    const before = sim.toGrid();
    await expect(port.write(plan)).rejects.toThrow(/已有工作表“表5”/);
    expect(sim.toGrid()).toEqual(before);
    expect(sim.eventsEnabled).toBe(true);
  });
});

describe('inserting at a cell of an existing sheet', () => {
  test('a target that overlaps data is refused with the cell addresses; nothing is written', async () => {
    const { sim, port } = setup({ sheets: [userSheet()] });
    const before = sim.toGrid();
    // B2: the tables would cover B2:… where the user's data is.
    const plan = planTableInsertion({ ...OPTIONS, tables: ['T03', 'T05'] }, { kind: 'at', sheet: 'Sheet1', row: 1, col: 1 }, ['Sheet1']);
    const occupied = await port.findOccupied(plan.blocks);
    expect(occupied).toEqual([{ sheet: 'Sheet1', cells: ['B2', 'C2', 'D2', 'B3', 'C3', 'D3', 'B4', 'C4', 'B5', 'C5'], count: 10 }]);

    sim.resetStats();
    const error = await port.write(plan).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OverwriteRefusedError);
    expect((error as OverwriteRefusedError).occupied).toEqual(occupied);
    expect((error as Error).message).toContain('Sheet1!B2、C2、D2、B3、C3 等 10 个单元格');
    expect(sim.toGrid()).toEqual(before);
    expect(sim.stats.syncs).toBe(1);
    expect(sim.eventsEnabled).toBe(true);
  });

  test('tables stacked from an empty cell, two blank rows apart, formulas pointing at their own cells', async () => {
    const { sim, port } = setup({ sheets: [userSheet()] });
    const before = sheetOf(sim.toGrid(), 'Sheet1');
    const plan = planTableInsertion({ ...OPTIONS, tables: ['T03', 'T10'] }, { kind: 'at', sheet: 'Sheet1', row: 7, col: 2 }, ['Sheet1']);
    expect(await port.findOccupied(plan.blocks)).toEqual([]);
    sim.resetStats();
    await port.write(plan);
    expect(sim.stats.syncs).toBeLessThanOrEqual(3);

    const after = sheetOf(sim.toGrid(), 'Sheet1');
    // The user's cells are as they were.
    before.values.forEach((row, r) => row.forEach((v, c) => expect(after.values[r][c]).toEqual(v)));
    expect(after.formulas?.[4]?.[2]).toBe('=SUM(C3:C4)');
    // T03 starts at C8: title in row 9, 合计 row 14 adds C15… ; T10 starts 2 rows below T03's last row.
    expect(sim.read('Sheet1', 'C8').values[0][0]).toBe('预算公开表3');
    const t3Height = plan.blocks[0].grid.values.length;
    expect(plan.blocks[1].origin).toEqual({ row: 7 + t3Height + 2, col: 2 });
    expect(sim.read('Sheet1', `C${8 + t3Height + 2}`).values[0][0]).toBe('预算公开表10');
    // Type the leaves of T03 and check its 合计.
    const block = plan.blocks[0];
    const leafRows: number[] = [];
    block.grid.values.forEach((row, r) => {
      if (typeof row[0] === 'string' && /^\d{7}$/.test(row[0])) leafRows.push(block.origin.row + r + 1);
    });
    for (const [i, row] of leafRows.entries()) {
      await sim.editCell('Sheet1', `F${row}`, 100 + i);
      await sim.editCell('Sheet1', `G${row}`, 10 * i);
    }
    const totalRow = block.origin.row + 6 + 1;
    const sum = leafRows.reduce((n, _, i) => n + 100 + i + 10 * i, 0);
    expect(sim.read('Sheet1', `E${totalRow}:G${totalRow}`).values[0]).toEqual([sum, leafRows.reduce((n, _, i) => n + 100 + i, 0), leafRows.reduce((n, _, i) => n + 10 * i, 0)]);
    // Column widths: only widened.
    expect(after.columnWidths?.[0]).toBe(10);
    expect(after.columnWidths?.[2]).toBe(26); // T03's code column (12), then T10's label column (26)
    expect(after.columnWidths?.[3]).toBe(36);
  });

  test('after the user confirmed, overwriting is allowed', async () => {
    const { sim, port } = setup({ sheets: [userSheet()] });
    const plan = planTableInsertion({ ...OPTIONS, tables: ['T13'] }, { kind: 'at', sheet: 'Sheet1', row: 0, col: 0 }, ['Sheet1']);
    await port.write({ ...plan, allowOverwrite: true });
    expect(sim.read('Sheet1', 'A1').values[0][0]).toBe('预算公开表13');
  });

  test('a write that Excel refuses half-way is undone: the cells are as they were', async () => {
    // An empty merged area that the title's merge cuts through: only Excel ≥ 1.13 shows
    // merged areas beforehand, so on 1.9 the write itself fails after the values went in.
    const sheet = userSheet();
    const userMerge = { top: 19, left: 0, bottom: 20, right: 2 };
    sheet.merges = [...(sheet.merges ?? []), userMerge];
    const { sim, port } = setup({ sheets: [sheet] });
    const before = sheetOf(sim.toGrid(), 'Sheet1');
    const plan = planTableInsertion({ ...OPTIONS, tables: ['T03'] }, { kind: 'at', sheet: 'Sheet1', row: 19, col: 0 }, ['Sheet1']);
    const error = await port.write(plan).catch((e: unknown) => e);
    expect((error as { code?: string }).code).toBe('InvalidOperation');

    const after = sheetOf(sim.toGrid(), 'Sheet1');
    const trimmed = (rows: unknown[][] | undefined): unknown[][] => (rows ?? []).slice(0, 5);
    expect(trimmed(after.values)).toEqual(trimmed(before.values));
    expect(after.values.slice(5).flat().every((v) => v === null)).toBe(true);
    expect(trimmed(after.formulas)).toEqual(trimmed(before.formulas));
    expect(trimmed(after.numberFormats)).toEqual(trimmed(before.numberFormats));
    expect(after.styles).toEqual(before.styles);
    expect(after.columnWidths).toEqual(before.columnWidths);
    // The known limit of undoing on ExcelApi < 1.13: the user's empty merged area that the
    // failed merge cut through is un-merged with it.
    expect(after.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
    expect(sim.eventsEnabled).toBe(true);
  });
});
