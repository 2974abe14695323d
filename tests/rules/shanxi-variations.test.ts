import { recognizeWorkbook } from '../../src/domain/recognize';
import { runRules } from '../../src/domain/rules';
import { seedWorkbook } from '../fixtures/seeds/build';
import type { Seed } from '../fixtures/seeds/types';
import { brief, CellEdit, editSeed, fixedSeed000, ofRule } from './helpers';

const EXP = { side: 'expenditure' } as const;
const INC = { side: 'income' } as const;

/**
 * Fixed seed 000 plus a project of 5.00 万元 paid from 单位资金 carried over from last year,
 * booked under 2010399: in 表1 (上年结转, 上年结转安排), 表2 (上年结转 column) and 表3 (项目支出),
 * but not in 表13, which lists only 财政拨款 carry-over. Every table is right.
 */
function withUnitFundsCarryOver(): Seed {
  const edits: CellEdit[] = [
    { table: 'T01', row: '上年结转', role: 'amount', text: '5.00', ...INC },
    { table: 'T01', row: '收入总计', role: 'amount', text: '2,697.83', ...INC },
    ...(['一、一般公共服务支出', '本年支出合计', '支出总计'] as const).flatMap((row): CellEdit[] => [
      { table: 'T01', row, role: 'total', text: row.startsWith('一') ? '1,944.57' : '2,697.83', ...EXP },
      { table: 'T01', row, role: 'carryOverUse', text: '5.00', ...EXP },
    ]),
    ...['合计', '201', '20103', '2010399'].map((row): CellEdit => ({ table: 'T02', row, role: 'carryOver', text: '5.00' })),
    { table: 'T03', row: '合计', role: 'total', text: '2,697.83' },
    { table: 'T03', row: '合计', role: 'project', text: '1,038.80' },
    ...['201', '20103'].flatMap((row): CellEdit[] => [
      { table: 'T03', row, role: 'total', text: '1,944.57' },
      { table: 'T03', row, role: 'project', text: '750.08' },
    ]),
    { table: 'T03', row: '2010399', role: 'total', text: '665.60' },
    { table: 'T03', row: '2010399', role: 'project', text: '665.60' },
  ];
  return editSeed(fixedSeed000(), edits);
}

describe('X.T03-T12: a project paid from 单位资金 carry-over (in 表3, not in 表13)', () => {
  it('gives no error or warning, only an info naming the difference', () => {
    const result = runRules(recognizeWorkbook(seedWorkbook(withUnitFundsCarryOver(), 'sheets')));
    expect(brief(result.findings.filter((f) => f.severity !== 'info'))).toEqual([]);
    const info = ofRule(result.findings, 'X.T03-T12');
    expect(info.map((f) => [f.severity, f.actual, f.expected])).toEqual([['info', '1033.80', '1038.80']]);
    expect(info[0].message).toContain('单位资金');
    expect(info[0].cells.filter((c) => c.startsWith('表3!'))).toEqual(['表3!E6']);
    expect(ofRule(result.findings, 'X.T03-T12-carry')).toEqual([]);
    expect(result.notApplicable.filter((n) => n.rule.startsWith('X.T03-T12'))).toEqual([]);
  });

  it('表12 + 表13 larger than 表3 项目支出 is still an error', () => {
    const seed = editSeed(withUnitFundsCarryOver(), [{ table: 'T03', row: '合计', role: 'project', text: '1,028.80' }]);
    const found = ofRule(runRules(recognizeWorkbook(seedWorkbook(seed, 'sheets'))).findings, 'X.T03-T12');
    expect(found.map((f) => [f.severity, f.actual, f.expected, f.difference])).toEqual([['error', '1033.80', '1028.80', '5.00']]);
  });

  it('a difference larger than the carry-over that is not 财政拨款 is a warning (a project left out of 表12/表13)', () => {
    const seed = editSeed(withUnitFundsCarryOver(), [
      { table: 'T01', row: '上年结转', role: 'amount', text: '2.00', ...INC },
    ]);
    const found = ofRule(runRules(recognizeWorkbook(seedWorkbook(seed, 'sheets'))).findings, 'X.T03-T12-carry');
    expect(found.map((f) => [f.severity, f.difference])).toEqual([['warning', '3.00']]);
  });
});
