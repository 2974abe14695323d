import type { Finding } from '../../src/domain/findings/types';
import { checkDocument } from '../../src/domain/rules';
import { recognizeWorkbook } from '../../src/domain/recognize';
import { seed000, seed003 } from '../fixtures/seeds/build';
import { seed003NineTable } from '../fixtures/seeds/nine-table';
import { docOf } from './helpers';

/** rule, severity, actual/expected — what a finding says, whatever the layout puts its cells. */
function said(findings: Finding[]): string[] {
  return findings.map((f) => `${f.severity} ${f.rule}${f.actual !== undefined ? ` ${f.actual}/${f.expected}` : ''}`).sort();
}

const SEED_000 = [
  'info T01.expenditure 2692.83/2692.82', // 本年支出合计, 合计 column
  'info T01.expenditure 2692.83/2692.82', // 当年预算安排 column
  'info T02.hierarchy 2404.11/2404.10', // 合计 row, 一般公共预算
  'info T02.hierarchy 2692.83/2692.82', // 合计 row, 合计
  'info T03.hierarchy 1659.03/1659.02', // 合计 row, 基本支出
  'info T03.hierarchy 2692.83/2692.82',
  'info T04.expenditure 2404.11/2404.10',
  'info T04.expenditure 2692.83/2692.82',
  'info T05.hierarchy 1659.03/1659.02',
  'info T05.hierarchy 2404.11/2404.10',
  'info T06.hierarchy 145.37/145.36', // 商品和服务支出, 合计
  'info T06.hierarchy 145.37/145.36', // 商品和服务支出, 公用经费
  'info T06.hierarchy 1457.06/1457.07', // 工资福利支出, 合计
  'info T06.hierarchy 1457.06/1457.07', // 工资福利支出, 人员经费
  'warning K.T05-blank',
  'warning K.T09-revenue',
].sort();

const SEED_003 = [
  'info T01.row 1222.79/1222.80', // 本年支出合计: 1222.37 + 0.43
  'info T01.row 1222.79/1222.80', // 支出总计
  'info T01.income 1222.79/1222.80', // 收入总计 = 1222.37 + 0.43
  'info T01.expenditure 1222.79/1222.80', // 本年支出合计 vs its 类 rows
  'info T03.hierarchy 1222.79/1222.80',
  'info T03.row 1222.79/1222.80', // 基本 712.49 + 项目 510.31
  'info X.T02-T03 1222.79/1222.80', // 表3 合计 vs 表2 合计 + 上年结转
  'info T04.income 1222.79/1222.80',
  'info T04.expenditure 1222.79/1222.80',
  'info T04.expenditure 1222.79/1222.80',
  'info T06.hierarchy 682.74/682.75', // 工资福利支出, 合计
  'info T06.hierarchy 682.74/682.75', // 工资福利支出, 人员经费
  'warning RECOGNIZE', // 表2 shifted header (recognizer)
].sort();

describe.each([
  ['sheets', 'text'],
  ['sheets', 'number'],
  ['stacked', 'text'],
  ['stacked', 'number'],
] as const)('seeds, layout %s, amounts as %s', (layout, amountsAs) => {
  it('seed 000: exactly the 尾差 infos and the two warnings, no error', () => {
    const result = checkDocument(docOf(seed000, layout, { amountsAs }));
    expect(said(result.findings)).toEqual(SEED_000);
    expect(result.summary).toEqual({ errors: 0, warnings: 2, infos: 14 });
    expect(result.notApplicable).toEqual([]);
  });

  it('seed 003: exactly the 尾差 infos and the shifted-header warning, no error', () => {
    const result = checkDocument(docOf(seed003, layout, { amountsAs }));
    expect(said(result.findings)).toEqual(SEED_003);
    expect(result.summary.errors).toBe(0);
    // 表2 prints no 单位资金 column (its header is shifted) and 表1's 单位资金 is blank: nothing to compare.
    expect(result.notApplicable).toEqual([]);
  });
});

