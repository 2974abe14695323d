import { Catalog } from '../../src/domain/catalog';
import type { TableId, TableModel } from '../../src/domain/model/types';
import { PlacementRefusedError, planProjectAddition, planSubjectAddition, planTableInsertion } from '../../src/domain/placement';
import { recognizeWorkbook } from '../../src/domain/recognize';
import type { TemplateOptions } from '../../src/domain/templates';
import type { WorkbookPort } from '../../src/excel/port';
import type { SimWorkbook } from '../../src/excel-sim';
import { setup, sheetOf } from './helpers';

const CATALOG = Catalog.builtIn();
const YEAR = 2024;

async function tableIn(port: WorkbookPort, id: TableId): Promise<{ table: TableModel; sheet: ReturnType<typeof sheetOf> }> {
  const grid = await port.readWorkbook();
  const table = recognizeWorkbook(grid).tables.find((t) => t.id === id);
  if (!table) throw new Error(`${id} not recognized`);
  return { table, sheet: sheetOf(grid, table.sheet) };
}

async function workbookWith(tables: TableId[], options: Partial<TemplateOptions>): Promise<{ sim: SimWorkbook; port: WorkbookPort }> {
  const { sim, port } = setup();
  await port.write(planTableInsertion({ year: YEAR, department: '测试局', ...options, tables }, { kind: 'newSheets' }, await port.sheetNames()));
  return { sim, port };
}

/** Code column of 表3 from its first body row down: [row number, code]. */
function codesOf(sim: SimWorkbook, sheet: string, from: number, to: number): [number, string][] {
  const col = sim.read(sheet, `A${from}:A${to}`).values;
  return col.map((r, i) => [from + i, String(r[0])] as [number, string]).filter(([, c]) => c !== '');
}

function rowOf(sim: SimWorkbook, sheet: string, code: string): number {
  const found = codesOf(sim, sheet, 1, 200).find(([, c]) => c === code);
  if (!found) throw new Error(`${code} not in ${sheet}`);
  return found[0];
}

