import { extendRangesEndingAt, PlacementRefusedError, planTableInsertion, shiftRows, sheetNameProblem, uniqueSheetName } from '../../src/domain/placement';
import { renderTable, STACKED_GAP } from '../../src/domain/templates';

const OPTIONS = { year: 2024, department: '测试局' };

describe('planTableInsertion', () => {
  test('new sheets: 表N, or 表N(2), 表N(3) … when taken (case-insensitive), first one activated', () => {
    const plan = planTableInsertion({ ...OPTIONS, tables: ['T05', 'T01', 'T03'] }, { kind: 'newSheets' }, ['表1', '表3', '表3(2)', 'sheet1']);
    expect(plan.newSheets.map((s) => s.name)).toEqual(['表1(2)', '表3(3)', '表5']);
    expect(plan.blocks).toEqual([]);
    expect(plan.activate).toBe('表1(2)');
    expect(plan.newSheets[0].values[0][0]).toBe('预算公开表1');
  });

  test('at a cell: tables stacked downward, STACKED_GAP rows apart, formulas for their own place', () => {
    const plan = planTableInsertion({ ...OPTIONS, tables: ['T03', 'T12'] }, { kind: 'at', sheet: 'sheet1', row: 4, col: 3 }, ['Sheet1']);
    expect(plan.newSheets).toEqual([]);
    expect(plan.activate).toBe('Sheet1');
    const [t3, t12] = plan.blocks;
    expect(t3.sheet).toBe('Sheet1');
    expect(t3.origin).toEqual({ row: 4, col: 3 });
    expect(t12.origin).toEqual({ row: 4 + t3.grid.values.length + STACKED_GAP, col: 3 });
    expect(t3.grid.formulas).toEqual(renderTable('T03', OPTIONS, { row: 4, col: 3 }).formulas);
    // T03's 合计 (block row 6 → sheet row 11) adds the code column G… from row 12.
    expect(t3.grid.formulas?.[6]?.[2]).toMatch(/^=SUMIFS\(F\$12:F\$\d+,\$D\$12:\$D\$\d+,"\?\?\?"\)$/);
  });

  test('refusals', () => {
    expect(() => planTableInsertion({ ...OPTIONS, tables: [] }, { kind: 'newSheets' }, [])).toThrow('请至少选择一张表');
    expect(() => planTableInsertion(OPTIONS, { kind: 'at', sheet: '没有', row: 0, col: 0 }, ['Sheet1'])).toThrow(PlacementRefusedError);
    expect(() => planTableInsertion(OPTIONS, { kind: 'at', sheet: 'Sheet1', row: 1_048_570, col: 0 }, ['Sheet1'])).toThrow(/超出工作表范围/);
  });
});

describe('sheet names', () => {
  test('uniqueSheetName and Excel\'s rules', () => {
    const taken = new Set(['表1']);
    expect(uniqueSheetName('表1', taken)).toBe('表1(2)');
    expect(uniqueSheetName('表1', taken)).toBe('表1(3)');
    expect(uniqueSheetName('表2', taken)).toBe('表2');
    expect(sheetNameProblem('表1(2)')).toBeUndefined();
    expect(sheetNameProblem('a/b')).toMatch(/含有/);
    expect(sheetNameProblem('x'.repeat(32))).toMatch(/31/);
    expect(sheetNameProblem('History')).toMatch(/保留/);
  });
});

describe('formula references', () => {
  test('shiftRows moves relative rows only, leaves strings and function names alone', () => {
    expect(shiftRows('=D10+E10', 3)).toBe('=D13+E13');
    expect(shiftRows('=SUM(D10:H10)', -2)).toBe('=SUM(D8:H8)');
    expect(shiftRows('=SUMIFS(C$8:C$18,$A$8:$A$18,"A1??")', 5)).toBe('=SUMIFS(C$8:C$18,$A$8:$A$18,"A1??")');
    expect(shiftRows('=LOG10(B2)+$B2', 1)).toBe('=LOG10(B3)+$B3');
  });

  test('extendRangesEndingAt widens ranges (and one-cell SUMs) that end at the given row', () => {
    expect(extendRangesEndingAt('=SUM(C9:C11)', 10, 1)).toBe('=SUM(C9:C12)');
    expect(extendRangesEndingAt('=SUM(C9:C10)', 10, 1)).toBe('=SUM(C9:C10)');
    expect(extendRangesEndingAt('=SUM(C11)', 10, 1)).toBe('=SUM(C11:C12)');
    expect(extendRangesEndingAt('=C11+C12', 10, 1)).toBe('=C11+C12');
  });
});
