import type { TableId } from '../../src/domain/model/types';
import { DEFAULT_FUND_SECTIONS, isGovernmentFundCode, renderTable, resolveContext, type TemplateOptions } from '../../src/domain/templates';

function codesOf(id: TableId, options: TemplateOptions): (string | null)[] {
  const b = renderTable(id, options);
  return b.values.slice(b.layout.firstBodyRow + 1).map((r) => (typeof r[0] === 'string' ? r[0] : null));
}

describe('政府性基金 款 that route codes to 表8', () => {
  test('the default list holds only the 款/类 with a basis in data/catalog/README.md', () => {
    expect([...DEFAULT_FUND_SECTIONS]).toEqual(['21208', '22960', '20822', '234']);
    for (const removed of ['21210', '21211', '21213', '21214', '22904', '22908']) {
      expect(isGovernmentFundCode(`${removed}01`)).toBe(false);
    }
    expect(isGovernmentFundCode('2120899')).toBe(true);
    expect(isGovernmentFundCode('2296002')).toBe(true);
    expect(isGovernmentFundCode('2340101')).toBe(true);
  });

  test('20822 lands in 表8, not in 表5', () => {
    const options = { year: 2024, department: 'X', codes: ['2010301', '2082201'] };
    expect(codesOf('T08', options)).toEqual(['208', '20822', '2082201']);
    expect(codesOf('T05', options)).toEqual(['201', '20103', '2010301']);
    expect(codesOf('T02', options)).toEqual(['201', '20103', '2010301', '208', '20822', '2082201']);
  });

  test('234 is a 政府性基金 类: its codes land in 表8', () => {
    const ctx = resolveContext({ year: 2023, department: 'X', codes: ['2340101', '2101101'] });
    expect(ctx.fundCodes).toEqual(['2340101']);
    expect(ctx.generalCodes).toEqual(['2101101']);
  });

  test('a code under a removed 款 (21213) now goes to 表5 unless fundSections names it', () => {
    const base = { year: 2024, department: 'X', codes: ['2121301'] };
    expect(codesOf('T05', base)).toEqual(['212', '21213', '2121301']);
    expect(codesOf('T08', { ...base, fundSections: ['21213'] })).toEqual(['212', '21213', '2121301']);
    expect(codesOf('T05', { ...base, fundSections: ['21213'] })).toEqual([null]); // the blank row to type into
  });

  test('fundSections replaces the default list; an empty list routes nothing to 表8', () => {
    const options = { year: 2024, department: 'X', codes: ['2080505', '2120899'] };
    expect(resolveContext({ ...options, fundSections: ['20805'] }).fundCodes).toEqual(['2080505']);
    expect(resolveContext({ ...options, fundSections: [] }).fundCodes).toEqual([]);
    expect(() => resolveContext({ ...options, fundSections: ['2x'] })).toThrow(/政府性基金科目“2x”不是3、5或7位数字/);
  });
});
