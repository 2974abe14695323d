import Decimal from 'decimal.js';
import type { HyperFormula } from 'hyperformula';
import { columnLetter } from '../../src/domain/grid/address';
import type { AmountRole } from '../../src/domain/model/types';
import { renderTable, type TableBlock, type TemplateOptions } from '../../src/domain/templates';
import { buildHf, cents, randomInputs, toHfSheet } from './harness';

const SEED000: TemplateOptions = {
  year: 2023,
  department: '晋中市行政审批服务管理局',
  codes: ['2010301', '2010306', '2080501', '2080505', '2101101', '2101102', '2120899', '2210201'],
  fundCodes: [],
  projects: ['项目甲', '项目乙', '项目丙'],
  units: ['本级', '中心甲', '中心乙'],
};

const read = (hf: HyperFormula, row: number, col: number) => hf.getCellValue({ sheet: 0, row, col });
const amountAt = (hf: HyperFormula, row: number, col: number) => cents(read(hf, row, col));
const textAt = (hf: HyperFormula, row: number, col: number) => String(read(hf, row, col) ?? '');
const sum = (xs: Decimal[]) => xs.reduce((s, x) => s.plus(x), new Decimal(0));

function colsWith(block: TableBlock, roles: AmountRole[]): number[] {
  return block.layout.columns.filter((c) => (roles as string[]).includes(c.role)).map((c) => c.col);
}

/** Inserts one row before `before` (0-based sheet row) and types a row into it. */
function insertRow(hf: HyperFormula, before: number, cells: Record<number, string | number>) {
  hf.addRows(0, [before, 1]);
  for (const [col, v] of Object.entries(cells)) hf.setCellContents({ sheet: 0, row: before, col: Number(col) }, [[v]]);
}

function startHf(block: TableBlock, seed: number) {
  return buildHf(toHfSheet(block, randomInputs(block, seed)));
}

describe('coded tables keep 类 = Σ款, 款 = Σ项, 合计 = Σ类 after rows are inserted inside', () => {
  const cases: [string, 'T02' | 'T03' | 'T05'][] = [
    ['T02', 'T02'],
    ['T03', 'T03'],
    ['T05', 'T05'],
  ];

  /** Every coded row against the rows below it, straight from the sheet's code column. */
  function checkCodedSums(hf: HyperFormula, block: TableBlock, lastRow: number) {
    const amountCols = block.layout.columns.filter((c) => c.role !== 'code' && c.role !== 'name').map((c) => c.col);
    const first = block.layout.firstBodyRow;
    const codes = Array.from({ length: lastRow - first + 1 }, (_, i) => textAt(hf, first + i, 0));
    let checked = 0;
    codes.forEach((code, i) => {
      const isTotal = code === '合计';
      const children = codes
        .map((c, j) => ({ c, row: first + j }))
        .filter(({ c, row }) => row > first + i && (isTotal ? c.length === 3 : c.length === code.length + 2 && c.startsWith(code)));
      if (!isTotal && children.length === 0) return;
      for (const col of amountCols) {
        const expected = sum(children.map(({ row }) => amountAt(hf, row, col)));
        expect({ code, col, value: amountAt(hf, first + i, col).toFixed(2) }).toEqual({ code, col, value: expected.toFixed(2) });
        checked++;
      }
    });
    expect(checked).toBeGreaterThan(10);
  }

  test.each(cases)('%s', (_label, id) => {
    const block = renderTable(id, SEED000);
    const hf = startHf(block, 11);
    const rowOf = (code: string) => {
      for (let r = block.layout.firstBodyRow; r < 200; r++) if (textAt(hf, r, 0) === code) return r;
      throw new Error(code);
    };
    const total = colsWith(block, ['total'])[0];
    const sources = colsWith(block, id === 'T02' ? ['general', 'fund', 'stateCapital', 'specialAccount', 'unitFunds'] : ['basic', 'project']);
    const others = colsWith(block, ['carryOver']);
    const typedRow = (code: string, at: number, seed: number) => {
      const cells: Record<number, string | number> = { 0: `'${code}`, 1: '新增科目' };
      sources.forEach((c, i) => (cells[c] = seed + i + 0.37));
      others.forEach((c) => (cells[c] = seed + 0.11));
      cells[total] = `=${sources.map((c) => `${columnLetter(c)}${at + 1}`).join('+')}`;
      return cells;
    };
    const before208 = amountAt(hf, rowOf('208'), sources[0]);
    const beforeTotal = amountAt(hf, block.layout.firstBodyRow, total);

    // between two 项 of one 款
    insertRow(hf, rowOf('2080505'), typedRow('2080502', rowOf('2080505'), 100));
    // a 项 added at the end of its 款 (just above the next 类)
    insertRow(hf, rowOf('210'), typedRow('2080599', rowOf('210'), 200));
    // a 款 without 项, at the end of its 类
    insertRow(hf, rowOf('210'), typedRow('20899', rowOf('210'), 300));
    // a 项 between two 款 of another 类 (end of 21011's block is the end of 210's)
    insertRow(hf, rowOf('221'), typedRow('2101199', rowOf('221'), 400));

    const lastRow = block.layout.lastBodyRow + 4;
    checkCodedSums(hf, block, lastRow);
    // 2080502, 2080599 and 20899 belong to 208: 100.37 + 200.37 + 300.37
    expect(amountAt(hf, rowOf('208'), sources[0]).minus(before208).toFixed(2)).toBe('601.11');
    expect(amountAt(hf, block.layout.firstBodyRow, total).minus(beforeTotal).gt(1000)).toBe(true);
    hf.destroy();
  });
});

