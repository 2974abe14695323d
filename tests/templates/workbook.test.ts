import Decimal from 'decimal.js';
import { TABLE_IDS } from '../../src/domain/model/types';
import { STACKED_GAP, renderTable, renderWorkbook, type TemplateOptions } from '../../src/domain/templates';
import { buildHf, cents, expectedValues, key, randomInputs } from './harness';

const OPTIONS: TemplateOptions = { year: 2024, department: '长治市屯留区行政审批服务管理局', codes: ['2010301', '2120899', '2210201'] };

test('sheets layout: 表1…表13, each the rendered block at A1', () => {
  const wb = renderWorkbook(OPTIONS, 'sheets');
  expect(wb.sheets.map((s) => s.name)).toEqual(TABLE_IDS.map((_, i) => `表${i + 1}`));
  wb.sheets.forEach((sheet, i) => {
    const block = renderTable(TABLE_IDS[i], OPTIONS);
    expect(sheet.values).toEqual(block.values);
    expect(sheet.formulas).toEqual(block.formulas);
    expect(sheet.numberFormats).toEqual(block.numberFormats);
    expect(sheet.merges).toEqual(block.merges);
    expect(sheet.columnWidths).toEqual(block.columnWidths);
  });
});

test('sheets layout with a subset keeps document order', () => {
  const wb = renderWorkbook({ ...OPTIONS, tables: ['T10', 'T01', 'T06'] }, 'sheets');
  expect(wb.sheets.map((s) => s.name)).toEqual(['表1', '表6', '表10']);
  expect(() => renderWorkbook({ ...OPTIONS, tables: [] }, 'sheets')).toThrow('请至少选择一张表。');
});

describe('stacked layout', () => {
  const wb = renderWorkbook(OPTIONS, 'stacked');
  const sheet = wb.sheets[0];
  const labelRows = sheet.values.map((r, i) => [String(r?.[0] ?? ''), i] as const).filter(([v]) => /^预算公开表\d+$/.test(v));

  test('one sheet 预算公开表 with 13 blocks, two blank rows between them, no overlap', () => {
    expect(wb.sheets.map((s) => s.name)).toEqual(['预算公开表']);
    expect(labelRows.map(([v]) => v)).toEqual(TABLE_IDS.map((_, i) => `预算公开表${i + 1}`));
    const heights = TABLE_IDS.map((id) => renderTable(id, OPTIONS).values.length);
    let top = 0;
    labelRows.forEach(([, row], i) => {
      expect(row).toBe(top);
      const gapStart = top + heights[i];
      if (i < heights.length - 1) {
        for (let g = 0; g < STACKED_GAP; g++) expect((sheet.values[gapStart + g] ?? []).every((v) => v === null || v === undefined)).toBe(true);
      }
      top = gapStart + STACKED_GAP;
    });
    expect(sheet.values.length).toBe(top - STACKED_GAP);
    // merges stay inside their block and never overlap
    const merges = sheet.merges ?? [];
    for (let a = 0; a < merges.length; a++) {
      for (let b = a + 1; b < merges.length; b++) {
        const [m, n] = [merges[a], merges[b]];
        const overlap = m.top <= n.bottom && n.top <= m.bottom && m.left <= n.right && n.left <= m.right;
        expect(overlap).toBe(false);
      }
    }
    expect(sheet.columnWidths?.length).toBe(9);
    expect(sheet.columnWidths?.[1]).toBe(36);
  });

  test('every formula in the stacked sheet computes the sum of its parts', () => {
    // Fill each block's inputs, then compute the whole sheet at once.
    const rows: (string | number | null)[][] = sheet.values.map((r, i) =>
      (r ?? []).map((v, c) => {
        const f = sheet.formulas?.[i]?.[c];
        if (f) return f;
        if (typeof v === 'string' && sheet.numberFormats?.[i]?.[c] === '@') return `'${v}`;
        return typeof v === 'boolean' ? null : v;
      }),
    );
    const checks: { row: number; col: number; expected: Decimal }[] = [];
    labelRows.forEach(([, top], i) => {
      const block = renderTable(TABLE_IDS[i], OPTIONS, { row: top, col: 0 });
      const inputs = randomInputs(block, 100 + i);
      for (const p of block.layout.inputCells) rows[top + p.row][p.col] = (inputs.get(key(p)) as Decimal).toNumber();
      const expected = expectedValues(block, inputs);
      for (const f of block.layout.formulaCells) checks.push({ row: top + f.row, col: f.col, expected: expected.get(key(f)) as Decimal });
      for (let r = 0; r < block.formulas.length; r++) expect(sheet.formulas?.[top + r]).toEqual(block.formulas[r]);
    });
    const hf = buildHf(rows);
    expect(checks.length).toBeGreaterThan(250);
    for (const c of checks) expect(cents(hf.getCellValue({ sheet: 0, row: c.row, col: c.col })).toFixed(2)).toBe(c.expected.toFixed(2));
    hf.destroy();
  });
});
