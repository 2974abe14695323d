/**
 * The same formulas in a real spreadsheet application: LibreOffice Calc computes every
 * template formula from typed inputs, and inserts rows the way a user does (Calc adjusts
 * the references itself, as Excel does).
 */
import Decimal from 'decimal.js';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import type { CellValue, WorkbookGrid } from '../../src/domain/grid/types';
import { TABLE_IDS } from '../../src/domain/model/types';
import { renderTable, renderWorkbook, sheetNameFor, type TemplateOptions } from '../../src/domain/templates';
import { readWorkbookBuffer, writeWorkbookBuffer } from '../../src/xlsx';
import { editWithLibreOffice, recalcWithLibreOffice, type LoEdit } from '../helpers/libreoffice';
import { cents, expectedValues, key, randomInputs } from './harness';

const OPTIONS: TemplateOptions = {
  year: 2023,
  department: '晋中市行政审批服务管理局',
  codes: ['2010301', '2010306', '2080501', '2080505', '2101101', '2101102', '2120899', '2210201'],
  projects: ['项目甲', '项目乙', '项目丙'],
  units: ['本级', '中心甲'],
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'templates-lo-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** All 13 sheets with random amounts typed into every input cell; the expected results per sheet. */
function filledWorkbook(): { wb: WorkbookGrid; expected: Map<string, Map<string, Decimal>> } {
  const wb = renderWorkbook(OPTIONS, 'sheets');
  const expected = new Map<string, Map<string, Decimal>>();
  TABLE_IDS.forEach((id, i) => {
    const block = renderTable(id, OPTIONS);
    const inputs = randomInputs(block, 40 + i);
    const values = wb.sheets[i].values.map((r) => [...r]);
    for (const p of block.layout.inputCells) values[p.row][p.col] = (inputs.get(key(p)) as Decimal).toNumber();
    wb.sheets[i] = { ...wb.sheets[i], values };
    expected.set(sheetNameFor(id), expectedValues(block, inputs));
  });
  return { wb, expected };
}

async function roundTrip(wb: WorkbookGrid, name: string, edits?: LoEdit[]): Promise<WorkbookGrid> {
  const input = path.join(dir, `${name}.xlsx`);
  writeFileSync(input, await writeWorkbookBuffer(wb));
  if (edits) {
    const output = path.join(dir, `${name}-edited.xlsx`);
    await editWithLibreOffice(input, output, edits);
    return readWorkbookBuffer(readFileSync(output));
  }
  const outDir = path.join(dir, `${name}-out`);
  return readWorkbookBuffer(readFileSync(recalcWithLibreOffice(input, outDir)));
}

const amount = (v: CellValue | undefined) => cents(v ?? null);

test('LibreOffice computes every formula of the 13 tables as the sum of its parts', async () => {
  const { wb, expected } = filledWorkbook();
  const out = await roundTrip(wb, 'all');
  let checked = 0;
  for (const sheet of out.sheets) {
    const want = expected.get(sheet.name) as Map<string, Decimal>;
    for (const [k, v] of want) {
      const [row, col] = k.split(',').map(Number);
      expect({ sheet: sheet.name, k, v: amount(sheet.values[row]?.[col]).toFixed(2) }).toEqual({ sheet: sheet.name, k, v: v.toFixed(2) });
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(300);
});

test('rows inserted by LibreOffice inside T02 and T06 are counted by the subtotals', async () => {
  const { wb } = filledWorkbook();
  const t02 = renderTable('T02', OPTIONS);
  const t06 = renderTable('T06', OPTIONS);
  const rowOf = (values: CellValue[][], col: number, text: string) => values.findIndex((r) => r[col] === text);
  const r2080505 = rowOf(t02.values, 0, '2080505');
  const r210 = rowOf(t02.values, 0, '210');
  const rFamilies = rowOf(t06.values, 0, '对个人和家庭的补助');
  const rPrinting = rowOf(t06.values, 0, '印刷费');
  const typeT02 = (row: number, code: string, general: number): LoEdit[] => [
    { op: 'insertRow', sheet: '表2', row },
    { op: 'set', sheet: '表2', row, col: 0, text: code },
    { op: 'set', sheet: '表2', row, col: 2, number: general },
    { op: 'set', sheet: '表2', row, col: 3, number: general },
  ];
  const typeT06 = (row: number, publicUse: number): LoEdit[] => [
    { op: 'insertRow', sheet: '表6', row },
    { op: 'set', sheet: '表6', row, col: 0, text: '新增支出' },
    { op: 'set', sheet: '表6', row, col: 2, number: publicUse },
    { op: 'set', sheet: '表6', row, col: 4, number: publicUse },
  ];
  const before = await roundTrip(wb, 'before');
  const edits = [
    // later rows first, so the earlier row numbers stay valid
    ...typeT02(r210, '2080599', 200.02),
    ...typeT02(r2080505, '2080502', 100.01),
    ...typeT06(rFamilies, 20.02),
    ...typeT06(rPrinting, 10.01),
  ];
  const after = await roundTrip(wb, 'after', edits);
  const sheet = (g: WorkbookGrid, name: string) => g.sheets.find((s) => s.name === name) as WorkbookGrid['sheets'][number];
  const delta = (name: string, col: number, label: string, labelCol: number) => {
    const b = sheet(before, name).values;
    const a = sheet(after, name).values;
    return amount(a[rowOf(a, labelCol, label)][col]).minus(amount(b[rowOf(b, labelCol, label)][col])).toFixed(2);
  };
  expect(delta('表2', 3, '208', 0)).toBe('300.03');
  expect(delta('表2', 3, '20805', 0)).toBe('300.03');
  expect(delta('表2', 3, '合计', 0)).toBe('300.03');
  expect(delta('表6', 4, '商品和服务支出', 0)).toBe('30.03');
  expect(delta('表6', 4, '合计', 0)).toBe('30.03');
});