describe('adding a 科目 to 表3 in the workbook', () => {
  test('2101101 into a 表3 without 类 210: 类, 款 and 项 rows in code order, sums right', async () => {
    const { sim, port } = await workbookWith(['T03'], { codes: ['2080505', '2210201'] });
    const { table, sheet } = await tableIn(port, 'T03');
    const plan = planSubjectAddition(table, sheet, '2101101', CATALOG, YEAR);
    expect(plan.added.map((a) => [a.code, a.name])).toEqual([
      ['210', '卫生健康支出'],
      ['21011', '行政事业单位医疗'],
      ['2101101', '行政单位医疗'],
    ]);
    sim.resetStats();
    await port.insertRows(plan);
    expect(sim.stats.syncs).toBeLessThanOrEqual(3);
    expect(sim.eventsEnabled).toBe(true);

    expect(codesOf(sim, '表3', 8, 40).map(([, c]) => c)).toEqual(['208', '20805', '2080505', '210', '21011', '2101101', '221', '22102', '2210201']);
    const r = rowOf(sim, '表3', '2101101');
    expect(sim.read('表3', `B${r}`).values[0][0]).toBe('行政单位医疗');
    expect(sim.read('表3', `A${r}`).numberFormat[0][0]).toBe('@');
    expect(sim.read('表3', `C${r}:E${r}`).numberFormat[0]).toEqual(['#,##0.00', '#,##0.00', '#,##0.00']);
    expect(sim.read('表3', `C${r}`).formulas[0][0]).toBe(`=D${r}+E${r}`);

    // The user types the leaves; 类/款/合计 follow.
    const type = async (code: string, basic: number, project: number): Promise<void> => {
      const row = rowOf(sim, '表3', code);
      await sim.editCell('表3', `D${row}`, basic);
      await sim.editCell('表3', `E${row}`, project);
    };
    await type('2080505', 120.5, 0);
    await type('2101101', 36.25, 4);
    await type('2210201', 50, 10);
    const sums = (code: string | null): unknown[] => {
      const row = code === null ? 7 : rowOf(sim, '表3', code);
      return sim.read('表3', `C${row}:E${row}`).values[0];
    };
    expect(sums('2101101')).toEqual([40.25, 36.25, 4]);
    expect(sums('21011')).toEqual([40.25, 36.25, 4]);
    expect(sums('210')).toEqual([40.25, 36.25, 4]);
    expect(sums(null)).toEqual([220.75, 206.75, 14]);
    expect(sim.read('表3', 'A7').values[0][0]).toBe('合计');
  });

  test('a 项 inserted directly under its 款 row still counts: the SUMIFS are rewritten', async () => {
    const { sim, port } = await workbookWith(['T03'], { codes: ['2080505', '2210201'] });
    const first = await tableIn(port, 'T03');
    await port.insertRows(planSubjectAddition(first.table, first.sheet, '2101101', CATALOG, YEAR));
    const { table, sheet } = await tableIn(port, 'T03');
    // 2080501 sorts before 2080505: its row goes right under the 款 20805 row.
    const plan = planSubjectAddition(table, sheet, '2080501', CATALOG, YEAR);
    expect(plan.added).toEqual([{ row: rowOf(sim, '表3', '20805'), code: '2080501', name: '行政单位离退休' }]);
    expect(plan.rewritten.length).toBeGreaterThan(0);

    // Without the rewrite the 款 would miss it (Excel moves a range down when a row goes in at its top).
    const { sim: bare, port: barePort } = await workbookWith(['T03'], { codes: ['2080505', '2210201'] });
    const bareTable = await tableIn(barePort, 'T03');
    const barePlan = planSubjectAddition(bareTable.table, bareTable.sheet, '2080501', CATALOG, YEAR);
    await barePort.insertRows({ ...barePlan, cells: barePlan.cells.filter((c) => c.row === barePlan.added[0].row) });
    const bareRow = rowOf(bare, '表3', '2080501');
    await bare.editCell('表3', `D${bareRow}`, 7);
    expect(bare.read('表3', `D${rowOf(bare, '表3', '20805')}`).values[0][0]).toBe(0);

    await port.insertRows(plan);
    const row = rowOf(sim, '表3', '2080501');
    expect(row).toBe(rowOf(sim, '表3', '20805') + 1);
    await sim.editCell('表3', `D${row}`, 7);
    await sim.editCell('表3', `D${rowOf(sim, '表3', '2080505')}`, 3);
    expect(sim.read('表3', `D${rowOf(sim, '表3', '20805')}`).values[0][0]).toBe(10);
    expect(sim.read('表3', `D${rowOf(sim, '表3', '208')}`).values[0][0]).toBe(10);
    expect(sim.read('表3', 'D7').values[0][0]).toBe(10);
    expect(sim.read('表3', `C${row}`).values[0][0]).toBe(7);
  });

  test('a 项 appended after the last row of 表2 counts too, with 表2\'s row total', async () => {
    const { sim, port } = await workbookWith(['T02'], { codes: ['2080505'] });
    const { table, sheet } = await tableIn(port, 'T02');
    const plan = planSubjectAddition(table, sheet, '2210201', CATALOG, YEAR);
    await port.insertRows(plan);
    const row = rowOf(sim, '表2', '2210201');
    expect(sim.read('表2', `C${row}`).formulas[0][0]).toBe(`=SUM(D${row}:H${row})`);
    await sim.editCell('表2', `D${row}`, 5);
    await sim.editCell('表2', `I${row}`, 2);
    await sim.editCell('表2', `D${rowOf(sim, '表2', '2080505')}`, 1);
    const total = sim.read('表2', 'C7:I7').values[0];
    expect(total).toEqual([6, 6, 0, 0, 0, 0, 2]);
    expect(sim.read('表2', `C${rowOf(sim, '表2', '221')}`).values[0][0]).toBe(5);
  });

  test('an empty 表8: the code goes under 合计, above the row left for typing', async () => {
    const { sim, port } = await workbookWith(['T08'], { codes: ['2080505'] });
    const { table, sheet } = await tableIn(port, 'T08');
    const plan = planSubjectAddition(table, sheet, '2120899', CATALOG, YEAR, '其他国有土地使用权出让收入安排的支出');
    await port.insertRows(plan);
    expect(codesOf(sim, '表8', 7, 20).map(([, c]) => c)).toEqual(['212', '21208', '2120899']);
    const row = rowOf(sim, '表8', '2120899');
    await sim.editCell('表8', `D${row}`, 8);
    await sim.editCell('表8', `D${row + 1}`, 1); // the blank typing row, still inside 合计's range
    expect(sim.read('表8', 'D6').values[0][0]).toBe(8);
  });

  test('refusals say why, in Chinese', async () => {
    const { port } = await workbookWith(['T03', 'T12'], { codes: ['2080505', '21011'] });
    const { table, sheet } = await tableIn(port, 'T03');
    const refusal = (fn: () => unknown): PlacementRefusedError => {
      try {
        fn();
      } catch (e) {
        expect(e).toBeInstanceOf(PlacementRefusedError);
        return e as PlacementRefusedError;
      }
      throw new Error('expected a refusal');
    };
    expect(refusal(() => planSubjectAddition(table, sheet, '2080505', CATALOG, YEAR)).message).toMatch(/第 \d+ 行已有科目 2080505/);
    expect(refusal(() => planSubjectAddition(table, sheet, '20805x1', CATALOG, YEAR)).reason).toBe('invalidCode');
    expect(refusal(() => planSubjectAddition(table, sheet, '301', CATALOG, YEAR)).message).toContain('不是功能分类的款（5位）或项（7位）科目编码');
    const unknown = refusal(() => planSubjectAddition(table, sheet, '2999901', CATALOG, YEAR));
    expect(unknown.reason).toBe('needsName');
    expect(unknown.needNames).toEqual(['299', '29999', '2999901']);
    expect(unknown.message).toContain('请输入科目名称');
    // The names the user typed make it possible.
    const typed = planSubjectAddition(table, sheet, '2999901', CATALOG, YEAR, { '299': '其他支出', '29999': '其他支出', '2999901': '其他支出' });
    expect(typed.added.map((a) => a.code)).toEqual(['299', '29999', '2999901']);

    const t12 = (await tableIn(port, 'T12')).table;
    expect(refusal(() => planSubjectAddition(t12, sheet, '2101101', CATALOG, YEAR)).reason).toBe('unsupported');
  });

  test('a 款 with typed amounts is not turned into a subtotal', async () => {
    const { sim, port } = await workbookWith(['T03'], { codes: ['21011'] });
    await sim.editCell('表3', `D${rowOf(sim, '表3', '21011')}`, 12);
    const { table, sheet } = await tableIn(port, 'T03');
    let error: unknown;
    try {
      planSubjectAddition(table, sheet, '2101101', CATALOG, YEAR);
    } catch (e) {
      error = e;
    }
    expect((error as PlacementRefusedError).reason).toBe('leafHasAmounts');
    expect((error as Error).message).toContain(`D${rowOf(sim, '表3', '21011')}`);
  });

  test('an empty 款 gets its first 项 and becomes a subtotal', async () => {
    const { sim, port } = await workbookWith(['T03'], { codes: ['21011'] });
    const { table, sheet } = await tableIn(port, 'T03');
    await port.insertRows(planSubjectAddition(table, sheet, '2101102', CATALOG, YEAR));
    const row = rowOf(sim, '表3', '2101102');
    await sim.editCell('表3', `E${row}`, 9);
    expect(sim.read('表3', `C${rowOf(sim, '表3', '21011')}:E${rowOf(sim, '表3', '21011')}`).values[0]).toEqual([9, 0, 9]);
    expect(sim.read('表3', 'C7').values[0][0]).toBe(9);
  });
});