describe('the seed findings of DESIGN §6, with their cells (sheets layout)', () => {
  const f000 = checkDocument(docOf(seed000)).findings;
  const f003 = checkDocument(docOf(seed003)).findings;
  const find = (findings: Finding[], rule: string, actual: string, cell: string): Finding => {
    const hit = findings.find((f) => f.rule === rule && f.actual === actual && f.cells[0] === cell);
    if (!hit) throw new Error(`no ${rule} ${actual} at ${cell}`);
    return hit;
  };

  it('000 表6 工资福利支出 1,457.06 vs items 1,457.07: info naming the class and every item', () => {
    const f = find(f000, 'T06.hierarchy', '1457.06', '表6!C7');
    expect(f).toMatchObject({ severity: 'info', expected: '1457.07', difference: '-0.01', tolerance: '0.075' });
    expect(f.cells).toHaveLength(15);
    expect(f.cells).toContain('表6!C8');
    expect(f.cells).toContain('表6!C21');
    expect(f.message).toMatch(/尾差/);
    expect(f.message).toMatch(/1,457\.06 万元/);
  });

  it('000 表6 商品和服务支出 145.37 vs items 145.36: info', () => {
    const f = find(f000, 'T06.hierarchy', '145.37', '表6!C22');
    expect(f).toMatchObject({ severity: 'info', expected: '145.36', difference: '0.01', tolerance: '0.07' });
  });

  it('000 表5 212 rows with blank amounts: one warning naming the three rows and 政府性基金', () => {
    const f = f000.find((x) => x.rule === 'K.T05-blank')!;
    expect(f.severity).toBe('warning');
    expect(f.cells).toEqual(['表5!A24', '表5!A25', '表5!A26']);
    expect(f.message).toMatch(/212 城乡社区支出/);
    expect(f.message).toMatch(/政府性基金/);
  });

  it('000 表2 合计 2,692.83 vs Σ类 2,692.82: info (a 尾差 found by arithmetic)', () => {
    const f = find(f000, 'T02.hierarchy', '2692.83', '表2!C6');
    expect(f).toMatchObject({ severity: 'info', expected: '2692.82', tolerance: '0.03' });
    expect(f.cells).toEqual(['表2!C6', '表2!C7', '表2!C13', '表2!C17', '表2!C24', '表2!C27']);
  });

  it('003 表1 本年支出合计 1,222.79 vs its rows 1,222.80: info naming the total and the 类 rows', () => {
    const f = find(f003, 'T01.expenditure', '1222.79', '表1!D37');
    expect(f).toMatchObject({ severity: 'info', expected: '1222.80', difference: '-0.01' });
    expect(f.cells).toEqual(['表1!D37', '表1!D7', '表1!D14', '表1!D16', '表1!D26']);
  });

  it('003 表3 合计 1,222.79 vs 基本 712.49 + 项目 510.31 = 1,222.80: info', () => {
    const f = find(f003, 'T03.row', '1222.79', '表3!C6');
    expect(f).toMatchObject({ severity: 'info', expected: '1222.80', tolerance: '0.015' });
    expect(f.cells).toEqual(['表3!C6', '表3!D6', '表3!E6']);
  });

  it('003 表4 一般公共服务支出 1,059.77 = 表5 1,059.34 + 上年结转 0.43 is not flagged', () => {
    expect(f003.filter((f) => f.rule === 'X.T04-T05')).toEqual([]);
  });
});

describe('seed 003 in the 9-table shape (元 and 万元 tables)', () => {
  const doc = recognizeWorkbook(seed003NineTable());
  const result = checkDocument(doc);

  it('gives no error: 元 tables compare with 万元 ones after conversion; the one warning is that the units differ', () => {
    expect(result.summary.errors).toBe(0);
    expect(result.findings.filter((f) => f.severity === 'warning').map((f) => [f.rule, f.message.slice(0, 76)])).toEqual([
      ['D.consistency', '各表年度、部门名称、单位不一致：表2、表3、表5、表10、表11的金额单位是“元”（表2!K3、表3!G3、表5!G3、表9!B3），其他各表是“万元”'],
    ]);
  });

  it('a 元 table converted from rounded 万元 figures keeps the 万元 rounding: 100 元 = 0.01 万元 is a 尾差', () => {
    const f = result.findings.find((x) => x.rule === 'T03.row')!;
    expect(f).toMatchObject({ severity: 'info', actual: '12227900.00', expected: '12228000.00', difference: '-100.00', tolerance: '150' });
  });

  it('does not apply the 13-table rules (no 表7, 表12, 表13) and lists what it could not check (表9 without its income side)', () => {
    expect(result.packs).not.toContain('shanxi-2024');
    const rules = result.notApplicable.map((n) => n.rule);
    expect(rules).toContain('T09.balance');
    for (const id of ['T07.hierarchy', 'T12.projects', 'T13.row', 'X.T05-T12', 'X.T03-T12', 'X.T07-T04']) {
      expect(rules).not.toContain(id);
      expect(result.findings.some((f) => f.rule === id)).toBe(false);
    }
  });

  it('compares 表5 (元) with 表1 and 表6 (万元) and finds them equal', () => {
    expect(result.findings.filter((f) => f.rule.startsWith('X.'))).toEqual([
      expect.objectContaining({ rule: 'X.T02-T03', severity: 'info', difference: '-100.00' }),
    ]);
    expect(result.notApplicable.some((n) => n.rule === 'X.T05-T06' || n.rule === 'X.T05-T01')).toBe(false);
  });
});