test('T06: an item inserted inside a 类 block or at its end counts in the 类 and in 合计', () => {
  const block = renderTable('T06', { year: 2024, department: '某局' });
  const hf = startHf(block, 5);
  const rowOf = (name: string) => {
    for (let r = block.layout.firstBodyRow; r < 200; r++) if (textAt(hf, r, 0) === name) return r;
    throw new Error(name);
  };
  const goodsBefore = amountAt(hf, rowOf('商品和服务支出'), 4);
  const typed = (at: number, v: number) => ({ 0: '新增支出', 1: '办公经费', 2: `=D${at + 1}+E${at + 1}`, 3: 0, 4: v });
  insertRow(hf, rowOf('印刷费'), typed(rowOf('印刷费'), 10.01));
  insertRow(hf, rowOf('对个人和家庭的补助'), typed(rowOf('对个人和家庭的补助'), 20.02));
  expect(amountAt(hf, rowOf('商品和服务支出'), 4).minus(goodsBefore).toFixed(2)).toBe('30.03');

  const classes = ['工资福利支出', '商品和服务支出', '对个人和家庭的补助', '资本性支出'].map(rowOf);
  const end = block.layout.lastBodyRow + 2;
  classes.forEach((row, i) => {
    const next = i + 1 < classes.length ? classes[i + 1] : end + 1;
    for (const col of [2, 3, 4]) {
      const items = Array.from({ length: next - row - 1 }, (_, k) => amountAt(hf, row + 1 + k, col));
      expect(amountAt(hf, row, col).toFixed(2)).toBe(sum(items).toFixed(2));
    }
  });
  for (const col of [2, 3, 4]) {
    expect(amountAt(hf, rowOf('合计'), col).toFixed(2)).toBe(sum(classes.map((r) => amountAt(hf, r, col))).toFixed(2));
  }
  hf.destroy();
});

test.each([
  ['T11', 'unit'],
  ['T12', 'project'],
  ['T13', 'project'],
] as const)('%s: a %s row inserted between two rows counts in the subtotal', (id, _kind) => {
  const block = renderTable(id, { ...SEED000, carryOverProjects: ['结转甲', '结转乙'] });
  const hf = startHf(block, 9);
  const subtotal = block.layout.firstBodyRow;
  const width = block.columnWidths.length;
  const before = Array.from({ length: width }, (_, c) => (c === 0 ? new Decimal(0) : amountAt(hf, subtotal, c)));
  const at = subtotal + 2;
  const last = columnLetter(width - 1);
  const cells: Record<number, string | number> = { 0: '新增', 1: `=SUM(C${at + 1}:${last}${at + 1})` };
  for (let c = 2; c < width; c++) cells[c] = c + 0.5;
  insertRow(hf, at, cells);
  for (let c = 2; c < width; c++) expect(amountAt(hf, subtotal, c).minus(before[c]).toFixed(2)).toBe(new Decimal(c + 0.5).toFixed(2));
  const rowsTotal = sum(Array.from({ length: width - 2 }, (_, k) => new Decimal(k + 2.5)));
  expect(amountAt(hf, subtotal, 1).minus(before[1]).toFixed(2)).toBe(rowsTotal.toFixed(2));
  hf.destroy();
});

test('T01: an income row inserted between the income rows counts in 本年收入合计 and 收入总计', () => {
  const block = renderTable('T01', { year: 2024, department: '某局' });
  const hf = startHf(block, 3);
  const subtotal = block.values.findIndex((r) => r[0] === '本年收入合计');
  const before = amountAt(hf, subtotal, 1);
  const grandBefore = amountAt(hf, subtotal + 2, 1);
  insertRow(hf, block.layout.firstBodyRow + 2, { 0: '其他收入', 1: 12.34 });
  expect(amountAt(hf, subtotal + 1, 1).minus(before).toFixed(2)).toBe('12.34');
  expect(amountAt(hf, subtotal + 3, 1).minus(grandBefore).toFixed(2)).toBe('12.34');
  hf.destroy();
});
