/**
 * Acceptance: `budget-tables new` writes all 13 tables; LibreOffice Calc opens the file, a user
 * types every leaf amount and inserts an extra 项 row inside 表3, Calc recalculates, and every
 * subtotal, total and row total equals the exact decimal sum of its parts.
 */
import Decimal from 'decimal.js';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { columnLetter } from '../../src/domain/grid/address';
import type { CellValue } from '../../src/domain/grid/types';
import { TABLE_IDS, type TableId } from '../../src/domain/model/types';
import { renderTable, sheetNameFor, type TableBlock } from '../../src/domain/templates';
import { readWorkbookBuffer } from '../../src/xlsx';
import { editWithLibreOffice, type LoEdit } from '../helpers/libreoffice';
import { rng } from '../templates/harness';
import { runCli } from './run-cli';

const OPTIONS = { year: 2024, department: '测试局' };
const key = (row: number, col: number) => `${row},${col}`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'new-lo-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Expectation {
  sheet: string;
  row: number;
  col: number;
  expected: Decimal;
}

/** Expected value of every formula cell, from the leaves, following the template's parts. */
function expectations(block: TableBlock, leaves: Map<string, Decimal>, sheet: string, shift: (row: number) => number, extraParts: Map<string, { row: number; col: number }[]>): Expectation[] {
  const formulas = new Map(block.layout.formulaCells.map((f) => [key(f.row, f.col), f]));
  const memo = new Map<string, Decimal>();
  const value = (row: number, col: number): Decimal => {
    const k = key(row, col);
    const known = leaves.get(k) ?? memo.get(k);
    if (known) return known;
    const f = formulas.get(k);
    if (!f) return new Decimal(0);
    const parts = [...f.parts, ...(extraParts.get(k) ?? [])];
    const v = parts.reduce((acc, p) => acc.plus(value(p.row, p.col)), new Decimal(0));
    memo.set(k, v);
    return v;
  };
  return block.layout.formulaCells.map((f) => ({ sheet, row: shift(f.row), col: f.col, expected: value(f.row, f.col) }));
}

test('LibreOffice recalculates the file written by `budget-tables new`, with a 项 inserted in 表3', async () => {
  const file = path.join(dir, 't.xlsx');
  const r = runCli(['new', '--year', '2024', '--department', '测试局', '--out', file]);
  expect(r.status).toBe(0);
  const written = await readWorkbookBuffer(readFileSync(file));
  expect(written.sheets.map((s) => s.name)).toEqual(TABLE_IDS.map((id) => sheetNameFor(id)));

  const next = rng(2024);
  const edits: LoEdit[] = [];
  const all: Expectation[] = [];
  const blocks = new Map<TableId, TableBlock>(TABLE_IDS.map((id) => [id, renderTable(id, OPTIONS)]));
  const leavesOf = new Map<TableId, Map<string, Decimal>>();
  for (const id of TABLE_IDS) {
    const block = blocks.get(id) as TableBlock;
    const leaves = new Map<string, Decimal>();
    for (const p of block.layout.inputCells) {
      const v = new Decimal(Math.floor(next() * 1_000_000)).div(100);
      leaves.set(key(p.row, p.col), v);
      edits.push({ op: 'set', sheet: sheetNameFor(id), row: p.row, col: p.col, number: v.toNumber() });
    }
    leavesOf.set(id, leaves);
  }

  // The user inserts 2101199 under 2101101 in 表3 and copies the row-total formula down.
  const t03 = blocks.get('T03') as TableBlock;
  const rowOf = (code: string) => t03.values.findIndex((line) => line[0] === code);
  const at = rowOf('2101101') + 1;
  expect(at).toBeGreaterThan(0);
  const basic = new Decimal('12.34');
  const project = new Decimal('0.56');
  const n = at + 1; // 1-based sheet row of the new line
  edits.push(
    { op: 'insertRow', sheet: '表3', row: at },
    { op: 'set', sheet: '表3', row: at, col: 0, text: '2101199' },
    { op: 'set', sheet: '表3', row: at, col: 1, text: '其他行政事业单位医疗支出' },
    { op: 'set', sheet: '表3', row: at, col: 3, number: basic.toNumber() },
    { op: 'set', sheet: '表3', row: at, col: 4, number: project.toNumber() },
    { op: 'set', sheet: '表3', row: at, col: 2, formula: `=${columnLetter(3)}${n}+${columnLetter(4)}${n}` },
  );

  for (const id of TABLE_IDS) {
    const block = blocks.get(id) as TableBlock;
    const leaves = new Map(leavesOf.get(id));
    const extra = new Map<string, { row: number; col: number }[]>();
    let shift = (row: number) => row;
    if (id === 'T03') {
      // Expected in the template's own coordinates: the new row is a virtual row -1 with its leaves.
      const virtual = -1;
      leaves.set(key(virtual, 3), basic);
      leaves.set(key(virtual, 4), project);
      leaves.set(key(virtual, 2), basic.plus(project));
      const section = rowOf('21011');
      for (const col of [2, 3, 4]) extra.set(key(section, col), [{ row: virtual, col }]);
      shift = (row: number) => (row >= at ? row + 1 : row);
    }
    all.push(...expectations(block, leaves, sheetNameFor(id), shift, extra));
  }

  const output = path.join(dir, 'edited.xlsx');
  await editWithLibreOffice(file, output, edits);
  const computed = await readWorkbookBuffer(readFileSync(output));
  const cell = (sheet: string, row: number, col: number): CellValue => computed.sheets.find((s) => s.name === sheet)?.values[row]?.[col] ?? null;

  const wrong = all
    .map((e) => {
      const v = cell(e.sheet, e.row, e.col);
      const actual = typeof v === 'number' ? new Decimal(String(v)).toDecimalPlaces(2) : null;
      return { at: `${e.sheet}!${columnLetter(e.col)}${e.row + 1}`, expected: e.expected.toFixed(2), actual: actual?.toFixed(2) ?? String(v) };
    })
    .filter((x) => x.expected !== x.actual);
  expect(wrong).toEqual([]);
  expect(all.length).toBeGreaterThan(250);

  // The inserted row really is inside the 款 and counted: 21011 = 2101101 + 2101102 + 2101199.
  const sectionRow = rowOf('21011');
  const sum = ['2101101', '2101199', '2101102'].map((code) => {
    const row = computed.sheets.find((s) => s.name === '表3')!.values.findIndex((line) => line[0] === code);
    return new Decimal(String(cell('表3', row, 2)));
  });
  expect(new Decimal(String(cell('表3', sectionRow, 2))).toDecimalPlaces(2).toFixed(2)).toBe(sum.reduce((a, b) => a.plus(b)).toDecimalPlaces(2).toFixed(2));
});
