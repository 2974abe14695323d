import Decimal from 'decimal.js';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { a1 } from '../../src/domain/grid/address';
import { Catalog } from '../../src/domain/catalog';
import type { TableId, TableModel } from '../../src/domain/model/types';
import { planProjectAddition, planSubjectAddition, planTableInsertion } from '../../src/domain/placement';
import { recognizeWorkbook } from '../../src/domain/recognize';
import { AMOUNT_FORMAT, type TemplateOptions } from '../../src/domain/templates';
import type { SheetGrid } from '../../src/domain/grid/types';
import { readWorkbookBuffer, writeWorkbookBuffer } from '../../src/xlsx';
import { recalcWithLibreOffice } from '../helpers/libreoffice';
import { setup, sheetOf, userSheet } from './helpers';

const OPTIONS: TemplateOptions = {
  year: 2024,
  department: '某某市行政审批服务管理局',
  codes: ['2010301', '2010350', '2080501', '2080505', '2101101', '2120899', '2210201', '2230199'],
  projects: ['信息化运维', '政务服务大厅运行'],
};
const STACKED: TableId[] = ['T02', 'T03', 'T09', 'T12'];

/** A typed amount with cents, different for every cell. */
function typed(i: number): string {
  return new Decimal((i * 7919) % 100000).div(100).plus(i % 7).toFixed(2);
}

test('values the inserted formulas compute in ExcelSim equal LibreOffice\'s', async () => {
  const { sim, port } = setup({ sheets: [userSheet()] });
  await port.write(planTableInsertion(OPTIONS, { kind: 'newSheets' }, await port.sheetNames()));
  const stacked = planTableInsertion({ ...OPTIONS, tables: STACKED }, { kind: 'at', sheet: 'Sheet1', row: 9, col: 2 }, await port.sheetNames());
  await port.write(stacked);

  // A 科目 and a project added through the pane's planners.
  const recognized = async (sheet: string, id: TableId): Promise<{ table: TableModel; grid: SheetGrid }> => {
    const grid = sheetOf(await port.readWorkbook(), sheet);
    const table = recognizeWorkbook({ sheets: [grid] }).tables.find((t) => t.id === id);
    if (!table) throw new Error(`${id} not recognized on ${sheet}`);
    return { table, grid };
  };
  const t3 = await recognized('表3', 'T03');
  await port.insertRows(planSubjectAddition(t3.table, t3.grid, '2010302', Catalog.builtIn(), 2024));
  const t12 = await recognized('表12', 'T12');
  await port.insertRows(planProjectAddition(t12.table, t12.grid, '档案数字化'));

  // The user types every amount cell that no formula computes (as text, the way a person types).
  let n = 1;
  for (const sheet of sim.toGrid().sheets) {
    const cells: string[] = [];
    sheet.numberFormats?.forEach((row, r) =>
      row?.forEach((f, c) => {
        if (f === AMOUNT_FORMAT && !sheet.formulas?.[r]?.[c] && (sheet.values[r]?.[c] ?? null) === null) cells.push(a1(r, c));
      }),
    );
    for (const cell of cells) await sim.editCell(sheet.name, cell, typed(n++));
  }
  expect(n).toBeGreaterThan(150);

  const ours = sim.toGrid();
  const dir = mkdtempSync(path.join(tmpdir(), 'excel-vs-lo-'));
  try {
    const input = path.join(dir, 'tables.xlsx');
    writeFileSync(input, await writeWorkbookBuffer(ours));
    const outDir = path.join(dir, 'out');
    const output = recalcWithLibreOffice(input, outDir);
    const theirs = await readWorkbookBuffer(readFileSync(output));

    const cents = (v: unknown): string => (typeof v === 'number' ? new Decimal(v).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2) : String(v));
    let compared = 0;
    let nonZero = 0;
    const differences: string[] = [];
    for (const sheet of ours.sheets) {
      const other = sheetOf(theirs, sheet.name);
      sheet.formulas?.forEach((row, r) =>
        row?.forEach((f, c) => {
          if (!f) return;
          compared++;
          const mine = sheet.values[r][c];
          if (typeof mine === 'number' && mine !== 0) nonZero++;
          const lo = other.values[r]?.[c];
          if (cents(mine) !== cents(lo)) differences.push(`${sheet.name}!${a1(r, c)} ${f}: ExcelSim ${String(mine)}, LibreOffice ${String(lo)}`);
        }),
      );
    }
    console.log(`compared ${compared} formula cells (${nonZero} non-zero) with LibreOffice`);
    expect(differences).toEqual([]);
    expect(compared).toBeGreaterThan(300);
    expect(nonZero).toBeGreaterThan(150);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