describe('adding a project to 表12/表13', () => {
  test('empty project rows are used first, then rows are appended and 合计 widened', async () => {
    const { sim, port } = await workbookWith(['T12'], {});
    const names = ['信息化运维', '政务服务大厅运行', '档案数字化', '窗口设备更新'];
    for (const name of names) {
      const { table, sheet } = await tableIn(port, 'T12');
      const plan = planProjectAddition(table, sheet, name);
      await port.insertRows(plan);
    }
    // 表12: department row 8, projects from row 9.
    expect(sim.read('表12', 'A9:A12').values.map((r) => r[0])).toEqual(names);
    for (const [i, row] of [9, 10, 11, 12].entries()) {
      expect(sim.read('表12', `B${row}`).formulas[0][0]).toBe(`=SUM(C${row}:G${row})`);
      await sim.editCell('表12', `C${row}`, 10 * (i + 1));
      await sim.editCell('表12', `G${row}`, 1);
    }
    expect(sim.read('表12', 'B8:G8').values[0]).toEqual([104, 100, 0, 0, 0, 4]);
    expect(sim.read('表12', 'B8').formulas[0][0]).toBe('=SUM(B9:B12)');

    const { table, sheet } = await tableIn(port, 'T12');
    expect(() => planProjectAddition(table, sheet, ' 档案数字化 ')).toThrow(/已有项目“档案数字化”/);
  });

  test('表13 with its own projects: appended with the row formula of the last project', async () => {
    const { sim, port } = await workbookWith(['T13'], { carryOverProjects: ['结转一'] });
    const { table, sheet } = await tableIn(port, 'T13');
    const plan = planProjectAddition(table, sheet, '结转二');
    expect(plan.rows).toEqual([{ beforeRow: 9, count: 1 }]);
    await port.insertRows(plan);
    expect(sim.read('表13', 'B10').formulas[0][0]).toBe('=SUM(C10:E10)');
    await sim.editCell('表13', 'D9', 3);
    await sim.editCell('表13', 'D10', 4);
    expect(sim.read('表13', 'B8:E8').values[0]).toEqual([7, 0, 7, 0]);
  });
});
